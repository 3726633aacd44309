// A stand-in for the `BX24` object that Bitrix24's BX24.js library defines in a placement iframe.
// Only `callMethod(method, params, callback)` is emulated, the way BX24.js does it: POST to the
// portal's REST endpoint with the placement's `auth` token, then call back with an ajaxResult whose
// `answer` is the parsed JSON reply and `status` the HTTP status. Plain ESM without Node imports,
// so the Node tests and the browser pages load the same file.

/**
 * @param {{ endpoint: string, token: string, calls?: Array<{method: string, params: object}> }} options
 *   `endpoint` is the portal's OAuth REST root (`.../rest/`); `calls`, when given, records each
 *   callMethod() so a test can see what the library handed to BX24.
 */
export function fakeBx24({ endpoint, token, calls = [] }) {
  return {
    calls,
    callMethod(method, params, callback) {
      calls.push({ method, params });
      fetch(`${endpoint}${method}.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...params, auth: token }),
      })
        .then(async (response) => {
          const text = await response.text();
          let answer;
          try {
            answer = JSON.parse(text);
          } catch {
            // Not JSON (a proxy's HTML page, a cut-off body): hand the raw text on, so the
            // library can tell what it got.
            answer = text;
          }
          callback(ajaxResult(answer, response.status));
        })
        // No HTTP answer at all: BX24.js reports status 0 and no answer.
        .catch(() => callback(ajaxResult(undefined, 0)));
    },
  };
}

/** An ajaxResult-like object: `answer`, `status`, `error()`, `data()` as in BX24.js. */
export function ajaxResult(answer, status) {
  return {
    answer,
    status,
    error() {
      if (answer && typeof answer === 'object' && answer.error) {
        return { status, ex: { error: answer.error, error_description: answer.error_description } };
      }
      return false;
    },
    data() {
      return answer && typeof answer === 'object' ? answer.result : undefined;
    },
  };
}

/** A BX24 whose callMethod answers with a fixed ajaxResult, without any HTTP. */
export function cannedBx24(answer, status, calls = []) {
  return {
    calls,
    callMethod(method, params, callback) {
      calls.push({ method, params });
      setTimeout(() => callback(ajaxResult(answer, status)), 0);
    },
  };
}
