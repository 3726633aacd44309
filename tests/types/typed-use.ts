// Compile-time checks of the package's types, as a TypeScript user sees them. Never run: tsc only.
// Lines after `// @ts-expect-error` must fail to compile; types.test.mjs also compiles this file
// without those directives and checks that each such line is reported.

import { Client, B24Error, isB24Error, methods, resultRef } from 'b24-wasm';
import type { B24Params, B24Reply, B24Result, MethodInfo } from 'b24-wasm';

// Exact type equality (assignability alone would accept `any`).
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T>(_value: T): void {}

export async function seeds(client: Client): Promise<void> {
  // ---- correct calls, with their inferred results -------------------------------------------
  const saved: boolean = await client.call('imopenlines.message.quick.save', { CHAT_ID: 12, MESSAGE_ID: '3456' });
  const id: number = await client.call('imopenlines.crm.message.add', {
    CRM_ENTITY_TYPE: 'deal', CRM_ENTITY: 288, USER_ID: 1, CHAT_ID: 12, MESSAGE: 'Hello',
  });
  const sent: boolean = await client.call('imopenlines.bot.session.message.send', { CHAT_ID: 12, NAME: 'WELCOME' });
  const answer = await client.call('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' });
  const messages: string[] = answer.result_message;
  const line: number = await client.call('imopenlines.config.add', {
    PARAMS: {
      LINE_NAME: 'Support',
      QUEUE: [{ ENTITY_TYPE: 'user', ENTITY_ID: 1 }, { ENTITY_TYPE: 'department', ENTITY_ID: '7' }],
      WORKTIME_DAYOFF: ['SA', 'SU'],
      DEFAULT_OPERATOR_DATA: { NAME: 'Operator' },
    },
  });
  // No param of imopenlines.config.add is required, so params may be left out.
  await client.call('imopenlines.config.add');

  const inferred: true[] = [
    true as Equals<typeof answer, { result_message: string[] }>,
    true as Equals<B24Result<'imopenlines.crm.message.add'>, number>,
    true as Equals<B24Result<'imopenlines.config.add'>, number>,
    true as Equals<B24Result<'imopenlines.message.quick.save'>, boolean>,
    true as Equals<B24Result<'imopenlines.bot.session.message.send'>, boolean>,
    true as Equals<Awaited<ReturnType<typeof client.im.notify.answer>>, { result_message: string[] }>,
  ];

  // ---- per-method functions -----------------------------------------------------------------
  const id2: number = await client.imopenlines.crm.message.add({
    CRM_ENTITY_TYPE: 'lead', CRM_ENTITY: 1, USER_ID: 1, CHAT_ID: 2, MESSAGE: 'x',
  });
  const saved2: boolean = await client.imopenlines.message.quick.save({ CHAT_ID: 1, MESSAGE_ID: 2 });
  const sent2: boolean = await client.imopenlines.bot.session.message.send({ CHAT_ID: 1 });
  const answer2: string[] = (await client.im.notify.answer({ NOTIFY_ID: '1', ANSWER_TEXT: 2 })).result_message;
  const line2: number = await client.imopenlines.config.add({ PARAMS: { ACTIVE: 'N' } });

  // ---- whole replies, checks, unknown methods, the table ------------------------------------
  const reply: B24Reply<number> = await client.callReply('imopenlines.crm.message.add', {
    CRM_ENTITY_TYPE: 'contact', CRM_ENTITY: 1, USER_ID: 1, CHAT_ID: 2, MESSAGE: 'x',
  });
  const started: number | undefined = reply.time?.start;
  client.check('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' });
  const other: unknown = await client.callUnchecked('crm.contact.list', { start: -1, filter: { '>ID': 10 } });
  const contacts = await client.callUnchecked<{ ID: string }[]>('crm.contact.list', { select: ['ID'] });
  expectType<true>(true as Equals<typeof contacts, { ID: string }[]>);
  const page = await client.callReplyUnchecked<{ ID: string }[]>('crm.contact.list', { start: 50 });
  const pageTotal: number | undefined = page.total;
  expectType<true>(true as Equals<typeof page.result, { ID: string }[]>);
  const names: string[] = (await methods()).map((m) => m.name);
  expectType<true>(true as Equals<ReturnType<typeof methods>, Promise<readonly MethodInfo[]>>);
  const paging = (await methods()).find((m) => m.paging)?.paging;
  // @ts-expect-error: a list pages by offset or cursor, nothing else
  if (paging?.kind === 'page') throw new Error('unreachable');
  // @ts-expect-error: the rows are frozen
  (await methods()).push(undefined as unknown as MethodInfo);
  const params: B24Params<'im.notify.answer'> = [{ NOTIFY_ID: 1, ANSWER_TEXT: 'x' }];

  try {
    await client.call('im.notify.answer', ...params);
  } catch (e) {
    if (isB24Error(e)) {
      const code: string = e.code;
      const field: string | undefined = e.field;
      const kind: 'html' | 'empty' | 'truncated' | 'not_json' | 'no_result' | 'redirect' | 'bad_status' | 'no_rows' | 'no_progress'
        | 'REAUTHORIZE' | 'PAYMENT_REQUIRED' | 'PORTAL_NOT_FOUND' | 'OUTCOME_UNKNOWN' | 'NETWORK' | 'BAD_REPLY' | 'PERSIST_FAILED' | 'STORE_UNAVAILABLE' | 'TIMEOUT'
        | undefined = e.kind;
      const status: number | undefined = e.status;
      const isError: Error = e;
      expectType<B24Error>(e);
      void [code, field, kind, status, isError];
    }
  }

  Client.oauth({ endpoint: 'https://example.bitrix24.com/rest/', accessToken: 't', refresh: async () => ({ access_token: 'n' }) });
  // BX24.callMethod gets the params as BX24.js's form string (`{}` when there are none).
  Client.bx24({ callMethod: (_method: string, _params: string | object, _cb: (r: { answer?: unknown; status?: number }) => void) => undefined });
  Client.bx24({ callMethod: (_method: string, _params: unknown, _cb: (r: unknown) => void) => undefined, getDomain: () => 'example.bitrix24.com' });
  // @ts-expect-error: a BX24 double that takes only objects would not get what the package sends
  Client.bx24({ callMethod: (_method: string, _params: Record<string, unknown>, _cb: (r: unknown) => void) => undefined });

  void [saved, id, sent, messages, line, inferred, id2, saved2, sent2, answer2, line2, started, other, names];
}

