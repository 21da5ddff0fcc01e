/**
 * One measurement in a fresh process (so peak RSS belongs to one contender):
 *   node bench/lib/inproc.mjs <task.json>
 * Prints one JSON line: { ms, items, bytes, p50Ms, p95Ms, maxRssKB, ... }.
 *
 * Tasks:
 *   { kind: 'articles', contender: 'floor'|'compromise'|'breach-parse', files, passes, warmup }
 *   { kind: 'hostile', cases: [{ case, size, reps }], fixtures }  (one line per case, then the summary)
 *   { kind: 'html', contender: 'breach-parse'|'readability', files, passes, warmup }
 */
import { readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { percentile } from './stats.mjs';
import { generate, readTexts } from './hostile.mjs';

const task = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const DIST = new URL('../../dist/', import.meta.url);

// The floor: a money-ish / number regex, counting matches.
const NUMBERISH = /[$€£¥]?\d[\d,.]*(?:\s?(?:million|billion|thousand|bn|m|k)\b)?/gi;

async function articleWorker(contender) {
  switch (contender) {
    case 'floor':
      return (text) => {
        let n = 0;
        NUMBERISH.lastIndex = 0;
        while (NUMBERISH.exec(text)) n++;
        return n;
      };
    case 'compromise': {
      const { default: nlp } = await import('compromise');
      return (text) => {
        const doc = nlp(text);
        return (
          doc.people().out('array').length +
          doc.organizations().out('array').length +
          doc.places().out('array').length +
          doc.money().out('array').length +
          doc.numbers().out('array').length
        );
      };
    }
    case 'breach-parse': {
      const { parseText } = await import(new URL('index.js', DIST).href);
      return (text) => parseText(text).incidents.length;
    }
    default:
      throw new Error(`unknown contender ${contender}`);
  }
}

async function htmlWorker(contender) {
  switch (contender) {
    case 'breach-parse': {
      const { extractArticle } = await import(new URL('input/html.js', DIST).href);
      return (html) => extractArticle(html).text.length;
    }
    case 'readability': {
      const { JSDOM, VirtualConsole } = await import('jsdom');
      const { Readability } = await import('@mozilla/readability');
      return (html) => {
        // A silent console: jsdom's CSS-parse complaints are not part of the work.
        const dom = new JSDOM(html, { url: 'https://example.com/article', virtualConsole: new VirtualConsole() });
        const article = new Readability(dom.window.document).parse();
        dom.window.close();
        return article?.textContent?.length ?? 0;
      };
    }
    default:
      throw new Error(`unknown contender ${contender}`);
  }
}

/** Times fn over the files: read + work per item, `passes` times after a warm-up. */
function timeFiles(fn, files, passes, warmup) {
  let sink = 0;
  // An input the contender throws on still counts (the CLI would write an
  // error record for it); the failures are counted and reported.
  const failures = new Map();
  const apply = (f, text) => {
    try {
      sink += fn(text);
    } catch (err) {
      failures.set(f, String(err?.message ?? err).split('\n')[0].slice(0, 300));
    }
  };
  for (const f of files.slice(0, warmup)) apply(f, readFileSync(f, 'utf8'));
  const times = [];
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    for (const f of files) {
      const a = performance.now();
      const text = readFileSync(f, 'utf8');
      apply(f, text);
      times.push(performance.now() - a);
      bytes += Buffer.byteLength(text);
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const failed = [...failures].map(([file, message]) => ({ file, message }));
  return { ms, cpuMs, items: times.length, bytes, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), sink, failed };
}

let out;
if (task.kind === 'articles') {
  out = timeFiles(await articleWorker(task.contender), task.files, task.passes, task.warmup);
} else if (task.kind === 'html') {
  out = timeFiles(await htmlWorker(task.contender), task.files, task.passes, task.warmup);
} else if (task.kind === 'hostile') {
  // One line per case as it finishes, so a parent that kills us at its time
  // limit still has the cases done before the one that hung.
  const { parseText } = await import(new URL('index.js', DIST).href);
  const fixtures = readTexts(task.fixtures);
  // Warm up on ordinary articles so module loading and first-call JIT are not timed.
  for (const t of fixtures) parseText(t);
  for (const c of task.cases) {
    const text = generate(c.case, c.size, fixtures);
    const line = { case: c.case, size: c.size, bytes: Buffer.byteLength(text), chars: text.length };
    process.stdout.write(JSON.stringify({ ...line, started: true }) + '\n');
    const times = [];
    let a = 0;
    try {
      for (let r = 0; r < c.reps; r++) {
        a = performance.now();
        line.incidents = parseText(text).incidents.length;
        times.push(performance.now() - a);
      }
      Object.assign(line, { status: 'ok', ms: percentile(times, 50), reps: c.reps });
    } catch (err) {
      // The parser throwing is a finding, reported as such, with the time it
      // took to get there (output validation, the usual thrower, comes last).
      const ms = performance.now() - a;
      Object.assign(line, { status: 'error', ms, reps: 1, error: String(err?.message ?? err).split('\n')[0].slice(0, 500) });
    }
    line.maxRssKB = process.resourceUsage().maxRSS;
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  out = { cases: task.cases.length };
} else {
  throw new Error(`unknown task kind ${task.kind}`);
}
out.maxRssKB = process.resourceUsage().maxRSS;
process.stdout.write(JSON.stringify(out) + '\n');
