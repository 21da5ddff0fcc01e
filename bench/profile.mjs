#!/usr/bin/env node
/**
 * Where the time goes: runs a workload under `node --cpu-prof` and prints the
 * top self-time functions and files/packages.
 *
 *   node bench/profile.mjs [--startup] [--passes <n>] [--top <n>] [--keep <dir>]
 *
 * Default workload: parseText (the unbundled dist/index.js, so files stay
 * attributable) over the bench corpus (fixtures + ../shared/corpus/casie-dev),
 * `--passes` times (default 3). `--startup`: one CLI run on the first fixture,
 * as a user runs it. Needs a build (npm run build).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './lib/child.mjs';
import { findArticles, firstFixture } from './lib/corpus.mjs';
import { summarize } from './lib/cpuprofile.mjs';
import { table } from './lib/stats.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const top = Number(value('--top', 25));
const passes = Number(value('--passes', 3));
const keep = value('--keep', null);

const dir = keep ?? mkdtempSync(join(tmpdir(), 'bp-prof-'));
let target;
if (flag('--startup')) {
  target = [join(REPO, 'bin', 'breach-parse.js'), firstFixture(REPO)];
} else {
  const { files } = findArticles(REPO);
  const script = `
    import { readFileSync } from 'node:fs';
    const { parseText } = await import(${JSON.stringify(join(REPO, 'dist', 'index.js'))});
    const files = ${JSON.stringify(files)};
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    let failed = 0;
    for (let p = 0; p < ${passes}; p++) for (const t of texts) { try { parseText(t); } catch { failed++; } }
    if (failed) process.stderr.write('profile: parseText threw ' + failed + ' time(s)\\n');
  `;
  target = ['--input-type=module', '-e', script];
  process.stderr.write(`profile: parseText over ${files.length} articles × ${passes}\n`);
}
const r = await runNode(['--cpu-prof', '--cpu-prof-dir', dir, ...target], { timeoutMs: 20 * 60_000 });
if (r.code !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort().pop();
const s = summarize(join(dir, file), REPO, top);
if (!keep) rmSync(dir, { recursive: true, force: true });
else process.stderr.write(`profile: kept ${join(dir, file)} (open in Chrome DevTools)\n`);

console.log(`Sampled ${s.totalMs} ms (wall ${Math.round(r.ms)} ms).\n`);
console.log('Self time by file / package:\n');
console.log(table([['file or package', 'self ms', '%'], ...s.files.map((x) => [x.name, x.ms, x.share])]));
console.log('\nSelf time by function:\n');
console.log(table([['function  location', 'self ms', '%'], ...s.functions.map((x) => [x.name, x.ms, x.share])]));
