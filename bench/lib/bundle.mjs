// Bundle size: the files b24-wasm ships, and a one-line app of each library bundled by the same
// vite build (library mode, ES output, minified, everything bundled, nothing external).
import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PKG_DIR } from './libs.mjs';

const BUNDLE_DIR = fileURLToPath(new URL('../bundle/', import.meta.url));

export const gz9 = (buf) => gzipSync(buf, { level: 9 }).length;

// What a browser app loads; methods.data.js (the `methods()` rows) only when it calls methods().
export const SHIPPED = ['web/b24_wasm_bg.wasm', 'web/b24_wasm.js', 'api.js', 'io/bx24.js', 'web/index.js'];
export const SHIPPED_LAZY = ['methods.data.js'];

/** Raw and gzip -9 size of each shipped file (missing files are reported as such). */
export function shippedSizes(files = SHIPPED) {
  return files.map((file) => {
    const path = join(PKG_DIR, file);
    try {
      const buf = readFileSync(path);
      return { file, raw: buf.length, gz: gz9(buf) };
    } catch {
      return { file, missing: true };
    }
  });
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Builds bench/bundle/<entry> with vite's JS API (library mode) and returns
 * { emitted: {raw, gz, files}, js: {raw, gz}, wasm: {raw, gz}, inlinedWasm }: `emitted` is the
 * output as written; `js` is its JavaScript without any inlined .wasm, `wasm` the .wasm bytes;
 * `lazy` the chunks only a dynamic import loads (counted in `emitted`, not in `js`).
 */
export async function bundle(entry) {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'b24-bench-bundle-'));
  try {
    const output = await build({
      configFile: false,
      root: BUNDLE_DIR,
      logLevel: 'silent',
      resolve: { alias: { 'b24-wasm': resolve(PKG_DIR, 'web/index.js') } },
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        reportCompressedSize: false,
        lib: { entry: join(BUNDLE_DIR, entry), formats: ['es'], fileName: 'app' },
      },
    });
    const lazyChunks = new Set(
      [output].flat().flatMap((o) => o.output).filter((c) => c.type === 'chunk' && c.isDynamicEntry).map((c) => c.fileName),
    );
    const files = walk(outDir).map((path) => ({ name: path.slice(outDir.length + 1), buf: readFileSync(path) }));
    const result = { emitted: { raw: 0, gz: 0, files: [] }, js: { raw: 0, gz: 0 }, wasm: { raw: 0, gz: 0 }, lazy: { raw: 0, gz: 0 }, inlinedWasm: false };
    for (const { name, buf } of files) {
      result.emitted.raw += buf.length;
      result.emitted.gz += gz9(buf);
      result.emitted.files.push(name);
      const ext = extname(name);
      if (ext === '.wasm') {
        result.wasm.raw += buf.length;
        result.wasm.gz += gz9(buf);
        continue;
      }
      if (ext !== '.js' && ext !== '.mjs') continue;
      if (lazyChunks.has(name)) {
        result.lazy.raw += buf.length;
        result.lazy.gz += gz9(buf);
        continue;
      }
      // Library mode inlines every asset, so the .wasm arrives as a base64 data: URL inside the
      // JS. Split it out so JS and wasm are reported apart (and the wasm counted at its size).
      let text = buf.toString('utf8');
      text = text.replace(/data:application\/wasm;base64,([A-Za-z0-9+/=]+)/g, (_, b64) => {
        const wasm = Buffer.from(b64, 'base64');
        result.wasm.raw += wasm.length;
        result.wasm.gz += gz9(wasm);
        result.inlinedWasm = true;
        return '';
      });
      const js = Buffer.from(text, 'utf8');
      result.js.raw += js.length;
      result.js.gz += gz9(js);
    }
    return result;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
