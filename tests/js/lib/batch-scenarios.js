// Batch, list and abort scenarios, run as they are in Node (tests/js/batch.test.mjs) and in
// Chromium (tests/js/pages/batch.html, driven by the same test): one file, so both runtimes are
// held to the same expectations. Each scenario drives the package against the stand-in (faults
// and the record of what reached it over the stand-in's CORS control API) and returns plain
// JSON for the test to check. Plain ESM, no Node APIs.

const NOTIFY = 'im.notify.answer';
const SAVE = 'imopenlines.message.quick.save';

/** The stand-in's control API at `standin` (its base URL). */
export function standinControl(standin) {
  const call = async (method, path, body) => {
    const answer = await fetch(`${standin}/_standin/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`stand-in ${path}: HTTP ${answer.status}`);
    return answer.json();
  };
  return {
    reset: () => call('POST', 'reset'),
    inject: (fault) => call('POST', 'faults', fault),
    requests: () => call('GET', 'requests'),
  };
}

/** A B24Error (or anything thrown) as plain data. */
export function describeError(e) {
  if (!e || typeof e !== 'object') return { thrown: String(e) };
  return { code: e.code, field: e.field, method: e.method, description: e.description, message: e.message, name: e.name };
}

async function settle(promise) {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

const codesOf = (errors) => Object.fromEntries(Object.keys(errors).map((k) => [k, errors[k].code]));
const commandsOf = (records) => records.filter((r) => r.viaBatch).map((r) => r.method);

/** Each scenario: `async (b24, standin) => plain data`; `b24` is the package's exports. */
export const SCENARIOS = {
  /** One bad command among 120: refused before anything is sent, naming its key. */
  async refusedCommandNamesItsKey({ Client }, standin) {
    const control = standinControl(standin.url);
    const commands = {};
    for (let i = 0; i < 120; i++) commands[`c${i}`] = [NOTIFY, { NOTIFY_ID: i + 1, ANSWER_TEXT: 'x' }];
    commands.c97 = [NOTIFY, { NOTIFY_ID: 98, ANSWER_TEXT: { nested: 1 } }];
    const { error } = await settle(Client.webhook(standin.webhookUrl).batch(commands));
    const missing = await settle(Client.webhook(standin.webhookUrl).batch({ ok: [NOTIFY, { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }], answer: [NOTIFY, { NOTIFY_ID: 1 }] }));
    return { error: describeError(error), missing: describeError(missing.error), sent: (await control.requests()).length };
  },

  /**
   * 120 writes; the second request is held by the stand-in and the batch aborted while it is in
   * flight: rejects ABORTED, with every command's outcome in `outcomes`.
   */
  async abortedBatchRejectsWithItsOutcomes({ Client, isB24Error }, standin) {
    const control = standinControl(standin.url);
    await control.inject({ kind: 'delay', ms: 2500, method: SAVE });
    const commands = {};
    for (let i = 0; i < 50; i++) commands[`n${i}`] = [NOTIFY, { NOTIFY_ID: i + 1, ANSWER_TEXT: 'x' }];
    for (let i = 0; i < 70; i++) commands[`s${i}`] = [SAVE, { CHAT_ID: 1, MESSAGE_ID: i + 1 }];
    const controller = new AbortController();
    const progress = [];
    const started = Date.now();
    const { value, error } = await settle(Client.webhook(standin.webhookUrl).batch(commands, {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push({ ...p });
        // The second request is on its way: give it time to reach the stand-in, then abort.
        if (p.requests === 2) setTimeout(() => controller.abort(), 300);
      },
    }));
    const tookMs = Date.now() - started;
    // The stand-in still runs the held request after the abort: wait until it has, so that no
    // later scenario sees its commands arrive.
    for (let i = 0; i < 100; i++) {
      if ((await control.requests()).filter((r) => r.method === SAVE).length >= 50) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const outcomes = error?.outcomes;
    const codes = outcomes ? codesOf(outcomes.errors) : {};
    const tally = {};
    for (const code of Object.values(codes)) tally[code] = (tally[code] ?? 0) + 1;
    return {
      resolved: value !== undefined,
      error: describeError(error),
      isB24Error: isB24Error(error),
      results: outcomes ? Object.keys(outcomes.result).length : 0,
      firstResultKeys: outcomes ? Object.keys(outcomes.result).slice(0, 2) : [],
      tally,
      unsentSample: codes.s69 ? outcomes.errors.s69.description : null,
      progress,
      tookMs,
      batches: (await control.requests()).filter((r) => !r.viaBatch).length,
    };
  },

  /** SKIPPED says "halt was set" only with halt; without, it names the failed reference. */
  async skippedSaysWhy({ Client }, standin) {
    const control = standinControl(standin.url);
    const commands = (halt) => {
      const list = {};
      for (let i = 0; i < 50; i++) list[`c${i}`] = [NOTIFY, { NOTIFY_ID: i + 1, ANSWER_TEXT: 'x' }];
      list.late = [NOTIFY, { NOTIFY_ID: halt ? 1 : '$result[c0][result_message]', ANSWER_TEXT: 'y' }];
      return list;
    };
    const out = {};
    for (const halt of [false, true]) {
      await control.reset();
      // c0 fails at the portal (the fault takes the first im.notify.answer).
      await control.inject({ kind: 'error', method: NOTIFY, status: 400, error: 'ACCESS_DENIED', error_description: 'no' });
      const { errors } = await Client.webhook(standin.webhookUrl).batch(commands(halt), { halt });
      out[halt ? 'halt' : 'free'] = { codes: codesOf(errors), late: errors.late?.description ?? null };
    }
    return out;
  },

  /**
   * References across the 50-command split, checked as the portal reads them: a missing field,
   * an object for an ID and null for a required field are refused, the good one is sent.
   */
  async referencesAcrossTheSplit({ Client }, standin) {
    const control = standinControl(standin.url);
    const commands = {};
    for (let i = 0; i < 50; i++) commands[`g${i}`] = ['im.notify.get', {}];
    commands.good = [NOTIFY, { NOTIFY_ID: '$result[g0][notifications][0][id]', ANSWER_TEXT: 'x' }];
    commands.missing = [NOTIFY, { NOTIFY_ID: '$result[g0][notifications][0][ID]', ANSWER_TEXT: 'x' }];
    commands.object = [NOTIFY, { NOTIFY_ID: '$result[g0][users][0][phones]', ANSWER_TEXT: 'x' }];
    commands.null = [NOTIFY, { NOTIFY_ID: '$result[g0][notifications][0][params]', ANSWER_TEXT: 'x' }];
    // Inside a text, as the portal fills them in within one request.
    commands.inside = [NOTIFY, { NOTIFY_ID: 2, ANSWER_TEXT: 'seen $result[g0][notifications][0][id] ok' }];
    commands.insideMissing = [NOTIFY, { NOTIFY_ID: 3, ANSWER_TEXT: 'seen $result[g0][nope] ok' }];
    const { result, errors } = await Client.webhook(standin.webhookUrl).batch(commands);
    const sent = (await control.requests()).filter((r) => r.viaBatch && r.method === NOTIFY).map((r) => r.params);
    const refused = {};
    for (const key of ['missing', 'object', 'null', 'insideMissing']) refused[key] = errors[key] ? { code: errors[key].code, field: errors[key].field } : 'ran';
    return { good: result.good ?? describeError(errors.good), inside: result.inside ?? describeError(errors.inside), referred: result.g0?.notifications?.[0]?.id, refused, sent };
  },

  /** A command key `__proto__` is an own entry of result/errors, never their prototype. */
  async protoKeyIsAnOwnEntry({ Client }, standin) {
    const control = standinControl(standin.url);
    const commands = JSON.parse(`{"__proto__": ["${NOTIFY}", {"NOTIFY_ID": 1, "ANSWER_TEXT": "x"}], "constructor": ["${NOTIFY}", {"NOTIFY_ID": 2, "ANSWER_TEXT": "y"}]}`);
    const ok = await Client.webhook(standin.webhookUrl).batch(commands);
    await control.inject({ kind: 'error', method: NOTIFY, status: 400, error: 'ACCESS_DENIED', error_description: 'no' });
    const failed = await Client.webhook(standin.webhookUrl).batch(commands);
    const shape = (o) => ({
      protoIsObject: Object.getPrototypeOf(o) === Object.prototype,
      ownKeys: Object.keys(o),
      ownProto: Object.prototype.hasOwnProperty.call(o, '__proto__'),
    });
    return {
      result: shape(ok.result),
      resultValue: Object.getOwnPropertyDescriptor(ok.result, '__proto__')?.value ?? null,
      errors: shape(failed.errors),
      errorCode: Object.getOwnPropertyDescriptor(failed.errors, '__proto__')?.value?.code ?? null,
      polluted: ({}).result_message !== undefined,
    };
  },

  /** Param names PHP's parse_str would rewrite inside a command are refused, naming them. */
  async phpNamesAreRefused({ Client }, standin) {
    const control = standinControl(standin.url);
    const client = Client.webhook(standin.webhookUrl);
    const out = {};
    for (const [name, params] of [
      ['dot', { fields: { TITLE: 'x' }, 'UF.CRM': 1 }],
      ['space', { fields: { TITLE: 'x' }, 'a b': 1 }],
      ['bracket', { fields: { TITLE: 'x' }, 'k[1]': 1 }],
      ['nestedBracket', { fields: { 'a]b': 1 } }],
    ]) {
      out[name] = describeError((await settle(client.batchUnchecked({ lead: ['crm.lead.add', params] }))).error);
    }
    // Names PHP reads back as they are still go.
    const fine = await settle(client.batchUnchecked({ lead: ['crm.lead.add', { fields: { 'UF.CRM': 1, 'a[b': 2 } }] }));
    out.fine = fine.error ? describeError(fine.error) : 'sent';
    out.sent = (await control.requests()).filter((r) => r.viaBatch).map((r) => r.params);
    return out;
  },

  /** list() yields nothing once its signal aborts, with 2,500-row pages buffered. */
  async listStopsAtAbort({ Client }, standin) {
    const controller = new AbortController();
    const progress = [];
    let rows = 0;
    let afterAbort = 0;
    let error;
    try {
      for await (const _row of Client.webhook(standin.webhookUrl).list('crm.contact.list', { select: ['ID'] }, {
        idField: 'ID', signal: controller.signal, onProgress: (p) => progress.push({ ...p }),
      })) {
        rows += 1;
        if (controller.signal.aborted) afterAbort += 1;
        if (rows === 3000) controller.abort();
      }
    } catch (e) {
      error = e;
    }
    return { rows, afterAbort, error: describeError(error), progress: progress.slice(0, 2) };
  },

  /** An aborted request says whether it was sent: in flight NETWORK (read), OUTCOME_UNKNOWN (write). */
  async abortedRequestsSayIfSent({ Client }, standin) {
    const control = standinControl(standin.url);
    const client = Client.webhook(standin.webhookUrl);
    const abortIn = (ms) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), ms);
      return controller.signal;
    };
    await control.inject({ kind: 'delay', ms: 3000 });
    const read = await settle(client.call('imopenlines.config.get', { CONFIG_ID: 1 }, { signal: abortIn(300) }));
    await control.inject({ kind: 'delay', ms: 3000 });
    const write = await settle(client.call(NOTIFY, { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }, { signal: abortIn(300) }));
    const early = await settle(client.call('imopenlines.config.get', { CONFIG_ID: 1 }, { signal: AbortSignal.abort() }));
    const reached = (await control.requests()).filter((r) => !r.viaBatch).map((r) => r.method);
    return { read: describeError(read.error), write: describeError(write.error), early: describeError(early.error), reached };
  },
};
