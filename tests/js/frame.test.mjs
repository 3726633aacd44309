// connectFrame() and the placement shell in headless Chromium, over real HTTP on loopback: the
// shell page (tests/standin/shell.mjs) is served by the stand-in, so REST and the frame protocol
// share its origin as on a portal; the apps come from a second origin. One app has no BX24.js
// (connectFrame from the packed package), the other uses the BX24.js double (written from the
// library's source). Both get init data, refresh the token, call REST, resize and set the title.
// Needs `npm run build` (the package is packed and installed). Uses /usr/bin/chromium.

import { test, describe, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { startStandin } from '../standin/server.mjs';
import { shellRoutes } from '../standin/shell.mjs';
import { ROOT, installConsumer } from './lib/consumer.mjs';
import { serveStatic } from './lib/static-server.mjs';

const HERE = join(ROOT, 'tests', 'js');
const TEXTAREA = { dialogId: 'chat2', URI: '/online/' };

let portal;
let app; // the apps' origin; records every request (the placement POST among them)
let foreign; // a third origin, for the page that posts a forged answer
let browser;
let opened = [];

before(async () => {
  portal = await startStandin();
  portal.use(shellRoutes({ standin: portal }));
  const consumer = installConsumer('frame');
  app = await recordingServer({ '/pages/': join(HERE, 'pages'), '/lib/': join(HERE, 'lib'), '/node_modules/': join(consumer, 'node_modules') });
  foreign = await serveStatic({ '/pages/': join(HERE, 'pages') });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await foreign?.close();
  await portal?.close();
});
afterEach(async () => {
  await Promise.all(opened.map((p) => p.close()));
  opened = [];
});

/** Opens the shell hosting `appPath` and waits until `readyExpr` holds in the app's frame. */
async function shell(appPath, { placement = 'IM_TEXTAREA', options = TEXTAREA, ready = 'window.frameReady', isStatic = false } = {}) {
  const query = new URLSearchParams({ app: `${app.url}${appPath}`, placement, options: JSON.stringify(options) });
  if (isStatic) query.set('static', '1');
  const page = await browser.newPage();
  opened.push(page);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${portal.url}/shell/?${query}`);
  const frame = await frameOf(page, app.url);
  await frame.waitForFunction(`${ready} !== undefined`, null, { timeout: 10_000 });
  return { page, frame, problems, log: () => page.evaluate(() => window.shell.log.map(({ cmd, callbackId, answered }) => ({ cmd, callbackId, answered }))) };
}

async function frameOf(page, origin) {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(origin));
    if (frame) return frame;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no frame from ${origin}`);
}

const authOf = (rec) => rec.params.auth ?? JSON.parse(rec.rawBody || '{}').auth;
const restCalls = () => portal.requests().filter((r) => r.method && !r.viaBatch);

