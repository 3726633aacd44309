// OAuth that refreshes itself: exchanges the refresh token at the OAuth server, hands the new
// pair to the app (and waits for it to be saved) before anyone uses it, and keeps one refresh
// per portal across processes through the store's lock and token record. See refresher.d.ts.
//
// No error, log line or stack made here contains the client secret or a token: messages are
// fixed texts, the OAuth server's description is redacted, every name, code or reason taken from
// elsewhere (a fetch error, onTokens, the store, the server's `error`) passes `safeWord` first,
// and no underlying error is attached as `cause` (a GET's URL carries the secret and the
// refresh token). Redirects are never followed: one would carry the secret to another origin.

import { createMemoryStore, MAX_WINDOW_MS } from '../store/memory.js';
import { NEVER_SENT } from '../codes.js';

export const OAUTH_URL = 'https://oauth.bitrix.info/oauth/token/';

/** A refresh that did not give a new access token. `code` says what the app must do. */
export class RefreshError extends Error {
  constructor(code, message, details = {}) {
    super(message);
    this.name = 'RefreshError';
    this.code = code;
    for (const [k, v] of Object.entries(details)) if (v !== undefined) this[k] = v;
  }
}

// The documented OAuth server errors (error-codes.md), with what the app must do.
const OAUTH_ERRORS = {
  invalid_grant: 'the refresh token is expired, revoked or already used (invalid_grant): the app must be authorised again',
  invalid_client: 'the OAuth server rejected client_id/client_secret, or the app is not installed on the portal (invalid_client): check the keys, reinstall or authorise again',
  invalid_scope: 'the requested scope exceeds the app card (invalid_scope): fix the card, then authorise again',
  insufficient_scope: 'the requested scope exceeds the app card (insufficient_scope): fix the card, then authorise again',
  invalid_request: 'the OAuth server called the refresh request malformed (invalid_request)',
};

// Errors meaning the connection was never made, so nothing reached the OAuth server (the one
// list, generated from src/error/codes.rs, that the client uses too).
const NOT_SENT = new Set(NEVER_SENT);

const isLoopback = (host) => host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function withDeadline(promise, ms, onTimeout) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    Promise.resolve(promise).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

// The names a thrown value may be reported by: anything else (a name set by a hostile fetch,
// store or onTokens could be the secret itself) is reported as 'Error'.
const KNOWN_NAMES = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'AbortError', 'TimeoutError',
  'DOMException', 'FetchError', 'StoreUnavailableError', 'CommandTimeout', 'ErrorReply', 'SimpleError', 'ClientClosedError', 'ClientOfflineError']);
function nameOf(error) {
  try {
    const name = error instanceof Error ? error.name : typeof error;
    return KNOWN_NAMES.has(name) || ['undefined', 'string', 'number', 'object', 'boolean', 'symbol', 'bigint', 'function'].includes(name) ? name : 'Error';
  } catch {
    return 'Error';
  }
}

function configError(message) {
  return new RefreshError('INVALID_CONFIG', `b24 oauth: ${message}`);
}

/** The reply's token fields, camel-cased; only those present. */
function tokensFrom(json, nowMs) {
  const record = { accessToken: json.access_token, refreshToken: json.refresh_token, issuedAtMs: nowMs };
  if (Number.isFinite(Number(json.expires)) && Number(json.expires) > 0) record.expiresAtMs = Number(json.expires) * 1000;
  else if (Number.isFinite(Number(json.expires_in))) record.expiresAtMs = nowMs + Number(json.expires_in) * 1000;
  const strings = { client_endpoint: 'clientEndpoint', server_endpoint: 'serverEndpoint', member_id: 'memberId', domain: 'domain', scope: 'scope', status: 'status' };
  for (const [wire, name] of Object.entries(strings)) if (typeof json[wire] === 'string') record[name] = json[wire];
  if (Number.isFinite(Number(json.user_id)) && json.user_id !== null && json.user_id !== '') record.userId = Number(json.user_id);
  return record;
}

