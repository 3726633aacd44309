// Events of the stand-in portal: it keeps the bots registered with imbot.register and
// imbot.v2.Bot.register, the handlers bound with event.bind and the connectors' lines, and
// raises the documented events the way a portal does:
// - webhook delivery: a POST of `http_build_query` form fields (brackets as %5B%5D, every
//   scalar a string: true "1", false "0", null ""; empty arrays left out) with an `auth` block
//   carrying this portal's member_id and application token;
// - fetch mode: the bot's queue for imbot.v2.Event.get, the user's for im.v2.Event.get (after
//   im.v2.Event.subscribe), and the offline queue for event.offline.get (event.bind with
//   event_type=offline).
// Triggers: im.message.add to a bot's private dialog, imbot.v2.Chat.Message.send /
// imbot.message.add (the bot's answer, into the dialog log and the user's queue), Bot.unregister,
// imconnector.deactivate, imconnector.send.messages and an operator's message (open lines,
// openlines.mjs), commands and keyboard buttons (bots.mjs), and the control routes under
// /_standin/events/ (see README.md).

import { randomBytes } from 'node:crypto';
import { createOpenLines } from './openlines.mjs';
import { createBots } from './bots.mjs';
import { createControl } from './events-control.mjs';

const DELIVERY_TIMEOUT_MS = 5000;
const MAX_LOG = 500;
const MAX_QUEUE = 10_000;
// A portal that runs for days (b24-wasm portal) keeps at most this many of each; the oldest go.
const MAX_ENTRIES = 10_000;
const bound = (map) => {
  while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value);
};

/** The classic bots' handler params, per event. */
const CLASSIC_HANDLERS = {
  ONIMBOTMESSAGEADD: 'EVENT_MESSAGE_ADD',
  ONIMBOTMESSAGEUPDATE: 'EVENT_MESSAGE_UPDATE',
  ONIMBOTMESSAGEDELETE: 'EVENT_MESSAGE_DELETE',
  ONIMBOTJOINCHAT: 'EVENT_WELCOME_MESSAGE',
  ONIMBOTDELETE: 'EVENT_BOT_DELETE',
  ONIMCOMMANDADD: 'EVENT_MESSAGE_ADD',
};

const USER = {
  ID: 1,
  NAME: 'Stand-in User',
  FIRST_NAME: 'Stand-in',
  LAST_NAME: 'User',
};

const lower = (s) => String(s ?? '').toLowerCase();
const pick = (params, name) => {
  if (name in params) return params[name];
  const want = name.toUpperCase();
  for (const k of Object.keys(params)) if (k.toUpperCase() === want) return params[k];
  return undefined;
};
const trim = (list) => {
  while (list.length > MAX_LOG) list.shift();
};
const isoNow = () => new Date().toISOString().slice(0, 19) + '+00:00';
const truthy = (v) => v === true || ['1', 'y', 'true'].includes(lower(v));

/** `http_build_query` as the portal's queue sends events (webhook mode: strings only). */
export function phpForm(value) {
  const out = [];
  const enc = (s) => encodeURIComponent(s).replace(/%20/g, '+');
  const walk = (prefix, v) => {
    if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) walk(prefix ? `${prefix}[${k}]` : k, child);
      return;
    }
    const text = v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
    out.push(`${enc(prefix)}=${enc(text)}`);
  };
  walk('', value);
  return out.join('&');
}

/**
 * `identity`: `memberId` and `applicationToken` to keep (a portal started again with the same
 * data keeps its installation), `users` (`[{ ID, NAME, FIRST_NAME, LAST_NAME }]`, the portal's
 * people; the first is the webhook's user by default).
 */
