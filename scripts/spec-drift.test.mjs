// The drift script on two small corpora made here: every kind of change it reports is made once,
// and the report must name each of them, and nothing for what stayed the same.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drift, render, update, hasDrift } from './spec-drift.mjs';

const SCRIPT = fileURLToPath(new URL('./spec-drift.mjs', import.meta.url));

function corpus(dir, { methods, pages }) {
  fs.mkdirSync(path.join(dir, 'methods'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'docs'), { recursive: true });
  for (const [family, list] of Object.entries(methods)) {
    fs.writeFileSync(path.join(dir, 'methods', `${family}.json`), JSON.stringify(list));
  }
  const files = [];
  for (const [p, text] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, 'docs', p)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'docs', p), text);
    files.push({ group: p.split('/')[0], path: p, bytes: Buffer.byteLength(text), method: null });
  }
  fs.writeFileSync(path.join(dir, 'docs', 'MANIFEST.json'), JSON.stringify({ source: `snapshot ${path.basename(dir)}`, files }));
  return dir;
}

const kept = { method: 'im.kept.get', scopes: ['im'], params: [{ name: 'ID', type: 'integer', required: true }], examples: { curl_webhook_body: { ID: 1 } } };
const listBefore = {
  method: 'im.thing.list',
  title: 'Old title',
  scopes: ['im'],
  notes: [],
  params: [
    { name: 'STATUS', type: 'string', required: false, allowed_values: [{ value: 'open' }, { value: 'closed' }] },
    { name: 'FILTER', type: 'object', required: false, children: [{ name: 'TYPE', type: 'string', required: false }] },
    { name: 'GONE', type: 'string', required: false },
    { name: 'LIMIT', type: 'integer', required: false, description: 'Page size, default 50' },
  ],
  examples: { curl_webhook_body: { STATUS: 'open' }, tab_names: ['cURL (Webhook)', 'JS'] },
  result_fields: [{ name: 'result', children: [{ name: 'items' }] }],
  errors_table: [{ http_status: 400, code: 'OLD_ERROR' }],
};
const listAfter = {
  ...listBefore,
  title: 'New title',
  notes: ['Events wait for the installation to finish'],
  params: [
    { name: 'STATUS', type: 'string', required: true, allowed_values: [{ value: 'open' }, { value: 'closed' }, { value: 'spam' }] },
    { name: 'FILTER', type: 'object', required: false, children: [{ name: 'TYPE', type: 'integer', required: false }] },
    { name: 'offset', type: 'integer', required: false, description: 'Default: `0`' },
    { name: 'LIMIT', type: 'integer', required: false, description: 'Page size, from `1` to `200`' },
  ],
  examples: { curl_webhook_body: { STATUS: 'spam' }, tab_names: ['cURL (Webhook)', 'JS', 'Python'] },
  result_fields: [{ name: 'result', children: [{ name: 'items' }, { name: 'hasNextPage' }] }],
  errors_table: [{ http_status: 400, code: 'OFFSET_TOO_LARGE', meaning: '`offset` is greater than `10000`' }],
};

function pair() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-drift-'));
  const oldDir = corpus(path.join(root, 'old'), {
    methods: { im: [kept, listBefore, { method: 'im.removed.get', scopes: ['im'], params: [] }] },
    pages: { 'im/same.md': 'same', 'im/edited.md': 'before', 'im/removed.md': 'x' },
  });
  const newDir = corpus(path.join(root, 'new'), {
    methods: { im: [kept, listAfter], imopenlines: [{ method: 'imopenlines.v2.New.list', scopes: ['imopenlines'], params: [{ name: 'dateFrom', type: 'string', required: true }] }] },
    pages: { 'im/same.md': 'same', 'im/edited.md': 'after!', 'common/events/on-app-install.md': 'new page' },
  });
  return { root, oldDir, newDir };
}

