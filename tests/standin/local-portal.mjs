// A Bitrix24 portal on localhost, as a product (`npx b24-wasm portal`, `b24-wasm/portal`): the
// stand-in (server.mjs: REST of the four scopes, event.*, app.info, profile, batch, OAuth) with
// - its own installation: a member_id, an application token, an incoming webhook's secret and a
//   local app's client id/secret, random per start, derived from `seed`, or kept in `data`;
// - the plan's request limit (standard 50 at 2/s, enterprise 250 at 5/s; limits.md), or none;
// - a chat page (chat-page.mjs) where a person plays the portal's users, and the placement shell
//   (shell.mjs, when present) on the same port;
// - an API for tests: say(), press(), messages(), waitForMessage(), events(), install().
// State is in memory; with `data` it is kept in that folder as JSON files (see store below).

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStandin } from './server.mjs';
import { chatRoutes } from './chat-page.mjs';

export const PLANS = { standard: { size: 50, drain: 2 }, enterprise: { size: 250, drain: 5 } };
const SAVE_EVERY_MS = 1000;
// A long-running portal keeps the last requests and tokens, not all of them.
const MAX_RECORDS = 1000;
const MAX_TOKENS = 10_000;

/** The installation's secrets: from `seed` (the same every run), else random. */
function makeIdentity(seed) {
  let n = 0;
  const bytes = (len) => (seed === undefined ? randomBytes(len) : createHash('sha256').update(`${seed}:${n++}`).digest().subarray(0, len));
  const hex = (len) => bytes(len).toString('hex');
  const digits = (count) => [...bytes(count)].map((b) => b % 10).join('');
  return {
    memberId: hex(16),
    applicationToken: hex(16),
    webhookSecret: hex(8),
    // A local app's client id looks like local.<14 hex>.<8 digits> on a portal.
    clientId: `local.${hex(7)}.${digits(8)}`,
    clientSecret: bytes(38).toString('base64url').slice(0, 50),
  };
}

/** `--data DIR`: identity.json (the installation) and state.json (bots, chats, lines, queues). */
function jsonStore(dir) {
  mkdirSync(dir, { recursive: true });
  const read = (name) => {
    const path = join(dir, name);
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  };
  // Written to a temporary file and renamed: a crash mid-write leaves the last good copy.
  const write = (name, value) => {
    const path = join(dir, name);
    writeFileSync(`${path}.tmp`, JSON.stringify(value));
    renameSync(`${path}.tmp`, path);
  };
  return { read, write };
}

/**
 * Starts the portal on 127.0.0.1. Options: `port` (0: a free one), `plan` ('standard',
 * 'enterprise', `{ size, drain }`, or false for no limit), `seed` (the same secrets every
 * run), `data` (a folder that keeps the state between runs), `users` (`[{ ID, NAME, LAST_NAME }]`).
 */
