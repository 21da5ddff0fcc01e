/**
 * Smoke test of the benchmark: `node bench/run.mjs --quick --json` on a few
 * articles runs every section and reports positive figures under the expected
 * keys. No timing assertions: speed is measured by `npm run bench`, never in a
 * unit test.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers/exec.js';

const run = promisify(execFile);

type Json = Record<string, unknown>;
const obj = (x: unknown): Json => {
  expect(x).toBeTypeOf('object');
  expect(x).not.toBeNull();
  return x as Json;
};
const positive = (x: unknown) => {
  expect(x).toBeTypeOf('number');
  expect(Number.isFinite(x)).toBe(true);
  expect(x as number).toBeGreaterThan(0);
};

describe('bench/run.mjs --quick --json', () => {
  // Generous limit: the machine may be shared; on an idle 2-core box this takes ~15 s.
  test('reports every section with positive figures', { timeout: 240_000 }, async () => {
    const { stdout } = await run(process.execPath, ['bench/run.mjs', '--quick', '--json', '--limit', '4'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 230_000,
    });
    const r = obj(JSON.parse(stdout));

    const machine = obj(r.machine);
    positive(machine.nproc);
    expect(machine.node).toBe(process.version);
    expect(r.quick).toBe(true);
    expect(obj(r.corpus).articles).toBe(4);

    const articles = obj(r.articles);
    const contenders = obj(articles.contenders);
    for (const name of ['floor', 'compromise', 'inProcess', 'cli1', 'cli2']) {
      const c = obj(contenders[name]);
      for (const key of ['articlesPerSec', 'mbPerSec', 'peakRssMB', 'ms', 'cpuMsPerArticle']) positive(c[key]);
    }
    for (const name of ['floor', 'compromise', 'inProcess']) {
      const c = obj(contenders[name]);
      positive(c.p50Ms);
      positive(c.p95Ms);
    }
    const ratios = obj(articles.ratios);
    for (const key of ['cli1VsCompromise', 'inProcessVsCompromise', 'cli2VsCli1', 'cli1VsCompromiseCpu']) positive(ratios[key]);

    const startup = obj(r.startup);
    for (const key of ['nodeMs', 'cliMs', 'ratio']) positive(startup[key]);

    const hostile = obj(r.hostile);
    const cases = hostile.cases as Json[];
    expect(cases.map((c) => c.case).sort()).toEqual(
      ['digit-groups', 'digit-groups', 'no-sentence-ends', 'no-sentence-ends', 'one-word', 'one-word', 'ordinary', 'ordinary'],
    );
    for (const c of cases) {
      // 'timeout', 'skipped' (after a timeout) and 'error' (the parser threw)
      // are findings the bench reports, not failures of the bench.
      expect(['ok', 'timeout', 'skipped', 'error']).toContain(c.status);
      if (c.status === 'ok') {
        positive(c.ms);
        positive(c.msPerMB);
      }
    }
    positive(hostile.ordinaryLargeVsSmall);

    const memory = obj(r.memory);
    positive(obj(memory.small).peakRssMB);
    positive(obj(memory.large).peakRssMB);
    positive(memory.ratio);

    const html = obj(r.html);
    if (typeof html.skipped !== 'string') {
      const hc = obj(html.contenders);
      for (const name of ['ours', 'readability']) {
        positive(obj(hc[name]).pagesPerSec);
        positive(obj(hc[name]).msPerPage);
      }
      positive(html.oursVsReadabilityTime);
    }

    const targets = r.targets as Json[];
    expect(targets.length).toBeGreaterThanOrEqual(10);
    for (const t of targets) {
      expect(t.name).toBeTypeOf('string');
      expect(t.target).toBeTypeOf('string');
      expect(t.met).toBeTypeOf('boolean');
    }
  });
});
