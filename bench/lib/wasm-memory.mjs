// The size of b24-wasm's linear memory (WebAssembly.Memory buffer.byteLength).
//
// The package has no public accessor for it yet. The bench reads it from `client.stats()` when
// a field for it exists; otherwise from wasm-bindgen's web glue, whose `initSync()` returns
// the exports of the instance it already made (`memory` among them) without making another.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { PKG_DIR } from './libs.mjs';

const STATS_FIELDS = ['wasmMemoryBytes', 'memoryBytes'];

/** { bytes, source } or null when neither way works. */
export async function wasmMemoryBytes(client) {
  const stats = typeof client?.stats === 'function' ? client.stats() : null;
  for (const field of STATS_FIELDS) {
    if (typeof stats?.[field] === 'number') return { bytes: stats[field], source: `client.stats().${field}` };
  }
  try {
    const glue = await import(pathToFileURL(resolve(PKG_DIR, 'web/b24_wasm.js')).href);
    const memory = glue.initSync?.()?.memory;
    if (memory instanceof WebAssembly.Memory) return { bytes: memory.buffer.byteLength, source: 'the glue\'s initSync().memory (no public accessor)' };
  } catch {
    // The glue was not initialised by the package (another loader): no reading.
  }
  return null;
}
