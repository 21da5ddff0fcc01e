/** argv -> RunOptions, in process, with run() replaced (changesets style). */
import { describe, expect, test } from 'vitest';
import { PassThrough } from 'node:stream';
import { buildProgram, toRunOptions } from '../../src/cli.js';
import type { RunOptions } from '../../src/run.js';

function parse(argv: string[]): Promise<RunOptions> {
  const sink = new PassThrough();
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  return new Promise((resolve, reject) => {
    const program = buildProgram({ stdout: sink, stderr: sink, stdin }, async (opts) => resolve(opts));
    program.parseAsync(argv, { from: 'user' }).catch(reject);
  });
}

describe('argv -> options', () => {
  test.each<[string[], Partial<RunOptions>]>([
    [['a.txt'], { inputs: ['a.txt'], text: true, mentions: false, quiet: false, format: 'auto', failOnEmpty: false }],
    [[], { inputs: ['-'] }],
    [['--ndjson', 'a.txt'], { ndjson: true }],
    [['--pretty', 'a.txt'], { pretty: true }],
    [['--compact', 'a.txt'], { pretty: false }],
    [['--no-text', 'a.txt'], { text: false }],
    [['--mentions', '-q', 'a.txt'], { mentions: true, quiet: true }],
    [['-p', '2013-12-31', 'a.txt'], { published: '2013-12-31' }],
    [['--jobs', '3', 'dir'], { jobs: 3 }],
    [['--include', '*.txt', '--include', '*.md', 'dir'], { include: ['*.txt', '*.md'] }],
    [['--exclude', 'old/**', 'dir'], { exclude: ['old/**'] }],
    [['--out-dir', 'out', 'dir'], { outDir: 'out' }],
    [['--fail-on-empty', 'dir'], { failOnEmpty: true }],
    [['--format', 'html', '-'], { format: 'html' }],
    [['--no-progress', 'dir'], { progress: false }],
    [['--input-format', 'ndjson'], { inputFormat: 'ndjson', inputs: ['-'] }],
    [['--shard', '2/4', 'dir'], { shard: { index: 2, count: 4 } }],
  ])('%j', async (argv, expected) => {
    expect(await parse(argv)).toMatchObject(expected);
  });

  test('jobs default to the number of cores', () => {
    expect(toRunOptions(['x'], { text: true, format: 'auto', inputFormat: 'files' }, 6).jobs).toBe(6);
  });
});
