// The event server's attack family in Chromium: `b24-wasm/events` as a browser loads it (the
// web entry, the full .wasm fetched), with its web handler over the browser's own Request and
// Response. Linear parsing, refused keys, bytes and integers, the one 401, the dedupe key and
// the refused options, as tests/js/events-attack.test.mjs checks them in Node.
// Uses the system Chromium (/usr/bin/chromium); never downloads a browser.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { phpForm } from '../standin/events.mjs';
import { installConsumer } from './lib/consumer.mjs';
import { serveStatic } from './lib/static-server.mjs';

const CONSUMER = installConsumer('events-browser');
const MEMBER = 'a223c6b3710f85df22e9377d6c4f7553';
const TOKEN = '51856fefc120afa4b628cc82d3935cce';

const PAGE = `<!doctype html>
<script type="importmap">{ "imports": { "b24-wasm/events": "/node_modules/b24-wasm/events/web.js" } }</script>
<script type="module">
  window.api = await import('b24-wasm/events');
  await window.api.parseEvent('event=ONIMBOTDELETE&data[BOT_ID]=1');
  window.ready = true;
</script>`;

function messageEvent({ token = TOKEN, member = MEMBER, id = 789, ts = 1772093963, botAccess = 'bot-access-1' } = {}) {
  return phpForm({
    event: 'ONIMBOTV2MESSAGEADD',
    event_handler_id: 5,
    data: {
      bot: { id: 456, code: 'echo', auth: { access_token: botAccess, application_token: token } },
      message: { id, chatId: 5, authorId: 1, text: 'hi' },
      chat: { id: 5, dialogId: '1' },
    },
    ts,
    auth: { domain: 'portal.example', member_id: member, application_token: token },
  });
}

