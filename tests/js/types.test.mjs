// The package's TypeScript types, as a user compiles against them: tests/types/ is copied into a
// consumer install and compiled there with the root's TypeScript. Then the same file without its
// `@ts-expect-error` directives must fail on exactly those lines, which proves the check can fail.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** Compiles `file` of tests/types without its @ts-expect-error directives; every guarded line must fail, nothing else. */
function guardedLinesFail(file, tsconfig, minimum) {
  const lines = readFileSync(join(TYPES, file), 'utf8').split('\n');
  // Blank the directives (keeping line numbers) and remember the line each one guarded (1-based).
  const guarded = [];
  const stripped = lines.map((line, i) => {
    if (!line.trim().startsWith('// @ts-expect-error')) return line;
    guarded.push(i + 2);
    return '';
  });
  assert.ok(guarded.length >= minimum, `only ${guarded.length} @ts-expect-error lines`);
  const unguarded = file.replace(/\.ts$/, '-unguarded.ts');
  writeFileSync(join(TYPES, unguarded), stripped.join('\n'));
  const config = JSON.parse(readFileSync(join(TYPES, tsconfig), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
  writeFileSync(join(TYPES, `tsconfig.${unguarded}.json`), JSON.stringify({ ...config, files: [unguarded] }));

  const { status, output } = tsc(join(TYPES, `tsconfig.${unguarded}.json`));
  assert.notEqual(status, 0, 'tsc accepted the file without its directives');
  const errorLines = new Set([...output.matchAll(new RegExp(`${unguarded.replace('.', '\\.')}\\((\\d+),\\d+\\): error TS`, 'g'))].map((m) => Number(m[1])));
  const missed = guarded.filter((n) => !errorLines.has(n)).map((n) => `${n}: ${lines[n - 1].trim()}`);
  assert.deepEqual(missed, [], `lines that compiled although marked as errors:\n${missed.join('\n')}`);
  // And nothing else broke: every error is on a guarded line.
  assert.deepEqual([...errorLines].filter((n) => !guarded.includes(n)), [], output);
}

test('without @ts-expect-error, each marked line is a type error', () => {
  guardedLinesFail('typed-use.ts', 'tsconfig.json', 18);
});

test('placement-use.ts: without @ts-expect-error, each marked line is a type error', () => {
  guardedLinesFail('placement-use.ts', 'tsconfig.json', 9);
});

test('the browser entries (bundler resolution) have no event functions and no refresher built in', () => {
  const { status, output } = tsc(join(TYPES, 'tsconfig.browser.json'));
  assert.equal(status, 0, output);
  guardedLinesFail('browser-use.ts', 'tsconfig.browser.json', 6);
});

// The options: every example of the declaration (src/core/config/options.rs, generated into
// tests/api/options.examples.json and kept in step by scripts/check-api.sh) is compiled by tsc
// and then run against the installed package. An example the runtime accepts must compile; one
// it refuses must not, on its own line. Both lists come from the one declaration.
const EXAMPLES = JSON.parse(readFileSync(join(ROOT, 'tests', 'api', 'options.examples.json'), 'utf8'));
const BASES = {
  webhook: null,
  oauth: { endpoint: "'https://example.bitrix24.com/rest/'", accessToken: "'token'", refresh: "async () => 'new-token'" },
  'oauth-self': {
    endpoint: "'https://example.bitrix24.com/rest/'", accessToken: "'token'",
    clientId: "'app.1'", clientSecret: "'secret'", refreshToken: "'refresh'", onTokens: 'async () => {}',
  },
};

function exampleCall({ context, key, value }) {
  const options = `{ ${key}: ${value} }`;
  if (context === 'webhook') return `Client.webhook('https://example.bitrix24.com/rest/1/secret/', ${options})`;
  const base = Object.entries(BASES[context]).filter(([name]) => name !== key).map(([name, v]) => `${name}: ${v}`);
  return `Client.oauth({ ${[...base, `${key}: ${value}`].join(', ')} })`;
}

test('options: tsc accepts exactly the options the runtime accepts, and refuses the ones it refuses', async () => {
  assert.ok(EXAMPLES.length >= 60, `only ${EXAMPLES.length} examples`);
  const head = [
    "import { Client, isB24Error, ready } from 'b24-wasm';",
    "import { createMemoryStore } from 'b24-wasm/store';",
    "import type { TokenRecord } from 'b24-wasm/store';",
    'export const outcomes: string[] = [];',
    'function attempt(make: () => unknown): void {',
    "  try { make(); outcomes.push('accepted'); } catch (e) { outcomes.push(isB24Error(e) && e.code === 'INVALID_CONFIG' ? 'refused' : `threw ${String(e)}`); }",
    '}',
    'export async function run(): Promise<void> {',
    '  await ready();',
  ];
  const firstLine = head.length + 1;
  const body = EXAMPLES.map((example) => `  attempt(() => ${exampleCall(example)});`);
  writeFileSync(join(TYPES, 'options-use.ts'), [...head, ...body, '}', ''].join('\n'));
  const config = JSON.parse(readFileSync(join(TYPES, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
  writeFileSync(join(TYPES, 'tsconfig.options.json'), JSON.stringify({
    compilerOptions: { ...config.compilerOptions, noEmit: false, noEmitOnError: false, outDir: 'options-out' },
    files: ['options-use.ts'],
  }));

  // Compile: the refused examples, and only they, are type errors, each on its own line.
  const { output } = tsc(join(TYPES, 'tsconfig.options.json'));
  const errorLines = new Set([...output.matchAll(/options-use\.ts\((\d+),\d+\): error TS/g)].map((m) => Number(m[1])));
  const wrong = EXAMPLES.flatMap((example, i) => {
    const compiled = !errorLines.has(firstLine + i);
    return compiled === example.accepted ? [] : [`${example.accepted ? 'refused by tsc' : 'compiles'}: ${exampleCall(example)}`];
  });
  assert.deepEqual(wrong, [], `${wrong.join('\n')}\n${output}`);
  assert.ok([...errorLines].every((n) => n >= firstLine && n < firstLine + EXAMPLES.length), output);

  // Run what tsc emitted: the runtime accepts and refuses the same examples.
  const { outcomes, run } = await import(pathToFileURL(join(TYPES, 'options-out', 'options-use.js')).href);
  await run();
  assert.equal(outcomes.length, EXAMPLES.length);
  const differ = EXAMPLES.flatMap((example, i) => {
    const want = example.accepted ? 'accepted' : 'refused';
    return outcomes[i] === want ? [] : [`${exampleCall(example)}: ${outcomes[i]}, declared ${want}`];
  });
  assert.deepEqual(differ, []);
});
