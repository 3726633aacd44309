// Batches, lists and aborts that say the truth (issues 18 and 20), in Node and in headless
// Chromium: the scenarios of tests/js/lib/batch-scenarios.js run once through the installed
// package's Node entry and once in a page through its web entry, against the stand-in on
// 127.0.0.1, and each runtime's results are held to the same checks below.
// Run: npm run build && node --test tests/js/batch.test.mjs

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { startStandin } from '../standin/server.mjs';
import { installConsumer, importFrom, ROOT } from './lib/consumer.mjs';
import { SCENARIOS } from './lib/batch-scenarios.js';
import { serveStatic } from './lib/static-server.mjs';

const CONSUMER = installConsumer('batch');
const b24 = await importFrom(CONSUMER);
await b24.ready();

let portal;
let site;
let browser;
before(async () => {
  portal = await startStandin();
  site = await serveStatic({ '/pages/': join(ROOT, 'tests', 'js', 'pages'), '/lib/': join(ROOT, 'tests', 'js', 'lib'), '/': CONSUMER });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await portal?.close();
});
beforeEach(() => portal.reset());

/** Runs one scenario in the page and returns its data; fails on any page error. */
async function inChromium(name) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  try {
    const q = new URLSearchParams({ standin: portal.url, webhook: portal.webhookUrl, only: name });
    await page.goto(`${site.url}/pages/batch.html?${q}`);
    await page.waitForFunction(() => window.results !== undefined, null, { timeout: 30_000 });
    const results = await page.evaluate(() => window.results);
    assert.equal(results.fatal, undefined, results.fatal);
    assert.deepEqual(problems, []);
    return results[name];
  } finally {
    await page.close();
  }
}

const RUNTIMES = {
  node: (name) => SCENARIOS[name](b24, portal),
  chromium: inChromium,
};

