/**
 * One input -> one output record (a result or an error record), serialized.
 * Used in-process and inside worker threads alike.
 */
import { readFile } from 'node:fs/promises';
import { BreachParseError } from '../errors.js';
import { parseBytes, readError, type ParseOptions } from '../index.js';
import { SCHEMA_VERSION, type ErrorRecord, type Warning } from '../schema.js';

export interface Task {
  /** Path to read; absent when `bytes` are given (standard input). */
  path?: string;
  bytes?: Uint8Array;
  source: string;
  options: ParseOptions;
  /** Indent the JSON (single-document output on a terminal). */
  pretty: boolean;
}

export interface TaskResult {
  source: string;
  /** The serialized record, without a trailing newline. */
  json: string;
  ok: boolean;
  incidents: number;
  warnings: Warning[];
  error: { code: string; message: string } | null;
}

export function errorRecord(source: string, code: string, message: string): ErrorRecord {
  return { schemaVersion: SCHEMA_VERSION, document: { source }, error: { code, message } };
}

/** Never throws: every failure becomes the input's error record. */
export async function runTask(task: Task): Promise<TaskResult> {
  const indent = task.pretty ? 2 : undefined;
  try {
    let bytes = task.bytes;
    if (!bytes) {
      try {
        bytes = await readFile(task.path!);
      } catch (err) {
        throw readError(task.source, err);
      }
    }
    const result = parseBytes(bytes, { ...task.options, source: task.source });
    return {
      source: task.source,
      json: JSON.stringify(result, null, indent),
      ok: true,
      incidents: result.incidents.length,
      warnings: result.warnings,
      error: null,
    };
  } catch (err) {
    const known = err instanceof BreachParseError;
    const code = known ? err.code : 'INTERNAL';
    const message = known
      ? err.message
      : `${task.source}: internal error (${err instanceof Error ? err.message : String(err)}); please report this bug`;
    const error = { code, message };
    return {
      source: task.source,
      json: JSON.stringify(errorRecord(task.source, code, message), null, indent),
      ok: false,
      incidents: 0,
      warnings: [],
      error,
    };
  }
}
