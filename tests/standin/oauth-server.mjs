// The OAuth server (oauth.bitrix.info) of the stand-in: `GET|POST /oauth/token/` with
// grant_type=refresh_token, client_id, client_secret, refresh_token (auto-renewal.md), and
// the documented errors (error-codes.md). Refresh tokens rotate: the one used dies when the
// new pair is issued, so a second refresh with it gets `invalid_grant`. Counts refreshes.
//
// Mounted on the stand-in's port by server.mjs (`portal.oauth`, `/_standin/oauth`), or on its
// own with startOAuthServer().

import http from 'node:http';

const FAULT_KINDS = new Set(['error', 'html', 'drop', 'delay', 'portal-deleted', 'payment-required']);
const JSON_TYPE = 'application/json; charset=utf-8';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Options: `clientId` ('standin-client'), `clientSecret` ('standin-client-secret'),
 * `refreshTokens` (['standin-refresh-1']: the live ones at start and after reset),
 * `issueAccessToken()` (a new token the portal accepts), `clientEndpoint()` (the portal's
 * REST URL), `latencyMs` (0: the wait after rotating and before answering).
 */
export function createOAuthEmulator(options = {}) {
  const opts = {
    clientId: options.clientId ?? 'standin-client',
    clientSecret: options.clientSecret ?? 'standin-client-secret',
    refreshTokens: [...(options.refreshTokens ?? ['standin-refresh-1'])],
    issueAccessToken: options.issueAccessToken ?? (() => `standin-access-${Math.random().toString(36).slice(2)}`),
    clientEndpoint: options.clientEndpoint ?? (() => 'http://127.0.0.1/rest/'),
    latencyMs: options.latencyMs ?? 0,
    memberId: options.memberId ?? 'standin-member-id',
  };
  let live;
  let used;
  let faults;
  let stats;
  let counter = 0;

  function reset() {
    live = new Set(opts.refreshTokens);
    used = new Set();
    faults = [];
    stats = { requests: 0, refreshes: 0, refused: 0 };
  }
  reset();

  function issueRefreshToken() {
    counter += 1;
    return `standin-refresh-${Date.now().toString(36)}-${counter}`;
  }

  async function handle(req, res, url, rawBody) {
    if (url.pathname.replace(/\/+$/, '') !== '/oauth/token') return sendJson(res, 404, { error: 'not_found', error_description: 'Not found' });
    stats.requests += 1;
    const params = new URLSearchParams(url.search);
    if (req.method === 'POST' && /application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '')) {
      for (const [k, v] of new URLSearchParams(rawBody)) params.set(k, v);
    }
    const refuse = (status, error, error_description) => {
      stats.refused += 1;
      return sendJson(res, status, { error, error_description });
    };

    const fault = faults.length ? faults[0] : null;
    if (fault) {
      fault.times -= 1;
      if (fault.times <= 0) faults.shift();
      if (fault.kind === 'error') return refuse(fault.status ?? 400, fault.error ?? 'invalid_request', fault.error_description ?? '');
      // Status 404 for a portal the server no longer knows: what b24phpsdk issue #284 reports;
      // the docs do not say.
      if (fault.kind === 'portal-deleted') return refuse(404, 'not_found', 'Portal not found');
      // The docs give the code, not the status; 402 is the stand-in's choice.
      if (fault.kind === 'payment-required') return refuse(402, 'PAYMENT_REQUIRED', 'Payment required');
      if (fault.kind === 'html') {
        stats.refused += 1;
        const page = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';
        res.writeHead(502, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(page) });
        return res.end(page);
      }
      if (fault.kind === 'delay') {
        await sleep(Number(fault.ms) || 0);
        // The client gave up during the delay: nothing is issued (and no later test sees a
        // token rotate behind its back).
        if (res.destroyed || req.socket.destroyed) return undefined;
      }
    }

    const grantType = params.get('grant_type');
    const clientId = params.get('client_id');
    const clientSecret = params.get('client_secret');
    const refreshToken = params.get('refresh_token');
    if (!grantType || !clientId || !clientSecret || !refreshToken) {
      return refuse(400, 'invalid_request', 'Required parameters are missing');
    }
    if (grantType !== 'refresh_token') return refuse(400, 'invalid_request', 'Unsupported grant_type');
    if (clientId !== opts.clientId || clientSecret !== opts.clientSecret) return refuse(401, 'invalid_client', 'Invalid client credentials');
    if (!live.has(refreshToken)) return refuse(400, 'invalid_grant', 'Invalid refresh token');

    // Rotation: the used token dies the moment the new pair exists.
    live.delete(refreshToken);
    used.add(refreshToken);
    const next = issueRefreshToken();
    live.add(next);
    stats.refreshes += 1;
    const accessToken = opts.issueAccessToken();
    const now = Math.floor(Date.now() / 1000);
    const body = {
      access_token: accessToken,
      client_endpoint: opts.clientEndpoint(),
      domain: 'oauth.bitrix.info',
      expires: now + 3600,
      expires_in: 3600,
      member_id: typeof opts.memberId === 'function' ? opts.memberId() : opts.memberId,
      refresh_token: next,
      scope: 'imopenlines,imconnector,im,imbot',
      server_endpoint: 'https://oauth.bitrix.info/rest/',
      status: 'L',
      user_id: 1,
    };
    if (opts.latencyMs > 0) await sleep(opts.latencyMs);
    // The pair was issued, the answer is lost: the client cannot know its new refresh token.
    if (fault && fault.kind === 'drop') return res.socket.destroy();
    return sendJson(res, 200, body);
  }

  return {
    handle,
    reset,
    /** Queues faults for the next token requests: {kind, times?, ...}. */
    inject(fault) {
      for (const f of Array.isArray(fault) ? fault : [fault]) {
        if (!f || !FAULT_KINDS.has(f.kind)) throw new Error(`unknown oauth fault kind: ${f && f.kind}`);
        faults.push({ ...f, times: f.times ?? 1 });
      }
      return faults.length;
    },
    setOptions(partial = {}) {
      if ('latencyMs' in partial) opts.latencyMs = Number(partial.latencyMs) || 0;
      if ('refreshTokens' in partial) {
        opts.refreshTokens = [...partial.refreshTokens];
        for (const t of opts.refreshTokens) live.add(t);
      }
      return { clientId: opts.clientId, latencyMs: opts.latencyMs };
    },
    /** A new live refresh token, as an app install hands one to the app (ONAPPINSTALL). */
    grant() {
      const token = issueRefreshToken();
      live.add(token);
      // Bounded: a long-running portal forgets the oldest unused grants first.
      for (const old of live) {
        if (live.size <= 10_000) break;
        live.delete(old);
      }
      return token;
    },
    /** Refresh tokens that would be accepted now. */
    liveRefreshTokens: () => [...live],
    stats: () => ({ ...stats }),
  };
}

/** The OAuth server on its own loopback port: `{ url, tokenUrl, oauth, close() }`. */
export async function startOAuthServer(options = {}) {
  const oauth = createOAuthEmulator(options);
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      oauth.handle(req, res, url, Buffer.concat(chunks).toString('utf8')).catch(() => res.destroy());
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    tokenUrl: `${url}/oauth/token/`,
    oauth,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
