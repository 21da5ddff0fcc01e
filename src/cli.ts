/**
 * The command line: argv -> RunOptions -> run(); errors -> exit codes.
 * Work never sees argv. Exit codes: 0 all inputs parsed; 1 an input got an
 * error record; 2 usage error or a bug; 3 --fail-on-empty and no incident;
 * 130 interrupted.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { BreachParseError } from './errors.js';
import { EXIT, run, type RunIO, type RunOptions } from './run.js';
import { jsonSchema } from './schema.js';
import { parseShard, type Shard } from './input/shard.js';

/** The package version: package.json sits one level up from dist/, two from dist/bundle/. */
const VERSION = (() => {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'breach-parse') return pkg.version;
    } catch {
      // try the next level
    }
  }
  return '0.0.0';
})();

const EXAMPLES = `
Examples:
  $ breach-parse article.txt | jq '.incidents[].headline'
  $ breach-parse --published 2013-12-31 article.txt
  $ breach-parse corpus/ > incidents.ndjson
  $ breach-parse corpus/ --include '*.html' --exclude 'drafts/**' --jobs 4
  $ curl -s https://example.com/news | breach-parse -
  $ echo "over RMB 3.2 million" | breach-parse --mentions -
  $ breach-parse corpus/ --out-dir results/ --fail-on-empty
  $ breach-parse schema > breach-parse.schema.json
  $ breach-parse corpus/ --shard 2/4 > part-2.ndjson
  $ cat docs.ndjson | parallel --pipe -N 100 breach-parse --input-format ndjson > out.ndjson

Exit codes:
  0  every input parsed
  1  at least one input failed (its error record was still written)
  2  usage error (bad flag, missing path) or internal error
  3  --fail-on-empty and no input yielded an incident
`;

function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2013-12-31');
  }
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return n;
}

function shardArg(value: string): Shard {
  try {
    return parseShard(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message.replace(/^--shard [^:]*: /, ''));
  }
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

interface CliFlags {
  ndjson?: boolean;
  pretty?: boolean;
  compact?: boolean;
  outDir?: string;
  published?: string;
  text: boolean;
  mentions?: boolean;
  quiet?: boolean;
  format: 'auto' | 'text' | 'html';
  jobs?: number;
  failOnEmpty?: boolean;
  include?: string[];
  exclude?: string[];
  progress?: boolean;
  debug?: boolean;
  inputFormat: 'files' | 'ndjson';
  shard?: Shard;
}

/** argv flags -> RunOptions (pure; tested as a table). */
export function toRunOptions(inputs: string[], flags: CliFlags, cores = availableParallelism()): RunOptions {
  return {
    inputs,
    include: flags.include,
    exclude: flags.exclude,
    ndjson: flags.ndjson,
    pretty: flags.pretty ? true : flags.compact ? false : undefined,
    outDir: flags.outDir,
    published: flags.published,
    text: flags.text,
    mentions: flags.mentions === true,
    quiet: flags.quiet === true,
    format: flags.format,
    jobs: flags.jobs ?? Math.max(1, cores),
    failOnEmpty: flags.failOnEmpty === true,
    progress: flags.progress,
    inputFormat: flags.inputFormat,
    shard: flags.shard,
  };
}

export interface CliIO extends RunIO {
  /** Where commander writes help and version. */
  writeOut?: (s: string) => void;
}

/** Builds the commander program; `onRun` receives the parsed options. */
export function buildProgram(io: CliIO, onRun: (opts: RunOptions) => Promise<void>): Command {
  const program = new Command('breach-parse');
  program
    .description(
      'Turn news articles about personal-data breaches and data trafficking into JSON incidents: ' +
        'parties and roles, data taken, volumes, money, dates, places, transfers and outcomes, with evidence.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .argument('[inputs...]', 'files, folders (recursive) or - for standard input')
    .option('--ndjson', 'one JSON line per input (default for folders and several inputs)')
    .addOption(new Option('--pretty', 'indent the JSON (default on a terminal)').conflicts('compact'))
    .option('--compact', 'one-line JSON even on a terminal')
    .option('-o, --out-dir <dir>', 'write one <name>.json per input into <dir> instead of stdout')
    .option('-p, --published <date>', 'reference date YYYY-MM-DD for "this year", "last month"', isoDate)
    .option('--no-text', 'leave document.text out of the output (offsets still index it)')
    .option('--mentions', 'also list every value recognized anywhere in the text')
    .addOption(new Option('--format <format>', 'read inputs as').choices(['auto', 'text', 'html']).default('auto'))
    .option('--include <glob>', 'in folders, read only files matching the glob (repeatable)', collect)
    .option('--exclude <glob>', 'in folders, skip files matching the glob (repeatable)', collect)
    .addOption(
      new Option('--input-format <kind>', 'files, or ndjson: {"id","text"|"html","published"} lines (stdin by default)')
        .choices(['files', 'ndjson'])
        .default('files'),
    )
    .option('--shard <i/n>', 'process only shard i of n (stable by input name; for CI matrices and indexed jobs)', shardArg)
    .option('-j, --jobs <n>', 'worker threads for batches (default: number of cores)', positiveInt)
    .option('--fail-on-empty', 'exit 3 when no input yields an incident (for CI)')
    .option('--no-progress', 'no progress bar (it shows only when stderr is a terminal)')
    .option('-q, --quiet', 'no warnings or summary on stderr')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run breach-parse --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: io.writeOut ?? ((s) => io.stdout.write(s)),
      writeErr: (s) => io.stderr.write(s),
    })
    .action(async (inputs: string[], flags: CliFlags) => {
      if (inputs.length === 0) {
        if ((io.stdin as { isTTY?: boolean }).isTTY) {
          program.error('breach-parse: no input given (name a file or folder, or - for standard input)', {
            exitCode: EXIT.USAGE,
            code: 'breach-parse.noInput',
          });
        }
        inputs = ['-'];
      }
      await onRun(toRunOptions(inputs, flags));
    });
  program
    .command('schema')
    .description('print the output contract as JSON Schema (draft 2020-12)')
    .action(() => {
      io.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n');
    });
  return program;
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.OK;
  const debug = argv.includes('--debug');
  const program = buildProgram(io, async (opts) => {
    code = await run(opts, io);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every parse error is a usage error.
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (err instanceof BreachParseError) {
      io.stderr.write(`breach-parse: ${err.message}\n`);
      if (err.exitCode === EXIT.USAGE) io.stderr.write('(run breach-parse --help for usage)\n');
      return err.exitCode;
    }
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'EACCES' || e?.code === 'ENOSPC' || e?.code === 'EROFS' || e?.code === 'EEXIST' || e?.code === 'ENOTDIR') {
      io.stderr.write(`breach-parse: ${e.message}\n`);
      return EXIT.USAGE;
    }
    io.stderr.write(`breach-parse: internal error: ${e?.message ?? String(err)} (this is a bug; please report it)\n`);
    if (debug && e?.stack) io.stderr.write(e.stack + '\n');
    return EXIT.USAGE;
  }
}

/** Entry for bin/breach-parse.js. */
export async function cli(): Promise<void> {
  let interrupt: () => void = () => undefined;
  const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
  let sigints = 0;
  process.on('SIGINT', () => {
    // First Ctrl-C: finish the line being written, then stop. Second: stop now.
    if (++sigints > 1) process.exit(EXIT.INTERRUPTED);
    interrupt();
  });
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    interrupted,
  });
  process.exitCode = code;
}
