/**
 * breach-parse as a library.
 *
 *   import { parseText, parseFile } from 'breach-parse';
 *   const result = await parseFile('article.txt', { published: '2013-12-31' });
 *   for (const incident of result.incidents) console.log(incident.headline);
 */
import { readFile } from 'node:fs/promises';
import { extract, type ExtractOptions } from './extract.js';
import { loadBytes, type FormatHint } from './input/source.js';
import { InputError } from './errors.js';
import type { Result } from './schema.js';

export interface ParseOptions extends ExtractOptions {
  /** How to read the input: by extension and content ("auto", default), or forced. */
  format?: FormatHint;
  /** Name used as `document.source` (default: the path, or "-" for text). */
  source?: string;
  /** Publication date known from outside the text (e.g. an NDJSON line), used when the page states none. */
  metadataPublished?: string | null;
}

/** Parses an article given as a string (plain text or HTML). */
export function parseText(text: string, opts: ParseOptions = {}): Result {
  return parseBytes(Buffer.from(text, 'utf8'), opts);
}

/** Parses raw bytes (any supported encoding). */
export function parseBytes(bytes: Uint8Array, opts: ParseOptions = {}): Result {
  const doc = loadBytes(bytes, opts.source ?? '-', opts.format);
  if (!doc.published && opts.metadataPublished) doc.published = opts.metadataPublished;
  return extract(doc, opts);
}

/** Reads and parses one file. Throws InputError (code, message naming the file). */
export async function parseFile(path: string, opts: ParseOptions = {}): Promise<Result> {
  const source = opts.source ?? path;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw readError(source, err);
  }
  return parseBytes(bytes, { ...opts, source });
}

/** Turns a file-system error into an InputError naming the file. */
export function readError(source: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('NOT_FOUND', `${source}: no such file`);
  if (code === 'EISDIR') return new InputError('UNREADABLE', `${source}: is a directory`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('UNREADABLE', `${source}: permission denied`);
  return new InputError('UNREADABLE', `${source}: cannot be read (${code ?? String(err)})`);
}

export { extract, validate } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { BreachParseError, InputError, UsageError } from './errors.js';
export * from './schema.js';