export async function startPortal(options = {}) {
  const { port = 0, plan = 'standard', seed, data, users } = options;
  const bucket = plan === false ? null : typeof plan === 'object' ? plan : PLANS[plan];
  if (bucket === undefined) throw new Error(`unknown plan "${plan}": standard, enterprise, { size, drain } or false`);
  const store = data ? jsonStore(data) : null;
  const identity = store?.read('identity.json') ?? makeIdentity(seed);
  store?.write('identity.json', identity);
  const people = users ?? [{ ID: 1, NAME: 'Anna Schmidt', FIRST_NAME: 'Anna', LAST_NAME: 'Schmidt' }];

  const standin = await startStandin({
    port,
    webhookSecret: identity.webhookSecret,
    tokens: [],
    bucket,
    maxRecords: MAX_RECORDS,
    maxTokens: MAX_TOKENS,
    identity: { memberId: identity.memberId, applicationToken: identity.applicationToken, users: people },
    oauth: { clientId: identity.clientId, clientSecret: identity.clientSecret, refreshTokens: [] },
  });
  const events = standin.events;
  const control = async (method, path, body, query) => {
    const answer = await events.control(method, path, body, query);
    if (answer.status !== 200) throw new Error(`${path}: ${answer.body.error}: ${answer.body.error_description}`);
    return answer.body;
  };

  const saved = store?.read('state.json');
  if (saved) {
    events.restore(saved.events);
    for (const token of saved.refreshTokens ?? []) standin.oauth.setOptions({ refreshTokens: [token] });
  }
  let lastSaved = '';
  const save = () => {
    if (!store) return;
    const text = JSON.stringify({ events: events.snapshot(), refreshTokens: standin.oauth.liveRefreshTokens() });
    if (text === lastSaved) return;
    store.write('state.json', JSON.parse(text));
    lastSaved = text;
  };
  const saver = store ? setInterval(save, SAVE_EVERY_MS) : null;
  saver?.unref();

  const portal = {
    url: standin.url,
    chatUrl: `${standin.url}/`,
    webhookUrl: standin.webhookUrl,
    oauth: { clientId: identity.clientId, clientSecret: identity.clientSecret, endpoint: standin.oauthEndpoint, tokenUrl: standin.oauthTokenUrl },
    memberId: identity.memberId,
    applicationToken: identity.applicationToken,
    plan: bucket ? { ...bucket } : false,
    standin,
    /** ONAPPINSTALL to the app's handler, with an access and a refresh token; resolves once answered. */
    async install(handlerUrl) {
      const answer = await control('POST', '/install', { url: String(handlerUrl) });
      return answer.delivery;
    },
    /** A user types `text` into `dialog` (a bot's ID, or an open line's `chat<ID>`); the portal delivers the events. */
    async say(dialog, text, { userId } = {}) {
      const answer = await control('POST', '/say', { dialog: String(dialog), text: String(text), userId });
      return { messageId: answer.messageId };
    },
    /** A user presses button `index` under a bot's message. */
    press(dialog, messageId, index = 0, { userId } = {}) {
      return control('POST', '/press', { dialog: String(dialog), messageId, index, userId });
    },
    /** The dialog's messages, oldest first (at most the last 500). */
    async messages(dialog, { userId } = {}) {
      return control('GET', '/messages', {}, `dialog=${encodeURIComponent(dialog)}&userId=${userId ?? ''}`);
    },
    /** Resolves to the first message of `dialog` that `match(message)` accepts, waiting up to `timeoutMs`. */
    async waitForMessage(dialog, match = () => true, { timeoutMs = 5000, userId } = {}) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = (await portal.messages(dialog, { userId })).find(match);
        if (found) return found;
        if (Date.now() > until) throw new Error(`no such message in dialog ${dialog} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    /** The bots, open-line chats, connectors and users, as the chat page lists them. */
    dialogs: () => control('GET', '/dialogs', {}, ''),
    /** What the portal delivered (POSTs with their status, and events queued for pollers), the last 500. */
    async events() {
      return control('GET', '/deliveries', {}, '');
    },
    /** Waits for the deliveries in flight. */
    settle: () => events.settle(),
    async close() {
      if (saver) clearInterval(saver);
      await events.settle();
      save();
      await standin.close();
    },
  };

  standin.use(chatRoutes(portal));
  // The placement shell (shell.mjs), when this build has it: /shell/?placement=...&app=...
  const shell = await loadShell();
  portal.shell = Boolean(shell);
  if (shell) standin.use(shell.shellRoutes({ standin }));
  return portal;
}

/** shell.mjs beside this file, or null. The name is computed so bundlers leave the import alone. */
export async function loadShell() {
  const url = new URL(['.', 'shell.mjs'].join('/'), import.meta.url).href;
  try {
    const module = await import(url);
    return typeof module.shellRoutes === 'function' ? module : null;
  } catch (e) {
    if (e?.code === 'ERR_MODULE_NOT_FOUND') return null;
    throw e;
  }
}

/** The lines `b24-wasm portal` prints at start. */
export function describe(portal) {
  const limit = portal.plan ? `${portal.plan.size} requests, drains ${portal.plan.drain}/s` : 'off';
  return [
    `b24-wasm portal on ${portal.url} (Ctrl-C stops it)`,
    `  chat page         ${portal.chatUrl}`,
    `  incoming webhook  ${portal.webhookUrl}`,
    `  OAuth app         client_id=${portal.oauth.clientId}`,
    `                    client_secret=${portal.oauth.clientSecret}`,
    `                    endpoint ${portal.oauth.endpoint}  token URL ${portal.oauth.tokenUrl}`,
    `  install the app   curl -X POST ${portal.url}/_portal/install -d '{"url":"<your handler URL>"}'`,
    `                    (ONAPPINSTALL with access_token, refresh_token and application_token)`,
    `  member_id         ${portal.memberId}`,
    `  rate limit        ${limit}`,
    portal.shell ? `  placement shell   ${portal.url}/shell/?placement=IM_TEXTAREA&app=<your app URL>` : '  placement shell   not in this build',
  ].join('\n');
}
