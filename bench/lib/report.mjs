// Small statistics and plain-text tables.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
/** The p-quantile (0..1) by the nearest-rank method. */
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
};
export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const min = (xs) => Math.min(...xs);
export const max = (xs) => Math.max(...xs);

/** Formats a number with `digits` significant-ish decimals and thousands separators. */
export function num(x, digits = 0) {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "median (min–max)" over runs; a single run prints alone; identical runs print once. */
export function spread(xs, digits = 0) {
  if (!xs.length || xs.some((x) => x === null || x === undefined || Number.isNaN(x))) return '—';
  const m = num(median(xs), digits);
  if (xs.length === 1) return m;
  const lo = num(min(xs), digits);
  const hi = num(max(xs), digits);
  return lo === hi ? m : `${m} (${lo}–${hi})`;
}

export function kb(bytes) {
  return bytes === null || bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints rows (arrays of strings) as aligned columns; the first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('   ');
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('   '), ...rows.slice(1).map(line)];
  console.log(out.map((l) => `  ${l}`).join('\n'));
}

/** `<workload>: b24-wasm X, b24jssdk Y, ratio X/Y, limit Z` */
export function summary(workload, x, y, limit, digits = 0) {
  const ratio = Number.isFinite(x) && Number.isFinite(y) && y !== 0 ? (x / y).toFixed(2) : '—';
  return `${workload}: b24-wasm ${num(x, digits)}, b24jssdk ${num(y, digits)}, ratio ${ratio}, limit ${limit}`;
}
