/** Small statistics and formatting helpers for the benchmark. */

/** Linear-interpolated percentile (p in 0..100) of a list of numbers; null when empty. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = ((s.length - 1) * p) / 100;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (values) => percentile(values, 50);

/** a / b, or null when either side is missing or b is zero. */
export function ratio(a, b) {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

/** Rounds to `digits` significant-ish decimals for JSON (keeps numbers numbers). */
export function round(x, digits = 3) {
  if (x == null || !Number.isFinite(x)) return x ?? null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Human formatting: 3 significant digits, '—' for missing. */
export function fmt(x, unit = '') {
  if (x == null || Number.isNaN(x)) return '—';
  if (typeof x === 'string') return x;
  const abs = Math.abs(x);
  let s;
  if (abs >= 1000) s = Math.round(x).toLocaleString('en-US');
  else if (abs >= 100) s = x.toFixed(0);
  else if (abs >= 10) s = x.toFixed(1);
  else if (abs >= 1) s = x.toFixed(2);
  else s = x.toPrecision(2);
  return unit ? `${s} ${unit}` : s;
}

export const fmtRatio = (x) => (x == null ? '—' : `${fmt(x)}×`);

export function fmtBytes(n) {
  if (n == null) return '—';
  if (n >= 1e6) return `${fmt(n / 1e6)} MB`;
  if (n >= 1e3) return `${fmt(n / 1e3)} KB`;
  return `${n} B`;
}

/** Renders rows (arrays of strings) as a Markdown table; first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const line = (r) => `| ${r.map((cell, c) => String(cell ?? '').padEnd(widths[c])).join(' | ')} |`;
  return [line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}
