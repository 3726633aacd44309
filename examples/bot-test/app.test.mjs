// An installed app end to end: `node --test examples/bot-test/`. The local portal installs it
// (ONAPPINSTALL, checked with app.info before its token is stored), a user writes to its bot,
// and after the portal expires every access token the app refreshes through the OAuth server
// with the client id and secret the portal printed, and answers again.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal } from '../../pkg/standin/local-portal.mjs';
import { startApp } from './app.mjs';

test('an installed OAuth app: install, answer, refresh, answer', async (t) => {
  const portal = await startPortal({ seed: 'app-test' });
  t.after(() => portal.close());
  const app = await startApp({ clientId: portal.oauth.clientId, clientSecret: portal.oauth.clientSecret, oauthUrl: portal.oauth.tokenUrl, portals: [portal.oauth.endpoint] });
  t.after(() => app.stop());

  assert.equal((await portal.install(app.url)).status, 200);
  const botId = await app.installed;
  assert.ok(portal.standin.requests().some((r) => r.method === 'app.info'), 'the install was checked with the portal');

  await portal.say(botId, 'one');
  await portal.waitForMessage(botId, (m) => m.text === 'App echo: one');

  const first = app.tokens().refreshToken;
  portal.standin.expireToken(); // every access token issued so far
  await portal.say(botId, 'two');
  await portal.waitForMessage(botId, (m) => m.text === 'App echo: two');
  assert.equal(portal.standin.oauth.stats().refreshes, 1);
  assert.deepEqual(portal.standin.oauth.liveRefreshTokens().filter((r) => r === first), [], 'the used refresh token died');
  assert.ok(portal.standin.oauth.liveRefreshTokens().includes(app.tokens().refreshToken), 'the app kept the new one');
  assert.deepEqual((await portal.events()).filter((d) => d.status !== 200), []);
});
