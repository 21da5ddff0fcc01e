#!/usr/bin/env node
/**
 * npm run bench — breach-parse speed and memory, as ratios against baselines
 * measured in the same run (absolute times on a shared 2-core box are noise).
 *
 *   node bench/run.mjs [--json] [--quick] [--corpus <dir>]... [--limit <n>] [--results <file.md>]
 *
 *   --json          print one JSON object on stdout instead of tables
 *   --quick         fewer repetitions and smaller generated inputs (smoke test)
 *   --corpus <dir>  extra articles (*.txt, *.md, recursive); repeatable
 *   --limit <n>     use at most n articles and n HTML pages
 *   --results <f>   also write a Markdown report (machine, date, tables) to f;
 *                   text below a "<!-- keep below -->" line in f is kept
 *
 * Sections: articles (floor regex, compromise, breach-parse in-process and
 * CLI with 1 and 2 worker threads), one-shot start-up, hostile inputs, peak
 * RSS over batch size, HTML reading vs Readability + jsdom. Each in-process
 * measurement runs in a fresh child so its peak RSS is its own. The exit code
 * is 0 whether or not targets are met: this is a measuring stick, not a test.
 */
import { cpus, availableParallelism, loadavg, release, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { runInproc, runNode } from './lib/child.mjs';
import { findArticles, findHtmlPages, firstFixture, fixtureTexts } from './lib/corpus.mjs';
import { HOSTILE_CASES } from './lib/hostile.mjs';
import { fmt, fmtBytes, fmtRatio, median, ratio, round, table } from './lib/stats.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'breach-parse.js');
const MB = 1_000_000; // decimal MB for sizes and MB/s; peak RSS is in MiB (KiB from the OS / 1024)

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = { json: false, quick: false, corpus: [], limit: Infinity, results: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--quick') opts.quick = true;
    else if (a === '--corpus') opts.corpus.push(value());
    else if (a === '--limit') {
      opts.limit = Number(value());
      if (!Number.isInteger(opts.limit) || opts.limit < 1) usage('--limit expects a whole number ≥ 1');
    } else if (a === '--results') opts.results = resolve(value());
    else if (a === '-h' || a === '--help') usage(null);
    else usage(`unknown option ${a}`);
  }
  for (const d of opts.corpus) if (!existsSync(d)) usage(`--corpus ${d}: no such folder`);
  return opts;
}

function usage(error) {
  const text = 'usage: node bench/run.mjs [--json] [--quick] [--corpus <dir>]... [--limit <n>] [--results <file.md>]\n';
  if (error) {
    process.stderr.write(`bench: ${error}\n${text}`);
    process.exit(2);
  }
  process.stdout.write(text);
  process.exit(0);
}

const opts = parseArgs(process.argv.slice(2));
const Q = opts.quick;
const CFG = {
  passes: Q ? 1 : 2, // timed passes over the corpus, in-process contenders
  warmup: Q ? 2 : 20, // articles run before timing starts
  batchSeconds: Q ? 0.5 : 8, // aim for a --jobs 1 CLI batch this long
  batchRuns: Q ? 1 : 3,
  startupRuns: Q ? 2 : 11,
  hostileSizes: Q ? [10_000, 40_000] : [100_000, 1_000_000],
  hostileReps: Q ? [1, 1] : [3, 1],
  hostileTimeoutMs: Q ? 60_000 : 120_000,
  memoryN: Q ? 5 : 50,
  memoryRuns: Q ? 1 : 3,
  htmlPasses: Q ? 1 : 2,
  htmlLimit: Q ? Math.min(opts.limit, 3) : opts.limit,
};

const T0 = performance.now();
const log = (s) => process.stderr.write(`bench [${((performance.now() - T0) / 1000).toFixed(1)} s]: ${s}\n`);

let scratch = null;
function scratchDir() {
  scratch ??= mkdtempSync(join(tmpdir(), 'bp-bench-'));
  return scratch;
}
const cleanup = () => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
};
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}

// ---------------------------------------------------------------- helpers

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux
  }
  return {
    nproc: availableParallelism(),
    cpu,
    node: process.version,
    os: `${process.platform} ${release()}`,
    memoryGB: round(totalmem() / 1024 ** 3, 1),
    loadAvgAtStart: loadavg().map((x) => round(x, 2)),
  };
}

