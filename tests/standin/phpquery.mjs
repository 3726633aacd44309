// PHP-style query strings, as Bitrix24 (a PHP application) reads them:
// `a[b][0]=1&a[b][1]=2&c[]=x` → {a: {b: ["1", "2"]}, c: ["x"]}.
// Used for form bodies, query strings and the `method?query` strings of batch commands.

// Keys that would reach Object.prototype if assigned on a plain object.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function decode(part) {
  // Form encoding uses "+" for space; a malformed %-escape is kept literally (PHP does the same).
  const text = part.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Splits `a[b][]` into ["a", "b", ""]. A key without a closing bracket is taken literally (PHP does too).
function splitKey(key) {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const path = [key.slice(0, open)];
  let rest = key.slice(open);
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) break;
    path.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
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

/** Parses a PHP-style query string (without the leading "?") into nested objects/arrays of strings. */
export function parsePhpQuery(query) {
  const root = {};
  if (!query) return root;
  for (const pair of String(query).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const path = splitKey(decode(rawKey));
    if (path[0] === '' || path.some((p) => UNSAFE_KEYS.has(p))) continue;

    let node = root;
    for (let i = 0; i < path.length; i++) {
      let key = path[i];
      // "[]" appends: the next free integer key, like PHP's $a[] = ...
      if (key === '') key = String(nextIndex(node));
      if (i === path.length - 1) {
        node[key] = value;
      } else {
        if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
        node = node[key];
      }
    }
  }
  return listify(root);
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
