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

/** Anything with RegExp's exec/lastIndex protocol (regexes and lookup matchers). */
export interface Execable {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
}

/** Every non-empty match of a global pattern over `s`, from the start. */
export function* execAll(re: Execable, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
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
    for (const m of execAll(re, ctx.view)) {
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

// ---------------------------------------------------------------------------
// Word lists matched by lookup
//
// A regex alternation of thousands of words (the gazetteer, the data phrases)
// costs little to run but much to compile: V8 compiles a pattern on its first
// exec, ≈130 ms for the 43 K-character gazetteer trie under 'u', plus the time
// to build the trie source. A `PhraseTable` gives the same matches from a Set
// lookup: it is built in a few milliseconds and needs no compilation.

/** JS `\s`: the whitespace a `\s+` of a trie alternation matches. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && /\s/.test(String.fromCharCode(c)));
}

const WORD_CODE_POINT = /[\p{L}\p{N}]/u;

/** `[\p{L}\p{N}]` for one code point. */
function isWordCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  return WORD_CODE_POINT.test(String.fromCodePoint(cp));
}

/** The code point that ends right before `i` (a surrogate pair read whole), as a 'u' lookbehind reads it. */
function codePointBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** True when `i` starts a token: at 0 or after a character that is no letter or digit. */
export function atTokenStart(s: string, i: number): boolean {
  return i <= 0 || !isWordCode(codePointBefore(s, i));
}

/**
 * One character as the regex flags 'iu' compare it (simple case folding). Exact
 * for comparisons with ASCII keys: apart from ASCII capitals, only "ſ" (U+017F)
 * and the Kelvin sign fold to an ASCII letter, and toLowerCase() maps the
 * latter already.
 */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ch;
  return ch === '\u017f' ? 's' : ch.toLowerCase();
}

/** A word list compiled for `phraseEnds`. */
export interface PhraseTable {
  /** The words, whitespace runs collapsed to one space (and case-folded with `foldCase`). */
  readonly keys: ReadonlySet<string>;
  /** Every word's prefixes that end right before a character that is no letter or digit ("New" of "New York"). */
  readonly prefixes: ReadonlySet<string>;
  readonly maxLength: number;
  readonly foldCase: boolean;
  /** By ASCII code (folded): 1 where a word starts with that character. */
  readonly asciiStarts: Uint8Array;
}

/**
 * Compiles a word list for `phraseEnds`. `foldCase`: compare as the 'i' flag
 * does (for ASCII words; others compare by toLowerCase()).
 */
export function phraseTable(words: Iterable<string>, foldCase = false): PhraseTable {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const asciiStarts = new Uint8Array(128);
  let maxLength = 0;
  for (const word of words) {
    let key = /\s\s|[^\S ]/.test(word) ? word.replace(/\s+/g, ' ') : word;
    if (foldCase) key = /^[\0-\x7f]*$/.test(key) ? key.toLowerCase() : Array.from(key, foldChar).join('');
    if (key === '' || keys.has(key)) continue;
    keys.add(key);
    if (key.length > maxLength) maxLength = key.length;
    const first = key.charCodeAt(0);
    if (first < 0x80) asciiStarts[first] = 1;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      if (c < 0x80 ? !isWordCode(c) : !isWordCode(key.codePointAt(k)!)) prefixes.add(key.slice(0, k));
    }
  }
  return { keys, prefixes, maxLength, foldCase, asciiStarts };
}

/**
 * The ends `e`, longest first, where `s.slice(start, e)` spells a word of the
 * table and `s[e]` is no letter or digit: what the alternation
 * `(?:${trieAlternation(words)})(?![\p{L}\p{N}])` (flags 'u', or 'iu' with
 * `foldCase`) matches at `start`, longest first as its backtracking tries
 * them. A whitespace run of `s` matches one space of a word.
 *
 * Walks `s` once from `start` and looks the text up at each token end only,
 * stopping as soon as no word continues it.
 */
