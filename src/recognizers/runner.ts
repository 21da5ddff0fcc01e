/**
 * The one runner that owns iteration, word boundaries and offsets.
 *
 * Rules match on the equal-length view; the runner turns every accepted match
 * into a `[start, end)` range over the original text, trims surrounding
 * whitespace and punctuation the pattern may have taken, and checks that the
 * match starts and ends at word boundaries. Overlaps are settled by
 * `removeOverlaps` (the longer hit wins, then the earlier rule).
 */
import type { Evidence } from '../schema.js';
import type { Hit, RecognizeContext, Rule } from './types.js';

export interface RuleHit<V> extends Hit {
  value: V;
  /** Index of the rule in the list: earlier rules win ties. */
  order: number;
}

const WORD = /[\p{L}\p{N}]/u;

/** True when offset `i` is not inside a word (start or end of a token). */
export function atBoundary(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return true;
  const a = s[i - 1]!;
  const b = s[i]!;
  return !(WORD.test(a) && WORD.test(b));
}

/** Makes sure a pattern is global (a copy, compiled once at module load). */
export function globalPattern(re: RegExp): RegExp {
  return re.flags.includes('g') ? re : new RegExp(re.source, re.flags + 'g');
}

/** Evidence for `[start, end)` of the text. */
export function evidence(text: string, start: number, end: number): Evidence {
  return { text: text.slice(start, end), start, end };
}

/** Shrinks `[start, end)` past whitespace and the given edge characters. */
export function trimRange(s: string, start: number, end: number, edge = ' \t\n\r,;:.'): [number, number] {
  while (start < end && edge.includes(s[start]!)) start++;
  while (end > start && edge.includes(s[end - 1]!)) end--;
  return [start, end];
}

/**
 * Runs every rule over the view. A match that does not sit on word boundaries
 * or whose `extract` returns null is dropped. Patterns must not match the
 * empty string; the runner guards against it anyway.
 *
 * `group`: when a rule's regex has a named group `span`, the hit covers only
 * that group (lets a pattern look at context without taking it).
 */
export function runRules<V>(ctx: RecognizeContext, rules: readonly Rule<V>[]): RuleHit<V>[] {
  const hits: RuleHit<V>[] = [];
  rules.forEach((rule, order) => {
    const re = globalPattern(rule.pattern);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.view)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let start = m.index;
      let end = m.index + m[0].length;
      const span = m.groups?.['span'];
      const spanAt = m.indices?.groups?.['span'];
      if (spanAt) {
        [start, end] = spanAt;
      } else if (span !== undefined) {
        const off = m[0].indexOf(span);
        if (off >= 0) {
          start = m.index + off;
          end = start + span.length;
        }
      }
      [start, end] = trimRange(ctx.view, start, end, ' \t\n\r');
      if (start >= end || !atBoundary(ctx.view, start) || !atBoundary(ctx.view, end)) continue;
      const value = rule.extract(m, ctx);
      if (value === null) continue;
      hits.push({ start, end, text: ctx.text.slice(start, end), rule: rule.id, value, order });
    }
  });
  return removeOverlaps(hits);
}

/**
 * Keeps the longer of overlapping hits (ties: the earlier rule, then the
 * earlier start) and returns the survivors in text order.
 *
 * O(n log n): the kept hits never overlap, so they stay sorted by start and a
 * binary search finds the only two that could touch a candidate. (A scan of
 * every kept hit per candidate took 36 s on 1 MB of digits.)
 */
export function removeOverlaps<T extends { start: number; end: number; order?: number }>(hits: T[]): T[] {
  const ranked = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (a.order ?? 0) - (b.order ?? 0) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const h of ranked) {
    // First kept hit whose start is >= h.start.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid]!.start < h.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if (before && before.end > h.start) continue;
    if (after && after.start < h.end) continue;
    kept.splice(lo, 0, h);
  }
  return kept;
}

/**
 * Builds one alternation from a word list, longest first, with regex
 * metacharacters escaped and spaces matching any run of whitespace.
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Regex metacharacters, escaped in trie atoms. */
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * One regex alternation for a word list, shaped as a character trie
 * ("B(?:eijing|aoding)"). Same language as runner.ts `alternation()` (spaces
 * match any whitespace run, longer words first at every branch), but V8 tries a
 * flat alternation of a few thousand words one by one at every capital letter
 * (≈3 s per MB here) while the trie rejects a position after a character or
 * two (≈70 ms per MB). Lower-cases nothing: pass lower-case words and the `i`
 * flag for case-insensitive lists. Safe under the `u` flag.
 */
export function trieAlternation(words: readonly string[]): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const word of new Set(words)) {
    let node = root;
    for (const ch of word.replace(/\s+/g, ' ')) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const atom = (ch: string): string => (ch === ' ' ? '\\s+' : ch.replace(SYNTAX, '\\$&'));
  const emit = (node: Node): string => {
    const alts = [...node.next].map(([ch, child]) => atom(ch) + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 && !node.end ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `${body}?` : body;
  };
  return emit(root);
}