/** What each scenario must show, whichever runtime ran it. */
const CHECKS = {
  refusedCommandNamesItsKey(r) {
    assert.deepEqual([r.error.code, r.error.field, r.error.method], ['INVALID_PARAM', 'cmd.c97.ANSWER_TEXT', 'im.notify.answer']);
    assert.ok(r.error.message.includes('cmd.c97.ANSWER_TEXT'), r.error.message);
    assert.deepEqual([r.missing.code, r.missing.field], ['INVALID_PARAM', 'cmd.answer.ANSWER_TEXT']);
    assert.equal(r.sent, 0, 'nothing reached the portal');
  },

  abortedBatchRejectsWithItsOutcomes(r) {
    assert.equal(r.resolved, false, 'an aborted batch rejects');
    assert.equal(r.isB24Error, true);
    assert.deepEqual([r.error.code, r.error.method], ['ABORTED', 'batch']);
    assert.ok(r.error.description.startsWith('not sent: 20 of 120 commands'), r.error.description);
    // The first request's 50 results are kept; the 50 in flight may have run; 20 never left.
    assert.equal(r.results, 50);
    assert.deepEqual(r.firstResultKeys, ['n0', 'n1']);
    assert.deepEqual(r.tally, { OUTCOME_UNKNOWN: 50, ABORTED: 20 });
    assert.ok(!r.unsentSample.includes('halt'), r.unsentSample);
    assert.equal(r.batches, 2, 'two requests reached the stand-in, none repeated');
    assert.ok(r.tookMs < 2000, `settled at the abort, not at the stand-in's answer (2.5 s): ${r.tookMs} ms`);
    // Progress as each request went out: commands settled before it, requests so far.
    assert.deepEqual(r.progress.slice(0, 2), [{ commands: 0, total: 120, requests: 1 }, { commands: 50, total: 120, requests: 2 }]);
  },

  skippedSaysWhy(r) {
    assert.equal(r.free.codes.c0, 'ACCESS_DENIED');
    assert.equal(r.free.codes.late, 'SKIPPED');
    assert.ok(!r.free.late.includes('halt'), `halt is off: ${r.free.late}`);
    assert.ok(r.free.late.includes('$result[c0]'), r.free.late);
    assert.equal(Object.keys(r.free.codes).length, 2, 'halt off: the other 49 ran');
    assert.equal(r.halt.codes.c0, 'ACCESS_DENIED');
    assert.equal(r.halt.codes.c1, 'SKIPPED');
    assert.ok(r.halt.late.includes('halt was set'), r.halt.late);
  },

  referencesAcrossTheSplit(r) {
    assert.deepEqual(r.good, { result_message: ['Your response has been successfully sent.'] });
    assert.deepEqual(r.refused, {
      missing: { code: 'INVALID_PARAM', field: 'cmd.missing.NOTIFY_ID' },
      object: { code: 'INVALID_PARAM', field: 'cmd.object.NOTIFY_ID' },
      null: { code: 'INVALID_PARAM', field: 'cmd.null.NOTIFY_ID' },
      insideMissing: { code: 'INVALID_PARAM', field: 'cmd.insideMissing.ANSWER_TEXT' },
    });
    assert.deepEqual(r.inside, r.good);
    // Only the good ones reached the portal, with the values the references stand for.
    assert.equal(typeof r.referred, 'number');
    assert.deepEqual(r.sent, [
      { NOTIFY_ID: String(r.referred), ANSWER_TEXT: 'x' },
      { NOTIFY_ID: '2', ANSWER_TEXT: `seen ${r.referred} ok` },
    ]);
  },

  protoKeyIsAnOwnEntry(r) {
    assert.deepEqual(r.result, { protoIsObject: true, ownKeys: ['__proto__', 'constructor'], ownProto: true });
    assert.deepEqual(r.resultValue, { result_message: ['Your response has been successfully sent.'] });
    assert.equal(r.errors.protoIsObject, true);
    assert.equal(r.errors.ownProto, true);
    assert.equal(r.errorCode, 'ACCESS_DENIED');
    assert.equal(r.polluted, false);
  },

  phpNamesAreRefused(r) {
    assert.deepEqual([r.dot.code, r.dot.field], ['INVALID_PARAM', 'cmd.lead.UF.CRM']);
    assert.deepEqual([r.space.code, r.space.field], ['INVALID_PARAM', 'cmd.lead.a b']);
    assert.deepEqual([r.bracket.code, r.bracket.field], ['INVALID_PARAM', 'cmd.lead.k[1]']);
    assert.deepEqual([r.nestedBracket.code, r.nestedBracket.field], ['INVALID_PARAM', 'cmd.lead.fields.a]b']);
    assert.ok(r.dot.description.includes('call()'), r.dot.description);
    assert.equal(r.fine, 'sent');
    // Only the readable command went, and the portal read its names back unchanged.
    assert.deepEqual(r.sent, [{ fields: { 'UF.CRM': '1', 'a[b': '2' } }]);
  },

  listStopsAtAbort(r) {
    assert.equal(r.rows, 3000, 'not one row after the abort');
    assert.equal(r.afterAbort, 0);
    assert.equal(r.error.code, 'ABORTED');
    assert.deepEqual(r.progress, [{ rows: 2500, total: 10000, requests: 1 }, { rows: 5000, total: 10000, requests: 2 }]);
  },

  abortedRequestsSayIfSent(r) {
    assert.equal(r.read.code, 'NETWORK', `an aborted read in flight: ${JSON.stringify(r.read)}`);
    assert.ok(!r.read.description.startsWith('not sent'), r.read.description);
    assert.equal(r.write.code, 'OUTCOME_UNKNOWN');
    assert.equal(r.early.code, 'ABORTED');
    assert.ok(r.early.description.startsWith('not sent'), r.early.description);
    assert.deepEqual(r.reached, ['imopenlines.config.get', 'im.notify.answer'], 'each in-flight one once; the early one never');
  },
};

for (const [runtime, run] of Object.entries(RUNTIMES)) {
  describe(`batch, list and aborts in ${runtime === 'node' ? 'Node' : 'Chromium'}`, () => {
    for (const [name, check] of Object.entries(CHECKS)) {
      test(name, async () => check(await run(name)));
    }
  });
}
