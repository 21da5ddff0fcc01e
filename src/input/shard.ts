/**
 * `--shard i/n`: a stable subset of the inputs, chosen by a hash of each
 * input's name (path as given, or NDJSON id), so n jobs started with the same
 * arguments (k8s indexed jobs, CI matrix shards) cover every input exactly
 * once. Shards are numbered 1..n, as in jest and playwright.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard ${value}: expected i/n with 1 <= i <= n, e.g. --shard 2/4`);
  }
  return { index, count };
}

/** True when the input named `name` belongs to the shard. */
export function inShard(name: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const h = createHash('sha1').update(name).digest();
  return h.readUInt32BE(0) % shard.count === shard.index - 1;
}
