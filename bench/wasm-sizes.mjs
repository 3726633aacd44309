// What a .wasm is made of: code size per function (from the name section), grouped by family,
// and the data segments. The input must keep its names (`wasm-opt -Oz -g`, see
// `bash bench/wasm-sizes.sh`); a stripped file is reported as one family of unnamed functions.
//
//   node bench/wasm-sizes.mjs <file.wasm> [--top N] [--family NAME] [--diff <before.wasm>]
//
// --diff lists every function whose code size differs from a named build made before (e.g. a
// copy of target/wasm-sizes/named.wasm from another commit), by name without its hash, so a
// merge's growth shows function by function.
//
// No dependency: the few sections it needs (type-free function bodies, data, custom "name") are
// read straight from the binary format.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/wasm-sizes.mjs <file.wasm> [--top N] [--family NAME] [--diff <before.wasm>]');
  process.exit(2);
}
const topIndex = process.argv.indexOf('--top');
const TOP = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 40;
const familyIndex = process.argv.indexOf("--family");
const ONLY_FAMILY = familyIndex > 0 ? process.argv[familyIndex + 1] : null;

/** The sections, function bodies, names and data size of a .wasm. */
function parse(bytes) {
  let pos = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) return result;
    }
  };
  const name = () => {
    const len = u32();
    const text = bytes.subarray(pos, pos + len).toString('utf8');
    pos += len;
    return text;
  };

  let importedFunctions = 0;
  const bodies = []; // [size] per defined function
  const names = new Map(); // function index -> name
  let dataBytes = 0;
  const sections = [];
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const size = u32();
    const start = pos;
    const end = start + size;
    let label = `section ${id}`;
    if (id === 0) {
      label = `custom "${name()}"`;
      if (label === 'custom "name"') {
        while (pos < end) {
          const sub = bytes[pos++];
          const subSize = u32();
          const subEnd = pos + subSize;
          if (sub === 1) {
            for (let n = u32(); n > 0; n--) names.set(u32(), name());
          }
          pos = subEnd;
        }
      }
    } else if (id === 2) {
      label = 'import';
      for (let n = u32(); n > 0; n--) {
        name();
        name();
        const kind = bytes[pos++];
        if (kind === 0) {
          importedFunctions++;
          u32();
        } else if (kind === 1) {
          pos++;
          const flags = u32();
          u32();
          if (flags & 1) u32();
        } else if (kind === 2) {
          const flags = u32();
          u32();
          if (flags & 1) u32();
        } else if (kind === 3) {
          pos += 2;
        } else {
          pos++;
          u32();
        }
      }
    } else if (id === 10) {
      label = 'code';
      for (let n = u32(); n > 0; n--) {
        const bodySize = u32();
        bodies.push(bodySize);
        pos += bodySize;
      }
    } else if (id === 11) {
      label = 'data';
      dataBytes = size;
    } else {
      label = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] ?? label;
    }
    sections.push({ label, size });
    pos = end;
  }
  return { importedFunctions, bodies, names, dataBytes, sections };
}

const bytes = readFileSync(file);
const { importedFunctions, bodies, names, dataBytes, sections } = parse(bytes);

// Families: the first rule that matches a function's (demangled) name.
const FAMILIES = [
  ['b24_wasm::core (engine, ops, exchange)', /b24_wasm::core|b24_wasm::limits/],
  ['b24_wasm::list (pager)', /b24_wasm::list/],
  ['b24_wasm validate/schema/methods/compact', /b24_wasm::(validate|schema|methods)/],
  ['b24_wasm::error', /b24_wasm::error/],
  ['b24_wasm::batch', /b24_wasm::batch/],
  ['b24_wasm::events', /b24_wasm::events/],
  ['b24_wasm::wasm skin + wasm-bindgen', /b24_wasm::wasm|^wasm(engine|op)_|^__wbg|^__wbindgen|^__externref|wasm_bindgen|js_sys|b24_wasm::transport/],
  ['core::fmt', /core::fmt|core::char|escape_debug|\bfmt\b|Display|Debug/],
  ['serde / serde_json', /serde/],
  ['number formatting (zmij, itoa)', /zmij|itoa|ryu/],
  ['BTreeMap / HashMap / sort', /btree|BTree|hash|Hash|sort|hashbrown/],
  ['allocator', /dlmalloc|__rd?l_|__rust_alloc|__rust_dealloc|__rust_realloc|alloc::alloc|talc|lol_alloc/],
  ['core::str / iter / slice', /core::str|core::iter|core::slice|GenericShunt|alloc::str|alloc::string|alloc::vec|alloc::slice|core::ops|core::option|core::result|raw_vec|core::char|core::cmp|memchr|memcmp|memcpy|memset|core::ptr|core::cell|boxed/],
  ['form_urlencoded / percent', /form_urlencoded|percent_encoding/],
  ['panic / std', /panic|std::|core::panicking|rust_begin_unwind/],
  ['b24_wasm (other)', /b24_wasm/],
];

