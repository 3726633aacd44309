// Where the client workers import b24-wasm from: the package as npm installs it (the tests) or
// a built pkg/ directory (the bench). Answers file URLs of the Node entry, b24-wasm/redis and
// b24-wasm/store, which the workers import.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installConsumer } from '../../js/lib/consumer.mjs';

/** Packs pkg/ (built by `npm run build`) and installs it into a fresh project. */
export function installedEntries(name = 'fleet') {
  const dir = installConsumer(name);
  const require = createRequire(join(dir, 'package.json'));
  const url = (specifier) => pathToFileURL(require.resolve(specifier)).href;
  return { dir, entry: url('b24-wasm'), redisEntry: url('b24-wasm/redis'), storeEntry: url('b24-wasm/store') };
}

/** The files of a built package directory, as they are (no install). */
export function builtEntries(pkgDir) {
  const url = (path) => pathToFileURL(resolve(pkgDir, path)).href;
  return { dir: pkgDir, entry: url('node/index.js'), redisEntry: url('redis/index.js'), storeEntry: url('store/memory.js') };
}