export function createEvents(standin, identity = {}) {
  const memberId = identity.memberId ?? randomBytes(16).toString('hex');
  const applicationToken = identity.applicationToken ?? randomBytes(16).toString('hex');
  const people = new Map((identity.users ?? [USER]).map((u) => [Number(u.ID), { ...USER, ...u, ID: Number(u.ID) }]));
  const person = (id) => people.get(Number(id)) ?? { ...USER, ID: Number(id) };
  let state;
  const inflight = new Set();
  const listeners = new Set();

  function reset() {
    state = {
      nextBotId: 1000,
      nextMessageId: 50_000,
      nextChatId: 700,
      nextHandlerId: 1,
      nextQueueId: 1001,
      nextOfflineId: 1,
      nextProcess: 1,
      bots: new Map(), // id → bot
      chats: new Map(), // "user:bot" → { id, messages }
      bindings: [], // { id, event, handler, type }
      connectors: new Map(), // id → Set of active lines
      commands: new Map(), // id → { id, botId, command (without "/"), handler? }
      nextCommandId: 100,
      lines: new Map(), // open-line chat id → { id, connector, line, externalId, client, messages }
      nextClientId: 5000,
      userQueue: { subscribed: false, events: [] },
      offline: [],
      deliveries: [],
    };
  }
  reset();
  const notify = (change) => {
    for (const listener of listeners) listener(change);
  };
  const openLines = createOpenLines({ state: () => state, raise: (event, data) => raise(event, data), person, notify, isoNow });

  const portalUrl = () => standin.url;
  const userId = () => Number(standin.opts.webhookUser) || 1;

  function auth(extra = {}) {
    const base = portalUrl();
    return {
      access_token: standin.issueToken(),
      expires: Math.floor(Date.now() / 1000) + 3600,
      expires_in: 3600,
      scope: 'imbot,im,imopenlines,imconnector',
      domain: new URL(base).host,
      server_endpoint: `${base}/oauth/`,
      status: 'L',
      client_endpoint: `${base}/rest/`,
      member_id: memberId,
      application_token: applicationToken,
      ...extra,
    };
  }

  // ---- delivery --------------------------------------------------------------------------------

  /** POSTs one event; never throws, records the outcome. */
  function post(url, envelope) {
    const record = { at: Date.now(), url, event: envelope.event, status: null, envelope };
    state.deliveries.push(record);
    trim(state.deliveries);
    for (const listener of listeners) listener({ kind: 'delivery', record });
    const task = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: phpForm(envelope),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    })
      .then(async (res) => {
        record.status = res.status;
        await res.arrayBuffer().catch(() => {});
        for (const listener of listeners) listener({ kind: 'delivered', record });
      })
      .catch((e) => {
        record.error = e?.name === 'TimeoutError' ? 'timeout' : String(e?.cause?.code ?? e?.message ?? e);
      })
      .finally(() => inflight.delete(task));
    inflight.add(task);
    return record;
  }

  function envelope(event, data, handlerId, authBlock = auth()) {
    return { event, event_handler_id: handlerId, data, ts: Math.floor(Date.now() / 1000), auth: authBlock };
  }

  function enqueue(queue, type, data, name = 'queue') {
    const item = { eventId: state.nextQueueId++, type, date: isoNow(), data };
    queue.push(item);
    while (queue.length > MAX_QUEUE) queue.shift();
    const record = { at: Date.now(), url: null, queue: name, event: type, status: 'queued', envelope: { event: type, data } };
    state.deliveries.push(record);
    trim(state.deliveries);
    for (const listener of listeners) listener({ kind: 'delivery', record });
    return item;
  }

  /** A table event (not a bot's): to each `event.bind` handler, online or offline. */
  function raise(event, data) {
    const name = event.toUpperCase();
    const hits = state.bindings.filter((b) => b.event === name);
    for (const b of hits) {
      if (b.type === 'offline') {
        state.offline.push({
          ID: String(state.nextOfflineId++),
          TIMESTAMP_X: isoNow(),
          EVENT_NAME: name,
          EVENT_DATA: data,
          EVENT_ADDITIONAL: { user_id: String(userId()) },
          MESSAGE_ID: randomBytes(16).toString('hex'),
          PROCESS_ID: '',
        });
        while (state.offline.length > MAX_QUEUE) state.offline.shift();
        const record = { at: Date.now(), url: null, queue: 'offline', event: name, status: 'queued', envelope: { event: name, data } };
        state.deliveries.push(record);
        trim(state.deliveries);
      } else {
        post(b.handler, envelope(name, data, b.id));
      }
    }
    return hits.length;
  }

  // ---- bots (bots.mjs) -----------------------------------------------------------------------------

  const { chatOf, v2Bot, userWrites, runCommand, commandsOf, botWrites, press, removeBot, findBot } = createBots({
    state: () => state, auth, post, envelope, enqueue, person, userId, notify, trim, isoNow, bound,
  });

  // ---- queues --------------------------------------------------------------------------------------

  /** One Event.get page: drops (acknowledges) events before `offset`, returns up to `limit`. */
  function page(queue, params) {
    const offset = pick(params, 'offset');
    if (offset !== undefined && offset !== null && offset !== '') {
      const n = Number(offset);
      while (queue.length > 0 && queue[0].eventId < n) queue.shift();
    }
    const limit = Math.min(1000, Math.max(1, Number(pick(params, 'limit') ?? 100) || 100));
    const events = queue.slice(0, limit);
    const nextOffset = events.length > 0 ? events[events.length - 1].eventId + 1 : queue[0]?.eventId ?? state.nextQueueId;
    return { events: structuredClone(events), nextOffset, hasMore: queue.length > events.length };
  }

  function offlineGet(params) {
    const limit = Math.max(1, Number(pick(params, 'limit') ?? 50) || 50);
    const clear = pick(params, 'clear') === undefined ? true : truthy(pick(params, 'clear'));
    const processId = pick(params, 'process_id');
    const rows = processId
      ? state.offline.filter((r) => r.PROCESS_ID === String(processId)).slice(0, limit)
      : state.offline.filter((r) => r.PROCESS_ID === '').slice(0, limit);
    const shown = rows.map(({ PROCESS_ID, ...r }) => structuredClone(r));
    if (clear) {
      state.offline = state.offline.filter((r) => !rows.includes(r));
      return { process_id: null, events: shown };
    }
    const id = processId ? String(processId) : `standin-process-${state.nextProcess++}`;
    for (const r of rows) r.PROCESS_ID = id;
    return { process_id: rows.length ? id : null, events: shown };
  }

  function offlineClear(params) {
    const processId = String(pick(params, 'process_id') ?? '');
    const ids = pick(params, 'id');
    const list = ids === undefined ? null : (Array.isArray(ids) ? ids : Object.values(ids)).map(String);
    state.offline = state.offline.filter((r) => !(r.PROCESS_ID === processId && (list === null || list.includes(r.ID))));
    return true;
  }

  // ---- REST ------------------------------------------------------------------------------------------

  const ok = (result) => ({ status: 200, body: { result } });
  const fail = (status, error, description) => ({ status, body: { error, error_description: description } });

  /**
   * Methods answered here before the portal table and the pager: the `event.*` methods (not in
   * the table), and the queues once they are real (a bot is registered, the user subscribed);
   * until then paging.mjs serves its generated pages.
   */
  function execute(method, params, ctx) {
    switch (lower(method)) {
      // What an app asks with the access token of its ONAPPINSTALL (the docs' safe-handler
      // check): the server checked the token before this runs. Fields as app-info.md shows.
      case 'app.info':
        return ok({ ID: 1, CODE: 'local.standin', VERSION: 1, STATUS: 'L', INSTALLED: true, PAYMENT_EXPIRED: 'N', DAYS: null, LANGUAGE_ID: 'en', LICENSE: 'en_standin', LICENSE_TYPE: 'standin', LICENSE_FAMILY: 'standin' });
      // The current user, with no scope. Not in the vendored docs; the fields and their types as
      // the earlier official reference shows them (dev.1c-bitrix.ru/rest_help/general/profile.php):
      // ADMIN true, ID "1", LAST_NAME, NAME, PERSONAL_GENDER "", PERSONAL_PHOTO, TIME_ZONE null,
      // TIME_ZONE_OFFSET 7200 (here 0: the stand-in runs in UTC; no photo, so none is sent).
      case 'profile': {
        const who = person(userId());
        return ok({ ADMIN: true, ID: String(who.ID), LAST_NAME: who.LAST_NAME ?? '', NAME: who.FIRST_NAME ?? who.NAME, PERSONAL_GENDER: '', TIME_ZONE: null, TIME_ZONE_OFFSET: 0 });
      }
      case 'imbot.v2.event.get': {
        if (state.bots.size === 0) return null;
        if (pick(params, 'botId') === undefined) return null; // the documented BOT_ID_REQUIRED
        const bot = actingBot(params, ctx);
        if (bot.error) return bot.error;
        if (bot.bot.eventMode !== 'fetch') return fail(400, 'WRONG_EVENT_MODE', 'The bot receives events by webhook');
        return ok(page(bot.bot.queue, params));
      }
      case 'im.v2.event.get':
        return state.userQueue.subscribed ? ok(page(state.userQueue.events, params)) : null;
      case 'event.bind': {
        const event = String(pick(params, 'event') ?? '').toUpperCase();
        const handler = String(pick(params, 'handler') ?? '');
        const type = lower(pick(params, 'event_type')) === 'offline' ? 'offline' : 'online';
        if (!event) return fail(400, 'ERROR_EVENT_NOT_FOUND', 'Event not found');
        if (type === 'online' && !/^https?:\/\//.test(handler)) return fail(400, 'ERROR_HANDLER_URL_MISMATCH', 'Wrong handler URL');
        if (!state.bindings.some((b) => b.event === event && b.handler === handler && b.type === type)) {
          state.bindings.push({ id: state.nextHandlerId++, event, handler, type });
          if (state.bindings.length > MAX_ENTRIES) state.bindings.shift();
        }
        return ok(true);
      }
      case 'event.unbind': {
        const event = String(pick(params, 'event') ?? '').toUpperCase();
        const handler = pick(params, 'handler');
        const before = state.bindings.length;
        state.bindings = state.bindings.filter((b) => !(b.event === event && (handler === undefined || b.handler === handler)));
        return ok({ count: before - state.bindings.length });
      }
      case 'event.get':
        return ok(state.bindings.map((b) => ({ event: b.event, handler: b.handler, auth_type: '0', offline: b.type === 'offline' ? 1 : 0 })));
      case 'event.offline.get':
        return ok(offlineGet(params));
      case 'event.offline.clear':
        return ok(offlineClear(params));
      case 'event.offline.list':
        return ok(state.offline.map(({ PROCESS_ID, ...r }) => ({ ...structuredClone(r), PROCESS_ID })));
      default:
        return null;
    }
  }

  /** After a portal method's documented success: keeps state, raises events, and may answer instead. */
  function observe(method, params, body, ctx) {
    switch (lower(method)) {
      case 'imbot.register': {
        const id = state.nextBotId++;
        const handlers = {};
        for (const k of ['EVENT_HANDLER', ...new Set(Object.values(CLASSIC_HANDLERS))]) {
          const v = pick(params, k);
          if (v) handlers[k] = String(v);
        }
        const props = pick(params, 'PROPERTIES') ?? {};
        state.bots.set(id, { id, kind: 'classic', code: String(pick(params, 'CODE')), name: String(props.NAME ?? 'Bot'), handlers, handlerId: state.nextHandlerId++, counts: { message: 0 } });
        bound(state.bots);
        body.result = id;
        return null;
      }
      case 'imbot.unregister': {
        const bot = findBot(pick(params, 'BOT_ID'));
        if (!bot) return fail(400, 'BOT_ID_ERROR', 'Bot not found');
        removeBot(bot);
        body.result = true;
        return null;
      }
      case 'imbot.v2.bot.register': {
        const fields = pick(params, 'fields') ?? {};
        const existing = [...state.bots.values()].find((b) => b.kind === 'v2' && b.code === String(fields.code));
        const eventMode = fields.eventMode === 'webhook' ? 'webhook' : 'fetch';
        if (eventMode === 'webhook' && !/^https?:\/\//.test(String(fields.webhookUrl ?? ''))) {
          return fail(400, 'WEBHOOK_URL_REQUIRED', 'webhookUrl is required for eventMode webhook');
        }
        const bot = existing ?? {
          id: state.nextBotId++,
          kind: 'v2',
          code: String(fields.code),
          name: String(fields.properties?.name ?? 'Bot'),
          type: String(fields.type ?? 'bot'),
          eventMode,
          webhookUrl: fields.webhookUrl ? String(fields.webhookUrl) : null,
          botToken: fields.botToken ? String(fields.botToken) : null,
          handlerId: state.nextHandlerId++,
          queue: [],
          counts: { message: 0 },
        };
        state.bots.set(bot.id, bot);
        bound(state.bots);
        body.result.bot = v2Bot(bot, false);
        if (Array.isArray(body.result.users) && body.result.users[0]) {
          body.result.users[0] = { ...body.result.users[0], id: bot.id, name: bot.name };
        }
        return null;
      }
      case 'imbot.v2.bot.unregister': {
        const bot = actingBot(params, ctx);
        if (bot.error) return bot.error;
        removeBot(bot.bot);
        return null;
      }
      case 'imbot.v2.chat.message.send': {
        const bot = actingBot(params, ctx);
        if (bot.error) return bot.error;
        const fields = pick(params, 'fields') ?? {};
        if (!fields.message && !fields.attach) return fail(400, 'EMPTY_MESSAGE', 'Message is empty');
        body.result.id = botWrites(bot.bot, pick(params, 'dialogId'), fields.message, fields.keyboard).id;
        return null;
      }
      case 'imbot.message.add': {
        const bot = findBot(pick(params, 'BOT_ID')) ?? [...state.bots.values()].find((b) => b.kind === 'classic');
        if (bot) body.result = botWrites(bot, pick(params, 'DIALOG_ID'), pick(params, 'MESSAGE'), pick(params, 'KEYBOARD')).id;
        return null;
      }
      case 'im.message.add': {
        const dialog = String(pick(params, 'DIALOG_ID') ?? '');
        const bot = /^\d+$/.test(dialog) ? findBot(dialog) : null;
        if (bot) body.result = userWrites(bot, pick(params, 'MESSAGE')).id;
        const line = /^chat(\d+)$/.exec(dialog);
        const written = line && openLines.find(line[1]) ? openLines.operatorWrites(line[1], pick(params, 'MESSAGE') ?? '', userId()) : null;
        if (written) body.result = written.id;
        return null;
      }
      case 'imbot.v2.command.register': {
        const bot = actingBot(params, ctx);
        if (bot.error) return bot.error;
        const fields = pick(params, 'fields') ?? {};
        const name = String(fields.command ?? '').replace(/^\//, '');
        if (!name) return fail(400, 'COMMAND_REQUIRED', 'Command is required');
        // Idempotent (command-register.md): the same command of the same bot answers the existing one.
        const command = commandsOf(bot.bot).find((c) => c.command === name) ?? addCommand(bot.bot, name, null);
        body.result.command = { id: command.id, botId: bot.bot.id, command: `/${name}`, common: truthy(fields.common), hidden: truthy(fields.hidden), extranetSupport: truthy(fields.extranetSupport) };
        return null;
      }
      case 'imbot.command.register': {
        const bot = findBot(pick(params, 'BOT_ID'));
        if (!bot) return fail(400, 'BOT_ID_ERROR', 'Bot not found');
        body.result = addCommand(bot, String(pick(params, 'COMMAND')).replace(/^\//, ''), String(pick(params, 'EVENT_COMMAND_ADD'))).id;
        return null;
      }
      case 'imbot.v2.command.answer': {
        const bot = actingBot(params, ctx);
        if (bot.error) return bot.error;
        const fields = pick(params, 'fields') ?? {};
        botWrites(bot.bot, pick(params, 'dialogId'), fields.message, fields.keyboard);
        return null;
      }
      case 'imbot.command.answer': {
        const command = state.commands.get(Number(pick(params, 'COMMAND_ID')));
        const bot = command && findBot(command.botId);
        const chat = bot && [...state.chats.values()].find((c) => c.botId === bot.id && c.messages.some((m) => m.id === Number(pick(params, 'MESSAGE_ID'))));
        if (chat) body.result = botWrites(bot, String(chat.user), pick(params, 'MESSAGE'), pick(params, 'KEYBOARD')).id;
        return null;
      }
      case 'im.message.command': {
        // A keyboard button with a COMMAND, pressed through REST as the webhook's user.
        const bot = findBot(pick(params, 'BOT_ID'));
        const chat = bot && chatOf(bot.id);
        const message = chat?.messages.find((m) => m.id === Number(pick(params, 'MESSAGE_ID')));
        const name = String(pick(params, 'COMMAND')).replace(/^\//, '').toLowerCase();
        const command = bot && commandsOf(bot).find((c) => c.command.toLowerCase() === name);
        if (!message || !command) return fail(400, 'PARAMS_ERROR', 'Incorrect params');
        runCommand(bot, command, pick(params, 'COMMAND_PARAMS') ?? '', chat, message, userId(), 'keyboard');
        return null;
      }
      case 'imconnector.send.messages': {
        const connector = String(pick(params, 'CONNECTOR'));
        if (!state.connectors.has(connector)) return fail(400, 'CONNECTOR_NOT_FOUND', 'Connector not found');
        body.result = { SUCCESS: true, DATA: { RESULT: openLines.clientMessages(connector, pick(params, 'LINE'), pick(params, 'MESSAGES')) } };
        return null;
      }
      case 'im.v2.event.subscribe':
        state.userQueue.subscribed = true;
        body.result = true;
        return null;
      case 'im.v2.event.unsubscribe':
        state.userQueue.subscribed = false;
        state.userQueue.events = [];
        body.result = true;
        return null;
      case 'imconnector.register':
        state.connectors.set(String(pick(params, 'ID')), new Set());
        return null;
      case 'imconnector.activate': {
        const lines = state.connectors.get(String(pick(params, 'CONNECTOR')));
        if (!lines) return fail(400, 'CONNECTOR_NOT_FOUND', 'Connector not found');
        const line = Number(pick(params, 'LINE'));
        const active = pick(params, 'ACTIVE');
        if (active === undefined || truthy(active)) lines.add(line);
        else if (lines.delete(line)) raise('ONIMCONNECTORSTATUSDELETE', { connector: String(pick(params, 'CONNECTOR')), line });
        return null;
      }
      default:
        return null;
    }
  }

  function addCommand(bot, command, handler) {
    const entry = { id: state.nextCommandId++, botId: bot.id, command, handler };
    state.commands.set(entry.id, entry);
    bound(state.commands);
    return entry;
  }

  /** The v2 bot a call acts as; a webhook call must carry the bot's token. */
  function actingBot(params, ctx) {
    const bot = findBot(pick(params, 'botId'));
    if (!bot || bot.kind !== 'v2') return { error: fail(400, 'BOT_NOT_FOUND', 'Bot not found') };
    if (ctx?.transport === 'webhook' && bot.botToken) {
      const given = pick(params, 'botToken');
      if (!given) return { error: fail(400, 'BOT_TOKEN_NOT_SPECIFIED', 'Bot token is not specified') };
      if (String(given) !== bot.botToken) return { error: fail(403, 'BOT_OWNERSHIP_ERROR', 'Bot is registered by another application') };
    }
    return { bot };
  }

  // ---- control (events-control.mjs) ------------------------------------------------------------------

  const { control, messagesOf, dialogs } = createControl({
    state: () => state, get memberId() { return memberId; }, get applicationToken() { return applicationToken; }, people, standin, openLines,
    auth, post, envelope, enqueue, userId, settle: () => settle(), findBot, userWrites, raise, press, commandsOf, snapshot: () => snapshot(), portalUrl, fail, chatOf,
  });

  /** The state to keep between runs (`--data`): JSON, Maps and Sets as lists; no log, no queue in flight. */
  function snapshot() {
    const { bots, chats, connectors, commands, lines, deliveries, ...rest } = state;
    return structuredClone({
      ...rest,
      bots: [...bots.values()],
      chats: [...chats.values()],
      connectors: [...connectors.entries()].map(([id, active]) => [id, [...active]]),
      commands: [...commands.values()],
      lines: [...lines.values()],
    });
  }

  function restore(saved) {
    reset();
    const { bots = [], chats = [], connectors = [], commands = [], lines = [], ...rest } = structuredClone(saved ?? {});
    Object.assign(state, rest, {
      bots: new Map(bots.map((b) => [b.id, b])),
      chats: new Map(chats.map((c) => [`${c.user}:${c.botId}`, c])),
      connectors: new Map(connectors.map(([id, active]) => [id, new Set(active)])),
      commands: new Map(commands.map((c) => [c.id, c])),
      lines: new Map(lines.map((c) => [c.id, c])),
      deliveries: [],
    });
  }

  /** `listener(change)` for every delivery, answer and message; returns the unsubscribe. */
  function subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Waits for the deliveries in flight (each ends within its timeout). */
  async function settle() {
    while (inflight.size > 0) await Promise.allSettled([...inflight]);
  }

  return { reset, execute, observe, control, settle, snapshot, restore, subscribe, memberId, applicationToken };
}