let site;
let browser;
let page;
before(async () => {
  writeFileSync(join(CONSUMER, 'events-page.html'), PAGE);
  site = await serveStatic({ '/': CONSUMER });
  browser = await launchChromium();
  page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${site.url}/events-page.html`);
  await page.waitForFunction(() => window.ready === true, null, { timeout: 20_000 }).catch((e) => {
    throw new Error(`${e.message}\npage problems: ${problems.join('\n')}`);
  });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Posts each body (text, or bytes as a number list) to one web handler in the page. */
function postAll(bodies, options = {}) {
  return page.evaluate(
    async ({ bodies, member, token, options }) => {
      const lines = [];
      const ran = [];
      const handler = window.api.createWebHandler({
        store: window.api.memoryTokenStore({ [member]: token }),
        onEvent: (event) => ran.push(event.event),
        logger: { warn: (line) => lines.push(line) },
        ...options,
      });
      const answers = [];
      for (const body of bodies) {
        const payload = typeof body === 'string' ? body : new Uint8Array(body);
        const response = await handler(new Request('http://bot.example/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: payload }));
        answers.push([response.status, await response.text()]);
      }
      await handler.idle();
      return { answers, lines, ran, polluted: {}.polluted };
    },
    { bodies, member: MEMBER, token: TOKEN, options },
  );
}

// The form shapes that were quadratic. The six shapes (JSON too) are held to 5.5x in Node by
// CPU time (events-attack.test.mjs) and natively (src/events/tests.rs); here the renderer's CPU
// clock ticks coarsely and the JSON list swung from 4x to 11x with the machine's load.
test('parsing in Chromium: 4x the body costs at most about 5x the time', async () => {
  // The renderer's CPU time (DevTools' ProcessTime: all its threads, the GC's too), so that the
  // shared machine's other work does not count, as process.cpuUsage() in Node.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpu = metrics.find((m) => m.name === 'ProcessTime') ?? metrics.find((m) => m.name === 'TaskDuration');
    return cpu.value * 1000;
  };
  const names = await page.evaluate(() => {
    const head = 'event=ONIMBOTDELETE&data%5BBOT_ID%5D=1';
    // Values padded to 60 characters: 512 KiB stays within 10,000 values and is read whole.
    const pad = 'v'.repeat(60);
    const shapes = (n) => {
      let numbered = head;
      for (let i = 0; numbered.length < n; i++) numbered += `&data[M][${i}]=${pad}`;
      return [
        ['data[PARAMS][L][]', head + `&data%5BPARAMS%5D%5BL%5D%5B%5D=${pad}`.repeat(Math.floor(n / 92))],
        ['data[M][i]', numbered],
      ];
    };
    window.bodies = [shapes(128 << 10), shapes(512 << 10)];
    window.parseBody = async (size, shape, reps) => {
      for (let r = 0; r < reps; r++) await window.api.parseEvent(window.bodies[size][shape][1]).catch(() => {});
    };
    return window.bodies[0].map(([name]) => name);
  });
  const time = async (size, shape, reps) => {
    const start = await taskMs();
    await page.evaluate(([size, shape, reps]) => window.parseBody(size, shape, reps), [size, shape, reps]);
    return ((await taskMs()) - start) / reps;
  };
  for (let shape = 0; shape < names.length; shape++) {
    // Enough parses per round (by the page's wall clock) to last 300 ms: DevTools refreshes its
    // CPU figure coarsely.
    const once = await page.evaluate(async (shape) => {
      const start = performance.now();
      await window.parseBody(0, shape, 3);
      return (performance.now() - start) / 3;
    }, shape);
    const reps = Math.min(400, Math.max(1, Math.ceil(300 / Math.max(once, 0.1))));
    let [t1, t4] = [Infinity, Infinity];
    for (let round = 0; round < 3; round++) {
      t1 = Math.min(t1, await time(0, shape, reps));
      t4 = Math.min(t4, await time(1, shape, reps));
    }
    // A little more room than Node's 5.5x for the coarse clock; quadratic is 16x.
    assert.ok(t4 / Math.max(t1, 0.1) < 6.5, `${names[shape]}: ${t1.toFixed(1)} ms -> ${t4.toFixed(1)} ms`);
  }
  await cdp.detach();
});

test('keys, bytes and integers that should not be read are refused with 400, and nothing runs', async () => {
  const genuine = messageEvent();
  const raw = [...Buffer.concat([Buffer.from(messageEvent().replace('hi', 'h')), Buffer.from([0xff])])];
  const { answers, ran, polluted, lines } = await postAll([
    `${genuine}&data%5B__proto__%5D%5Bpolluted%5D=1`,
    `${genuine}&data%5Bmessage%5D%5Bconstructor%5D%5Bprototype%5D%5Bpolluted%5D=1`,
    `${genuine}&event=ONAPPUNINSTALL`,
    genuine.replace('hi', 'h%FF%FEi'),
    genuine.replace('hi', 'h%C0%AFi'),
    raw,
    messageEvent({ id: '9007199254740993' }),
  ]);
  assert.deepEqual(answers.map(([status]) => status), [400, 400, 400, 400, 400, 400, 400]);
  assert.deepEqual(ran, []);
  assert.equal(polluted, undefined);
  assert.equal(lines.length, 7);
});

test('one 401 for "token differs" and "not installed", the reason in the log, no token there', async () => {
  const { answers, lines, ran } = await postAll([messageEvent({ token: 'e'.repeat(32) }), messageEvent({ member: 'f'.repeat(32), token: 'e'.repeat(32) })]);
  assert.equal(answers[0][0], 401);
  assert.deepEqual(answers[0], answers[1]);
  assert.deepEqual(ran, []);
  assert.match(lines[0], /mismatch/);
  assert.match(lines[1], /unknown_portal/);
  assert.ok(lines.every((l) => !l.includes(TOKEN) && !l.includes('e'.repeat(32))));
});

test('the dedupe key stays with the event; bad limits and pauses are refused at construction', async () => {
  const out = await page.evaluate(async ({ a, b, c }) => {
    const keys = await Promise.all([a, b, c].map(async (body) => (await window.api.parseEvent(body)).dedupeKey));
    const codeOf = (fn) => {
      try {
        fn();
        return 'accepted';
      } catch (e) {
        return `${e.code}:${e.field}`;
      }
    };
    const client = window.api.Client.webhook('https://portal.example/rest/1/secret/');
    return {
      keys,
      limits: [NaN, Infinity, -1].map((maxBodyBytes) => codeOf(() => window.api.createWebHandler({ store: window.api.memoryTokenStore(), onEvent() {}, maxBodyBytes }))),
      pauses: [NaN, -1].map((intervalMs) => codeOf(() => window.api.pollBotEvents(client, { botId: 1, intervalMs }))),
    };
  }, { a: messageEvent(), b: messageEvent({ ts: 1772099999, botAccess: 'bot-access-2' }), c: messageEvent({ id: 790 }) });
  assert.equal(out.keys[0], out.keys[1]);
  assert.notEqual(out.keys[0], out.keys[2]);
  assert.deepEqual(out.limits, ['INVALID_CONFIG:maxBodyBytes', 'INVALID_CONFIG:maxBodyBytes', 'INVALID_CONFIG:maxBodyBytes']);
  assert.deepEqual(out.pauses, ['INVALID_CONFIG:intervalMs', 'INVALID_CONFIG:intervalMs']);
});