describe('connectFrame in the shell, no BX24.js on the page', () => {
  test('the placement POST, init data, REST with the frame\'s token, refresh, resize; setTitle is denied outside DEFAULT', async () => {
    portal.reset();
    app.records.length = 0;
    const { frame, page, log, problems } = await shell('/pages/frame-app.html');
    assert.equal(await frame.evaluate('window.frameReady'), true);
    // The portal's form POST reached the app's URL first, with the docs' fields.
    const post = app.records.find((r) => r.method === 'POST' && r.path === '/pages/frame-app.html');
    assert.ok(post, JSON.stringify(app.records.map((r) => `${r.method} ${r.path}`)));
    const form = Object.fromEntries(new URLSearchParams(post.body));
    assert.equal(post.query.DOMAIN, new URL(portal.url).host);
    assert.equal(post.query.PROTOCOL, '0');
    assert.match(post.query.APP_SID, /^[0-9a-f]{32}$/);
    assert.deepEqual(JSON.parse(form.PLACEMENT_OPTIONS), TEXTAREA);
    assert.equal(form.PLACEMENT, 'IM_TEXTAREA');
    assert.equal(form.member_id, portal.events.memberId);
    assert.equal(form.APPLICATION_TOKEN, portal.events.applicationToken);
    assert.equal(form.AUTH_EXPIRES, '3600');

    const seen = await frame.evaluate(async () => {
      const f = window.frame;
      return { hasBx24: 'BX24' in window, init: f.init, info: f.placement.info(), token: f.auth.accessToken };
    });
    assert.equal(seen.hasBx24, false);
    assert.equal(seen.token, form.AUTH_ID, 'getInitData gives the token the POST carried');
    assert.deepEqual(seen.info, { placement: 'IM_TEXTAREA', options: TEXTAREA });
    assert.deepEqual({ ...seen.init, memberId: '-' }, {
      domain: new URL(portal.url).host, protocol: 0, path: '/rest', lang: 'en', memberId: '-', isAdmin: true, firstRun: false,
      install: false, placement: 'IM_TEXTAREA', placementOptions: TEXTAREA, userOptions: {}, appOptions: {},
    });

    // REST through the client, with the frame's token, to the portal's /rest/.
    const notify = await frame.evaluate(() => window.frame.client.call('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'from the frame' }));
    assert.deepEqual(notify, { result_message: ['Your response has been successfully sent.'] });
    const [first] = restCalls();
    assert.equal(first.path, '/rest/im.notify.answer');
    assert.equal(authOf(first), seen.token);

    // refreshAuth through the parent, and expired_token refreshed by the client on its own.
    const refreshed = await frame.evaluate(async () => (await window.frame.refreshAuth()).accessToken);
    assert.notEqual(refreshed, seen.token);
    // The client keeps its own token until the portal says expired_token; then it asks the frame.
    portal.expireToken(seen.token);
    await frame.evaluate(() => window.frame.client.call('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'again' }));
    const [, expired, repeated] = restCalls();
    assert.deepEqual([expired.status, authOf(expired)], [401, seen.token]);
    assert.equal(repeated.status, 200);
    assert.ok(![seen.token, refreshed].includes(authOf(repeated)), 'a third token, from the parent');

    // resizeWindow: the parent's layout takes the size and answers it.
    const size = await frame.evaluate(() => window.frame.resizeWindow(640, 321));
    assert.equal(await page.evaluate(() => window.shell.layout.style.height), '321px');
    assert.equal(await page.evaluate(() => window.shell.layout.style.width), '640px');
    assert.equal(Math.round(size.height), 323, 'the layout\'s box, borders included, as BX.pos measures it');
    const fit = await frame.evaluate(() => window.frame.fitWindow());
    assert.ok(fit.height >= 333, `fitWindow: ${JSON.stringify(fit)}`);
    assert.equal(await page.evaluate(() => window.shell.layout.style.width), '100%');

    // The portal denies setTitle to placements other than DEFAULT: no answer, so TIMEOUT.
    const title = await frame.evaluate(() => window.frame.setTitle('x', { timeoutMs: 500 }).then(() => 'resolved', (e) => e.code));
    assert.equal(title, 'TIMEOUT');
    const offered = await frame.evaluate(() => window.frame.placement.getInterface());
    assert.ok(offered.command.includes('resizeWindow') && !offered.command.includes('setTitle'), JSON.stringify(offered));
    assert.deepEqual(offered.event, [], 'IM_TEXTAREA has no placement events');
    // bindEvent goes out as placementBindEvent; the placement has no such event, so it never fires.
    await frame.evaluate(() => { window.stopListening = window.frame.placement.bindEvent('onSomething', () => {}); window.stopListening(); });
    const cmds = (await log()).map((e) => [e.cmd, e.answered]);
    assert.deepEqual(cmds, [['getInitData', true], ['refreshAuth', true], ['refreshAuth', true], ['resizeWindow', true], ['resizeWindow', true], ['setTitle', false], ['getInterface', true], ['placementBindEvent', true]]);
    assert.deepEqual(problems, []);
  });

  test('DEFAULT: setTitle, options, openPath; a static app gets a GET', async () => {
    app.records.length = 0;
    const { frame, page } = await shell('/pages/frame-app.html?placement=DEFAULT', { placement: 'DEFAULT', options: {}, isStatic: true });
    assert.equal(await frame.evaluate('window.frameReady'), true);
    assert.deepEqual(app.records.filter((r) => r.path === '/pages/frame-app.html').map((r) => r.method), ['GET']);
    await frame.evaluate(() => window.frame.setTitle('Placement title'));
    assert.equal(await page.title(), 'Placement title');
    await frame.evaluate(() => Promise.all([window.frame.setUserOption('theme', 'dark'), window.frame.setAppOption('line', 3)]));
    assert.deepEqual(await (await fetch(`${portal.url}/shell/options`)).json(), { app: { line: 3 }, user: { theme: 'dark' } });
    const notAvailable = await frame.evaluate(() => window.frame.openPath('/elsewhere/').then(() => 'resolved', (e) => e.code));
    assert.equal(notAvailable, 'PATH_NOT_AVAILABLE');
    const opening = frame.evaluate(() => window.frame.openPath('/crm/deal/details/5/').then(() => 'closed'));
    await page.click('#dialog button[data-choice="Close slider"]');
    assert.equal(await opening, 'closed');
    const picking = frame.evaluate(() => window.frame.selectUser());
    await page.click('#dialog button[data-choice="Stand-in User"]');
    assert.equal((await picking).id, '1');
  });

  test('an answer from a foreign origin is ignored', async () => {
    const { frame, log } = await shell('/pages/frame-app.html');
    assert.equal(await frame.evaluate('window.frameReady'), true);
    // A command the placement does not offer: the parent never answers it.
    await frame.evaluate(() => { window.pending = window.frame.placement.call('noSuchCommand', {}, { timeoutMs: 2000 }).then((v) => ({ resolved: v }), (e) => ({ code: e.code })); });
    const entry = (await log()).find((e) => e.cmd === 'noSuchCommand');
    assert.equal(entry.answered, false);
    // Another origin forges the answer, with the right callback id.
    await frame.evaluate((url) => window.foreign(url), `${foreign.url}/pages/foreign-post.html?${new URLSearchParams({ msg: `${entry.callbackId}:{"forged":true}` })}`);
    assert.deepEqual(await frame.evaluate('window.pending'), { code: 'TIMEOUT' });
  });
});

test('a parent that never answers: connectFrame rejects with TIMEOUT within its deadline', async () => {
  const page = await browser.newPage();
  opened.push(page);
  await page.goto(`${app.url}/pages/silent-parent.html?${new URLSearchParams({ frame: `${app.url}/pages/frame-app.html?ms=800` })}`);
  const frame = await frameOf(page, `${app.url}/pages/frame-app.html`);
  await frame.waitForFunction('window.frameReady !== undefined', null, { timeout: 10_000 });
  const outcome = await frame.evaluate('window.frameReady');
  assert.equal(outcome.error.code, 'TIMEOUT');
  assert.ok(outcome.error.ms >= 790 && outcome.error.ms < 3000, `settled after ${outcome.error.ms} ms`);
  assert.deepEqual(await page.evaluate('window.heard'), ['getInitData']);
});

test('outside a placement (no window.name): INVALID_CONFIG at once', async () => {
  const page = await browser.newPage();
  opened.push(page);
  await page.goto(`${app.url}/pages/frame-app.html`);
  await page.waitForFunction('window.frameReady !== undefined');
  assert.equal((await page.evaluate('window.frameReady')).error.code, 'INVALID_CONFIG');
});

describe('the BX24.js double in the shell (the library as the child)', () => {
  for (const flavour of ['current', 'legacy']) {
    test(`${flavour}: init data, REST, refreshAuth, resizeWindow; setTitle in DEFAULT`, async () => {
      portal.reset();
      const { frame, page, problems } = await shell(`/pages/shell-bx24.html?flavour=${flavour}`, { ready: 'window.ready' });
      assert.equal(await frame.evaluate('window.ready'), true);
      assert.deepEqual(await frame.evaluate(() => window.bx24.info()), { placement: 'IM_TEXTAREA', options: TEXTAREA });
      const call = await frame.evaluate(() => window.bx24.call('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'via BX24.js' }));
      assert.deepEqual(call, { status: 200, data: { result_message: ['Your response has been successfully sent.'] }, error: null });
      assert.equal(restCalls()[0].path, '/rest/im.notify.answer.json');
      const before = await frame.evaluate(() => window.bx24.auth().access_token);
      const after = await frame.evaluate(async () => (await window.bx24.refreshAuth()).access_token);
      assert.notEqual(after, before);
      const size = await frame.evaluate(() => window.bx24.resizeWindow(500, 222));
      assert.equal(Math.round(size.height), 224);
      assert.equal(await page.evaluate(() => window.shell.layout.style.height), '222px');
      assert.deepEqual(problems, []);

      const home = await shell(`/pages/shell-bx24.html?flavour=${flavour}`, { placement: 'DEFAULT', options: {}, ready: 'window.ready' });
      assert.deepEqual(await home.frame.evaluate(() => window.bx24.setTitle('BX24 title')), { title: 'BX24 title' });
      assert.equal(await home.page.title(), 'BX24 title');
    });
  }
});

// Serves files like static-server.mjs and records each request: method, path, query and body.
async function recordingServer(mounts) {
  const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm' };
  const records = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      const path = decodeURIComponent(url.pathname);
      records.push({ method: req.method, path, query: Object.fromEntries(url.searchParams), body: Buffer.concat(chunks).toString('utf8') });
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const [prefix, dir] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? [];
      const file = dir && normalize(join(dir, path.slice(prefix.length)));
      if (!file || !file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    records,
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}
