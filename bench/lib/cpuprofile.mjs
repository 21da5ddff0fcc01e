/** Summarizes a V8 .cpuprofile: self time by function and by file/package. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** 'node_modules/compromise', 'dist/resolve/roles.js', '(node internals)', '(gc)' … */
function where(url, repo) {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return '(node internals)';
  let path = url;
  try {
    if (url.startsWith('file:')) path = fileURLToPath(url);
  } catch {
    // keep as is
  }
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 14).split('/');
    return `node_modules/${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  return path.startsWith(repo) ? path.slice(repo.length).replace(/^\//, '') : path;
}

export function summarize(file, repo, top = 25) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i];
    self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map();
  const files = new Map();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    // V8 reports regex execution as "RegExp: <source>" frames without a URL,
    // and GC/idle/program as pseudo-frames: give them their own buckets.
    const isRegExp = functionName.startsWith('RegExp: ');
    const w = isRegExp ? '(regular expressions)' : !url && /^\(.*\)$/.test(functionName) ? functionName : where(url, repo);
    const name = isRegExp ? `/${functionName.slice(8)}/` : functionName || '(anonymous)';
    const shown = name.length > 80 ? `${name.slice(0, 77)}…` : name;
    const key = isRegExp || w === functionName ? shown : `${shown}  ${w}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    files.set(w, (files.get(w) ?? 0) + us);
  }
  const rank = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10, share: Math.round((us / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), functions: rank(fn), files: rank(files) };
}
