// The docs are tested like code: every fenced js/ts block of README.md, the package README,
// store.md and EVENTS.md (as the package ships them) is type-checked by tsc (strict, nodenext)
// against the packed and installed package, one module per block, and the blocks marked
// ```js runnable run in Node against the stand-in portal.
//
// A block that uses a name it does not define (a `client` made in an earlier block) says so in
// an HTML comment just before its fence, `<!-- docs-test: uses client, accessToken -->`; the
// names come from tests/types/docs-context.ts, where each is declared once with its type.
// A runnable block gets B24_WEBHOOK_URL (a stand-in's webhook) in its environment.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installConsumer, ROOT } from './lib/consumer.mjs';
import { startStandin } from '../standin/server.mjs';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const DOCS = {
  'README.md': join(ROOT, 'README.md'),
  'pkg-README.md': join(ROOT, 'pkg', 'README.md'),
  'store.md': join(ROOT, 'pkg', 'store.md'),
  'EVENTS.md': join(ROOT, 'pkg', 'EVENTS.md'),
};

/** The fenced js/ts blocks of a markdown text: { lang, runnable, uses, line (of the fence), code }. */
export function blocks(text) {
  const found = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(js|ts|javascript|typescript)(\s+runnable)?\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    assert.ok(end > i, `unclosed fence at line ${i + 1}`);
    const before = /^<!-- docs-test: uses ([\w$, ]+) -->$/.exec(lines[i - 1] ?? '');
    found.push({
      lang: open[1].startsWith('t') ? 'ts' : 'js',
      runnable: Boolean(open[2]),
      uses: before ? before[1].split(',').map((s) => s.trim()).filter(Boolean) : [],
      line: i + 1,
      code: lines.slice(i + 1, end).join('\n'),
    });
    i = end;
  }
  return found;
}

const CONSUMER = installConsumer('docs');
const DIR = join(CONSUMER, 'docs');
mkdirSync(DIR, { recursive: true });
cpSync(join(ROOT, 'tests', 'types', 'docs-context.ts'), join(DIR, 'docs-context.ts'));

const all = [];
for (const [doc, path] of Object.entries(DOCS)) {
  for (const block of blocks(readFileSync(path, 'utf8'))) {
    const file = `${doc.replace(/\W+/g, '-')}-${block.line}.${block.lang}`;
    // The context's names on the block's first line, so the block's own lines keep their numbers.
    const head = block.uses.length ? `import { ${block.uses.join(', ')} } from './docs-context.js'; ` : '';
    writeFileSync(join(DIR, file), `${head}${block.code}\n`);
    all.push({ ...block, doc, file });
  }
}

// A canary block with a typo in a method name is compiled with the docs: the check must report
// it (so it can fail), and nothing else.
const CANARY = { doc: '(canary)', file: 'canary.js', lang: 'js', runnable: false, uses: [], line: 0 };
writeFileSync(join(DIR, CANARY.file), "import { Client } from 'b24-wasm';\nawait Client.webhook('https://example.bitrix24.com/rest/1/x/').call('im.notify.answr', {});\n");

test('the docs have the js/ts blocks this test checks', () => {
  const per = Object.fromEntries(Object.keys(DOCS).map((doc) => [doc, all.filter((b) => b.doc === doc).length]));
  assert.ok(per['README.md'] >= 3 && per['pkg-README.md'] >= 8 && per['store.md'] >= 1, JSON.stringify(per));
  assert.ok(all.some((b) => b.runnable), 'no block is marked runnable');
  // The block reader itself: a fence, its marker and the names it uses.
  assert.deepEqual(blocks('x\n<!-- docs-test: uses client -->\n```ts runnable\nconst a = 1;\n```\n').map((b) => [b.lang, b.runnable, b.uses, b.line]), [['ts', true, ['client'], 3]]);
});

test("the package README's error table has a row for every code the library gives (codes.js)", async () => {
  const { LIBRARY_CODES } = await import(pathToFileURL(join(ROOT, 'pkg', 'codes.js')).href);
  const readme = readFileSync(DOCS['pkg-README.md'], 'utf8');
  assert.ok(LIBRARY_CODES.length >= 13);
  assert.deepEqual(LIBRARY_CODES.filter((code) => !readme.includes(`| \`${code}\` |`)), []);
});

test('every js/ts block of the docs type-checks (tsc strict, nodenext) against the package', () => {
  writeFileSync(join(DIR, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'],
      noEmit: true, allowJs: true, checkJs: true, moduleDetection: 'force', skipLibCheck: true, types: ['node'],
    },
    files: ['docs-context.ts', CANARY.file, ...all.map((b) => b.file)],
  }));
  let output = '';
  try {
    output = execFileSync(process.execPath, [TSC, '-p', join(DIR, 'tsconfig.json')], { cwd: CONSUMER, encoding: 'utf8' });
  } catch (e) {
    output = `${e.stdout}${e.stderr}`;
  }
  // Each error as "<doc>:<line>: <message>", at the line of the doc the reader sees.
  const errors = [...output.matchAll(/^(\S+?)\((\d+),\d+\): (error TS\d+: .*)$/gm)].map(([, file, line, message]) => {
    const block = [CANARY, ...all].find((b) => `docs/${b.file}` === file);
    return block ? `${block.doc}:${block.line + Number(line)}: ${message}` : `${file}:${line}: ${message}`;
  });
  const canary = errors.filter((e) => e.startsWith('(canary):2: error TS2345'));
  assert.equal(canary.length, 1, `the canary's typo was not reported:\n${output}`);
  assert.deepEqual(errors.filter((e) => !canary.includes(e)), [], output);
});

test('the blocks marked runnable run in Node against the stand-in', async (t) => {
  const portal = await startStandin();
  try {
    for (const block of all.filter((b) => b.runnable)) {
      await t.test(`${block.doc}:${block.line}`, async () => {
        assert.deepEqual(block.uses, [], 'a runnable block must stand alone');
        const file = join(DIR, block.file.replace(/\.(js|ts)$/, '.mjs'));
        writeFileSync(file, block.code);
        const { status, output } = await run(file, { ...process.env, B24_WEBHOOK_URL: portal.webhookUrl });
        assert.equal(status, 0, output);
      });
    }
  } finally {
    await portal.close();
  }
});

function run(file, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { cwd: DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}
