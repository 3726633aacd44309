// The public API's drift check (scripts/check-api.sh, run by `npm test`): it must fail when a
// committed generated file (methods.d.ts, methods.json, options.d.ts, codes.js, ...) differs
// from what its declaration generates or is missing, and name the file; and pass on an exact copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function check(dir) {
  return spawnSync('bash', [join(ROOT, 'scripts/check-api.sh')], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, B24_API_DIR: dir }, timeout: 300_000,
  });
}

test('check-api.sh passes on the committed copy and fails on a changed rule or type', () => {
  const dir = mkdtempSync(join(tmpdir(), 'b24-api-'));
  try {
    cpSync(join(ROOT, 'tests/api'), dir, { recursive: true });
    const same = check(dir);
    assert.equal(same.status, 0, same.stderr);

    // One method's rules changed in methods.json: the check names that file and fails.
    const json = join(dir, 'methods.json');
    const rows = readFileSync(json, 'utf8');
    const changed = rows.replace('{"anyOf":["FILE_ID","UPLOAD_ID"]}', '{"anyOf":["FILE_ID"]}');
    assert.notEqual(changed, rows);
    writeFileSync(json, changed);
    const stale = check(dir);
    assert.equal(stale.status, 1, stale.stderr);
    assert.match(stale.stderr, /methods\.json is stale/);
    assert.doesNotMatch(stale.stderr, /methods\.d\.ts is stale/);

    // And a param type changed in methods.d.ts.
    writeFileSync(json, rows);
    const dts = join(dir, 'methods.d.ts');
    const types = readFileSync(dts, 'utf8');
    writeFileSync(dts, types.replace('export type B24Bool = boolean | "Y" | "N";', 'export type B24Bool = boolean;'));
    const staleTypes = check(dir);
    assert.equal(staleTypes.status, 1, staleTypes.stderr);
    assert.match(staleTypes.stderr, /methods\.d\.ts is stale/);

    // The option types (generated from src/core/config/options.rs), and a generated file that
    // has no committed copy (codes.js, from src/error/codes.rs).
    writeFileSync(dts, types);
    const options = join(dir, 'options.d.ts');
    const optionTypes = readFileSync(options, 'utf8');
    assert.ok(optionTypes.includes('  timeoutMs?: number;'));
    writeFileSync(options, optionTypes.replace('  timeoutMs?: number;', '  timeoutMs?: number | string;'));
    rmSync(join(dir, 'codes.js'));
    const staleOptions = check(dir);
    assert.equal(staleOptions.status, 1, staleOptions.stderr);
    assert.match(staleOptions.stderr, /options\.d\.ts is stale/);
    assert.match(staleOptions.stderr, /codes\.js is missing/);
    assert.doesNotMatch(staleOptions.stderr, /methods\.d\.ts is stale/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