test('reports methods, params, paging, examples and pages that changed, and nothing else', () => {
  const { root, oldDir, newDir } = pair();
  const report = drift(oldDir, newDir);
  assert.deepEqual(report.methods.added, ['imopenlines.v2.New.list']);
  assert.deepEqual(report.methods.removed, ['im.removed.get']);
  assert.deepEqual(Object.keys(report.methods.changed), ['im.thing.list'], 'im.kept.get did not change');
  assert.deepEqual(report.methods.addedDetail['imopenlines.v2.New.list'].required, ['dateFrom']);
  const lines = report.methods.changed['im.thing.list'];
  for (const expected of [
    'param STATUS: required false -> true',
    'param STATUS: allowed values open|closed -> open|closed|spam',
    'param FILTER.TYPE: type string -> integer',
    'param added: offset (integer)',
    'param removed: GONE',
    'param LIMIT: bounds default 50 -> 1-200',
    'title: Old title -> New title',
    'note added: Events wait for the installation to finish',
    'example request: {"STATUS":"open"} -> {"STATUS":"spam"}',
    'example tabs added: Python',
    'errors added: OFFSET_TOO_LARGE',
    'errors removed: OLD_ERROR',
    'result fields changed',
  ]) {
    assert.ok(lines.includes(expected), `missing "${expected}" in:\n${lines.join('\n')}`);
  }
  const paging = lines.find((l) => l.startsWith('paging: '));
  assert.equal(paging, 'paging: size LIMIT (default 50) -> position offset (default 0); size LIMIT (1-200); end hasNextPage; cap OFFSET_TOO_LARGE: `offset` is greater than `10000`');
  assert.deepEqual(report.pages.added, ['common/events/on-app-install.md']);
  assert.deepEqual(report.pages.removed, ['im/removed.md']);
  assert.deepEqual(report.pages.changed, ['im/edited.md']);
  const text = render(report, ['old', 'new']);
  assert.match(text, /^methods: 3 \(old\) -> 3 \(new\): 1 added, 1 removed, 1 changed$/m);
  assert.match(text, /^\+ imopenlines\.v2\.New\.list \[imopenlines\] 1 params, required dateFrom; paging: none; errors: -$/m);
  assert.match(text, /^pages: 1 added, 1 removed, 1 changed$/m);
  fs.rmSync(root, { recursive: true, force: true });
});

test('a snapshot against itself has no drift; --check fails only on drift', () => {
  const { root, oldDir, newDir } = pair();
  assert.equal(hasDrift(drift(newDir, newDir)), false);
  const same = spawnSync(process.execPath, [SCRIPT, newDir, newDir, '--check'], { encoding: 'utf8' });
  assert.equal(same.status, 0, same.stderr);
  assert.match(same.stdout, /0 added, 0 removed, 0 changed/);
  const moved = spawnSync(process.execPath, [SCRIPT, oldDir, newDir, '--check'], { encoding: 'utf8' });
  assert.equal(moved.status, 1);
  const json = JSON.parse(execFileSync(process.execPath, [SCRIPT, oldDir, newDir, '--json'], { encoding: 'utf8' }));
  assert.deepEqual(json.methods.added, ['imopenlines.v2.New.list']);
  const bad = spawnSync(process.execPath, [SCRIPT, oldDir, newDir, '--update'], { encoding: 'utf8' });
  assert.equal(bad.status, 2, '--update takes the new snapshot only (it replaces spec/)');
  fs.rmSync(root, { recursive: true, force: true });
});

test('update makes the target an exact copy: new files in, removed files out', () => {
  const { root, oldDir, newDir } = pair();
  update(newDir, oldDir);
  assert.equal(hasDrift(drift(oldDir, newDir)), false);
  assert.ok(!fs.existsSync(path.join(oldDir, 'docs/im/removed.md')));
  assert.equal(fs.readFileSync(path.join(oldDir, 'docs/im/edited.md'), 'utf8'), 'after!');
  assert.ok(fs.existsSync(path.join(oldDir, 'methods/imopenlines.json')));
  fs.rmSync(root, { recursive: true, force: true });
});

test('spec/methods/placement.json is what tools/extract-placement-methods.mjs reads from the four pages', () => {
  const tool = fileURLToPath(new URL('../tools/extract-placement-methods.mjs', import.meta.url));
  const check = spawnSync(process.execPath, [tool, '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});
