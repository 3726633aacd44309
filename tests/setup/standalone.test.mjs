// The repository stands alone: no file it runs reads outside the clone. A user's clone has no
// `../shared` beside it, so a path that leaves the repository (`../shared`, `/work/...`) in code,
// tests or scripts fails their `npm test` while ours passes. The spec the tests read is vendored
// under spec/ (the docs' MIT LICENSE beside it).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE = /\.(rs|mjs|cjs|js|ts|sh|py|toml|json)$|(^|\/)run$/;
// This file names the patterns it looks for.
const SELF = path.relative(REPO, fileURLToPath(import.meta.url));

test('no tracked code, test or script reads a path outside the repository', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: REPO, encoding: 'utf8' })
    .split('\n')
    .filter((f) => CODE.test(f) && f !== SELF && !f.startsWith('spec/') && fs.existsSync(path.join(REPO, f)));
  assert.ok(files.length > 50, `expected the repository's files, got ${files.length}`);
  const outside = /(\.\.\/)+shared\/|'\.\.',\s*'shared'|\/work\/(shared|main)\b/;
  const hits = [];
  for (const f of files) {
    fs.readFileSync(path.join(REPO, f), 'utf8').split('\n').forEach((line, i) => {
      if (outside.test(line)) hits.push(`${f}:${i + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  assert.deepEqual(hits, [], 'paths outside the clone:\n' + hits.join('\n'));
});

test('the vendored spec is complete and keeps its licence', () => {
  for (const f of ['spec/docs/LICENSE', 'spec/docs/MANIFEST.json', 'spec/methods/system-errors.json']) {
    assert.ok(fs.existsSync(path.join(REPO, f)), `${f} is missing`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'spec/docs/MANIFEST.json'), 'utf8'));
  const listed = Array.isArray(manifest) ? manifest : manifest.files ?? Object.keys(manifest);
  assert.ok(listed.length > 100, `MANIFEST lists ${listed.length} entries`);
});
