// Writes the package's load variants into pkg/, after wasm-bindgen and wasm-opt (scripts/build.sh):
// - web/b24_wasm.js loses its own `new URL('…wasm', import.meta.url)` default, so only the
//   browser entry (web/index.js) names the file: Node, inline and CommonJS builds then carry no
//   import.meta, and bundlers emit the .wasm asset only for the entry that fetches it;
// - inline/wasm.js: the .wasm gzipped and base64-encoded, for the inline and Node entries;
// - cjs/index.cjs, cjs/inline.cjs: real CommonJS builds of the Node and inline entries
//   (require on Node 18+, Jest), which require ../methods.json when methods() is first called;
// - cjs/store.cjs, cjs/redis.cjs, cjs/oauth.cjs: the wasm-free subpaths as CommonJS;
// - iife/b24-wasm.js: one file for a plain <script> tag (global `B24Wasm`, the .wasm inside);
// - browser.d.ts, browser-events.d.ts: the types of the entries outside Node;
// - *.d.cts: the types again, as CommonJS declaration files for `require` consumers.
// Usage: node scripts/build-variants.mjs <pkg dir>

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const pkg = process.argv[2] ?? 'pkg';
const gluePath = join(pkg, 'web', 'b24_wasm.js');
const wasmPath = join(pkg, 'web', 'b24_wasm_bg.wasm');

const DEFAULT_URL = "module_or_path = new URL('b24_wasm_bg.wasm', import.meta.url);";
for (const path of [gluePath, join(pkg, 'full', 'b24_wasm.js')]) {
  let glue = readFileSync(path, 'utf8');
  if (!glue.includes(DEFAULT_URL)) throw new Error(`${path}: wasm-bindgen's default wasm URL line changed; update build-variants.mjs`);
  glue = glue.replace(DEFAULT_URL, "throw new Error('b24-wasm: the entry file passes the wasm module');");
  if (glue.includes('import.meta')) throw new Error(`${path} still uses import.meta`);
  writeFileSync(path, glue);
}

const wasm = readFileSync(wasmPath);

mkdirSync(join(pkg, 'inline'), { recursive: true });
mkdirSync(join(pkg, 'cjs'), { recursive: true });
const gzipped = gzipSync(wasm, { level: 9 });
writeFileSync(
  join(pkg, 'inline', 'wasm.js'),
  `// b24_wasm_bg.wasm, gzipped and base64-encoded (written by the build).\nexport default '${gzipped.toString('base64')}';\n`,
);

// The build with the event parser, for the Node entry (a server: it reads the events it serves).
const full = gzipSync(readFileSync(join(pkg, 'full', 'b24_wasm_bg.wasm')), { level: 9 });
writeFileSync(
  join(pkg, 'full', 'wasm.js'),
  `// full/b24_wasm_bg.wasm (the client and the event parser), gzipped and base64-encoded (written by the build).\nexport default '${full.toString('base64')}';\n`,
);

// CommonJS builds of the Node and inline entries, each one file (the glue's module state then
// exists once per build), sharing the base64 text through cjs/wasm.cjs.
writeFileSync(join(pkg, 'cjs', 'wasm.cjs'), `// b24_wasm_bg.wasm, gzipped and base64-encoded (written by the build).\nmodule.exports = '${gzipped.toString('base64')}';\n`);
const sharedWasm = {
  name: 'shared-wasm-text',
  setup(b) {
    b.onResolve({ filter: /(^\.\/|\/inline\/)wasm\.js$/ }, () => ({ path: './wasm.cjs', external: true }));
    // methods() imports the table's rows on first use; CommonJS requires methods.json itself
    // (with `dynamic-import` off below, esbuild writes that import as a lazy require).
    b.onResolve({ filter: /\/(methods|placements)\.data\.js$/ }, (args) => ({ path: `../${/placements/.test(args.path) ? 'placements' : 'methods'}.json`, external: true }));
  },
};
for (const [entry, out] of [['node/index.js', 'index.cjs'], ['inline/index.js', 'inline.cjs']]) {
  await build({
    entryPoints: [join(pkg, entry)],
    outfile: join(pkg, 'cjs', out),
    bundle: true,
    format: 'cjs',
    platform: entry.startsWith('node/') ? 'node' : 'neutral',
    mainFields: ['module', 'main'],
    target: 'node18',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [sharedWasm],
    supported: { 'dynamic-import': false },
    banner: {
      js:
        `// CommonJS build of ${entry} (written by the build; see scripts/build-variants.mjs).` +
        // Jest's jsdom environment has no TextDecoder/TextEncoder globals; the glue needs them.
        (entry.startsWith('node/') ? "\nconst { TextDecoder, TextEncoder } = require('node:util');" : ''),
    },
  });
}

// One file for a plain <script> tag: the inline entry (the .wasm inside, gzipped) as an IIFE that
// sets the global `B24Wasm`. methods() stays lazy: its import of the table's rows is left as
// `import('../methods.data.js')`, which a classic script resolves against its own URL, so the
// rows load from the package folder on first use, and only then.
mkdirSync(join(pkg, 'iife'), { recursive: true });
await build({
  entryPoints: [join(pkg, 'inline', 'index.js')],
  outfile: join(pkg, 'iife', 'b24-wasm.js'),
  bundle: true,
  format: 'iife',
  globalName: 'B24Wasm',
  platform: 'browser',
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [{
    name: 'methods-rows-stay-apart',
    setup(b) {
      b.onResolve({ filter: /\/(methods|placements)\.data\.js$/ }, (args) => ({ path: `../${/placements/.test(args.path) ? 'placements' : 'methods'}.data.js`, external: true }));
    },
  }],
  banner: { js: '// b24-wasm for a plain <script> tag: sets the global B24Wasm (written by the build; see scripts/build-variants.mjs).' },
});
if (/\bimport\.meta\b/.test(readFileSync(join(pkg, 'iife', 'b24-wasm.js'), 'utf8'))) throw new Error('iife/b24-wasm.js uses import.meta, which a classic script cannot');

