/**
 * `--input-format ndjson`: one document per line,
 * `{"id": "…", "text": "…" | "html": "…", "published": "YYYY-MM-DD"?}`,
 * so breach-parse can run as a streaming mapper (GNU parallel --pipe, Hadoop
 * Streaming, Spark's RDD.pipe). Every line yields one output line; a line that
 * cannot be read becomes an error record named after its id or line number.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type NdjsonItem =
  | { ok: true; id: string; content: string; format: 'text' | 'html'; published: string | null }
  | { ok: false; id: string; code: string; message: string };

const ISO = /^\d{4}-\d{2}-\d{2}/;

/** Reads one line into an item; never throws. */
export function parseNdjsonLine(line: string, where: string): NdjsonItem {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    return { ok: false, id: where, code: 'BAD_INPUT_LINE', message: `${where}: not valid JSON (${(err as Error).message})` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return { ok: false, id: where, code: 'BAD_INPUT_LINE', message: `${where}: expected a JSON object with "id" and "text" or "html"` };
  }
  const o = v as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : where;
  const content = typeof o.text === 'string' ? o.text : typeof o.html === 'string' ? o.html : null;
  if (content === null) {
    return { ok: false, id, code: 'BAD_INPUT_LINE', message: `${id}: the line has no "text" or "html" string` };
  }
  const published = typeof o.published === 'string' && ISO.test(o.published) ? o.published.slice(0, 10) : null;
  return { ok: true, id, content, format: typeof o.text === 'string' ? 'text' : 'html', published };
}

/** Streams the items of NDJSON inputs (files or "-"), skipping blank lines. */
export async function* readNdjson(paths: string[], stdin: Readable): AsyncGenerator<NdjsonItem> {
  for (const p of paths) {
    const stream = p === '-' ? stdin : createReadStream(p);
    const rl = createInterface({ input: stream, crlfDelay: Infinity });
    let n = 0;
    for await (const line of rl) {
      n++;
      if (line.trim() === '') continue;
      yield parseNdjsonLine(line, `${p === '-' ? 'stdin' : p}:${n}`);
    }
  }
}
