// The Node entry's transport (pkg-template/node/http-fetch.js) against real servers on
// 127.0.0.1: it asks for compressed replies, decodes gzip, deflate and br as fetch does, keeps
// sockets alive no longer than the server allows, and reaches the https stand-in, whose large
// replies come compressed. Run: node --test tests/js/http-fetch.test.mjs (no build needed).

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { httpFetch, MAX_REPLY_BYTES } from '../../pkg-template/node/http-fetch.js';
import { startStandin } from '../standin/server.mjs';
import { chooseEncoding, COMPRESS_ABOVE } from '../standin/encoding.mjs';
import { makeLoopbackCert } from '../../bench/lib/tls.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A page of 2,500 rows as a portal's batch answers it: ~90 KB of JSON.
const PAGE = JSON.stringify({ result: { result: Object.fromEntries(Array.from({ length: 50 }, (_, p) => [`p${p}`, Array.from({ length: 50 }, (_, i) => ({ ID: String(p * 50 + i + 1), TITLE: `Row ${p * 50 + i + 1}` }))])) } });
const RAW = Buffer.from(PAGE);
const gzip = zlib.gzipSync(RAW);
// Random text compresses poorly: its gzip is above the 64 KB the transport decodes inline, so
// this one is decoded on libuv's pool.
const LARGE = JSON.stringify({ result: randomBytes(150 * 1024).toString('base64') });

// Each path answers the page with one Content-Encoding, built by node:zlib.
const REPLIES = {
  '/plain': [{}, RAW],
  '/gzip': [{ 'Content-Encoding': 'gzip' }, gzip],
  '/x-gzip': [{ 'Content-Encoding': 'x-gzip' }, gzip],
  '/deflate': [{ 'Content-Encoding': 'deflate' }, zlib.deflateSync(RAW)],
  '/deflate-raw': [{ 'Content-Encoding': 'deflate' }, zlib.deflateRawSync(RAW)],
  '/br': [{ 'Content-Encoding': 'br' }, zlib.brotliCompressSync(RAW)],
  '/upper': [{ 'Content-Encoding': 'GZIP' }, gzip],
  // Applied in order: deflate first, then gzip; the client undoes gzip first.
  '/stacked': [{ 'Content-Encoding': 'deflate, gzip' }, zlib.gzipSync(zlib.deflateSync(RAW))],
  '/identity': [{ 'Content-Encoding': 'identity' }, RAW],
  '/gzip-large': [{ 'Content-Encoding': 'gzip' }, zlib.gzipSync(LARGE)],
  '/br-large': [{ 'Content-Encoding': 'br' }, zlib.brotliCompressSync(LARGE)],
  '/unknown': [{ 'Content-Encoding': 'zstd' }, Buffer.from('not zstd at all')],
  '/corrupt': [{ 'Content-Encoding': 'gzip' }, Buffer.concat([gzip.subarray(0, 10), Buffer.alloc(64, 0xff)])],
  '/truncated': [{ 'Content-Encoding': 'gzip' }, gzip.subarray(0, Math.floor(gzip.length / 2))],
};

// A gzip bomb (issue 20): members of 64 MiB of zeros, one after another (gunzip reads every
// member), ~650 KB that inflate to 640 MiB, past V8's longest string.
const BOMB = Buffer.concat(Array(10).fill(zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 })));
REPLIES['/bomb'] = [{ 'Content-Encoding': 'gzip' }, BOMB];
REPLIES['/br-bomb'] = [{ 'Content-Encoding': 'br' }, zlib.brotliCompressSync(Buffer.alloc(MAX_REPLY_BYTES + 1024))];

