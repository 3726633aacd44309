// PHP-style query strings, as Bitrix24 (a PHP application) reads them:
// `a[b][0]=1&a[b][1]=2&c[]=x` → {a: {b: ["1", "2"]}, c: ["x"]}.
// Used for form bodies, query strings and the `method?query` strings of batch commands.

const SPACE = /^[ \t\n\v\f\r]$/; // C's isspace()

function decode(part) {
  // Form encoding uses "+" for space; a malformed %-escape is kept literally (PHP does the same).
  const text = part.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// A decoded name as PHP's php_register_variable_ex reads it: `a[b][]` → ["a", "b", ""] ("" is
// "append"), or null when PHP drops it. At the top, leading spaces go, spaces and dots become `_`,
// and `[` starts the indexes; a `[` without a `]` after it becomes `_` (and so do spaces, dots
// and `[` after it). An index runs to the first `]` (one leading blank before `]` means append);
// anything after an index other than `[` is ignored. A NUL ends the name (C strings).
function splitKey(raw) {
  const name = raw.split('\0')[0].replace(/^ +/, '');
  const open = name.indexOf('[');
  const base = (open < 0 ? name : name.slice(0, open)).replace(/[ .]/g, '_');
  if (open < 0) return base === '' ? null : [base];
  if (base === '') return null;
  const path = [base];
  let rest = name.slice(open);
  while (rest.startsWith('[')) {
    const inner = rest.slice(1);
    const close = inner.indexOf(']', SPACE.test(inner[0] ?? '') ? 1 : 0);
    if (close < 0) {
      // Not an index: at the first level the `[` and what follows join the name.
      if (path.length === 1) path[0] = `${base}_${inner.replace(/[ .[]/g, '_')}`;
      return path;
    }
    const index = inner.slice(0, close);
    path.push(SPACE.test(index) ? '' : index);
    rest = inner.slice(close + 1);
  }
  return path;
}

// Turns objects whose keys are exactly 0..n-1 into arrays, recursively.
function listify(value) {
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  for (const k of keys) value[k] = listify(value[k]);
  const sequential = keys.length > 0 && keys.every((k) => /^(0|[1-9]\d*)$/.test(k) && Number(k) < keys.length);
  if (!sequential) return value;
  const list = new Array(keys.length);
  for (const k of keys) list[Number(k)] = value[k];
  return list;
}

/**
 * Parses a PHP-style query string (without the leading "?") into nested objects/arrays of strings,
 * as PHP's parse_str does (see splitKey). Every name becomes an own key, `__proto__` included
 * (as in a PHP array): the objects are built without a prototype and returned as plain ones.
 */
export function parsePhpQuery(query) {
  const root = Object.create(null);
  if (!query) return {};
  for (const pair of String(query).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const path = splitKey(decode(rawKey));
    if (path === null) continue;

    let node = root;
    for (let i = 0; i < path.length; i++) {
      let key = path[i];
      // "[]" appends: the next free integer key, like PHP's $a[] = ...
      if (key === '' && i > 0) key = String(nextIndex(node));
      if (i === path.length - 1) {
        node[key] = value;
      } else {
        if (node[key] === null || typeof node[key] !== 'object') node[key] = Object.create(null);
        node = node[key];
      }
    }
  }
  // Plain objects again; JSON.parse makes `__proto__` an own key, never a prototype.
  return JSON.parse(JSON.stringify(listify(root)));
}

function nextIndex(node) {
  let max = -1;
  for (const k of Object.keys(node)) if (/^\d+$/.test(k)) max = Math.max(max, Number(k));
  return max + 1;
}

/** The inverse: encodes nested objects/arrays as a PHP-style query string (like PHP's http_build_query). */
export function buildPhpQuery(params) {
  const parts = [];
  const walk = (prefix, value) => {
    if (value === null || value === undefined) return;
    if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}[${k}]` : k, v);
      return;
    }
    const scalar = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    parts.push(`${encodeURIComponent(prefix).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(scalar)}`);
  };
  walk('', params);
  return parts.join('&');
}
