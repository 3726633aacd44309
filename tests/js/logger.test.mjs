// The `logger` option, through the installed package against the stand-in: one line per request
// (method, transport, status, ms, attempt, waited_ms, refusals, refreshes, outcome), one per wait
// and refresh, at the level the outcome deserves; no secret in any line, whatever the portal or
// the caller puts where a line reads from; a logger that throws changes nothing.
// Run: npm run build && node --test tests/js/logger.test.mjs

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from '../standin/server.mjs';
import { installConsumer, importFrom } from './lib/consumer.mjs';

const CONSUMER = installConsumer('logger');
const { Client, isB24Error, ready } = await importFrom(CONSUMER);
await ready();

// The adversary's canaries (as in attack.test.mjs): the webhook secret and two tokens, one of
// letters only, one that changes under percent-encoding.
const CANARY_SECRET = 'whSECRETcanary42';
const OLD_TOKEN = 'tokOLDcanaryAAAA';
const NEW_TOKEN = 'tokNEW+canary/Z=9';
const CANARIES = [CANARY_SECRET, OLD_TOKEN, NEW_TOKEN, encodeURIComponent(NEW_TOKEN)];

const NOTIFY = ['im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }];
const READ = ['imopenlines.config.get', { CONFIG_ID: 1 }];
const LINE = /^b24 request method=\S+( commands=\d+)? transport=(webhook|oauth|bx24) status=(\d+|-) ms=(\d+|-) attempt=\d+ waited_ms=\d+ refusals=\d+ refreshes=[01] outcome=\S+$/;

let portal;
before(async () => {
  portal = await startStandin({ webhookSecret: CANARY_SECRET, tokens: [OLD_TOKEN, NEW_TOKEN] });
});
after(() => portal.close());
beforeEach(() => portal.reset());

/** A console-like logger keeping [level, line] pairs. */
function recorder() {
  const lines = [];
  const logger = {};
  for (const level of ['debug', 'info', 'warn', 'error']) logger[level] = (line, ...rest) => lines.push([level, line, rest.length]);
  return { logger, lines, requests: () => lines.filter(([, line]) => line.startsWith('b24 request')) };
}

async function settle(promise) {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

describe('one line per request', () => {
  test('an answered call: one info line with every field', async () => {
    const { logger, lines } = recorder();
    await Client.webhook(portal.webhookUrl, { logger }).call(...NOTIFY);
    assert.equal(lines.length, 1, JSON.stringify(lines));
    const [level, line, extra] = lines[0];
    assert.equal(level, 'info');
    assert.equal(extra, 0, 'one string per line');
    assert.match(line, LINE);
    assert.match(line, /^b24 request method=im\.notify\.answer transport=webhook status=200 ms=\d+ attempt=1 waited_ms=\d+ refusals=0 refreshes=0 outcome=ok$/);
  });

  test('a refusal: a warn line, the wait, then the repeat', async () => {
    const { logger, lines, requests } = recorder();
    portal.inject({ kind: 'error', status: 503, error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    await Client.webhook(portal.webhookUrl, { logger, plan: false }).call(...NOTIFY);
    assert.deepEqual(requests().map(([level, line]) => [level, line.replace(/ ms=\d+/, '').replace(/ waited_ms=\d+/, '')]), [
      ['warn', 'b24 request method=im.notify.answer transport=webhook status=503 attempt=1 refusals=1 refreshes=0 outcome=retry:QUERY_LIMIT_EXCEEDED'],
      ['info', 'b24 request method=im.notify.answer transport=webhook status=200 attempt=2 refusals=1 refreshes=0 outcome=ok'],
    ]);
    // Without a limiter the repeat waits 500 ms: its own line, and the repeat says it waited.
    assert.deepEqual(lines[1], ['debug', 'b24 wait method=im.notify.answer ms=500 for=retry', 0]);
    assert.ok(Number(/waited_ms=(\d+)/.exec(requests()[1][1])[1]) >= 490, requests()[1][1]);
    assert.equal(lines.length, 3);
  });

  test('the limiter\'s waits are lines of their own', async () => {
    const { logger, lines } = recorder();
    const client = Client.webhook(portal.webhookUrl, { logger, plan: { size: 2, drain: 10 } });
    await Promise.all(Array.from({ length: 4 }, () => client.call(...NOTIFY)));
    const waits = lines.filter(([, line]) => line.startsWith('b24 wait'));
    assert.ok(waits.length >= 1, JSON.stringify(lines));
    for (const [level, line] of waits) {
      assert.equal(level, 'debug');
      assert.match(line, /^b24 wait method=im\.notify\.answer ms=\d+ for=limits$/);
    }
    assert.equal(lines.filter(([, line]) => line.startsWith('b24 request')).length, 4);
  });

  test('a lost read is repeated (warn), a lost write is an error line', async () => {
    const { logger, requests } = recorder();
    const client = Client.webhook(portal.webhookUrl, { logger });
    portal.inject({ kind: 'drop' });
    await client.call(...READ);
    portal.inject({ kind: 'drop' });
    const { error } = await settle(client.call(...NOTIFY));
    assert.equal(error?.code, 'OUTCOME_UNKNOWN');
    assert.deepEqual(requests().map(([level, line]) => [level, /status=(\S+)/.exec(line)[1], /outcome=(\S+)/.exec(line)[1]]), [
      ['warn', '-', 'retry:no_answer'],
      ['info', '200', 'ok'],
      ['error', '-', 'error:OUTCOME_UNKNOWN'],
    ]);
  });

  test('a batch of 60: one line per request, with its command count', async () => {
    const { logger, requests } = recorder();
    const commands = Array.from({ length: 60 }, (_, i) => ['im.notify.answer', { NOTIFY_ID: i + 1, ANSWER_TEXT: 'x' }]);
    await Client.webhook(portal.webhookUrl, { logger }).batch(commands);
    assert.deepEqual(requests().map(([level, line]) => [level, /method=(\S+) commands=(\d+)/.exec(line).slice(1).join(' ')]), [
      ['info', 'batch 50'],
      ['info', 'batch 10'],
    ]);
  });

  test('an expired token: the refused request, the refresh, the repeat', async () => {
    const { logger, lines } = recorder();
    portal.expireToken(OLD_TOKEN);
    const client = Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: OLD_TOKEN, refresh: () => NEW_TOKEN, logger });
    await client.call(...NOTIFY);
    assert.deepEqual(lines.map(([level, line]) => [level, line.replace(/ ms=\d+/, '').replace(/ waited_ms=\d+/, '')]), [
      ['warn', 'b24 request method=im.notify.answer transport=oauth status=401 attempt=1 refusals=0 refreshes=1 outcome=refresh:expired_token'],
      ['info', 'b24 refresh outcome=ok'],
      ['info', 'b24 request method=im.notify.answer transport=oauth status=200 attempt=2 refusals=0 refreshes=1 outcome=ok'],
    ]);
  });

  test('a failed refresh says why', async () => {
    const { logger, lines } = recorder();
    portal.expireToken(OLD_TOKEN);
    const refresh = () => { throw Object.assign(new Error('gone'), { code: 'REAUTHORIZE' }); };
    const client = Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: OLD_TOKEN, refresh, logger });
    const { error } = await settle(client.call(...NOTIFY));
    assert.equal(error?.code, 'REFRESH_FAILED');
    assert.deepEqual(lines.map(([level, line]) => [level, line.split(' ').slice(0, 2).join(' '), /outcome=\S+( reason=\S+)?/.exec(line)[0]]), [
      ['warn', 'b24 request', 'outcome=refresh:expired_token'],
      ['warn', 'b24 refresh', 'outcome=failed reason=REAUTHORIZE'],
    ]);
  });
});

