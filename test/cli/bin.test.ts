/**
 * The CLI as a user meets it: flags, exit codes, batch output, bad inputs,
 * EPIPE, --out-dir. Spawns the built bin (npm test builds first).
 */
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, execCli, execShell, ndjson } from '../helpers/exec.js';

const ARTICLE = `Hospital Clerk Held Over Patient Data Sales

Police in Nanjing detained a hospital clerk who sold the records of 4,000 patients to a marketing firm for over RMB 60,000. The clerk copied names and phone numbers from the hospital's system in May 2021.
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-cli-'));
  const batch = join(dir, 'batch');
  mkdirSync(join(batch, 'sub'), { recursive: true });
  writeFileSync(join(batch, 'a-good.txt'), ARTICLE);
  writeFileSync(join(batch, 'b-empty.txt'), '');
  writeFileSync(join(batch, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]));
  // "café" and "résumé" in Latin-1 / Windows-1252: invalid UTF-8.
  writeFileSync(join(batch, 'd-latin1.txt'), Buffer.from(ARTICLE.replace('clerk', 'caf\u00e9 clerk'), 'latin1'));
  writeFileSync(join(batch, 'sub', 'e-nested.md'), ARTICLE);
  writeFileSync(join(batch, 'sub', 'ignored.json'), '{}');
  const many = join(dir, 'many');
  mkdirSync(many);
  for (let i = 0; i < 60; i++) writeFileSync(join(many, `n${String(i).padStart(3, '0')}.txt`), ARTICLE);
  const dupes = join(dir, 'dupes');
  mkdirSync(join(dupes, 'x'), { recursive: true });
  mkdirSync(join(dupes, 'y'), { recursive: true });
  writeFileSync(join(dupes, 'x', 'story.txt'), ARTICLE);
  writeFileSync(join(dupes, 'y', 'story.txt'), ARTICLE);
});

const noStack = (s: string) => !/\n\s+at .+:\d+:\d+/.test(s);

describe('flags and exit codes', () => {
  test.each([
    { args: ['--version'], status: 0, out: /^\d+\.\d+\.\d+\n$/, err: /^$/ },
    { args: ['--help'], status: 0, out: /Examples:[\s\S]*Exit codes:/, err: /^$/ },
    { args: ['--no-such-flag', 'x.txt'], status: 2, out: /^$/, err: /unknown option '--no-such-flag'[\s\S]*--help/ },
    { args: ['does-not-exist.txt'], status: 2, out: /^$/, err: /^breach-parse: does-not-exist\.txt: no such file or directory\n/ },
    { args: ['--published', '2013-13-45', '-'], status: 2, out: /^$/, err: /YYYY-MM-DD/ },
    { args: ['--jobs', '0', '-'], status: 2, out: /^$/, err: /whole number/ },
    { args: ['--format', 'pdf', '-'], status: 2, out: /^$/, err: /Allowed choices/ },
    { args: ['--shard', '5/4', '-'], status: 2, out: /^$/, err: /expected i\/n/ },
  ])('$args -> exit $status', ({ args, status, out, err }) => {
    const r = execCli(args);
    expect(r.status).toBe(status);
    expect(r.stdout).toMatch(out);
    expect(r.stderr).toMatch(err);
    expect(noStack(r.stderr)).toBe(true);
  });
});

describe('one input', () => {
  test('stdin gives one compact JSON document off a terminal', () => {
    const r = execCli(['--published', '2021-12-01', '-'], { input: ARTICLE });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.document.source).toBe('-');
    expect(doc.document.referenceDate).toBe('2021-12-01');
    expect(doc.document.referenceDateSource).toBe('flag');
    expect(doc.document.text).toBe(ARTICLE);
    expect(doc.incidents).toHaveLength(1);
    expect(doc.incidents[0].headline).toBe('Hospital Clerk Held Over Patient Data Sales');
  });

  test.each([
    { flags: ['--pretty'], lines: (n: number) => n > 10, hasText: true },
    { flags: ['--compact'], lines: (n: number) => n === 1, hasText: true },
    { flags: ['--no-text'], lines: (n: number) => n === 1, hasText: false },
  ])('$flags', ({ flags, lines, hasText }) => {
    const r = execCli([...flags, '-'], { input: ARTICLE });
    expect(r.status).toBe(0);
    expect(lines(r.stdout.trim().split('\n').length)).toBe(true);
    expect('text' in JSON.parse(r.stdout).document).toBe(hasText);
  });

  test('a failing single input prints its error record and exits 1', () => {
    const r = execCli([join(dir, 'batch', 'b-empty.txt')]);
    expect(r.status).toBe(1);
    const rec = JSON.parse(r.stdout);
    expect(rec.error.code).toBe('EMPTY_INPUT');
    expect(rec.error.message).toContain('b-empty.txt');
    expect(r.stderr).toContain('b-empty.txt');
  });

  test('--fail-on-empty exits 3 when nothing is found', () => {
    const r = execCli(['--fail-on-empty', '-'], { input: 'A quiet day. Nothing happened at all.\n' });
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout).incidents).toEqual([]);
  });

  test('schema prints JSON Schema 2020-12', () => {
    const r = execCli(['schema']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(s)).toContain('conversionOf');
  });
});

describe('batches', () => {
  test('a folder with bad files gives one line per input, in order, and exit 1', () => {
    const r = execCli([join(dir, 'batch')]);
    expect(r.status).toBe(1);
    expect(noStack(r.stderr)).toBe(true);
    const recs = ndjson(r.stdout);
    const sources = recs.map((x) => (x.document as { source: string }).source.replace(dir, ''));
    expect(sources).toEqual([
      '/batch/a-good.txt',
      '/batch/b-empty.txt',
      '/batch/c-binary.txt',
      '/batch/d-latin1.txt',
      '/batch/sub/e-nested.md',
    ]);
    const codes = recs.map((x) => (x.error as { code?: string } | undefined)?.code ?? 'ok');
    expect(codes).toEqual(['ok', 'EMPTY_INPUT', 'BINARY_INPUT', 'ok', 'ok']);
    const latin = recs[3] as { document: { encoding: string }; warnings: { code: string }[] };
    expect(latin.document.encoding).toBe('windows-1252');
    expect(latin.warnings.map((w) => w.code)).toContain('LEGACY_ENCODING');
    for (const rec of recs.filter((x) => x.error)) {
      expect((rec.error as { message: string }).message).toContain((rec.document as { source: string }).source);
    }
  });

  test.each([['1'], ['2']])('--jobs %s keeps input order', (jobs) => {
    const r = execCli(['--jobs', jobs, join(dir, 'many')]);
    expect(r.status).toBe(0);
    const sources = ndjson(r.stdout).map((x) => (x.document as { source: string }).source);
    expect(sources).toHaveLength(60);
    expect(sources).toEqual([...sources].sort());
  });

  test.each([
    { flags: ['--include', '*.md'], expected: ['e-nested.md'] },
    { flags: ['--exclude', 'sub/**', '--exclude', '*-empty.txt', '--exclude', 'c-*'], expected: ['a-good.txt', 'd-latin1.txt'] },
  ])('globs $flags', ({ flags, expected }) => {
    const r = execCli([...flags, join(dir, 'batch')]);
    const names = ndjson(r.stdout).map((x) => (x.document as { source: string }).source.split('/').pop());
    expect(names).toEqual(expected);
  });

  test('several files and stdin together give NDJSON in argument order', () => {
    const a = join(dir, 'batch', 'a-good.txt');
    const r = execCli([a, '-', a], { input: ARTICLE });
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((x) => (x.document as { source: string }).source)).toEqual([a, '-', a]);
  });

  // Repeated: the reader leaving races with workers still answering.
  test.each([
    ['1', 1],
    ['2', 1],
    ['2', 2],
    ['2', 3],
    ['3', 1],
    ['3', 2],
  ])('| head -1 exits 0 quietly (--jobs %s, run %d)', (jobs) => {
    const r = execShell(`$BP --jobs ${jobs} '${join(dir, 'many')}' | head -1`);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  test('--out-dir writes one file per input and never overwrites a namesake', () => {
    const out = join(dir, 'out');
    const r = execCli(['--out-dir', out, join(dir, 'dupes')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['story-2.json', 'story.json']);
    const first = JSON.parse(readFileSync(join(out, 'story.json'), 'utf8'));
    expect(first.document.source).toContain('/x/story.txt');
  });

  test('unreadable entries in a folder (dangling link, link loop) get error records', () => {
    const d = join(dir, 'links');
    mkdirSync(d);
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    symlinkSync(join(d, 'gone.txt'), join(d, 'b-dangling.txt'));
    symlinkSync(join(d, 'c-loop.txt'), join(d, 'c-loop.txt'));
    const r = execCli([d]);
    expect(r.status).toBe(1);
    const recs = ndjson(r.stdout);
    expect(recs.map((x) => (x.error as { code?: string } | undefined)?.code ?? 'ok')).toEqual(['ok', 'NOT_FOUND', 'UNREADABLE']);
    expect(noStack(r.stderr)).toBe(true);
  });
});

describe('scaling out', () => {
  test('four shards give exactly the lines of one run', () => {
    const whole = execCli(['--no-text', join(dir, 'many'), join(dir, 'batch')]).stdout.trim().split('\n');
    const parts = [1, 2, 3, 4].map((i) =>
      execCli(['--no-text', '--shard', `${i}/4`, join(dir, 'many'), join(dir, 'batch')]).stdout.trim().split('\n').filter(Boolean),
    );
    expect(parts.every((p) => p.length > 0 && p.length < whole.length)).toBe(true);
    expect(parts.flat().sort()).toEqual([...whole].sort());
  });

  const lines = [
    JSON.stringify({ id: 'doc-1', text: ARTICLE, published: '2021-12-01' }),
    'this is not json',
    JSON.stringify({ id: 'doc-3', html: `<html><body><article><h1>Clerk Held</h1><p>${ARTICLE}</p></article></body></html>` }),
    JSON.stringify({ id: 'doc-4' }),
  ].join('\n');

  test('--input-format ndjson maps each line to one result line', () => {
    const r = execCli(['--input-format', 'ndjson', '--no-text'], { input: lines + '\n' });
    expect(r.status).toBe(1);
    const recs = ndjson(r.stdout) as { document: { source: string; format?: string; referenceDate?: string }; error?: { code: string } }[];
    expect(recs.map((x) => x.document.source)).toEqual(['doc-1', 'stdin:2', 'doc-3', 'doc-4']);
    expect(recs.map((x) => x.error?.code ?? x.document.format)).toEqual(['text', 'BAD_INPUT_LINE', 'html', 'BAD_INPUT_LINE']);
    expect(recs[0]!.document.referenceDate).toBe('2021-12-01');
  });

  test('split into chunks and run per chunk (as parallel --pipe does), the lines equal one run', () => {
    const one = execCli(['--input-format', 'ndjson', '--no-text', '-q'], { input: lines });
    const chunked = execShell(
      `printf '%s\n' '${lines.replace(/'/g, "'\\''")}' | split -l 2 --filter='$BP --input-format ndjson --no-text -q; true'`,
    );
    expect(chunked.stdout.replace(/stdin:\d+/g, 'stdin:N')).toBe(one.stdout.replace(/stdin:\d+/g, 'stdin:N'));
  });
});

describe('interruption', () => {
  test('Ctrl-C in a batch leaves only whole lines and exits 130', async () => {
    const child = spawn(process.execPath, [BIN, '--jobs', '2', '--no-text', join(dir, 'many'), join(dir, 'many'), join(dir, 'many')], {
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    let out = '';
    let sent = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!sent && out.includes('\n')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(130);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(180);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