/**
 * Options: `oauthUrl` (the OAuth server's token URL), `clientId`, `clientSecret`,
 * `refreshToken`, `accessToken` (optional: the current one), `onTokens(tokens)` (saves the
 * new pair; awaited before the new token is used), `store` + `key` (shared lock and token
 * record; a private memory store when absent), `fetch`, `httpMethod` ('GET' as the docs show,
 * or 'POST' with a form body), `timeoutMs` (10 s for the OAuth request), `onTokensTimeoutMs`
 * (10 s), `lockTtlMs` (30 s), `pollMs` (25), `storeRetryMs` (2 s: how long a failing store is
 * retried before STORE_UNAVAILABLE), `logger` ({ warn }).
 */
export function createRefresher(options = {}) {
  const {
    oauthUrl = OAUTH_URL,
    clientId,
    clientSecret,
    refreshToken,
    accessToken,
    onTokens,
    key = 'default',
    fetch: fetchFn = globalThis.fetch,
    httpMethod = 'GET',
    timeoutMs = 10_000,
    onTokensTimeoutMs = 10_000,
    lockTtlMs = 30_000,
    pollMs = 25,
    storeRetryMs = 2000,
    logger = globalThis.console,
  } = options;
  const store = options.store ?? createMemoryStore();

  for (const [name, value] of Object.entries({ clientId, clientSecret, refreshToken })) {
    if (typeof value !== 'string' || value === '') throw configError(`${name} must be a non-empty string`);
  }
  if (typeof onTokens !== 'function') throw configError('onTokens must be a function (it saves the rotated refresh token)');
  if (typeof fetchFn !== 'function') throw configError('fetch must be a function');
  if (typeof key !== 'string' || key === '') throw configError('key must be a non-empty string (the portal)');
  if (httpMethod !== 'GET' && httpMethod !== 'POST') throw configError("httpMethod is 'GET' or 'POST'");
  for (const name of ['lock', 'readTokens', 'writeTokens']) {
    if (typeof store[name] !== 'function') throw configError(`store.${name} must be a function`);
  }
  let url;
  try {
    url = new URL(String(oauthUrl));
  } catch {
    throw configError('oauthUrl is not a URL');
  }
  // The secret travels in this request: plain HTTP only to this machine (the stand-in).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw configError('oauthUrl must be https:// (http:// only on loopback)');
  }
  if (!(lockTtlMs > timeoutMs + onTokensTimeoutMs) || lockTtlMs > MAX_WINDOW_MS) {
    throw configError('lockTtlMs must exceed timeoutMs + onTokensTimeoutMs (and be at most 10 minutes)');
  }

  const lockKey = `oauth:${key}`;
  const group = joinLineage(`${url.href}\n${clientId}\n${key}\n${refreshToken}`, () => ({
    // Every secret this lineage has seen, to redact from the OAuth server's descriptions.
    secrets: new Set([clientSecret, refreshToken]),
    current: { accessToken: typeof accessToken === 'string' && accessToken !== '' ? accessToken : null, refreshToken },
    adoptedAt: -Infinity,
    inflight: null,
    onTokens: new Map(), // onTokens -> how many live refreshers gave it
  }));
  const { secrets } = group;
  if (typeof accessToken === 'string' && accessToken !== '') secrets.add(accessToken);
  group.onTokens.set(onTokens, (group.onTokens.get(onTokens) ?? 0) + 1);

  // A short code from elsewhere (an error's `code`, a store's `reason`, the server's `error`):
  // kept only when it is one plain word that neither holds a secret nor is part of one.
  const safeWord = (value, pattern) => {
    try {
      if (typeof value !== 'string' || !pattern.test(value)) return undefined;
      for (const s of secrets) if (s && (s.includes(value) || value.includes(s))) return undefined;
      return value;
    } catch {
      return undefined;
    }
  };
  // Redacted before it is cut, so no part of a secret survives at the cut.
  const redact = (text) => {
    let out = String(text ?? '');
    for (const s of secrets) if (s) out = out.split(s).join('***');
    return out.slice(0, 300);
  };
  const warn = (message) => {
    try {
      logger?.warn?.(message);
    } catch {
      // A broken logger must not break the refresh.
    }
  };
  const adopt = (record) => {
    secrets.add(record.accessToken);
    secrets.add(record.refreshToken);
    group.current = { ...record };
    group.adoptedAt = Date.now();
    moveLineage(group, `${url.href}\n${clientId}\n${key}\n${record.refreshToken}`);
    return record.accessToken;
  };
  const usable = (record) =>
    record && typeof record.accessToken === 'string' && record.accessToken !== '' && typeof record.refreshToken === 'string' && record.refreshToken !== '';

  // One exchange at the OAuth server. Resolves to the new record or throws a RefreshError.
  async function exchange(usedRefreshToken) {
    const params = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: clientId,
      client_secret: clientSecret,
      refresh_token: usedRefreshToken,
    });
    const target = new URL(url);
    // Never follow a redirect: it would re-send the secret (POST body or GET query) to wherever
    // it points, and a followed GET would hand us another origin's token pair.
    const init = { method: httpMethod, headers: { accept: 'application/json' }, redirect: 'manual' };
    if (httpMethod === 'GET') {
      for (const [k, v] of params) target.searchParams.set(k, v);
    } else {
      init.headers['content-type'] = 'application/x-www-form-urlencoded';
      init.body = params.toString();
    }
    const aborter = new AbortController();
    init.signal = aborter.signal;
    let status;
    let text;
    try {
      // One deadline for the headers and the body: a server that stalls mid-body still ends.
      ({ status, text } = await withDeadline(
        (async () => {
          const res = await fetchFn(target.href, init);
          // A browser-style fetch reports a manual redirect as type 'opaqueredirect', status 0.
          const redirected = res?.type === 'opaqueredirect' || res?.redirected === true;
          return { status: redirected ? 302 : Number(res?.status), text: redirected ? '' : String(await res.text()) };
        })(),
        timeoutMs,
        () => {
          aborter.abort();
          return new RefreshError('OUTCOME_UNKNOWN', `b24 oauth: no answer from the OAuth server within ${timeoutMs} ms; it may have rotated the refresh token`, { reason: 'timeout' });
        },
      ));
    } catch (error) {
      if (error instanceof RefreshError) throw error;
      let code;
      try {
        code = error?.cause?.code ?? error?.code;
      } catch {
        code = undefined;
      }
      if (typeof code === 'string' && NOT_SENT.has(code)) {
        throw new RefreshError('NETWORK', `b24 oauth: could not reach the OAuth server (${code}); nothing was sent`, { reason: code });
      }
      throw new RefreshError('OUTCOME_UNKNOWN', `b24 oauth: the refresh request failed after it may have reached the OAuth server (${nameOf(error)})`, {
        reason: safeWord(code, /^[A-Z_]{1,40}$/) ?? nameOf(error),
      });
    }

    // A redirect is not followed (see init): the server gave no tokens. Nothing says whether it
    // used the refresh token first, so it counts as a lost answer, like a 5xx.
    if (status >= 300 && status < 400) {
      throw new RefreshError('OUTCOME_UNKNOWN', `b24 oauth: the OAuth server answered with a redirect (HTTP ${status}), which is not followed: it would carry the client secret elsewhere`, { status, kind: 'redirect' });
    }

    // Not in the docs: the OAuth server answers 404, whatever the body, for a portal it no
    // longer knows (a deleted portal; b24phpsdk issue #284 tells these apart the same way).
    if (status === 404) {
      throw new RefreshError('PORTAL_NOT_FOUND', 'b24 oauth: the OAuth server does not know this portal (HTTP 404): it may have been deleted', { status });
    }
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON: classified by status below.
    }
    if (json && typeof json === 'object' && typeof json.error === 'string' && json.error !== '') {
      const oauthError = Object.hasOwn(OAUTH_ERRORS, json.error) || json.error === 'PAYMENT_REQUIRED' ? json.error : safeWord(json.error, /^[A-Za-z0-9_.-]{1,64}$/) ?? 'unknown';
      const description = redact(json.error_description);
      if (oauthError === 'PAYMENT_REQUIRED') {
        throw new RefreshError('PAYMENT_REQUIRED', "b24 oauth: the app's trial or paid period has expired (PAYMENT_REQUIRED); no tokens until it is renewed", { status, oauthError, description });
      }
      const advice = Object.hasOwn(OAUTH_ERRORS, oauthError) ? OAUTH_ERRORS[oauthError] : undefined;
      // An undocumented code with a 5xx is the server failing, not refusing: it may have rotated.
      if (!advice && status >= 500) {
        throw new RefreshError('OUTCOME_UNKNOWN', `b24 oauth: the OAuth server failed with HTTP ${status} (${oauthError}); it may have rotated the refresh token`, { status, oauthError, description });
      }
      throw new RefreshError('REAUTHORIZE', `b24 oauth: ${advice ?? `the OAuth server refused the refresh (${oauthError})`}`, { status, oauthError, description });
    }
    if (status >= 200 && status < 300 && json && usable({ accessToken: json.access_token, refreshToken: json.refresh_token })) {
      return tokensFrom(json, Date.now());
    }
    const kind = text.trim() === '' ? 'empty' : json === null ? 'not_json' : 'no_tokens';
    if (status >= 400 && status < 500) {
      throw new RefreshError('BAD_REPLY', `b24 oauth: the OAuth server refused the refresh with HTTP ${status} and an unreadable body (${kind})`, { status, kind });
    }
    // 2xx without tokens or 5xx: the server may have rotated the token and lost the answer.
    throw new RefreshError('OUTCOME_UNKNOWN', `b24 oauth: the OAuth server answered HTTP ${status} without tokens (${kind}); it may have rotated the refresh token`, { status, kind });
  }

  // Saves the new pair: the app's onTokens (awaited, its failure reported) and the shared
  // record, in parallel so the window between them is as short as it can be. Answers whether
  // the record is in the store.
  async function persist(record, app) {
    const late = new RefreshError('PERSIST_FAILED', `b24 oauth: onTokens did not finish within ${onTokensTimeoutMs} ms`);
    const [saved, shared] = await Promise.allSettled([
      // Every client of this lineage in the process is told (the same function once).
      withDeadline((async () => Promise.all([...group.onTokens.keys()].map((save) => save({ ...record }))))(), onTokensTimeoutMs, () => late),
      store.writeTokens(key, { ...record }).then(
        () => true,
        () => store.writeTokens(key, { ...record }).then(() => true, () => false),
      ),
    ]);
    app.shared = shared.status === 'fulfilled' && shared.value;
    if (saved.status === 'rejected') {
      // Only our own timeout passes as it is: what onTokens threw is the app's (even a RefreshError).
      if (saved.reason === late) throw late;
      throw new RefreshError('PERSIST_FAILED', `b24 oauth: onTokens failed (${nameOf(saved.reason)}); the new tokens are in use here but the app did not save them`);
    }
  }

  // The record could not be written: the lock stays held (peers keep waiting instead of
  // refreshing with the dead token) while the write is retried, until the lock would expire.
  function writeLater(record, lock, until) {
    warn('b24 oauth: the new tokens could not be written to the store yet; retrying while the refresh lock is held');
    (async () => {
      while (Date.now() + 250 < until) {
        await sleep(250);
        try {
          await store.writeTokens(key, { ...record });
          await lock.release().catch(() => {});
          return;
        } catch {
          // Still down: try again until the lock would expire.
        }
      }
      warn('b24 oauth: the new tokens never reached the store; other processes may have to authorise again');
    })();
  }

  function storeError(error) {
    if (error instanceof RefreshError) return error;
    let reason;
    try {
      reason = error?.reason;
    } catch {
      reason = undefined;
    }
    return new RefreshError('STORE_UNAVAILABLE', `b24 oauth: the token store failed (${nameOf(error)}); no refresh without the shared lock`, {
      reason: safeWord(reason, /^[A-Za-z_ ]{1,40}$/),
    });
  }

  // Holding the lock: read the record once more, exchange, persist.
  async function holding(lock, stale, acquiredAt) {
    const app = { shared: true };
    let fresh = null;
    try {
      let record;
      try {
        record = await store.readTokens(key);
      } catch (error) {
        throw storeError(error);
      }
      if (usable(record) && record.accessToken !== stale) return adopt(record);
      const used = usable(record) ? record.refreshToken : group.current.refreshToken;
      try {
        fresh = await exchange(used);
      } catch (error) {
        // A peer may have refreshed without the lock (it expired under a slow refresh).
        if (error.code === 'REAUTHORIZE' && error.oauthError === 'invalid_grant') {
          const after = await store.readTokens(key).catch(() => null);
          if (usable(after) && after.refreshToken !== used) return adopt(after);
        }
        throw error;
      }
      // The old refresh token is dead now: the new pair is the only one.
      adopt(fresh);
      await persist(fresh, app);
      return fresh.accessToken;
    } finally {
      if (fresh && !app.shared) writeLater(fresh, lock, acquiredAt + lockTtlMs);
      else await Promise.resolve().then(() => lock.release()).catch(() => {}); // else it expires by its TTL
    }
  }

  async function run(stale) {
    const deadline = Date.now() + lockTtlMs + timeoutMs;
    let failingSince = null;
    for (;;) {
      let lock = null;
      try {
        const record = await store.readTokens(key);
        // Someone refreshed since this token was handed out: use theirs.
        if (usable(record) && record.accessToken !== stale) return adopt(record);
        lock = await store.lock(lockKey, lockTtlMs);
        failingSince = null;
      } catch (error) {
        // One slow answer is not an outage: the store gets storeRetryMs before this fails.
        failingSince ??= Date.now();
        if (Date.now() - failingSince >= storeRetryMs) throw storeError(error);
      }
      if (lock) return holding(lock, stale, Date.now());
      if (Date.now() >= deadline) {
        throw new RefreshError('TIMEOUT', `b24 oauth: another process held the refresh lock for more than ${lockTtlMs + timeoutMs} ms`);
      }
      await sleep(pollMs + Math.random() * pollMs);
    }
  }

  const refresher = {
    /**
     * A new access token. Pass the token the portal refused (`expired_token`): when it has
     * already been replaced here or by another process, the replacement comes back without a
     * refresh. Without it, a token adopted in the last 5 s counts as the replacement.
     */
    refresh(staleAccessToken) {
      const { current } = group;
      if (staleAccessToken === undefined || staleAccessToken === null) {
        if (current.accessToken && Date.now() - group.adoptedAt < 5000) return Promise.resolve(current.accessToken);
      } else if (current.accessToken && current.accessToken !== staleAccessToken) {
        return Promise.resolve(current.accessToken);
      }
      const stale = staleAccessToken ?? current.accessToken;
      group.inflight ??= run(stale).finally(() => {
        group.inflight = null;
      });
      return group.inflight;
    },

    /** The pair in use here (a copy). */
    tokens() {
      return { ...group.current };
    },

    /** After the user authorised the app again: the new pair, for this process and the store. */
    async setTokens(record) {
      if (!usable(record)) throw configError('setTokens needs accessToken and refreshToken');
      const copy = { issuedAtMs: Date.now(), ...record };
      adopt(copy);
      try {
        await store.writeTokens(key, copy);
      } catch (error) {
        throw storeError(error);
      }
    },
  };
  lineageMembers?.register(refresher, { group, onTokens });
  return refresher;
}

