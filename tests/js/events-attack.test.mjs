// The event server under a hostile sender (issue 20, "The event server"), through the installed
// package: parsing that stays linear, installs that cannot lock a portal out, keys that cannot
// pollute, a dedupe key that is the event, and answers that leak nothing. Every server is the
// project's stand-in on loopback or a node:http server started here.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startStandin } from '../standin/server.mjs';
import { phpForm } from '../standin/events.mjs';
import { installConsumer, importFrom } from './lib/consumer.mjs';

const CONSUMER = installConsumer('events-attack');
const { Client, B24Error, createWebHandler, createNodeHandler, memoryTokenStore, parseEvent, pollBotEvents, pollUserEvents, pollOfflineEvents } =
  await importFrom(CONSUMER);

const MEMBER = 'a223c6b3710f85df22e9377d6c4f7553';
const TOKEN = '51856fefc120afa4b628cc82d3935cce';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const post = (body, headers = FORM) => new Request('http://bot.example/events', { method: 'POST', headers, body });

function messageEvent({ token = TOKEN, member = MEMBER, id = 789, ts = 1772093963, handlerId = 5, botAccess = 'bot-access-1' } = {}) {
  return phpForm({
    event: 'ONIMBOTV2MESSAGEADD',
    event_handler_id: handlerId,
    data: {
      bot: { id: 456, code: 'echo', auth: { access_token: botAccess, expires: ts + 3600, application_token: token } },
      message: { id, chatId: 5, authorId: 1, text: 'hi' },
      chat: { id: 5, dialogId: '1' },
    },
    ts,
    auth: { domain: 'portal.example', member_id: member, application_token: token },
  });
}

const install = ({ token = TOKEN, member = MEMBER, endpoint, access = 'forged-access' } = {}) =>
  phpForm({
    event: 'ONAPPINSTALL',
    data: { VERSION: '1', ACTIVE: 'Y', INSTALLED: 'Y', LANGUAGE_ID: 'en' },
    ts: 1,
    auth: { member_id: member, application_token: token, access_token: access, client_endpoint: endpoint, domain: endpoint ? new URL(endpoint).host : '' },
  });

/** A logger that keeps its lines. */
function lines() {
  const seen = [];
  const keep = (line) => seen.push(String(line));
  return { seen, logger: { debug: keep, info: keep, warn: keep, error: keep } };
}

const isConfigError = (field) => (e) => e instanceof B24Error && e.code === 'INVALID_CONFIG' && e.field === field;

describe('parsing stays linear in the body', () => {
  /**
   * Bodies of about `n` bytes in the shapes that used to cost the square of their entries,
   * values padded to 60 characters so that up to 512 KiB stays within 10,000 values.
   */
  function bodies(n) {
    const pad = 'v'.repeat(60);
    const head = 'event=ONIMBOTDELETE&data%5BBOT_ID%5D=1';
    const repeat = (unit) => head + unit.repeat(Math.ceil((n - head.length) / unit.length));
    let numbered = head;
    for (let i = 0; numbered.length < n; i++) numbered += `&data[M][${i}]=${pad}`;
    return [
      ['data[PARAMS][L][]', repeat(`&data%5BPARAMS%5D%5BL%5D%5B%5D=${pad}`)],
      ['L[] at the top', repeat(`&L%5B%5D=${pad}`)],
      ['data[M][i]', numbered],
      ['one long value', `${head}&data[X]=${'a'.repeat(n)}`],
      ['JSON list', `{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"L":[${`"${pad}",`.repeat(Math.floor(n / 63))}1]}}`],
    ];
  }

  /** CPU time of this process in ms: the shared machine's other work is not the parser's. */
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };

  /**
   * The cheapest parse of each body over `runs` rounds, taken in turn. A round parses a body
   * several times, so that it outlasts the clock's ticks.
   */
  async function fastest(small, large, runs = 3) {
    const once = performance.now();
    await parseEvent(small).catch(() => {});
    const reps = Math.min(200, Math.max(1, Math.ceil(30 / Math.max(performance.now() - once, 0.01))));
    const time = async (body) => {
      const start = cpuMs();
      for (let i = 0; i < reps; i++) await parseEvent(body).catch(() => {});
      return (cpuMs() - start) / reps;
    };
    let [t1, t4] = [Infinity, Infinity];
    for (let i = 0; i < runs; i++) {
      t1 = Math.min(t1, await time(small));
      t4 = Math.min(t4, await time(large));
    }
    return [t1, t4];
  }

  test('4x the body costs at most about 5x the time, for every shape', async () => {
    await parseEvent(bodies(1024)[0][1]);
    const small = bodies(128 << 10);
    const large = bodies(512 << 10);
    for (let i = 0; i < small.length; i++) {
      const [shape] = small[i];
      assert.equal(typeof (await parseEvent(large[i][1])).dedupeKey, 'string', `${shape}: read whole`);
      const [t1, t4] = await fastest(small[i][1], large[i][1]);
      // Linear is 4x (plus cache misses as the tree outgrows the caches); quadratic is 16x:
      // the reader before took 1.5 s for 160 KB of appends.
      assert.ok(t4 / Math.max(t1, 0.05) < 5.5, `${shape}: ${t1.toFixed(1)} ms -> ${t4.toFixed(1)} ms (${(t4 / t1).toFixed(1)}x)`);
    }
  });
});

