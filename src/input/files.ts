/**
 * Command-line inputs -> the list of documents to read, in a stable order:
 * files as given, folders walked recursively (entries sorted by name),
 * "-" for standard input. Folders yield lazily, so memory stays flat however
 * many files they hold.
 */
import { opendir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';

export const DEFAULT_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm'];

export interface InputSpec {
  /** Path to read, or "-" for standard input. */
  path: string;
  /** Name for `document.source`: the path as given (joined for folder entries). */
  source: string;
}

export interface ExpandOptions {
  include?: string[];
  exclude?: string[];
}

type Matcher = (p: string) => boolean;

function matcher(globs: string[] | undefined): Matcher | null {
  if (!globs || globs.length === 0) return null;
  const m = picomatch(globs, { dot: true, basename: true });
  return (p) => m(p);
}

/** Fails with a usage error when a named path does not exist (exit 2). */
export async function checkInputs(paths: string[]): Promise<void> {
  for (const p of paths) {
    if (p === '-') continue;
    try {
      await stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`${p}: no such file or directory`);
      // Other errors (permissions) surface as that input's error record.
    }
  }
}

/** True when a named input is a folder (so the output defaults to NDJSON). */
export async function isFolder(p: string): Promise<boolean> {
  if (p === '-') return false;
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function* walk(dir: string, root: string, inc: Matcher | null, exc: Matcher | null): AsyncGenerator<InputSpec> {
  let entries: { name: string; dir: boolean; file: boolean }[] = [];
  const handle = await opendir(dir);
  for await (const e of handle) entries.push({ name: e.name, dir: e.isDirectory(), file: e.isFile() || e.isSymbolicLink() });
  entries = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    const rel = relative(root, full);
    if (e.dir) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      if (exc?.(rel)) continue;
      yield* walk(full, root, inc, exc);
    } else if (e.file) {
      if (exc?.(rel)) continue;
      if (inc ? !inc(rel) : !DEFAULT_EXTENSIONS.includes(extname(e.name).toLowerCase())) continue;
      yield { path: full, source: full };
    }
  }
}

/** Expands the named inputs, lazily. Files named directly are always read. */
export async function* expandInputs(paths: string[], opts: ExpandOptions = {}): AsyncGenerator<InputSpec> {
  const inc = matcher(opts.include);
  const exc = matcher(opts.exclude);
  for (const p of paths) {
    if (p === '-') {
      yield { path: '-', source: '-' };
    } else if (await isFolder(p)) {
      yield* walk(p, p, inc, exc);
    } else {
      yield { path: p, source: p };
    }
  }
}
