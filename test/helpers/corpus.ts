/**
 * Shared pieces of the Duckling-style corpus tests: a phrase passes only if
 * one item covers all of it and its expected fields are equal.
 */

type Item = { evidence: { start: number; end: number } };

/** Only the expected keys of an item (start/end from its evidence), so that a failure shows what differs. */
export function pick(item: Item, keys: readonly string[]): Record<string, unknown> {
  const flat: Record<string, unknown> = { ...item, start: item.evidence.start, end: item.evidence.end };
  return Object.fromEntries(keys.map((k) => [k, flat[k]]));
}

/** The item covering the whole phrase, reduced to the expected keys (or all found, for the trace). */
export function covering<T extends Item>(
  found: T[],
  phrase: string,
  expected: object,
): Record<string, unknown> | T[] {
  const hit = found.find((x) => x.evidence.start === 0 && x.evidence.end === phrase.length);
  return hit ? pick(hit, Object.keys(expected)) : found;
}