test('a body of more than 10,000 values is refused with 413 where the count is reached', async () => {
  const handler = createWebHandler({ store: memoryTokenStore({ [MEMBER]: TOKEN }), onEvent: () => assert.fail('must not run'), logger: false });
  const head = 'event=ONIMBOTDELETE&data%5BBOT_ID%5D=1';
  const answer = await handler(post(head + '&data%5BL%5D%5B%5D=1'.repeat(((4 << 20) - head.length) / 20)));
  assert.equal(answer.status, 413);
  assert.match((await answer.json()).error_description, /more than 10000 values/);
});

describe('installs cannot lock a portal out', () => {
  let portal;
  before(async () => {
    portal = await startStandin();
  });
  after(() => portal.close());

  test('a forged first install is refused, and the genuine one is then stored', async () => {
    const store = memoryTokenStore();
    const log = lines();
    const handler = createWebHandler({ store, onEvent: () => {}, portals: [portal.url], logger: log.logger });
    // The right endpoint with a token the portal never issued, and endpoints the check may not call.
    for (const endpoint of [`${portal.url}/rest/`, 'https://evil.example/rest/', undefined]) {
      const answer = await handler(post(install({ token: 'f'.repeat(32), member: portal.events.memberId, endpoint })));
      assert.equal(answer.status, 401, String(endpoint));
    }
    assert.equal(store.get(portal.events.memberId), undefined);
    assert.equal(log.seen.length, 3);
    assert.ok(log.seen.every((l) => l.includes('install_refused')), log.seen.join('\n'));
    // The portal's own install: its token, and an access token the portal issued.
    const genuine = await handler(post(phpForm({
      event: 'ONAPPINSTALL',
      data: { VERSION: '1', ACTIVE: 'Y', INSTALLED: 'Y', LANGUAGE_ID: 'en' },
      ts: 2,
      auth: { member_id: portal.events.memberId, application_token: portal.events.applicationToken, access_token: portal.issueToken(), client_endpoint: `${portal.url}/rest/`, domain: new URL(portal.url).host },
    })));
    assert.equal(genuine.status, 200);
    assert.equal(store.get(portal.events.memberId), portal.events.applicationToken);
  });

  test('the check calls only a Bitrix24 cloud portal or one the app named, never following a redirect', async () => {
    const calls = [];
    // Answers as the portal does for a token it does not know (NO_AUTH_FOUND, 401).
    const fetch = async (url, init) => {
      calls.push([String(url), init.redirect]);
      return new Response(JSON.stringify({ error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' }), { status: 401 });
    };
    const handler = createWebHandler({ store: memoryTokenStore(), onEvent: () => assert.fail('must not run'), fetch, logger: false });
    for (const endpoint of [
      'http://169.254.169.254/rest/',
      'http://127.0.0.1:6379/rest/',
      'https://evil.example/rest/',
      'https://portal.bitrix24.com.evil.example/rest/',
      'https://user:pw@portal.bitrix24.com/rest/',
      'https://portal.bitrix24.com:8443/rest/',
      'http://portal.bitrix24.com/rest/',
      'https://portal.bitrix24.com/rest/app.info?x=',
      'https://a.b.bitrix24.com/rest/',
    ]) {
      assert.equal((await handler(post(install({ endpoint })))).status, 401, endpoint);
    }
    assert.deepEqual(calls, []);
    assert.equal((await handler(post(install({ endpoint: 'https://portal.bitrix24.de/rest/' })))).status, 401);
    assert.deepEqual(calls, [['https://portal.bitrix24.de/rest/app.info', 'error']]);
  });

  test('10,001 unverified portals never evict a verified one', async () => {
    const store = memoryTokenStore({}, { max: 100 });
    assert.equal(store.set(MEMBER, TOKEN, { verified: true }), true);
    for (let i = 0; i < 10_001; i++) store.set(`forged-${i}`, 'f'.repeat(32));
    assert.equal(store.get(MEMBER), TOKEN);
    const full = memoryTokenStore({}, { max: 2 });
    full.set('a', '1', { verified: true });
    full.set('b', '2', { verified: true });
    assert.equal(full.set('c', '3'), false);
    assert.deepEqual([full.get('a'), full.get('b'), full.get('c')], ['1', '2', undefined]);
    // With the default check on, forged installs are not even offered to the store.
    const store2 = memoryTokenStore({ [MEMBER]: TOKEN }, { max: 1 });
    const handler = createWebHandler({ store: store2, onEvent: () => {}, logger: false });
    for (let i = 0; i < 50; i++) await handler(post(install({ member: `m${i}`, endpoint: 'https://evil.example/rest/' })));
    assert.equal(store2.get(MEMBER), TOKEN);
    assert.equal((await handler(post(messageEvent()))).status, 200);
  });
});

describe('keys that should not be keys', () => {
  const store = () => memoryTokenStore({ [MEMBER]: TOKEN });

  test('__proto__, constructor.prototype and JSON __proto__ are refused and pollute nothing', async () => {
    const handler = createWebHandler({ store: store(), onEvent: () => assert.fail('must not run'), logger: false });
    const genuine = messageEvent();
    for (const body of [
      `${genuine}&data%5B__proto__%5D%5Bpolluted%5D=1`,
      `${genuine}&data%5Bmessage%5D%5Bconstructor%5D%5Bprototype%5D%5Bpolluted%5D=1`,
    ]) {
      const answer = await handler(post(body));
      assert.equal(answer.status, 400);
      assert.equal((await answer.json()).error, 'INVALID_EVENT');
    }
    const json = `{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"__proto__":{"polluted":1}},"auth":{"member_id":"${MEMBER}","application_token":"${TOKEN}"}}`;
    assert.equal((await handler(post(json, { 'content-type': 'application/json' }))).status, 400);
    assert.equal({}.polluted, undefined);
    await handler.idle();
  });

  test('a key given twice is refused: an appended event=ONAPPUNINSTALL does not uninstall', async () => {
    const tokens = store();
    const handler = createWebHandler({ store: tokens, onEvent: () => assert.fail('must not run'), logger: false });
    const answer = await handler(post(`${messageEvent()}&event=ONAPPUNINSTALL`));
    assert.equal(answer.status, 400);
    assert.match((await answer.json()).error_description, /twice/);
    assert.equal(tokens.get(MEMBER), TOKEN);
    const json = `{"event":"ONIMBOTDELETE","data":{"BOT_ID":1},"event":"ONAPPUNINSTALL","auth":{"member_id":"${MEMBER}","application_token":"${TOKEN}"}}`;
    assert.equal((await handler(post(json, { 'content-type': 'application/json' }))).status, 400);
    assert.equal(tokens.get(MEMBER), TOKEN);
  });

  test('bytes that are not UTF-8 are refused, raw or percent-encoded, by both handlers', async () => {
    const web = createWebHandler({ store: store(), onEvent: () => assert.fail('must not run'), logger: false });
    const encoded = ['%FF%FE', '%C0%AF', '%ED%A0%80'].map((bad) => messageEvent().replace('hi', `h${bad}i`));
    for (const body of encoded) assert.equal((await web(post(body))).status, 400);
    const raw = Buffer.concat([Buffer.from(messageEvent().replace('hi', 'h')), Buffer.from([0xff])]);
    assert.equal((await web(post(raw))).status, 400);
    const node = createNodeHandler({ store: store(), onEvent: () => assert.fail('must not run'), logger: false });
    const server = http.createServer(node);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${server.address().port}/`;
      assert.equal((await fetch(url, { method: 'POST', headers: FORM, body: raw })).status, 400);
      assert.equal((await fetch(url, { method: 'POST', headers: FORM, body: encoded[0] })).status, 400);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    await web.idle();
    await node.idle();
  });

  test('an ID above 2^53 is refused, never rounded', async () => {
    const handler = createWebHandler({ store: store(), onEvent: () => assert.fail('must not run'), logger: false });
    const answer = await handler(post(messageEvent({ id: '9007199254740993' })));
    assert.equal(answer.status, 400);
    assert.match((await answer.json()).error_description, /^data\.message\.id /);
    assert.equal((await parseEvent(messageEvent({ id: '9007199254740991' }))).data.message.id, 9007199254740991);
  });
});

test('the dedupe key is the event: ts, event_handler_id and the bot\'s tokens do not change it', async () => {
  const first = await parseEvent(messageEvent());
  for (const again of [{ ts: 1772093999 }, { handlerId: 6 }, { botAccess: 'bot-access-2' }, { ts: 1772094999, handlerId: 9, botAccess: 'x' }]) {
    assert.equal((await parseEvent(messageEvent(again))).dedupeKey, first.dedupeKey, JSON.stringify(again));
  }
  assert.notEqual((await parseEvent(messageEvent({ id: 790 }))).dedupeKey, first.dedupeKey);
});

describe('answers and options that leak nothing', () => {
  test('"installed, token differs" and "not installed" get the same 401, and the logger gets the reason', async () => {
    const log = lines();
    const handler = createWebHandler({ store: memoryTokenStore({ [MEMBER]: TOKEN }), onEvent: () => assert.fail('must not run'), logger: log.logger });
    const differs = await handler(post(messageEvent({ token: 'e'.repeat(32) })));
    const unknown = await handler(post(messageEvent({ member: 'f'.repeat(32), token: 'e'.repeat(32) })));
    assert.deepEqual([differs.status, await differs.text()], [unknown.status, await unknown.text()]);
    assert.equal(differs.status, 401);
    assert.equal(log.seen.length, 2);
    assert.match(log.seen[0], /^b24 event refused status=401 code=UNVERIFIED_EVENT kind=mismatch field=\S+ event=ONIMBOTV2MESSAGEADD$/m);
    assert.match(log.seen[1], /unknown_portal/);
    for (const line of log.seen) assert.ok(!line.includes(TOKEN) && !line.includes('e'.repeat(32)) && !line.includes('bot-access'), line);
  });

  test('maxBodyBytes that is not a byte count is refused at construction', () => {
    for (const maxBodyBytes of [NaN, Infinity, -1, 0, 1.5, '100', 5 << 20]) {
      for (const create of [createWebHandler, createNodeHandler]) {
        assert.throws(() => create({ store: memoryTokenStore(), onEvent: () => {}, maxBodyBytes }), isConfigError('maxBodyBytes'), String(maxBodyBytes));
      }
    }
    assert.equal(typeof createWebHandler({ store: memoryTokenStore(), onEvent: () => {}, maxBodyBytes: 1024 }), 'function');
  });

  test('a poller pause that is not a number of milliseconds is refused', () => {
    const client = Client.webhook('https://portal.example/rest/1/secret/');
    for (const [field, value] of [['intervalMs', NaN], ['intervalMs', -1], ['intervalMs', 0], ['intervalMs', Infinity], ['pageIntervalMs', -1], ['pageIntervalMs', NaN]]) {
      for (const start of [(o) => pollBotEvents(client, { botId: 1, ...o }), (o) => pollUserEvents(client, o), (o) => pollOfflineEvents(client, o)]) {
        assert.throws(() => start({ [field]: value }), isConfigError(field), `${field}=${value}`);
      }
    }
  });
});
