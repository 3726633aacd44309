// Attack family: making clients and their first request (issue 20, "from the first suite" and
// "limits"): a fetch that throws before returning, IDN hosts, URL objects, one portal written
// several ways, and clients made and dropped by the thousand. Over the installed package, with a
// `fetch` of the test's own where what matters is what the client asked it to do.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { installed, b24Rejection, b24Thrown } from './lib.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const pkg = await installed('client');
const { Client } = pkg;
const NOTIFY = { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' };
const OK = { status: 200, text: async () => JSON.stringify({ result: true, time: { start: 0, finish: 0 } }) };

/** A fetch that answers OK and keeps the URLs it was asked for. */
function recordingFetch() {
  const urls = [];
  const fetch = async (url) => {
    urls.push(String(url));
    return OK;
  };
  return { urls, fetch };
}

describe('a fetch that throws synchronously', () => {
  test('sent nothing: a write is NETWORK, not OUTCOME_UNKNOWN', async () => {
    const thrower = () => { throw new TypeError('fetch is not usable here'); };
    const write = await b24Rejection(pkg, Client.webhook('https://portal.example/rest/1/s/', { fetch: thrower, plan: false }).call('im.notify.answer', NOTIFY));
    assert.equal(write.code, 'NETWORK');
    const batch = await Client.webhook('https://portal.example/rest/1/s/', { fetch: thrower, plan: false }).batch({ a: ['im.notify.answer', NOTIFY] });
    assert.equal(batch.errors.a.code, 'NETWORK');
  });
});

describe('how the portal\'s URL is given', () => {
  test('an IDN host is accepted and requested in punycode, the secret path unchanged', async () => {
    const { urls, fetch } = recordingFetch();
    const client = Client.webhook('https://портал.рф/rest/1/s3cret/', { fetch, plan: false });
    assert.equal(await client.call('im.notify.answer', NOTIFY), true);
    assert.deepEqual(urls, ['https://xn--80awhdgm.xn--p1ai/rest/1/s3cret/im.notify.answer']);
    const oauth = Client.oauth({ endpoint: 'https://bücher.example/rest/', accessToken: 't', refresh: () => 't2', fetch, plan: false });
    assert.equal(await oauth.call('im.notify.answer', NOTIFY), true);
    assert.equal(urls[1], 'https://xn--bcher-kva.example/rest/im.notify.answer');
  });

  test('a URL object works where its string does', async () => {
    const { urls, fetch } = recordingFetch();
    assert.equal(await Client.webhook(new URL('https://portal.example/rest/1/s/'), { fetch, plan: false }).call('im.notify.answer', NOTIFY), true);
    assert.equal(await Client.oauth({ endpoint: new URL('https://portal.example/rest/'), accessToken: 't', refresh: () => 't', fetch, plan: false }).call('im.notify.answer', NOTIFY), true);
    assert.deepEqual(urls, ['https://portal.example/rest/1/s/im.notify.answer', 'https://portal.example/rest/im.notify.answer']);
  });

  test('one portal written as https://portal, :443, :0443 and portal. has one bucket (one store key)', async () => {
    const keys = new Set();
    const store = { reserve: async (key) => { keys.add(key); return 0; }, refused: async () => {} };
    for (const url of ['https://portal.example/rest/1/s/', 'https://portal.example:443/rest/1/s/', 'https://portal.example:0443/rest/1/s/', 'https://portal.example./rest/1/s/', 'https://PORTAL.example.:443/rest/1/s/']) {
      const { fetch } = recordingFetch();
      await Client.webhook(url, { fetch, store }).call('im.notify.answer', NOTIFY);
    }
    assert.deepEqual([...keys], ['https://portal.example']);
  });
});

describe('clients made and dropped', () => {
  test('20,000 clients created and dropped leave wasm memory flat', async () => {
    const { fetch } = recordingFetch();
    const probe = Client.webhook('https://probe.example/rest/1/s/', { fetch, plan: false });
    await probe.call('im.notify.answer', NOTIFY);
    const settle = async () => {
      for (let i = 0; i < 4; i++) {
        gc();
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const round = async (n) => {
      for (let i = 0; i < n; i++) Client.webhook(`https://portal-${i % 50}.example/rest/1/secret-${i}/`, { fetch });
      await settle();
    };
    await round(1000); // warm
    const before = probe.stats().wasmMemoryBytes;
    await round(20_000);
    const grown = probe.stats().wasmMemoryBytes - before;
    assert.ok(grown < 64 * 1024, `wasm memory grew ${(grown / 2 ** 20).toFixed(2)} MiB over 20,000 clients`);
    // A wrong setting still throws at once.
    assert.equal(b24Thrown(pkg, () => Client.webhook('https://portal.example/rest/1/s/', { plan: 'nope' })).code, 'INVALID_CONFIG');
  });
});