export function phraseEnds(s: string, start: number, table: PhraseTable): number[] {
  const { keys, prefixes, maxLength, foldCase } = table;
  const n = s.length;
  // Most positions start no word: decide on the first character.
  if (start >= n) return [];
  const first = s.charCodeAt(start);
  if (first < 0x80) {
    const folded = isSpaceCode(first) ? 0x20 : foldCase && first >= 0x41 && first <= 0x5a ? first + 32 : first;
    if (table.asciiStarts[folded] === 0) return [];
  }
  const ends: number[] = [];
  let acc = '';
  let i = start;
  for (;;) {
    // A run of letters and digits, appended whole.
    let j = i;
    let ascii = true;
    while (j < n && j - i + acc.length <= maxLength) {
      const cp = s.codePointAt(j)!;
      if (!isWordCode(cp)) break;
      if (cp >= 0x80) ascii = false;
      j += cp > 0xffff ? 2 : 1;
    }
    if (j > i) {
      if (j - i + acc.length > maxLength) break;
      const run = s.slice(i, j);
      acc += !foldCase ? run : ascii ? run.toLowerCase() : Array.from(run, foldChar).join('');
      i = j;
    }
    // A token end: the text so far may be a word, and must begin one to go on.
    if (acc !== '' && keys.has(acc)) ends.push(i);
    if (i >= n || acc.length >= maxLength || !prefixes.has(acc)) break;
    // One character that is no letter or digit, or a whitespace run as one space.
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      acc += ' ';
      i++;
      while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    } else {
      acc += foldCase ? foldChar(s[i]!) : s[i]!;
      i++;
    }
  }
  return ends.reverse();
}

/** What `LookupPattern` finds at one position: the end of the match and its named groups. */
export interface LookupMatch {
  end: number;
  groups?: Record<string, string>;
}

/** Finds a match at `start` for `LookupPattern`, or null. */
export type MatchAt = (s: string, start: number) => LookupMatch | null;

/**
 * A global RegExp whose `exec` finds its matches with a function (usually
 * `phraseEnds` lookups) instead of a compiled pattern, for `Rule.pattern`.
 * `exec` behaves as a 'gu' regex led by `(?<![\p{L}\p{N}])` would: it starts
 * at `lastIndex`, tries each position where a token starts (only `lastIndex`
 * itself when sticky), and returns the first match (`[whole, ...groups]`,
 * `index`, `input`, `groups`) with `lastIndex` at its end, or null with
 * `lastIndex` reset. `test`, `match`, `matchAll`, `replace` and `search` go
 * through `exec` too; `source` only describes the pattern.
 */
export class LookupPattern extends RegExp {
  readonly #matchAt: MatchAt;

  /**
   * `description`: a regex source for `source` and messages, e.g.
   * `(?<![\p{L}\p{N}])(?:<places>)`; `flags`: those of the regex it stands
   * for (must hold 'g' and 'u'). `new LookupPattern(other, flags)` copies one,
   * as `matchAll` does.
   */
  constructor(matchAt: MatchAt | LookupPattern, description = '(?:)', flags?: string) {
    super(
      matchAt instanceof LookupPattern ? matchAt.source : description,
      matchAt instanceof LookupPattern ? (description === '(?:)' ? matchAt.flags : description) : (flags ?? 'gu'),
    );
    this.#matchAt = matchAt instanceof LookupPattern ? matchAt.#matchAt : matchAt;
  }

  override exec(input: string): RegExpExecArray | null {
    const s = String(input);
    const keep = this.global || this.sticky;
    const from = keep ? this.lastIndex : 0;
    const last = this.sticky ? Math.min(from, s.length - 1) : s.length - 1;
    for (let p = from; p <= last; p++) {
      if (!atTokenStart(s, p)) continue;
      const hit = this.#matchAt(s, p);
      if (hit === null) continue;
      const groups = hit.groups;
      const m = [s.slice(p, hit.end), ...(groups ? Object.values(groups) : [])] as unknown as RegExpExecArray;
      m.index = p;
      m.input = s;
      m.groups = groups ? Object.assign(Object.create(null) as Record<string, string>, groups) : undefined;
      if (keep) this.lastIndex = hit.end;
      return m;
    }
    if (keep) this.lastIndex = 0;
    return null;
  }
}
