// Writes the package's load variants into pkg/, after wasm-bindgen and wasm-opt (scripts/build.sh):
// - web/b24_wasm.js loses its own `new URL('…wasm', import.meta.url)` default, so only the
//   browser entry (web/index.js) names the file: Node, inline and CommonJS builds then carry no
//   import.meta, and bundlers emit the .wasm asset only for the entry that fetches it;
// - inline/wasm.js: the .wasm gzipped and base64-encoded, for the inline and Node entries;
// - cjs/index.cjs, cjs/inline.cjs: real CommonJS builds of the Node and inline entries
//   (require on Node 18+, Jest), which require ../methods.json when methods() is first called;
// - cjs/store.cjs, cjs/redis.cjs, cjs/oauth.cjs: the wasm-free subpaths as CommonJS;
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
    b.onResolve({ filter: /\/methods\.data\.js$/ }, () => ({ path: '../methods.json', external: true }));
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

// The declarations again as CommonJS files: a `require` consumer under TypeScript's node16
// rules may only import types from CommonJS declaration files.
// The method map (430 KB) is kept once: methods.d.ts becomes a re-export of methods.d.cts,
// which ES module declarations may import (the other way round TypeScript refuses).
for (const name of ['index', 'methods', 'wasm-types', 'events', 'events/index']) {
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
for (const [entry, name, types] of SUBPATHS) {
  await build({
    entryPoints: [join(pkg, entry)],
    outfile: join(pkg, 'cjs', `${name}.cjs`),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: `// CommonJS build of ${entry} (written by the build; see scripts/build-variants.mjs).` },
  });
  const text = readFileSync(join(pkg, types), 'utf8').replace(/from '\.\.?\/store\.js'/g, "from './store.cjs'");
  if (/from '\./.test(text.replace(/from '\.\/store\.cjs'/g, ''))) throw new Error(`${types} imports a file the CommonJS copy lacks`);
  writeFileSync(join(pkg, 'cjs', `${name}.d.cts`), text);
}
// TypeScript's node10 resolution ignores `exports`: b24-wasm/oauth then looks for oauth/index.d.ts.
writeFileSync(join(pkg, 'oauth', 'index.d.ts'), "export * from './refresher.js';\n");

console.error(
  `[b24] variants: wasm ${wasm.length} B (gzip ${gzipped.length} B), inline/wasm.js ${readFileSync(join(pkg, 'inline', 'wasm.js')).length} B`,
);
