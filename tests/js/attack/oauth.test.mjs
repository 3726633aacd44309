// Attack family: the OAuth refresher (b24-wasm/oauth) and Client.oauth's own refresh (issue 20),
// over the installed package, with the stand-in's OAuth server and token servers of the test's
// own on loopback: redirects, secrets in every error path, a refresh() that never settles, two
// clients of one portal spending one refresh token.

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from '../../standin/server.mjs';
import { installed, serve, within, HANG, b24Rejection, everythingOf, assertNoSecret, recordingLogger } from './lib.mjs';

const pkg = await installed('oauth', ['oauth']);
const { Client, oauth: { createRefresher, RefreshError } } = pkg;

const CLIENT_ID = 'standin-client';
const CLIENT_SECRET = 'standin-client-secret';
const REFRESH_TOKEN = 'standin-refresh-1';

let portal;
before(async () => {
  portal = await startStandin();
});
after(() => portal.close());
beforeEach(() => portal.reset());

const WRITE = ['im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' }];

/** What a refresh gives: the RefreshError it rejects with (within 5 s). */
async function refreshError(promise) {
  const outcome = await within(5000, promise);
  assert.notEqual(outcome, HANG, 'refresh() did not settle');
  assert.ok('error' in outcome, `refresh() resolved: ${JSON.stringify(outcome.value)}`);
  assert.ok(outcome.error instanceof RefreshError, `not a RefreshError: ${outcome.error?.stack}`);
  return outcome.error;
}

describe('redirects from the token URL are not followed', () => {
  let elsewhere;
  let tokenUrl;
  before(async () => {
    // Another origin that would hand out its own pair to anyone who asks.
    elsewhere = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: 'evil-access', refresh_token: 'evil-refresh', expires_in: 3600 }));
    });
    tokenUrl = await serve((req, res) => {
      const status = req.url.includes('s307') ? 307 : 302;
      res.writeHead(status, { location: `${elsewhere.url}/oauth/token/?${req.url.split('?')[1] ?? ''}` });
      res.end();
    });
  });
  after(async () => {
    await elsewhere.close();
    await tokenUrl.close();
  });
  beforeEach(() => {
    elsewhere.hits.length = 0;
    tokenUrl.hits.length = 0;
  });

  const refresher = (httpMethod, path, more = {}) => createRefresher({
    oauthUrl: `${tokenUrl.url}/${path}/`, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, refreshToken: REFRESH_TOKEN,
    onTokens: () => assert.fail('no tokens may be adopted'), httpMethod, fetch: globalThis.fetch, logger: null, ...more,
  });

  test('POST + 307 with the default fetch: the secret is not re-POSTed to the other origin', async () => {
    const e = await refreshError(refresher('POST', 's307').refresh());
    assert.equal(tokenUrl.hits.length, 1);
    assert.equal(elsewhere.hits.length, 0, 'the redirect was followed: client_secret and refresh_token went elsewhere');
    assert.equal(e.code, 'OUTCOME_UNKNOWN');
    assert.equal(e.kind, 'redirect');
  });

  test('GET + 302: the other origin\'s pair is not adopted', async () => {
    const r = refresher('GET', 's302');
    await refreshError(r.refresh());
    assert.equal(elsewhere.hits.length, 0);
    assert.notEqual(r.tokens().accessToken, 'evil-access');
  });

  test('through Client.oauth({ clientSecret, fetch: globalThis.fetch }) the next write never carries the other origin\'s token', async () => {
    portal.expireToken('standin-token-1');
    const client = Client.oauth({
      endpoint: portal.oauthEndpoint, accessToken: 'standin-token-1', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
      refreshToken: REFRESH_TOKEN, oauthUrl: `${tokenUrl.url}/s302/`, onTokens: () => {}, fetch: globalThis.fetch,
    });
    const e = await b24Rejection(pkg, client.call(...WRITE));
    assert.equal(e.code, 'REFRESH_FAILED');
    assertNoSecret(everythingOf(e), [CLIENT_SECRET, REFRESH_TOKEN], 'the REFRESH_FAILED error');
    assert.equal(elsewhere.hits.length, 0);
    await b24Rejection(pkg, client.call(...WRITE));
    assert.ok(!portal.requests().some((r) => JSON.stringify(r).includes('evil-access')), 'a request went out with the other origin\'s token');
  });
});

