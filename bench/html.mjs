#!/usr/bin/env node
// Pages per second of our extractArticle (dist/) against @mozilla/readability +
// jsdom on the same saved pages; prints both and the ratio.
//
//   npm run build && node bench/html.mjs [folder] [--rounds N]
//
// folder defaults to ../shared/corpus/html-dev; when it is absent the
// benchmark says so and exits 0. Timing covers parse + extraction per page
// (after a warm-up round), not process start-up.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
const folder = resolve(args[0] ?? join(here, '..', '..', 'shared', 'corpus', 'html-dev'));

if (!existsSync(folder)) {
  console.log(`bench/html: ${folder} not found; skipped`);
  process.exit(0);
}
const pages = readdirSync(folder)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => ({ name: f, html: readFileSync(join(folder, f), 'utf8') }));
if (!pages.length) {
  console.log(`bench/html: no .html files in ${folder}; skipped`);
  process.exit(0);
}

const dist = join(here, '..', 'dist', 'input', 'html.js');
if (!existsSync(dist)) {
  console.error('bench/html: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const { extractArticle } = await import(dist);
const { JSDOM, VirtualConsole } = await import('jsdom');
const { Readability } = await import('@mozilla/readability');

const peers = {
  'breach-parse extractArticle': (html) => extractArticle(html),
  '@mozilla/readability + jsdom': (html) => {
    const dom = new JSDOM(html, { url: 'https://example.com/', virtualConsole: new VirtualConsole() });
    const r = new Readability(dom.window.document).parse();
    dom.window.close();
    return r;
  },
};

// Pages are timed in turn (ours, then theirs, page by page) so that load on
// the machine falls on both alike; each page keeps its best round.
function measureAll(fns) {
  for (const fn of fns) for (const p of pages) fn(p.html); // warm-up
  const best = fns.map(() => pages.map(() => Infinity));
  const totals = fns.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    pages.forEach((p, i) => {
      fns.forEach((fn, k) => {
        const s = performance.now();
        fn(p.html);
        const t = performance.now() - s;
        best[k][i] = Math.min(best[k][i], t);
        totals[k] += t;
      });
    });
  }
  return best.map((perPage, k) => {
    const sorted = [...perPage].sort((a, b) => a - b);
    return { median: sorted[sorted.length >> 1], pagesPerSecond: (pages.length * rounds) / (totals[k] / 1000), perPage };
  });
}

console.log(`bench/html: ${pages.length} pages in ${folder}, ${rounds} rounds`);
const measured = measureAll(Object.values(peers));
Object.keys(peers).forEach((name, k) => {
  const r = measured[k];
  console.log(`${name.padEnd(30)} ${r.pagesPerSecond.toFixed(1).padStart(7)} pages/s   median ${r.median.toFixed(1).padStart(6)} ms/page`);
});
const [ours, theirs] = measured;
const ratios = ours.perPage.map((t, i) => t / theirs.perPage[i]).sort((a, b) => a - b);
console.log(`speed ratio (readability time / ours): ${(theirs.pagesPerSecond ? ours.pagesPerSecond / theirs.pagesPerSecond : 0).toFixed(2)}x by throughput, ${(theirs.median / ours.median).toFixed(2)}x by median page`);
if (process.env.BENCH_VERBOSE) pages.forEach((p, i) => console.log(`  ${p.name.padEnd(28)} ${ours.perPage[i].toFixed(1).padStart(7)} ms ${theirs.perPage[i].toFixed(1).padStart(7)} ms  ${(ours.perPage[i] / theirs.perPage[i]).toFixed(3)}`));
console.log(`per page, our time as a share of readability's: median ${ratios[ratios.length >> 1].toFixed(3)}, worst ${ratios.at(-1).toFixed(3)}`);
