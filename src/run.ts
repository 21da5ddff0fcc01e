/**
 * run(options, io): read every input, extract, write. No process.* here: the
 * CLI hands in the streams and turns the returned code into the exit code.
 *
 * Batches keep output in input order while up to `jobs` worker threads parse
 * ahead, with a bounded window of tasks in flight so memory stays flat in the
 * number of inputs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve as resolvePath, sep } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ExtractOptions } from './extract.js';
import { checkInputs, expandInputs, isFolder, type InputSpec } from './input/files.js';
import type { FormatHint } from './input/source.js';
import { NameRegistry } from './output/names.js';
import { runTask, type Task, type TaskResult } from './output/records.js';
import { LineWriter } from './output/writer.js';
import { createProgress, type Progress } from './output/progress.js';
import { createPool, type Pool } from './pool.js';
import { readNdjson } from './input/ndjson.js';
import { inShard, type Shard } from './input/shard.js';
import { errorRecord } from './output/records.js';

export interface RunOptions {
  inputs: string[];
  include?: string[];
  exclude?: string[];
  /** Output: `ndjson` forced, `json` one document; default by input kind. */
  ndjson?: boolean;
  /** Pretty-print single documents: true/false forced, undefined = on a terminal. */
  pretty?: boolean;
  outDir?: string;
  published?: string;
  text: boolean;
  mentions: boolean;
  quiet: boolean;
  format: FormatHint;
  jobs: number;
  failOnEmpty: boolean;
  progress?: boolean;
  /** `files` (default): paths and folders; `ndjson`: documents as JSON lines. */
  inputFormat?: 'files' | 'ndjson';
  shard?: Shard;
}

export interface RunIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  /** Resolves when the user asks to stop (Ctrl-C): finish the line, then stop. */
  interrupted?: Promise<void>;
}

export const EXIT = { OK: 0, INPUT_FAILED: 1, USAGE: 2, EMPTY: 3, INTERRUPTED: 130 } as const;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

interface Counters {
  total: number;
  failed: number;
  withIncidents: number;
  warnings: number;
}

export async function run(opts: RunOptions, io: RunIO): Promise<number> {
  await checkInputs(opts.inputs);
  const ndjsonInput = opts.inputFormat === 'ndjson';
  const batch =
    ndjsonInput ||
    opts.ndjson === true ||
    opts.inputs.length > 1 ||
    (opts.inputs.length === 1 && (await isFolder(opts.inputs[0]!)));
  const pretty = !batch && (opts.pretty ?? io.stdout.isTTY === true);
  const extractOptions: ExtractOptions & { format: FormatHint } = {
    published: opts.published ?? null,
    includeText: opts.text,
    mentions: opts.mentions,
    format: opts.format,
  };

  const out = new LineWriter(io.stdout);
  const names = opts.outDir ? new NameRegistry() : null;
  const outDir = opts.outDir ? resolvePath(opts.outDir) : null;
  if (outDir) await mkdir(outDir, { recursive: true });

  const counters: Counters = { total: 0, failed: 0, withIncidents: 0, warnings: 0 };
  const progress: Progress | null =
    batch && !opts.quiet && (opts.progress ?? io.stderr.isTTY === true) ? createProgress(io.stderr) : null;
  // The main thread parses too: with --jobs n it works beside n - 1 workers,
  // taking a task whenever every worker is busy. (n workers left it idle, and
  // each worker pays its own start-up: two workers gave 1.1x one thread here.)
  const pool: Pool | null = batch && opts.jobs > 1 ? createPool(opts.jobs - 1) : null;

  let stop = false;
  let interrupted = false;
  void io.interrupted?.then(() => {
    stop = true;
    interrupted = true;
  });

  const emit = async (r: TaskResult) => {
    counters.total++;
    if (!r.ok) counters.failed++;
    if (r.incidents > 0) counters.withIncidents++;
    counters.warnings += r.warnings.length;
    if (!opts.quiet) {
      if (r.error) io.stderr.write(`breach-parse: ${r.error.message}\n`);
      else if (!batch) for (const w of r.warnings) io.stderr.write(`breach-parse: warning: ${w.message}\n`);
    }
    progress?.tick(r.ok);
    if (outDir && names) {
      const file = resolvePath(outDir, names.nameFor(r.source));
      // The registry only makes plain names; this guards the invariant anyway.
      if (!file.startsWith(outDir + sep)) throw new Error(`refusing to write outside ${outDir}: ${file}`);
      await writeFile(file, r.json + '\n');
    } else {
      await out.write(r.json + '\n');
      if (out.closed) stop = true;
    }
  };

  const makeTask = async (spec: InputSpec): Promise<Task> => {
    const task: Task = { source: spec.source, options: extractOptions, pretty };
    if (spec.path === '-') task.bytes = await readAll(io.stdin);
    else task.path = spec.path;
    return task;
  };

  /** Every input as a task, or as a ready error record (a bad NDJSON line). */
  async function* tasks(): AsyncGenerator<Task | TaskResult> {
    if (ndjsonInput) {
      for await (const item of readNdjson(opts.inputs, io.stdin)) {
        if (opts.shard && !inShard(item.id, opts.shard)) continue;
        if (!item.ok) {
          const error = { code: item.code, message: item.message };
          const json = JSON.stringify(errorRecord(item.id, item.code, item.message));
          yield { source: item.id, json, ok: false, incidents: 0, warnings: [], error };
          continue;
        }
        yield {
          source: item.id,
          bytes: Buffer.from(item.content, 'utf8'),
          options: { ...extractOptions, format: item.format, metadataPublished: item.published },
          pretty,
        };
      }
      return;
    }
    for await (const spec of expandInputs(opts.inputs, { include: opts.include, exclude: opts.exclude })) {
      if (opts.shard && !inShard(spec.source, opts.shard)) continue;
      yield makeTask(spec);
    }
  }

  const window = Math.max(1, opts.jobs) * 4;
  let mainTask: Promise<unknown> | null = null;
  const pending: Promise<TaskResult>[] = [];
  try {
    for await (const t of tasks()) {
      if (stop) break;
      progress?.discovered();
      if ('json' in t) pending.push(Promise.resolve(t));
      else if (!pool || (!ndjsonInput && t.bytes)) pending.push(runTask(t));
      else {
        // Keep the workers fed; the main thread takes a task only when they
        // are full and it has none of its own running.
        while (pool.saturated() && mainTask) await Promise.race([pool.settled(), mainTask]);
        if (!pool.saturated()) pending.push(pool.run(t));
        else {
          const p = runTask(t);
          mainTask = p.finally(() => {
            mainTask = null;
          });
          pending.push(p);
        }
      }
      while (pending.length >= window && !stop) await emit(await pending.shift()!);
    }
    while (pending.length > 0 && !stop) await emit(await pending.shift()!);
    await out.flush();
  } finally {
    progress?.stop();
    await pool?.destroy();
  }

  if (interrupted) return EXIT.INTERRUPTED;
  if (out.closed) return EXIT.OK;
  if (batch && !opts.quiet) {
    const parts = [`${counters.total} input${counters.total === 1 ? '' : 's'}`, `${counters.total - counters.failed} parsed`];
    if (counters.failed) parts.push(`${counters.failed} failed`);
    parts.push(`${counters.withIncidents} with incidents`);
    if (outDir) parts.push(`written to ${outDir}`);
    io.stderr.write(`breach-parse: ${parts.join(', ')}\n`);
  }
  if (counters.failed > 0) return EXIT.INPUT_FAILED;
  if (opts.failOnEmpty && counters.withIncidents === 0) return EXIT.EMPTY;
  return EXIT.OK;
}
