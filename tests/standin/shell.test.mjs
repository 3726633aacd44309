// The placement shell's routes on the stand-in (shell.mjs), in Node over loopback HTTP. The page's
// protocol runs in Chromium in tests/js/frame.test.mjs; here: its query is checked, the page
// carries the portal's values, tokens and options come from the stand-in, other routes pass by.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from './server.mjs';
import { shellRoutes, startShell } from './shell.mjs';

let portal;
before(async () => {
  portal = await startStandin();
  portal.use(shellRoutes({ standin: portal }));
});
after(() => portal?.close());

const get = (path) => fetch(`${portal.url}${path}`);
const config = (html) => JSON.parse(/<script type="application\/json" id="shell-config">(.*?)<\/script>/s.exec(html)[1]);

test('the page carries the portal\'s values for the app, its placement and options', async () => {
  const options = { dialogId: 'chat2', URI: '/online/', evil: '</script><script>alert(1)</script>' };
  const res = await get(`/shell/?${new URLSearchParams({ app: 'http://127.0.0.1:5173/app/?x=1', placement: 'IM_TEXTAREA', options: JSON.stringify(options) })}`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.equal(html.match(/<\/script>/g).length, 2, 'the options cannot close the config element');
  const c = config(html);
  assert.deepEqual([c.appUrl, c.appOrigin, c.placement, c.static, c.domain, c.protocol, c.restPath], ['http://127.0.0.1:5173/app/?x=1', 'http://127.0.0.1:5173', 'IM_TEXTAREA', false, new URL(portal.url).host, 0, '/rest']);
  assert.deepEqual(c.placementOptions, options);
  assert.deepEqual([c.memberId, c.applicationToken], [portal.events.memberId, portal.events.applicationToken]);
  assert.match(c.appSid, /^[0-9a-f]{32}$/);
  // The page's token is valid at the stand-in's REST.
  const call = await fetch(`${portal.url}/rest/im.notify.answer.json`, { method: 'POST', body: `auth=${c.auth.access_token}&NOTIFY_ID=270&ANSWER_TEXT=ok` });
  assert.equal(call.status, 200);
});

test('a bad query is a 400 that says what is wrong', async () => {
  for (const [query, text] of [
    [{ placement: 'IM_TEXTAREA' }, 'app must be the URL'],
    [{ app: 'javascript:alert(1)' }, 'http(s) URL'],
    [{ app: 'http://127.0.0.1:1/', placement: 'im_textarea' }, 'placement code'],
    [{ app: 'http://127.0.0.1:1/', options: '[1]' }, 'JSON object'],
    [{ app: 'http://127.0.0.1:1/', options: '{' }, 'must be JSON'],
  ]) {
    const res = await get(`/shell/?${new URLSearchParams(query)}`);
    assert.equal(res.status, 400, JSON.stringify(query));
    assert.match(await res.text(), new RegExp(text.replace(/[()]/g, '\\$&')));
  }
});

test('refreshAuth\'s server side issues a token the stand-in accepts; options are kept, bounded by name', async () => {
  const auth = await (await fetch(`${portal.url}/shell/auth`, { method: 'POST' })).json();
  assert.equal(auth.expires_in, 3600);
  const call = await fetch(`${portal.url}/rest/im.notify.answer.json`, { method: 'POST', body: `auth=${auth.access_token}&NOTIFY_ID=270&ANSWER_TEXT=ok` });
  assert.equal(call.status, 200);
  const set = (body) => fetch(`${portal.url}/shell/option`, { method: 'POST', body: JSON.stringify(body) });
  assert.equal((await set({ scope: 'user', name: 'theme', value: 'dark' })).status, 200);
  assert.equal((await set({ scope: 'nobody', name: 'x', value: 1 })).status, 400);
  assert.deepEqual(await (await get('/shell/options')).json(), { app: {}, user: { theme: 'dark' } });
  // The next page starts with the options kept.
  const c = config(await (await get(`/shell/?${new URLSearchParams({ app: 'http://127.0.0.1:1/' })}`)).text());
  assert.deepEqual(c.userOptions, { theme: 'dark' });
  assert.equal((await get('/shell/host.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await get('/shell/nothing')).status, 404);
});

test('other routes are the stand-in\'s as before', async () => {
  assert.equal((await get('/_standin/stats')).status, 200);
  assert.equal((await get('/shellfish')).status, 404, 'a path that only starts with "shell" is not the shell\'s');
});

test('startShell starts a stand-in with the shell and gives the page\'s URL', async () => {
  const shell = await startShell({ app: 'http://127.0.0.1:1/', placement: 'IM_SIDEBAR', options: { dialogId: '1' } });
  try {
    const url = new URL(shell.url);
    assert.equal(url.origin, shell.portal.url);
    assert.deepEqual([url.searchParams.get('placement'), JSON.parse(url.searchParams.get('options'))], ['IM_SIDEBAR', { dialogId: '1' }]);
    assert.equal(config(await (await fetch(shell.url)).text()).placement, 'IM_SIDEBAR');
  } finally {
    await shell.close();
  }
});