describe('no secret in any error or log line of the refresher', () => {
  // Letters only, so each would pass as an error's name; upper case, so as a code.
  const SECRET = 'CanarySecretQwerty';
  const TOKEN = 'CANARYREFRESHTOKEN';
  const ACCESS = 'CanaryAccessZxcv';
  const SECRETS = [SECRET, TOKEN, ACCESS];
  let server;
  let answer = () => ({ status: 200, body: {} });
  before(async () => {
    server = await serve((req, res) => {
      const { status, body } = answer(req);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  after(() => server.close());

  const make = (more = {}) => {
    const log = recordingLogger();
    const r = createRefresher({
      oauthUrl: `${server.url}/oauth/token/`, clientId: CLIENT_ID, clientSecret: SECRET, refreshToken: TOKEN, accessToken: ACCESS,
      onTokens: () => {}, logger: log.logger, lockTtlMs: 2000, timeoutMs: 500, onTokensTimeoutMs: 500, storeRetryMs: 50, ...more,
    });
    return { r, log };
  };
  const named = (name, extra = {}) => Object.assign(new Error(`failed with ${SECRET} ${TOKEN}`), { name, ...extra });

  const PATHS = {
    'a fetch error named after the secret': () => make({ fetch: async () => { throw named(SECRET); } }),
    'a fetch error whose code is the refresh token': () => make({ fetch: async () => { throw named('TypeError', { code: TOKEN, cause: { code: TOKEN } }); } }),
    'onTokens throwing an error named after the token': () => make({ fetch: globalThis.fetch, onTokens: () => { throw named(TOKEN); } }),
    'onTokens throwing a RefreshError that quotes the secret': () => make({ fetch: globalThis.fetch, onTokens: () => { throw new RefreshError('PERSIST_FAILED', `no: ${SECRET}`); } }),
    'a store whose error has the secret as name and reason': () => make({
      store: {
        readTokens: async () => { throw named(SECRET, { reason: TOKEN }); },
        writeTokens: async () => {},
        lock: async () => null,
      },
    }),
    'the OAuth server echoing the secret as its error code': () => {
      answer = () => ({ status: 400, body: { error: SECRET, error_description: `bad ${SECRET} ${TOKEN}` } });
      return make({ fetch: globalThis.fetch });
    },
    'the OAuth server echoing the refresh token as a 5xx error code': () => {
      answer = () => ({ status: 503, body: { error: TOKEN } });
      return make({ fetch: globalThis.fetch });
    },
  };

  for (const [path, setup] of Object.entries(PATHS)) {
    test(path, async () => {
      answer = () => ({ status: 200, body: { access_token: 'new-access-1', refresh_token: 'new-refresh-1', expires_in: 3600 } });
      const { r, log } = setup();
      const e = await refreshError(r.refresh());
      assertNoSecret(everythingOf(e), SECRETS, `a ${e.code} RefreshError`);
      assertNoSecret(log.lines.join('\n'), SECRETS, 'a log line');
    });
  }
});

describe('a refresh() that never settles', () => {
  test('is bounded by the call\'s deadline and asked again by the next call', async () => {
    portal.setOptions({ tokens: ['standin-token-1', 'fresh-token-2'] });
    portal.expireToken('standin-token-1');
    let asked = 0;
    const client = Client.oauth({
      endpoint: portal.oauthEndpoint, accessToken: 'standin-token-1', timeoutMs: 300,
      refresh: () => (++asked === 1 ? new Promise(() => {}) : 'fresh-token-2'),
    });
    const first = await b24Rejection(pkg, client.call(...WRITE), 5000);
    assert.equal(first.code, 'TIMEOUT');
    const second = await within(5000, client.call(...WRITE));
    assert.notEqual(second, HANG);
    assert.equal(second.error, undefined, `the second call failed: ${second.error?.code} ${second.error?.message}`);
    assert.equal(asked, 2, 'refresh() was not asked again');
  });

  test('a refresh() that throws at once is asked again too', async () => {
    portal.setOptions({ tokens: ['standin-token-1', 'fresh-token-3'] });
    portal.expireToken('standin-token-1');
    let asked = 0;
    const client = Client.oauth({
      endpoint: portal.oauthEndpoint, accessToken: 'standin-token-1',
      refresh: () => { if (++asked === 1) throw new Error('down'); return 'fresh-token-3'; },
    });
    assert.equal((await b24Rejection(pkg, client.call(...WRITE))).code, 'REFRESH_FAILED');
    assert.ok(await client.call(...WRITE));
    assert.equal(asked, 2);
  });
});

describe('two Client.oauth clients of one portal in one process', () => {
  test('share one refresh without a store: one refresh at the OAuth server, both go on', async () => {
    portal.expireToken('standin-token-1');
    const saved = [];
    const make = () => Client.oauth({
      endpoint: portal.oauthEndpoint, accessToken: 'standin-token-1', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
      refreshToken: REFRESH_TOKEN, oauthUrl: portal.oauthTokenUrl, onTokens: (t) => saved.push(t.refreshToken),
    });
    const a = make();
    const b = make();
    await a.call(...WRITE);
    // b still holds the expired token: it must adopt a's pair, not spend the dead refresh token.
    const outcome = await within(5000, b.call(...WRITE));
    assert.equal(outcome.error?.code, undefined, `b failed: ${outcome.error?.code} ${outcome.error?.kind} ${outcome.error?.message}`);
    assert.equal(portal.oauth.stats().refreshes, 1);
    assert.equal(portal.oauth.stats().refused, 0, 'a refresh token was spent twice');
    // Each client gave its own onTokens: each is told of the one new pair, once.
    assert.equal(saved.length, 2);
    assert.equal(saved[0], saved[1]);
  });
});