// The browser entries' types (web, inline, workerd, development; b24-wasm/events outside Node):
// index.d.ts without the lines marked `// node only` (the event functions, which only the Node
// entry and b24-wasm/events export) and with `Client.oauth` taking `OAuthBrowserOptions` (no
// refresher built in: the client secret must never reach a browser). browser-events.d.ts keeps
// the event functions, for b24-wasm/events in browsers and workers.
const indexDts = readFileSync(join(pkg, 'index.d.ts'), 'utf8');
function browserTypes(keepEvents) {
  const lines = indexDts.split('\n');
  const nodeOnly = lines.filter((line) => line.endsWith('// node only'));
  if (nodeOnly.length !== 1) throw new Error(`index.d.ts: expected one line marked // node only, found ${nodeOnly.length}`);
  let text = lines.filter((line) => keepEvents || !line.endsWith('// node only')).join('\n');
  for (const [from, to] of [
    ['static oauth(options: OAuthOptions): Client;', 'static oauth(options: OAuthBrowserOptions): Client;'],
    ["import type { ClientOptions, OAuthOptions } from './options.js';", "import type { ClientOptions, OAuthBrowserOptions } from './options.js';"],
  ]) {
    if (!text.includes(from)) throw new Error(`index.d.ts no longer has "${from}"; update build-variants.mjs`);
    text = text.replace(from, to);
  }
  return text;
}
writeFileSync(join(pkg, 'browser.d.ts'), browserTypes(false));
writeFileSync(join(pkg, 'browser-events.d.ts'), browserTypes(true));

// The declarations again as CommonJS files: a `require` consumer under TypeScript's node16
// rules may only import types from CommonJS declaration files.
// The method map (430 KB) is kept once: methods.d.ts becomes a re-export of methods.d.cts,
// which ES module declarations may import (the other way round TypeScript refuses).
for (const name of ['index', 'browser', 'methods', 'wasm-types', 'events', 'events/index', 'placements', 'codes', 'options', 'store', 'frame']) {
  // Every relative import of a declaration file points at its CommonJS twin.
  const text = readFileSync(join(pkg, `${name}.d.ts`), 'utf8').replace(/from '(\.\.?\/[^']+)\.js'/g, "from '$1.cjs'");
  writeFileSync(join(pkg, `${name}.d.cts`), text);
  if (name === 'methods' || name === 'wasm-types') writeFileSync(join(pkg, `${name}.d.ts`), `export * from './${name}.cjs';\n`);
}

// The wasm-free subpaths (./store, ./redis, ./oauth) as CommonJS too, each one file, with their
// declarations beside them in cjs/ (their one shared import, store.d.ts, as ./store.d.cts).
const SUBPATHS = [
  ['store/memory.js', 'store', 'store.d.ts'],
  ['redis/index.js', 'redis', 'redis/index.d.ts'],
  ['oauth/refresher.js', 'oauth', 'oauth/refresher.d.ts'],
];
// One file of the package bundled as CommonJS for Node 18+, with a banner naming its source.
function buildCjs(entry, out, { banner = '', ...options } = {}) {
  return build({
    entryPoints: [join(pkg, entry)],
    outfile: join(pkg, out),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: `// CommonJS build of ${entry} (written by the build; see scripts/build-variants.mjs).${banner}` },
    ...options,
  });
}
for (const [entry, name, types] of SUBPATHS) {
  await buildCjs(entry, join('cjs', `${name}.cjs`));
  const text = readFileSync(join(pkg, types), 'utf8').replace(/from '\.\.?\/store\.js'/g, "from './store.cjs'");
  if (/from '\./.test(text.replace(/from '\.\/store\.cjs'/g, ''))) throw new Error(`${types} imports a file the CommonJS copy lacks`);
  writeFileSync(join(pkg, 'cjs', `${name}.d.cts`), text);
}
// The stand-in and the BX24.js double (copied from tests/ by build.sh) as CommonJS too, for
// `require` in Jest and CommonJS tests. import.meta.url (the stand-in finds portal.json beside
// itself) becomes the .cjs file's own URL, in the same folder as the ES module.
const HELPERS = [
  ['standin/server.mjs', 'standin/index.cjs', 'standin/index.d.ts'],
  ['standin/local-portal.mjs', 'standin/portal.cjs', 'standin/portal.d.ts'],
  ['testing/bx24.js', 'testing/bx24.cjs', 'testing/bx24.d.ts'],
  ['testing/bx24-node.mjs', 'testing/bx24-node.cjs', 'testing/bx24-node.d.ts'],
];
for (const [entry, out, types] of HELPERS) {
  await buildCjs(entry, out, {
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: "\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  });
  const text = readFileSync(join(pkg, types), 'utf8').replace(/from '\.\/bx24\.js'/g, "from './bx24.cjs'").replace(/from '\.\/index\.js'/g, "from './index.cjs'");
  writeFileSync(join(pkg, types.replace(/\.d\.ts$/, '.d.cts')), text);
}

// TypeScript's node10 resolution ignores `exports`: b24-wasm/oauth then looks for oauth/index.d.ts.
writeFileSync(join(pkg, 'oauth', 'index.d.ts'), "export * from './refresher.js';\n");

console.error(
  `[b24] variants: wasm ${wasm.length} B (gzip ${gzipped.length} B), inline/wasm.js ${readFileSync(join(pkg, 'inline', 'wasm.js')).length} B`,
);