// Refreshers of one app in one process that hold the same refresh token share one state (the
// pair in use, the refresh in flight, the onTokens to call, the secrets to redact): two clients
// built from the same tokens then spend the single-use refresh token once, without being told,
// even with no store. Keyed by the refresh token held now; a rotation moves the key to the new
// one. An entry goes when its last refresher is collected, so the map holds live lineages only.
const lineages = new Map();
const lineageMembers = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry(({ group, onTokens }) => {
    const given = group.onTokens.get(onTokens) - 1;
    if (given > 0) group.onTokens.set(onTokens, given);
    else group.onTokens.delete(onTokens);
    group.members -= 1;
    if (group.members === 0 && lineages.get(group.mapKey) === group) lineages.delete(group.mapKey);
  })
  : null;

function joinLineage(mapKey, make) {
  let group = lineages.get(mapKey);
  if (!group) {
    group = { ...make(), mapKey, members: 0 };
    lineages.set(mapKey, group);
  }
  group.members += 1;
  return group;
}

function moveLineage(group, mapKey) {
  if (group.mapKey === mapKey) return;
  if (lineages.get(group.mapKey) === group) lineages.delete(group.mapKey);
  group.mapKey = mapKey;
  // A refresher already made with the new token keeps its own lineage.
  if (!lineages.has(mapKey)) lineages.set(mapKey, group);
}