export async function mistakes(client: Client): Promise<void> {
  // missing required param
  // @ts-expect-error ANSWER_TEXT is required
  await client.call('im.notify.answer', { NOTIFY_ID: 270 });
  // @ts-expect-error params are required when a param is
  await client.call('im.notify.answer');
  // @ts-expect-error per-method function, MESSAGE_ID missing
  await client.imopenlines.message.quick.save({ CHAT_ID: 1 });

  // wrong type
  // @ts-expect-error NOTIFY_ID is an integer
  await client.call('im.notify.answer', { NOTIFY_ID: true, ANSWER_TEXT: 'x' });
  // @ts-expect-error a string that is not a number is no integer
  await client.call('imopenlines.message.quick.save', { CHAT_ID: 'twelve', MESSAGE_ID: 1 });
  // @ts-expect-error QUEUE is a list
  await client.call('imopenlines.config.add', { PARAMS: { QUEUE: { ENTITY_TYPE: 'user', ENTITY_ID: 1 } } });

  // value outside its list
  // @ts-expect-error CRM_ENTITY_TYPE is lead | deal | company | contact
  await client.call('imopenlines.crm.message.add', { CRM_ENTITY_TYPE: 'task', CRM_ENTITY: 1, USER_ID: 1, CHAT_ID: 2, MESSAGE: 'x' });
  // @ts-expect-error nested: ENTITY_TYPE is user | department
  await client.call('imopenlines.config.add', { PARAMS: { QUEUE: [{ ENTITY_TYPE: 'group', ENTITY_ID: 1 }] } });
  // @ts-expect-error WORKTIME_DAYOFF items are MO..SU
  await client.call('imopenlines.config.add', { PARAMS: { WORKTIME_DAYOFF: ['SA', 'XX'] } });

  // unknown param, typo'd property
  // @ts-expect-error FOO is not a param
  await client.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x', FOO: 1 });
  // @ts-expect-error typo'd nested field
  await client.call('imopenlines.config.add', { PARAMS: { LINE_NAEM: 'x' } });
  // @ts-expect-error typo'd method of a namespace
  await client.im.notify.answr({ NOTIFY_ID: 1, ANSWER_TEXT: 'x' });
  const answer = await client.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' });
  // @ts-expect-error typo'd property of the result
  void answer.result_mesage;

  // wrong use of a result
  // @ts-expect-error the result is a number
  const text: string = await client.call('imopenlines.crm.message.add', { CRM_ENTITY_TYPE: 'deal', CRM_ENTITY: 1, USER_ID: 1, CHAT_ID: 2, MESSAGE: 'x' });
  // @ts-expect-error the result is a boolean
  const count: number = await client.imopenlines.message.quick.save({ CHAT_ID: 1, MESSAGE_ID: 2 });
  // @ts-expect-error result_message is a list
  const first: number = answer.result_message;

  // the API itself
  // @ts-expect-error clients come from the factories
  new Client();
  // @ts-expect-error refresh is required
  Client.oauth({ endpoint: 'https://example.bitrix24.com/rest/', accessToken: 't' });
  // @ts-expect-error an unknown method's params are still an object
  await client.callUnchecked('crm.contact.list', 5);
  // @ts-expect-error a typo'd method name does not compile
  await client.call('im.notify.answr', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' });
  // @ts-expect-error nor does a method outside the table: callUnchecked says so
  await client.call('crm.contact.list', { start: 0 });
  // @ts-expect-error callReply takes table names only
  await client.callReply('im.notify.answr', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' });
  // @ts-expect-error check takes table names only
  client.check('imopenlines.message.quick.sav', { CHAT_ID: 1, MESSAGE_ID: 2 });

  void [text, count, first];
}

// ---- every family is typed, not only the seeds ----------------------------------------------
export async function families(client: Client): Promise<void> {
  await client.im.message.add({ DIALOG_ID: 'chat12', MESSAGE: 'Hello' });
  await client.imbot.v2.Chat.Message.send({ botId: 5, dialogId: 'chat12', fields: { message: 'Hi' } });
  await client.call('imopenlines.session.start', { CHAT_ID: 12 });
  await client.imconnector.send.messages({
    CONNECTOR: 'shop', LINE: 1,
    MESSAGES: [{ user: { id: 'u1' }, message: { id: 'm1', text: 'Hi' }, chat: { id: 'c1' } }],
  });

  // @ts-expect-error im: DIALOG_ID is required
  await client.call('im.message.add', { MESSAGE: 'Hello' });
  // @ts-expect-error im: ATTACH colour tokens are a closed list
  await client.im.message.add({ DIALOG_ID: 'chat12', ATTACH: { COLOR_TOKEN: 'pink', BLOCKS: [] } });
  // @ts-expect-error imbot v2: botId is required
  await client.imbot.v2.Chat.Message.send({ dialogId: 'chat12', fields: { message: 'Hi' } });
  // @ts-expect-error imbot v2: the camelCase wire name is botId, not BOT_ID
  await client.call('imbot.v2.Chat.Message.send', { BOT_ID: 5, botId: 5, dialogId: 'chat12' });
  // @ts-expect-error imopenlines: CHAT_ID is an integer
  await client.call('imopenlines.session.start', { CHAT_ID: false });
  // @ts-expect-error imconnector: each message needs its user block
  await client.imconnector.send.messages({ CONNECTOR: 'shop', LINE: 1, MESSAGES: [{ message: { id: 'm1' }, chat: { id: 'c1' } }] });
}

// ---- batch and list -------------------------------------------------------------------------
export async function batches(client: Client): Promise<void> {
  const keyed = await client.batch({
    answer: ['im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }],
    line: ['imopenlines.config.get', { CONFIG_ID: 1 }],
    follow: ['im.notify.answer', { NOTIFY_ID: resultRef('answer', 0, 'ID'), ANSWER_TEXT: 'y' }],
  }, { halt: true, onProgress: (p) => void (p.commands + p.total + p.requests) });
  const answered: { result_message: string[] } | undefined = keyed.result.answer;
  const failed: B24Error | undefined = keyed.errors.follow;
  // Methods outside the table go through batchUnchecked, as calls go through callUnchecked.
  const other = await client.batchUnchecked({
    contacts: ['crm.contact.list', { filter: { '>ID': 0 } }],
    follow: ['im.notify.answer', { NOTIFY_ID: resultRef('contacts', 0, 'ID'), ANSWER_TEXT: 'y' }],
  });
  const contacts: unknown = other.result.contacts;
  const total: number | undefined = other.total.contacts;
  // An aborted batch rejects ABORTED with what each command got.
  try {
    await client.batch({ a: ['im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }] }, { signal: AbortSignal.abort() });
  } catch (e) {
    if (isB24Error(e) && e.code === 'ABORTED') {
      const got: B24Error | undefined = e.outcomes?.errors.a;
      void got;
    }
  }
  const listed = await client.batch([['imopenlines.message.quick.save', { CHAT_ID: 1, MESSAGE_ID: 2 }]] as const);
  const savedFirst: boolean | undefined = listed.result[0];

  // @ts-expect-error batch commands are validated like calls
  await client.batch({ a: ['im.notify.answer', { NOTIFY_ID: true, ANSWER_TEXT: 'x' }] });
  // @ts-expect-error a missing required param in a batch command
  await client.batch({ a: ['imopenlines.message.quick.save', { CHAT_ID: 1 }] });
  // @ts-expect-error a method name typo inside batch({...}) is a compile error, as in call()
  await client.batch({ a: ['im.notify.answr', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }] });
  // @ts-expect-error and in the array form
  await client.batch([['imopenlines.message.quick.sav', { CHAT_ID: 1, MESSAGE_ID: 2 }]] as const);
  // @ts-expect-error a method outside the table needs batchUnchecked
  await client.batch({ c: ['crm.contact.list', {}] });
  // @ts-expect-error batch options are typed
  await client.batch({ a: ['im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }] }, { hlt: true });

  let rows = 0;
  for await (const row of client.list<{ ID: string }>('crm.contact.list', {}, { idField: 'ID', limit: 100, onProgress: (p) => void p.rows })) {
    const id: string = row.ID;
    rows += id.length;
  }
  const stats: number = client.stats().requests;
  // @ts-expect-error list options are typed
  client.list('crm.contact.list', {}, { idFeld: 'ID' });
  // Lists of the table yield their method's rows and take its params without the paging ones.
  for await (const dialog of client.list('im.recent.list', { SKIP_OPENLINES: 'Y' }, { limit: 10 })) {
    const id: string = dialog.id;
    rows += id.length;
  }
  for await (const line of client.list('imopenlines.config.list.get')) {
    const id: number | undefined = line.ID;
    rows += id ?? 0;
  }
  // @ts-expect-error list() sets the page position itself
  client.list('im.recent.list', { OFFSET: 50 });
  // @ts-expect-error list() sets nested page sizes too
  client.list('imopenlines.config.list.get', { PARAMS: { limit: 10 } });
  // @ts-expect-error a required param of a list method
  client.list('im.dialog.messages.get', {});
  // @ts-expect-error a method of the table that does not page is not a list
  client.list('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' });
  // @ts-expect-error the plan is standard, enterprise or explicit numbers
  Client.webhook('https://example.bitrix24.com/rest/1/x/', { plan: 'premium' });

  void [answered, contacts, failed, total, savedFirst, rows, stats];
}

// ---- rules over several fields reach the types (issue 11) -----------------------------------
export async function rules(client: Client): Promise<void> {
  await client.call('im.notify.delete', { TAG: 'promo' });
  await client.call('im.disk.file.commit', { DIALOG_ID: 'chat5', UPLOAD_ID: [1, 2] });
  await client.call('imbot.register', { CODE: 'b', EVENT_HANDLER: 'https://a', PROPERTIES: { NAME: 'Bot' } });
  await client.call('imbot.register', {
    CODE: 'b', EVENT_MESSAGE_ADD: 'https://a', EVENT_WELCOME_MESSAGE: 'https://a', EVENT_BOT_DELETE: 'https://a',
    PROPERTIES: { LAST_NAME: 'Bot' },
  });
  await client.call('imopenlines.config.add', { PARAMS: { WORKTIME_FROM: '09:00', WORKTIME_TO: '23:59' } });
  await client.call('imbot.message.add', {
    DIALOG_ID: 'chat1', MESSAGE: 'hi', KEYBOARD: { BUTTONS: [{ TEXT: 'a', COMMAND: 'x' }, { TYPE: 'NEWLINE' }] },
  });
  await client.im.message.add({ DIALOG_ID: 'chat1', ATTACH: { BLOCKS: [{ MESSAGE: 'a' }, { DELIMITER: true }] } });

  // @ts-expect-error ID, TAG or SUB_TAG is required
  await client.call('im.notify.delete');
  // @ts-expect-error ID, TAG or SUB_TAG is required
  await client.call('im.notify.delete', { CLIENT_ID: 'app' });
  // @ts-expect-error the second group: FILE_ID or UPLOAD_ID
  await client.call('im.disk.file.commit', { CHAT_ID: 1 });
  // @ts-expect-error EVENT_WELCOME_MESSAGE is needed unless EVENT_HANDLER is given
  await client.call('imbot.register', { CODE: 'b', EVENT_MESSAGE_ADD: 'https://a', EVENT_BOT_DELETE: 'https://a', PROPERTIES: { NAME: 'Bot' } });
  // @ts-expect-error PROPERTIES needs NAME or LAST_NAME
  await client.call('imbot.register', { CODE: 'b', EVENT_HANDLER: 'https://a', PROPERTIES: { COLOR: 'RED' } });
  // @ts-expect-error FIELDS needs at least one field
  await client.call('imbot.update', { BOT_ID: 1, FIELDS: {} });
  // @ts-expect-error SEARCH_DATE_FROM goes with SEARCH_DATE_TO
  await client.call('im.notify.history.search', { SEARCH_TEXT: 'abc', SEARCH_DATE_FROM: '2024-10-01' });
  // @ts-expect-error HH:MM has two digits for the hour
  await client.call('imopenlines.config.add', { PARAMS: { WORKTIME_FROM: '9:00' } });
  // @ts-expect-error there is no hour 24
  await client.call('imopenlines.config.add', { PARAMS: { WORKTIME_TO: '24:00' } });
  // @ts-expect-error a button needs TEXT unless it is a NEWLINE
  await client.call('imbot.message.add', { DIALOG_ID: 'chat1', MESSAGE: 'hi', KEYBOARD: { BUTTONS: [{ COMMAND: 'x' }] } });
  // @ts-expect-error an attachment block is exactly one key
  await client.im.message.add({ DIALOG_ID: 'chat1', ATTACH: { BLOCKS: [{ MESSAGE: 'a', DELIMITER: true }] } });
  // @ts-expect-error a bot message needs DIALOG_ID, or FROM_USER_ID with TO_USER_ID
  await client.call('imbot.message.add', { TO_USER_ID: 2, MESSAGE: 'hi' });
  await client.call('imbot.message.add', { FROM_USER_ID: 1, TO_USER_ID: 2, MESSAGE: 'hi' });
  // @ts-expect-error each connector message needs text or files
  await client.imconnector.send.messages({ CONNECTOR: 'shop', LINE: 1, MESSAGES: [{ user: { id: 'u1' }, message: { id: 'm1' }, chat: { id: 'c1' } }] });
}