// Crate disambiguators (`core[c5930c85a12de822]::str`) dropped, so one rule matches both spellings.
const functions = bodies.map((size, i) => ({
  size,
  name: (names.get(importedFunctions + i) ?? `<unnamed ${importedFunctions + i}>`).replace(/\[[0-9a-f]{16}\]/g, ''),
}));
const families = new Map();
for (const f of functions) {
  const family = FAMILIES.find(([, re]) => re.test(f.name))?.[0] ?? 'other';
  const entry = families.get(family) ?? { size: 0, count: 0 };
  entry.size += f.size;
  entry.count++;
  families.set(family, entry);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const code = functions.reduce((a, f) => a + f.size, 0);
console.log(`${file}: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip -9 (names included)`);
console.log(`code ${kb(code)} in ${functions.length} functions, data ${kb(dataBytes)}`);
console.log('\nsections:');
for (const s of sections) console.log(`  ${s.label.padEnd(28)} ${kb(s.size)}`);
console.log('\ncode by family:');
for (const [family, { size, count }] of [...families].sort((a, b) => b[1].size - a[1].size)) {
  console.log(`  ${kb(size).padStart(9)}  ${String(count).padStart(4)} fns  ${family}`);
}
console.log(`\nlargest ${TOP} functions:`);
for (const f of [...functions].sort((a, b) => b.size - a.size).slice(0, TOP)) {
  console.log(`  ${String(f.size).padStart(6)}  ${f.name.slice(0, 150)}`);
}
if (ONLY_FAMILY) {
  console.log(`\nfamily "${ONLY_FAMILY}":`);
  for (const f of [...functions].filter((f) => (FAMILIES.find(([, re]) => re.test(f.name))?.[0] ?? 'other') === ONLY_FAMILY).sort((a, b) => b.size - a.size)) {
    console.log(`  ${String(f.size).padStart(6)}  ${f.name.slice(0, 150)}`);
  }
}
const diffIndex = process.argv.indexOf('--diff');
if (diffIndex > 0) {
  // Sizes by name, without crate disambiguators and symbol hashes (they change between builds).
  const byName = ({ importedFunctions: imported, bodies: sizes, names: named }) => {
    const out = new Map();
    sizes.forEach((size, i) => {
      const fn = (named.get(imported + i) ?? `<unnamed ${imported + i}>`)
        .replace(/\[[0-9a-f]{16}\]/g, '')
        .replace(/::h[0-9a-f]{16}$/, '');
      out.set(fn, (out.get(fn) ?? 0) + size);
    });
    return out;
  };
  const beforeFile = process.argv[diffIndex + 1];
  const before = parse(readFileSync(beforeFile));
  const [was, now] = [byName(before), byName({ importedFunctions, bodies, names })];
  const rows = [...new Set([...was.keys(), ...now.keys()])]
    .map((fn) => [(now.get(fn) ?? 0) - (was.get(fn) ?? 0), fn])
    .filter(([change]) => change !== 0)
    .sort((a, b) => b[0] - a[0]);
  const sum = (sign) => rows.filter(([c]) => Math.sign(c) === sign).reduce((a, [c]) => a + c, 0);
  console.log(`\nagainst ${beforeFile}: code +${sum(1)} / ${sum(-1)} bytes, data ${before.dataBytes} -> ${dataBytes}`);
  for (const [change, fn] of rows) console.log(`  ${String(change).padStart(6)}  ${fn.slice(0, 150)}`);
}