/** The git commit measured, and whether the work tree had changes; null outside a checkout. */
function revision() {
  const git = (...a) => spawnSync('git', a, { cwd: REPO, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return null;
  const dirty = git('status', '--porcelain', '--', 'src', 'bin', 'package.json').stdout.trim() !== '';
  return { commit: head.stdout.trim(), dirty };
}

/** Copies `files` into a fresh folder `copies` times over (or until `count` files), names kept unique. */
function makeBatchDir(name, files, { copies = 1, count = null } = {}) {
  const dir = join(scratchDir(), name);
  mkdirSync(dir, { recursive: true });
  const texts = files.map((f) => readFileSync(f));
  const total = count ?? copies * files.length;
  let bytes = 0;
  for (let k = 0; k < total; k++) {
    const i = k % files.length;
    const copy = Math.floor(k / files.length);
    const file = `${String(copy).padStart(3, '0')}-${String(i).padStart(4, '0')}-${basename(files[i])}`;
    writeFileSync(join(dir, file), texts[i]);
    bytes += texts[i].length;
  }
  return { dir, files: total, bytes };
}

/** Runs the CLI over a folder; throws unless it exited 0 or 1 (1 = some input got an error record). */
async function runCliBatch(dir, jobs) {
  const r = await runNode([BIN, '--ndjson', '--jobs', String(jobs), '--quiet', '--no-progress', dir], {
    rss: true,
    timeoutMs: 30 * 60_000,
  });
  if (r.timedOut || (r.code !== 0 && r.code !== 1)) {
    throw new Error(`CLI batch --jobs ${jobs} failed (exit ${r.code ?? r.signal}):\n${r.stderr.slice(-3000)}`);
  }
  return r;
}

function contenderRow(r, items, bytes) {
  return {
    articles: items,
    bytes,
    ms: round(r.ms),
    articlesPerSec: round((items / r.ms) * 1000),
    mbPerSec: round(bytes / MB / (r.ms / 1000)),
    p50Ms: round(r.p50Ms ?? null),
    p95Ms: round(r.p95Ms ?? null),
    peakRssMB: round(r.maxRssKB / 1024, 1),
    // CPU time (user + system, all threads) per article: steadier than wall
    // time when other work shares the machine; it does not show parallelism.
    cpuMsPerArticle: round(r.cpuMs == null ? null : r.cpuMs / items),
  };
}

// ---------------------------------------------------------------- sections

async function benchArticles(files) {
  const contenders = {};
  for (const contender of ['floor', 'compromise', 'breach-parse']) {
    log(`articles: ${contender} in-process (${files.length} articles × ${CFG.passes})`);
    const r = await runInproc(
      { kind: 'articles', contender, files, passes: CFG.passes, warmup: Math.min(CFG.warmup, files.length) },
      { timeoutMs: 30 * 60_000 },
    );
    if (r.status !== 'ok') throw new Error(`articles/${contender} timed out`);
    const row = contenderRow(r, r.items, r.bytes);
    row.failedInputs = r.failed.length;
    if (r.failed.length > 0) {
      row.failures = r.failed.slice(0, 10);
      log(`articles: ${contender} threw on ${r.failed.length} input(s), e.g. ${basename(r.failed[0].file)}: ${r.failed[0].message}`);
    }
    contenders[contender === 'breach-parse' ? 'inProcess' : contender] = row;
  }

  // CLI batches: the corpus repeated until a --jobs 1 batch takes ~batchSeconds.
  const perPassSec = contenders.inProcess.ms / 1000 / CFG.passes;
  const copies = Math.max(1, Math.min(200, Math.ceil(CFG.batchSeconds / Math.max(perPassSec, 1e-3))));
  const batch = makeBatchDir('articles', files, { copies });
  log(`articles: CLI batches over ${batch.files} files (${copies} copies), ${CFG.batchRuns} run(s) each`);
  // Alternate --jobs 1 and 2 so drift in the machine's load hits both alike;
  // a mode that fails is dropped and the other still measured.
  const runs = { 1: [], 2: [] };
  for (let k = 0; k < CFG.batchRuns; k++) {
    for (const jobs of [1, 2]) {
      const key = `cli${jobs}`;
      if (contenders[key]?.error) continue;
      try {
        runs[jobs].push(await runCliBatch(batch.dir, jobs));
      } catch (err) {
        contenders[key] = { error: err.message.split('\n').slice(0, 2).join(' ') };
        log(`articles: ${contenders[key].error}`);
      }
    }
  }
  for (const jobs of [1, 2]) {
    const key = `cli${jobs}`;
    if (contenders[key]?.error) continue;
    const ms = median(runs[jobs].map((r) => r.ms));
    const rss = Math.max(...runs[jobs].map((r) => r.maxRssKB ?? 0)) || null;
    const cpuMs = median(runs[jobs].map((r) => r.cpuMs).filter((x) => x != null));
    contenders[key] = contenderRow({ ms, maxRssKB: rss, cpuMs }, batch.files, batch.bytes);
    contenders[key].exitCodes = runs[jobs].map((r) => r.code);
  }
  rmSync(batch.dir, { recursive: true, force: true });

  const ratios = {
    cli1VsCompromise: round(ratio(contenders.cli1.articlesPerSec, contenders.compromise.articlesPerSec)),
    inProcessVsCompromise: round(ratio(contenders.inProcess.articlesPerSec, contenders.compromise.articlesPerSec)),
    cli2VsCli1: round(ratio(contenders.cli2.articlesPerSec, contenders.cli1.articlesPerSec)),
    inProcessVsFloor: round(ratio(contenders.inProcess.articlesPerSec, contenders.floor.articlesPerSec)),
    // The same comparisons in articles per CPU-second (compromise CPU ms / ours).
    cli1VsCompromiseCpu: round(ratio(contenders.compromise.cpuMsPerArticle, contenders.cli1.cpuMsPerArticle)),
    inProcessVsCompromiseCpu: round(ratio(contenders.compromise.cpuMsPerArticle, contenders.inProcess.cpuMsPerArticle)),
  };
  return {
    articles: files.length,
    bytes: files.reduce((n, f) => n + readFileSync(f).length, 0),
    passes: CFG.passes,
    batch: { copies, files: batch.files, bytes: batch.bytes, runs: CFG.batchRuns },
    contenders,
    ratios,
  };
}

async function benchStartup(fixture) {
  log(`start-up: ${CFG.startupRuns} runs each of node -e '' and the CLI on ${basename(fixture)}`);
  const node = [];
  const cli = [];
  // Warm the file cache once (full runs), then interleave so drift hits both alike.
  if (!Q) {
    await runNode(['-e', '']);
    await runNode([BIN, fixture]);
  }
  for (let k = 0; k < CFG.startupRuns; k++) {
    node.push((await runNode(['-e', ''])).ms);
    const r = await runNode([BIN, fixture]);
    if (r.code !== 0) throw new Error(`CLI on ${fixture} exited ${r.code ?? r.signal}:\n${r.stderr.slice(-2000)}`);
    cli.push(r.ms);
  }
  const nodeMs = median(node);
  const cliMs = median(cli);
  return { fixture: basename(fixture), runs: CFG.startupRuns, nodeMs: round(nodeMs), cliMs: round(cliMs), ratio: round(ratio(cliMs, nodeMs)) };
}

async function benchHostile(fixtures) {
  const [small, large] = CFG.hostileSizes;
  const all = CFG.hostileSizes.flatMap((size, si) =>
    ['ordinary', ...HOSTILE_CASES].map((kind) => ({ case: kind, size, reps: CFG.hostileReps[si] })),
  );
  // Full runs: one process and one time limit per case. Quick runs: one
  // process for all (start-up dominates there), the limit covering all.
  const groups = Q ? [all] : all.map((c) => [c]);
  const cases = [];
  for (const group of groups) {
    log(`hostile: ${group.map((c) => `${c.case} ${fmtBytes(c.size)}`).join(', ')}`);
    let r;
    try {
      r = await runInproc({ kind: 'hostile', cases: group, fixtures }, { timeoutMs: CFG.hostileTimeoutMs });
    } catch (err) {
      // The child died (not the parser throwing, which it reports itself).
      for (const c of group) cases.push({ case: c.case, size: c.size, status: 'error', ms: null, msPerMB: null, error: err.message.split('\n')[0] });
      continue;
    }
    const done = r.lines.filter((l) => !l.started);
    for (const c of group) {
      const d = done.find((l) => l.case === c.case && l.size === c.size);
      if (d) {
        // status 'error': the parser threw; ms is the time until it threw.
        cases.push({
          case: c.case,
          size: c.size,
          status: d.status,
          ms: round(d.ms),
          msPerMB: round(d.ms / (d.bytes / MB)),
          reps: d.reps,
          incidents: d.incidents ?? null,
          peakRssMB: round(d.maxRssKB / 1024, 1),
          ...(d.error ? { error: d.error } : {}),
        });
      } else {
        // Not finished: the one that was running when the limit hit timed out; later ones never ran.
        const started = r.lines.some((l) => l.started && l.case === c.case && l.size === c.size);
        cases.push({ case: c.case, size: c.size, status: started ? 'timeout' : 'skipped', ms: null, msPerMB: null });
      }
    }
  }
  const find = (kind, size) => cases.find((c) => c.case === kind && c.size === size);
  for (const c of cases) c.vsOrdinary = c.case === 'ordinary' ? (c.ms == null ? null : 1) : round(ratio(c.ms, find('ordinary', c.size).ms));
  return {
    sizes: { small, large },
    timeoutMs: CFG.hostileTimeoutMs,
    cases,
    ordinaryLargeVsSmall: round(ratio(find('ordinary', large).ms, find('ordinary', small).ms)),
    sizeRatio: large / small,
  };
}

async function benchMemory(files) {
  const n = CFG.memoryN;
  const out = { jobs: 2, runs: CFG.memoryRuns };
  for (const [key, count] of [['small', n], ['large', 4 * n]]) {
    const batch = makeBatchDir(`memory-${count}`, files, { count });
    log(`memory: CLI --jobs 2 over ${count} files`);
    const rss = [];
    for (let k = 0; k < CFG.memoryRuns; k++) rss.push((await runCliBatch(batch.dir, 2)).maxRssKB);
    out[key] = { files: count, bytes: batch.bytes, peakRssMB: round(median(rss) / 1024, 1) };
    rmSync(batch.dir, { recursive: true, force: true });
  }
  out.ratio = round(ratio(out.large.peakRssMB, out.small.peakRssMB));
  return out;
}

async function benchHtml() {
  const { dir, files } = findHtmlPages(REPO, { limit: CFG.htmlLimit });
  if (files.length === 0) return { skipped: `${dir} absent or empty` };
  if (!existsSync(join(REPO, 'dist', 'input', 'html.js'))) return { skipped: 'dist/input/html.js not built' };
  const contenders = {};
  for (const contender of ['breach-parse', 'readability']) {
    log(`html: ${contender} over ${files.length} pages × ${CFG.htmlPasses}`);
    const r = await runInproc(
      { kind: 'html', contender, files, passes: CFG.htmlPasses, warmup: 1 },
      { timeoutMs: 30 * 60_000 },
    );
    contenders[contender === 'breach-parse' ? 'ours' : 'readability'] = {
      pages: r.items,
      bytes: r.bytes,
      ms: round(r.ms),
      pagesPerSec: round((r.items / r.ms) * 1000),
      msPerPage: round(r.ms / r.items),
      p50Ms: round(r.p50Ms),
      p95Ms: round(r.p95Ms),
      peakRssMB: round(r.maxRssKB / 1024, 1),
    };
  }
  return {
    pages: files.length,
    passes: CFG.htmlPasses,
    contenders,
    oursVsReadabilityTime: round(ratio(contenders.ours.msPerPage, contenders.readability.msPerPage)),
  };
}

function targets(r) {
  const t = [];
  const add = (name, value, target, ok, note) => {
    const met = value != null && ok;
    t.push({ name, value: value ?? null, target, met, ...(note ? { note } : value == null ? { note: 'not measured' } : {}) });
  };
  const a = r.articles.ratios ?? {};
  const v = a.cli1VsCompromise;
  add('CLI 1 worker vs compromise, articles/s', v, '≥ 2× (goal 5×)', v >= 2, v == null ? undefined : v >= 5 ? 'goal met' : 'goal not met');
  add('CLI 2 workers vs 1 worker, articles/s', a.cli2VsCli1, '≥ 1.8×', a.cli2VsCli1 >= 1.8);
  add('one-shot start-up vs node -e ""', r.startup.ratio, '≤ 5×', r.startup.ratio <= 5);
  const h = r.hostile;
  for (const c of (h.cases ?? []).filter((c) => c.case !== 'ordinary')) {
    const note = c.status === 'error' ? 'parser threw; time to the throw' : c.status === 'ok' ? undefined : c.status;
    add(`hostile ${c.case} ${fmtBytes(c.size)} vs ordinary`, c.vsOrdinary, '≤ 3×', c.vsOrdinary <= 3, note);
  }
  if (h.sizes) {
    const limit = h.sizeRatio * 1.5;
    add(`ordinary ${fmtBytes(h.sizes.large)} vs ${fmtBytes(h.sizes.small)}, time`, h.ordinaryLargeVsSmall, `≤ ${fmt(limit)}× (size ${fmt(h.sizeRatio)}×)`, h.ordinaryLargeVsSmall <= limit);
  }
  const m = r.memory;
  add(`peak RSS, batch of 4N vs N files${m.small ? ` (${m.large.files} vs ${m.small.files})` : ''}`, m.ratio, '≈ 1× (≤ 1.2×)', m.ratio <= 1.2);
  if (!r.html.skipped) {
    add('HTML time/page, ours vs Readability+jsdom', r.html.oursVsReadabilityTime, '≤ 0.2×', r.html.oursVsReadabilityTime <= 0.2);
  }
  return t;
}

// ---------------------------------------------------------------- report

const failed = (x) => `FAILED: ${String(x.error).split('\n')[0]}`;

function render(r) {
  const out = [];
  const a = r.articles;
  out.push(`### Articles: ${r.corpus.articles} articles (${r.corpus.sources.map((s) => `${s.name} ${s.files}${s.note ? ` ${s.note}` : ''}`).join(', ')})`);
  out.push('');
  if (a.error && !a.contenders) out.push(failed(a));
  else {
    const c = a.contenders;
    out.push(`${fmtBytes(a.bytes)} of text. In-process rows: ${a.passes} timed pass(es) after a warm-up, read + work per article, each contender in its own process. CLI rows: the whole batch of ${a.batch.files} files (the corpus × ${a.batch.copies}) timed from spawn to exit, start-up and output included, median of ${a.batch.runs} run(s); \`--jobs 1\` parses on the main thread. CPU ms/article: user + system time of the process (all threads) over the timed part, steadier than wall time on a shared box but blind to parallelism.`);
    out.push('');
    const row = (name, x) =>
      x.error
        ? [name, failed(x), '', '', '', '', '']
        : [name, fmt(x.articlesPerSec), fmt(x.mbPerSec), fmt(x.p50Ms), fmt(x.p95Ms), fmt(x.cpuMsPerArticle), x.peakRssMB == null ? '—' : `${fmt(x.peakRssMB)} MiB`];
    out.push(
      table([
        ['contender', 'articles/s', 'MB/s', 'p50 ms', 'p95 ms', 'CPU ms/article', 'peak RSS'],
        row('(a) floor: read + one regex pass', c.floor),
        row('(b) compromise: nlp + people/orgs/places/money/numbers', c.compromise),
        row('(c) breach-parse parseText, in-process, 1 thread', c.inProcess),
        row('(d) breach-parse CLI --jobs 1', c.cli1),
        row('(d) breach-parse CLI --jobs 2', c.cli2),
      ]),
    );
    out.push('');
    out.push(
      table([
        ['ratio (articles/s)', 'value'],
        ['CLI --jobs 1 vs compromise', fmtRatio(a.ratios.cli1VsCompromise)],
        ['in-process vs compromise', fmtRatio(a.ratios.inProcessVsCompromise)],
        ['CLI --jobs 2 vs --jobs 1', fmtRatio(a.ratios.cli2VsCli1)],
        ['in-process vs floor', fmtRatio(a.ratios.inProcessVsFloor)],
        ['CLI --jobs 1 vs compromise, per CPU-second', fmtRatio(a.ratios.cli1VsCompromiseCpu)],
        ['in-process vs compromise, per CPU-second', fmtRatio(a.ratios.inProcessVsCompromiseCpu)],
      ]),
    );
  }
  out.push('');
  const s = r.startup;
  out.push(`### One-shot start-up${s.runs ? ` (median of ${s.runs})` : ''}`);
  out.push('');
  if (s.error) out.push(failed(s));
  else {
    out.push(
      table([
        ['command', 'median ms'],
        ["node -e ''", fmt(s.nodeMs)],
        [`node bin/breach-parse.js fixtures/${s.fixture}`, fmt(s.cliMs)],
        ['ratio', fmtRatio(s.ratio)],
      ]),
    );
  }
  out.push('');
  const h = r.hostile;
  out.push(`### Hostile inputs (parseText after a warm-up, ${r.quick ? 'one process for all cases' : 'one process per case'}${h.timeoutMs ? `, ${h.timeoutMs / 1000} s limit` : ''}; ms = median of ${r.quick ? 1 : CFG.hostileReps.join('/')} run(s))`);
  out.push('');
  if (h.error) out.push(failed(h));
  else {
    const cell = (x, v) => (x.status === 'ok' ? v : x.status === 'error' ? `${v} (threw)` : x.status);
    out.push(
      table([
        ['input', 'size', 'ms', 'ms/MB', 'vs ordinary', 'incidents'],
        ...h.cases.map((x) => [x.case, fmtBytes(x.size), cell(x, fmt(x.ms)), cell(x, fmt(x.msPerMB)), cell(x, fmtRatio(x.vsOrdinary)), x.incidents ?? '—']),
      ]),
    );
    out.push('');
    out.push(`Ordinary ${fmtBytes(h.sizes.large)} vs ${fmtBytes(h.sizes.small)}: ${fmtRatio(h.ordinaryLargeVsSmall)} the time for ${fmt(h.sizeRatio)}× the size.`);
  }
  out.push('');
  const m = r.memory;
  out.push(`### Peak RSS over batch size${m.jobs ? ` (CLI --jobs ${m.jobs}, median of ${m.runs})` : ''}`);
  out.push('');
  if (m.error) out.push(failed(m));
  else {
    out.push(
      table([
        ['batch', 'files', 'peak RSS'],
        ['N', m.small.files, `${fmt(m.small.peakRssMB)} MiB`],
        ['4N', m.large.files, `${fmt(m.large.peakRssMB)} MiB`],
        ['ratio', '', fmtRatio(m.ratio)],
      ]),
    );
  }
  out.push('');
  out.push('### HTML reading');
  out.push('');
  if (r.html.error) out.push(failed(r.html));
  else if (r.html.skipped) out.push(`Skipped: ${r.html.skipped}.`);
  else {
    const hr = (name, x) => [name, fmt(x.pagesPerSec), fmt(x.msPerPage), fmt(x.p50Ms), fmt(x.p95Ms), `${fmt(x.peakRssMB)} MiB`];
    out.push(`${r.html.pages} pages × ${r.html.passes} pass(es), read + extract per page, after one warm-up page.`);
    out.push('');
    out.push(
      table([
        ['reader', 'pages/s', 'ms/page', 'p50 ms', 'p95 ms', 'peak RSS'],
        hr('breach-parse extractArticle (cheerio)', r.html.contenders.ours),
        hr('@mozilla/readability + jsdom', r.html.contenders.readability),
      ]),
    );
    out.push('');
    out.push(`Time per page, ours vs theirs: ${fmtRatio(r.html.oursVsReadabilityTime)}.`);
  }
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push(table([['measure', 'value', 'target', 'met'], ...r.targets.map((t) => [t.name, fmtRatio(t.value), t.target, `${t.met ? 'yes' : 'NO'}${t.note ? ` (${t.note})` : ''}`])]));
  for (const [name, c] of Object.entries(r.articles.contenders ?? {})) {
    if (c.failedInputs > 0) out.push('', `Finding: ${name} threw on ${c.failedInputs} article(s), e.g. ${basename(c.failures[0].file)}: ${c.failures[0].message}`);
  }
  for (const f of r.findings) out.push('', `Finding: ${f}`);
  for (const e of r.errors) out.push('', `Error (a measurement could not run): ${e.split('\n')[0]}`);
  return out.join('\n');
}

function writeResults(file, r, body) {
  const KEEP = '<!-- keep below -->';
  let kept = '';
  if (existsSync(file)) {
    const old = readFileSync(file, 'utf8');
    const at = old.indexOf(KEEP);
    if (at >= 0) kept = old.slice(at);
  }
  const m = r.machine;
  const head = [
    '# Benchmark results',
    '',
    `Generated by \`${r.command}\` (after \`npm run build\`) on ${r.date}.`,
    '',
    `Code measured: ${r.revision ? `commit ${r.revision.commit}${r.revision.dirty ? ' plus uncommitted changes in src/' : ''}` : 'unknown revision'}.`,
    '',
    `Machine: ${m.nproc} cores (\`nproc\`), ${m.cpu}, ${m.memoryGB} GB RAM, ${m.os}, Node ${m.node}. Load average (1/5/15 min) at start ${m.loadAvgAtStart.join(' / ')}, at end ${m.loadAvgAtEnd.join(' / ')}.`,
    '',
    'All figures come from this one run. Absolute times on this box are noise; read the ratios, each against a baseline measured in the same run.',
    '',
  ].join('\n');
  writeFileSync(file, `${head}\n${body}\n\n${kept || `${KEEP}\n`}`);
}

// ---------------------------------------------------------------- main

const started = performance.now();
const { files, sources } = findArticles(REPO, { extra: opts.corpus, limit: opts.limit });
if (files.length === 0) usage('no articles found (fixtures/*.txt missing?)');
if (!existsSync(join(REPO, 'dist', 'index.js'))) usage('dist/ is not built: run npm run build (npm run bench does)');
const fixture = firstFixture(REPO) ?? files[0];
if (loadavg()[0] > availableParallelism() / 2) {
  log(`note: load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores; other work will skew the figures (ratios less so)`);
}

const result = {
  date: new Date().toISOString(),
  command: ['node bench/run.mjs', ...process.argv.slice(2)].join(' '),
  quick: Q,
  machine: machine(),
  revision: revision(),
  corpus: { articles: files.length, sources },
};
/** Runs one section; a failure (e.g. the CLI crashing) is reported and the other sections still run. */
async function section(name, fn) {
  try {
    return await fn();
  } catch (err) {
    log(`${name}: FAILED: ${err.message.split('\n')[0]}`);
    return { error: err.message };
  }
}
result.articles = await section('articles', () => benchArticles(files));
result.startup = await section('start-up', () => benchStartup(fixture));
result.hostile = await section('hostile', () => benchHostile(fixtureTexts(REPO)));
result.memory = await section('memory', () => benchMemory(files));
result.html = await section('html', () => benchHtml());
result.errors = [
  ...['articles', 'startup', 'hostile', 'memory', 'html'].filter((k) => result[k].error).map((k) => `${k}: ${result[k].error}`),
  ...Object.entries(result.articles.contenders ?? {}).filter(([, c]) => c.error).map(([k, c]) => `articles/${k}: ${c.error}`),
];
// The parser throwing on a hostile input is a finding, reported, not a failure of the bench.
result.findings = (result.hostile.cases ?? []).filter((c) => c.status !== 'ok').map((c) => `hostile ${c.case} ${fmtBytes(c.size)}: ${c.status === 'timeout' ? `timeout after ${CFG.hostileTimeoutMs / 1000} s` : c.status === 'skipped' ? 'not run (an earlier case in its process timed out)' : c.error}`);
result.targets = targets(result);
result.machine.loadAvgAtEnd = loadavg().map((x) => round(x, 2));
result.elapsedSec = round((performance.now() - started) / 1000, 1);
cleanup();

const body = render(result);
if (opts.results) writeResults(opts.results, result, body);
if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
else process.stdout.write(`${body}\n\n(${result.elapsedSec} s)\n`);
// Unmet targets are figures, not failures; a section that could not run is.
if (result.errors.length > 0) process.exitCode = 1;
