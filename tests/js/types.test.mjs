// The package's TypeScript types, as a user compiles against them: tests/types/ is copied into a
// consumer install and compiled there with the root's TypeScript. Then the same file without its
// `@ts-expect-error` directives must fail on exactly those lines, which proves the check can fail.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installConsumer, ROOT } from './lib/consumer.mjs';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CONSUMER = installConsumer('types');
const TYPES = join(CONSUMER, 'types');
cpSync(join(ROOT, 'tests', 'types'), TYPES, { recursive: true });

/** Runs tsc on a project file; returns { status, output } without throwing on type errors. */
function tsc(project) {
  try {
    return { status: 0, output: execFileSync(process.execPath, [TSC, '-p', project], { cwd: CONSUMER, encoding: 'utf8' }) };
  } catch (e) {
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

test('typed-use.ts compiles (strict, nodenext) against the installed package', () => {
  const { status, output } = tsc(join(TYPES, 'tsconfig.json'));
  assert.equal(status, 0, output);
  assert.equal(output.trim(), '');
});

test('without @ts-expect-error, each marked line is a type error', () => {
  const lines = readFileSync(join(TYPES, 'typed-use.ts'), 'utf8').split('\n');
  // Blank the directives (keeping line numbers) and remember the line each one guarded (1-based).
  const guarded = [];
  const stripped = lines.map((line, i) => {
    if (!line.trim().startsWith('// @ts-expect-error')) return line;
    guarded.push(i + 2);
    return '';
  });
  assert.ok(guarded.length >= 18, `only ${guarded.length} @ts-expect-error lines`);
  writeFileSync(join(TYPES, 'typed-use-unguarded.ts'), stripped.join('\n'));
  const config = JSON.parse(readFileSync(join(TYPES, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
  writeFileSync(join(TYPES, 'tsconfig.unguarded.json'), JSON.stringify({ ...config, files: ['typed-use-unguarded.ts'] }));

  const { status, output } = tsc(join(TYPES, 'tsconfig.unguarded.json'));
  assert.notEqual(status, 0, 'tsc accepted the file without its directives');
  const errorLines = new Set([...output.matchAll(/typed-use-unguarded\.ts\((\d+),\d+\): error TS/g)].map((m) => Number(m[1])));
  const missed = guarded.filter((n) => !errorLines.has(n)).map((n) => `${n}: ${lines[n - 1].trim()}`);
  assert.deepEqual(missed, [], `lines that compiled although marked as errors:\n${missed.join('\n')}`);
  // And nothing else broke: every error is on a guarded line.
  assert.deepEqual([...errorLines].filter((n) => !guarded.includes(n)), [], output);
});
