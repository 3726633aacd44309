// The portal's side of the placement iframe protocol (the page that embeds an app, as Bitrix24's
// AppLayout does), for the commands BX24.js needs to call REST: getInitData and refreshAuth.
// Messages from the app are strings "cmd:JSON:callbackId:APP_SID"; only the app's origin and its
// APP_SID are heard. Answers go back to the app's origin as "callbackId:JSON".
// Plain ESM without imports: tests/js/pages/placement.html and the Node harness both use it.

/**
 * @param {{
 *   appOrigin: string, appSid: string,
 *   initData: () => object,                  // getInitData's answer (AUTH_ID, AUTH_EXPIRES in s, PATH, ...)
 *   refresh: () => Promise<{AUTH_ID: string, AUTH_EXPIRES: number, REFRESH_ID: string}>,
 *   answer: (text: string, targetOrigin: string) => void,  // posts to the app's window
 * }} options
 * @returns {{ receive(event: {origin: string, data: unknown}): void, log: string[] }}
 *   `log` lists the commands heard, in order.
 */
export function placementHost({ appOrigin, appSid, initData, refresh, answer }) {
  const log = [];
  const reply = (callbackId, value) => {
    if (callbackId) answer(`${callbackId}:${value === undefined ? '' : JSON.stringify(value)}`, appOrigin);
  };
  const commands = {
    getInitData: (_params, callbackId) => reply(callbackId, initData()),
    // The portal asks its own server for a new token, then answers; the app waits meanwhile.
    refreshAuth: async (_params, callbackId) => reply(callbackId, await refresh()),
  };
  return {
    log,
    receive(event) {
      if (event.origin !== appOrigin || typeof event.data !== 'string') return;
      // cmd is before the first ':'; APP_SID after the last, the callback id before that. The
      // JSON in between may itself hold ':'.
      const text = event.data;
      const first = text.indexOf(':');
      const last = text.lastIndexOf(':');
      const beforeLast = text.lastIndexOf(':', last - 1);
      if (first < 0 || beforeLast < first) return;
      const [cmd, json, callbackId, sid] = [text.slice(0, first), text.slice(first + 1, beforeLast), text.slice(beforeLast + 1, last), text.slice(last + 1)];
      if (sid !== appSid || !Object.hasOwn(commands, cmd)) return;
      log.push(cmd);
      commands[cmd](json ? JSON.parse(json) : [], callbackId);
    },
  };
}