describe('no secret in any line', () => {
  test('the canaries appear in no line, whatever quotes them', async () => {
    const { logger, lines } = recorder();
    const hook = Client.webhook(portal.webhookUrl, { logger });
    // The portal's error code and description quote the secret and a token.
    portal.inject({ kind: 'error', status: 400, error: CANARY_SECRET, error_description: `${OLD_TOKEN} /rest/1/${CANARY_SECRET}/` });
    await settle(hook.call(...NOTIFY));
    portal.inject({ kind: 'error', status: 400, error: `${NEW_TOKEN}`, error_description: 'x' });
    await settle(hook.call(...NOTIFY));
    // Method names that are the secret, in calls, batches and lists.
    await settle(hook.callUnchecked(`x.${CANARY_SECRET}`, {}));
    await settle(hook.batchUnchecked({ a: [`x.${CANARY_SECRET}`, {}] }));
    // A batch command error quoting them.
    portal.inject({ kind: 'error', method: 'im.notify.answer', status: 400, error: CANARY_SECRET, error_description: NEW_TOKEN });
    await settle(hook.batch({ a: NOTIFY }));
    // A fetch that fails quoting them.
    const failing = Client.webhook(portal.webhookUrl, { logger, fetch: () => Promise.reject(Object.assign(new Error(CANARY_SECRET), { code: `E${CANARY_SECRET}` })) });
    await settle(failing.call(...READ));
    // OAuth: the old token expires, the new one (which changes under encoding) is used after.
    portal.expireToken(OLD_TOKEN);
    const app = Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: OLD_TOKEN, refresh: () => NEW_TOKEN, logger });
    await app.call(...NOTIFY);
    portal.inject({ kind: 'error', status: 400, error: NEW_TOKEN, error_description: OLD_TOKEN });
    await settle(app.call(...NOTIFY));
    await settle(app.callUnchecked(`x.${OLD_TOKEN}`, {}));

    assert.ok(lines.length >= 10, `${lines.length} lines`);
    for (const [, line] of lines) {
      for (const canary of CANARIES) assert.ok(!line.includes(canary), `${canary} in: ${line}`);
      assert.ok(!line.includes('\n'), line);
    }
    // The masked places are still there, as ***.
    assert.ok(lines.some(([, line]) => line.includes('outcome=error:***')), JSON.stringify(lines));
    assert.ok(lines.some(([, line]) => line.includes('method=x.***')), JSON.stringify(lines));
  });
});

describe('the logger option', () => {
  test('a logger that throws, or has only log(), changes no outcome', async () => {
    const throwing = { info() { throw new Error('disk full'); }, warn() { throw new Error('disk full'); } };
    assert.deepEqual(await Client.webhook(portal.webhookUrl, { logger: throwing }).call(...NOTIFY), { result_message: ['Your response has been successfully sent.'] });
    const seen = [];
    await Client.webhook(portal.webhookUrl, { logger: { log: (line) => seen.push(line) } }).call(...NOTIFY);
    assert.equal(seen.length, 1);
    assert.match(seen[0], LINE);
  });

  test('console itself is a logger; a non-logger is INVALID_CONFIG naming it', () => {
    assert.ok(Client.webhook(portal.webhookUrl, { logger: console }));
    for (const bad of ['yes', {}, { info: 'no' }, 42]) {
      let error;
      try {
        Client.webhook(portal.webhookUrl, { logger: bad });
      } catch (e) {
        error = e;
      }
      assert.ok(isB24Error(error), `${JSON.stringify(bad)} was accepted`);
      assert.equal(error.code, 'INVALID_CONFIG');
      assert.match(error.message, /logger/);
    }
  });
});