let server;
let base;
const seen = []; // { path, headers, socket } of every request the server got
before(async () => {
  let nextSocket = 0;
  server = http.createServer((req, res) => {
    req.socket.id ??= ++nextSocket;
    seen.push({ path: req.url, headers: req.headers, socket: req.socket.id });
    req.resume();
    req.on('end', () => {
      const [headers, body] = REPLIES[req.url] ?? [{}, Buffer.from('{}')];
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length, ...headers });
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

const post = (path, init = {}) => httpFetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', ...init });

describe('compressed replies', () => {
  test('asks for gzip, deflate and br unless the caller set Accept-Encoding', async () => {
    await post('/plain');
    assert.equal(seen.at(-1).headers['accept-encoding'], 'gzip, deflate, br');
    await post('/plain', { headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' } });
    assert.equal(seen.at(-1).headers['accept-encoding'], 'identity');
  });

  for (const path of ['/plain', '/gzip', '/x-gzip', '/deflate', '/deflate-raw', '/br', '/upper', '/stacked', '/identity']) {
    test(`decodes ${path.slice(1)} to the exact text`, async () => {
      const res = await post(path);
      assert.equal(res.status, 200);
      const text = await res.text();
      assert.equal(text.length, PAGE.length);
      assert.equal(text, PAGE);
    });
  }

  for (const path of ['/gzip-large', '/br-large']) {
    test(`decodes ${path.slice(1)} (${REPLIES[path][1].length} compressed bytes) to the exact text`, async () => {
      assert.ok(REPLIES[path][1].length > 64 * 1024);
      assert.equal(await (await post(path)).text(), LARGE);
    });
  }

  test('a coding it does not know is passed on as it came, as fetch does', async () => {
    assert.equal(await (await post('/unknown')).text(), 'not zstd at all');
  });

  test('a corrupt gzip body fails like a body read of fetch: TypeError terminated, zlib error as cause', async () => {
    await assert.rejects(post('/corrupt'), (e) => e instanceof TypeError && e.message === 'terminated' && /incorrect|invalid|unknown/i.test(e.cause?.message));
  });

  test('a gzip body cut short yields what arrived (the reply decoder then sees truncated JSON)', async () => {
    const text = await (await post('/truncated')).text();
    assert.ok(text.length > 0 && text.length < PAGE.length, `got ${text.length} chars`);
    assert.ok(PAGE.startsWith(text));
  });
});

describe('a reply past MAX_REPLY_BYTES', () => {
  for (const path of ['/bomb', '/br-bomb']) {
    test(`${path}: the call fails alone (terminated, ERR_B24_REPLY_TOO_LARGE) and nothing goes unhandled`, async () => {
      const unhandled = [];
      const onUnhandled = (e) => unhandled.push(e);
      process.on('unhandledRejection', onUnhandled);
      try {
        let timer;
        const outcome = await Promise.race([
          post(path).then((r) => r.text()).then((text) => ({ text: text.length }), (error) => ({ error })),
          new Promise((resolve) => { timer = setTimeout(() => resolve('hang'), 20_000); }),
        ]);
        clearTimeout(timer);
        await sleep(50);
        assert.notEqual(outcome, 'hang', 'the call never settled');
        assert.ok(outcome.error instanceof TypeError, `not a failed body read: ${JSON.stringify(outcome)}`);
        assert.equal(outcome.error.message, 'terminated');
        assert.equal(outcome.error.cause?.code, 'ERR_B24_REPLY_TOO_LARGE');
        assert.deepEqual(unhandled, []);
        // The transport still works afterwards.
        assert.equal(await (await post('/plain')).text(), PAGE);
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    });
  }
});

describe('keep-alive', () => {
  // The server's hint (`Keep-Alive: timeout=N`, Node sends floor(keepAliveTimeout / 1 s)) less
  // 1 s is as long as an idle socket is kept.
  const withServer = async (keepAliveTimeout, fn) => {
    let sockets = 0;
    const s = http.createServer((req, res) => {
      req.socket.id ??= ++sockets;
      req.resume();
      req.on('end', () => res.end(JSON.stringify({ socket: req.socket.id })));
    });
    s.keepAliveTimeout = keepAliveTimeout;
    await new Promise((resolve) => s.listen(0, '127.0.0.1', resolve));
    const call = async () => JSON.parse(await (await httpFetch(`http://127.0.0.1:${s.address().port}/`, { method: 'POST', body: '{}' })).text()).socket;
    try {
      await fn(call);
    } finally {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  };

  test('calls in a row share one connection', () =>
    withServer(5000, async (call) => {
      const ids = [await call(), await call(), await call()];
      assert.deepEqual(ids, [1, 1, 1]);
    }));

  test('a socket idle past the hint less 1 s is not reused: the next call opens a new one', () =>
    withServer(2000, async (call) => {
      assert.equal(await call(), 1);
      await sleep(1300); // the server would keep it 2 s; the client keeps it 1 s
      assert.equal(await call(), 2);
    }));

  test('a hint of 1 s leaves no time to reuse: every call has its own connection', () =>
    withServer(1000, async (call) => {
      assert.deepEqual([await call(), await call()], [1, 2]);
    }));
});

describe('the https stand-in', () => {
  let cert;
  let standin;
  before(async () => {
    cert = makeLoopbackCert();
    standin = await startStandin({ tls: { key: cert.key, cert: cert.cert } });
  });
  after(async () => {
    await standin?.close();
    cert?.remove();
  });

  // 50 pages of 50 rows: the answer a list reader gets per request.
  const batchBody = JSON.stringify({ halt: 0, cmd: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, `crm.contact.list?order[ID]=ASC&start=${i * 50}`])) });
  const raw = (path, body, acceptEncoding) =>
    new Promise((resolve, reject) => {
      const headers = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
      if (acceptEncoding) headers['Accept-Encoding'] = acceptEncoding;
      const req = https.request(`${standin.webhookUrl}${path}`, { method: 'POST', agent: false, ca: cert.cert, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });

  test('serves https; a 2,500-row batch page comes gzipped when asked, plain when not; a small reply stays plain', async () => {
    const plain = await raw('batch', batchBody, null);
    assert.equal(plain.headers['content-encoding'], undefined);
    const page = JSON.parse(plain.body);
    assert.equal(Object.keys(page.result.result).length, 50);
    assert.equal(page.result.result.p49[49].ID, '2500');

    const zipped = await raw('batch', batchBody, 'gzip, deflate, br');
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.body.length * 5 < plain.body.length, `${zipped.body.length} compressed bytes for ${plain.body.length}`);
    assert.deepEqual(JSON.parse(zlib.gunzipSync(zipped.body)).result.result, page.result.result);

    const brotli = await raw('batch', batchBody, 'br');
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.deepEqual(JSON.parse(zlib.brotliDecompressSync(brotli.body)).result.result, page.result.result);

    const small = await raw('im.notify.answer', JSON.stringify({ NOTIFY_ID: 1, ANSWER_TEXT: 'x' }), 'gzip, deflate, br');
    assert.ok(small.body.length <= COMPRESS_ABOVE, `a single call's reply is ${small.body.length} bytes`);
    assert.equal(small.headers['content-encoding'], undefined);
    assert.ok('result' in JSON.parse(small.body));
  });

  test('httpFetch reads the compressed page over https (a child trusting the certificate)', async () => {
    // The transport uses Node's default CAs, which take an extra one only at start-up.
    const script = `
      import { httpFetch } from ${JSON.stringify(new URL('../../pkg-template/node/http-fetch.js', import.meta.url).href)};
      const res = await httpFetch(process.argv[1], { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: process.argv[2] });
      const page = JSON.parse(await res.text());
      console.log(JSON.stringify({ status: res.status, pages: Object.keys(page.result.result).length, last: page.result.result.p49[49].ID }));
      process.exit(0);`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, `${standin.webhookUrl}batch`, batchBody], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: cert.certPath },
    });
    assert.deepEqual(JSON.parse(stdout), { status: 200, pages: 50, last: '2500' });
    const last = standin.requests().filter((r) => !r.viaBatch).at(-1);
    assert.equal(last.method, 'batch');
  });

  test('the stand-in picks the first coding the client lists that it has, never one with q=0', () => {
    assert.equal(chooseEncoding('gzip, deflate, br'), 'gzip');
    assert.equal(chooseEncoding('br;q=1.0, gzip;q=0.8'), 'br');
    assert.equal(chooseEncoding('zstd, deflate'), 'deflate');
    assert.equal(chooseEncoding('gzip;q=0, br'), 'br');
    assert.equal(chooseEncoding('identity'), null);
    assert.equal(chooseEncoding(undefined), null);
  });
});

