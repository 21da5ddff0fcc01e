/**
 * The noun-phrase patterns of mentions.ts (NOMINAL, PARTITIVE) matched by
 * word lookups instead of one regex.
 *
 * As a regex the noun phrase held every head noun twice, every plural head
 * and some 300 function words and verbs: 11 K characters that V8 compiled on
 * the first sentence (and again, to machine code, a few sentences later),
 * tens of milliseconds of every one-shot run. Here the word lists are looked
 * up by their first word (`wordTable`, `wordEnds`), and only the small parts
 * (a number, a modifier token, the nouns a head may not precede) stay
 * regexes, each applied at one position.
 *
 * The matchers find exactly what the regexes they replace found, match by
 * match and group by group (test/resolve/np-lookup.test.ts keeps the regexes
 * as the reference). They follow the regex flags 'gi' without 'u': `\w` is
 * `[A-Za-z0-9_]`, case folds ASCII letters only, `\s` is JS whitespace. Every
 * step between two list words has one way to match (a whitespace run is taken
 * whole because no part of the pattern starts with a space), so the
 * backtracking order of the regex reduces to the loops of the matchers'
 * `at`: longer determiners first, then none; the number, then none; fewest
 * modifiers first; longest head first. Heads and modifiers depend on their
 * position only, so they are memoized per string.
 */
import { alternation } from '../recognizers/runner.js';

/**
 * A word list for `wordEnds`: the lower-case words (a space for any
 * whitespace run) by their first run of `\w` characters. Built with a few
 * Map and string operations (a character trie of the same lists took
 * milliseconds to build on every start).
 */
export interface WordTable {
  readonly byFirstRun: ReadonlyMap<string, readonly string[]>;
  /** Length of the longest first run. */
  readonly maxRun: number;
}

const FIRST_RUN = /^\w*/;

/** "accused of", "accused by": the participle, which the noun "accused" must not be taken for. */
const ACCUSED_OF = /^accused\s+(?:of|by)\b/i;

/** Compiles ASCII words (spaces match any whitespace run, case is ignored) for `wordEnds`. */
export function wordTable(words: Iterable<string>): WordTable {
  const byFirstRun = new Map<string, string[]>();
  let maxRun = 0;
  for (const w of words) {
    const key = w.replace(/\s+/g, ' ').toLowerCase();
    // Case folds like the 'i' flag without 'u' for ASCII only.
    if (/[^\0-\x7f]/.test(key)) throw new Error(`wordTable: not an ASCII word: ${JSON.stringify(w)}`);
    if (key === '') continue;
    const run = FIRST_RUN.exec(key)![0];
    const list = byFirstRun.get(run);
    if (!list) byFirstRun.set(run, [key]);
    else if (!list.includes(key)) list.push(key);
    if (run.length > maxRun) maxRun = run.length;
  }
  return { byFirstRun, maxRun };
}

const SPACE = /\s/;

/** JS `\s`. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && SPACE.test(String.fromCharCode(c)));
}

/** `[A-Za-z0-9_]`: `\w` without the 'u' flag. */
function isWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
}

/** `[\w-]` at `i` (false past the end). */
function wordOrHyphenAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return isWord(c) || c === 0x2d;
}

/** `[\w'-]` at `i` (false past the end). */
function wordApostropheHyphenAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return isWord(c) || c === 0x2d || c === 0x27;
}

/** End of the whitespace run at `i`, or -1 when `s[i]` is no whitespace. */
function spaceRunEnd(s: string, i: number): number {
  if (i >= s.length || !isSpace(s.charCodeAt(i))) return -1;
  let j = i + 1;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  return j;
}

const NO_ENDS: readonly number[] = [];

/** The end of `key` matched at `start` of `s` as `alternation([key])` with flag 'i' (no 'u') matches it, or -1. */
function keyEnd(s: string, start: number, key: string): number {
  let i = start;
  for (let k = 0; k < key.length; k++) {
    const want = key.charCodeAt(k);
    if (i >= s.length) return -1;
    if (want === 0x20) {
      i = spaceRunEnd(s, i);
      if (i < 0) return -1;
      continue;
    }
    let c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== want) return -1;
    i++;
  }
  return i;
}

/**
 * The ends `e`, longest first, where `s.slice(start, e)` spells a word of the
 * table as the alternation `alternation(words)` with flag 'i' (no 'u')
 * matches it (ASCII letters in either case, a whitespace run for a space)
 * and `s[e]` is no `\w` character: every pattern here wants at least that
 * after a word.
 */
export function wordEnds(s: string, start: number, table: WordTable): readonly number[] {
  // The text's run of \w characters must be a word's first run, whole.
  let j = start;
  while (j < s.length && isWord(s.charCodeAt(j))) {
    j++;
    if (j - start > table.maxRun) return NO_ENDS;
  }
  const keys = table.byFirstRun.get(s.slice(start, j).toLowerCase());
  if (keys === undefined) return NO_ENDS;
  let ends: number[] | null = null;
  for (const key of keys) {
    const e = key.length === j - start ? j : keyEnd(s, start, key);
    if (e < 0 || (e < s.length && isWord(s.charCodeAt(e)))) continue;
    if (ends === null) ends = [e];
    else if (!ends.includes(e)) ends.push(e);
  }
  return ends === null ? NO_ENDS : ends.sort((a, b) => b - a);
}

/** One match: `[whole, ...groups]` with `index`, `input` and `groups`, as `RegExp.exec` gives it. */
function execArray(s: string, start: number, end: number, groups: Record<string, string | undefined>): RegExpExecArray {
  const m = [s.slice(start, end), ...Object.values(groups)] as unknown as RegExpExecArray;
  m.index = start;
  m.input = s;
  m.groups = Object.assign(Object.create(null) as Record<string, string>, groups);
  return m;
}

/** What `matches()` of mentions.ts needs of a global regex. */
export interface Matcher {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
}

/**
 * A global matcher led by `(?<![\w'-])` (no 'u'): tries every position from
 * `lastIndex` that starts with a letter or digit (all these patterns do) and
 * is not preceded by `[\w'-]`.
 */
abstract class ScanMatcher implements Matcher {
  lastIndex = 0;

  protected abstract at(s: string, p: number): { end: number; groups: Record<string, string | undefined> } | null;

  exec(input: string): RegExpExecArray | null {
    const s = String(input);
    for (let p = this.lastIndex; p < s.length; p++) {
      const c = s.charCodeAt(p);
      if (!isWord(c) || c === 0x5f) continue;
      if (p > 0 && wordApostropheHyphenAt(s, p - 1)) continue;
      const hit = this.at(s, p);
      if (hit === null) continue;
      this.lastIndex = hit.end;
      return execArray(s, p, hit.end, hit.groups);
    }
    this.lastIndex = 0;
    return null;
  }
}

export interface NominalLists {
  /** Determiners (`det`), longest first among those that match. */
  determiners: readonly string[];
  /** Number words (`num`). */
  numberWords: readonly string[];
  /** Words that are never modifiers (function words, verbs). */
  nonModifiers: readonly string[];
  /** Plural heads, never modifiers either. */
  pluralHeads: readonly string[];
  /** Every head noun. */
  heads: readonly string[];
  /** Regex fragments of the nouns a head may not precede ("records?"). */
  modifiedNouns: readonly string[];
}

/**
 * The regex it stands for (flags 'gi'), MOD being a modifier token that is
 * not a non-modifier nor a plural head:
 * `(?<![\w'-])(?:(?<det>DETS)\s+)?(?:(?<num>\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,3})?|NUMS)\s+)?(?<mods>(?:MOD\s+){0,4}?)(?<head>HEADS)(?![\w-])(?!\s+(?:MODIFIED|(?!accused\s+(?:of|by)\b)HEADS)(?![\w-]))`.
 */
export class NominalMatcher extends ScanMatcher {
  readonly #dets: WordTable;
  readonly #heads: WordTable;
  readonly #nonModifiers: WordTable;
  readonly #pluralHeads: WordTable;
  /** By ASCII code, lower case: 1 where a number may start. */
  readonly #numStarts = new Uint8Array(128);
  /** A number and its whitespace; unique where it matches. */
  readonly #num: RegExp;
  /** A modifier token and its whitespace; unique where it matches. */
  readonly #mod = /(?:[A-Za-z][A-Za-z'.]*(?:-[A-Za-z0-9]+)*|\d+(?:-[A-Za-z]+)+)\s+/iy;
  /** A following noun of MODIFIED (with its whitespace). */
  readonly #modified: RegExp;

  constructor(lists: NominalLists) {
    super();
    this.#dets = wordTable(lists.determiners);
    this.#heads = wordTable(lists.heads);
    this.#nonModifiers = wordTable(lists.nonModifiers);
    this.#pluralHeads = wordTable(lists.pluralHeads);
    for (const w of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ...lists.numberWords]) this.#numStarts[w.toLowerCase().charCodeAt(0)] = 1;
    this.#num = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d{1,6}(?:\\.\\d{1,3})?|${alternation(lists.numberWords)})\\s+`, 'iy');
    this.#modified = new RegExp(`\\s+(?:${lists.modifiedNouns.join('|')})(?![\\w-])`, 'iy');
  }

  /** The string `#headMemo` and `#modMemo` are for: by position, 0 unknown, else the result + 2. */
  #memoFor: string | null = null;
  #headMemo = new Int32Array(0);
  #modMemo = new Int32Array(0);

  /** End of the head at `q` with its lookaheads, the longest that passes; -1 for none. */
  #headAt(s: string, q: number): number {
    const known = this.#headMemo[q]!;
    if (known !== 0) return known - 2;
    const e = this.#findHead(s, q);
    this.#headMemo[q] = e + 2;
    return e;
  }

  #findHead(s: string, q: number): number {
    for (const e of wordEnds(s, q, this.#heads)) {
      if (wordOrHyphenAt(s, e)) continue;
      // (?!\s+(?:MODIFIED|HEADS)(?![\w-])): "customer records", "state employees".
      const j = spaceRunEnd(s, e);
      if (j >= 0) {
        this.#modified.lastIndex = e;
        if (this.#modified.test(s)) continue;
        // "an IT contractor accused of selling": a participle, no head after the head.
        if (wordEnds(s, j, this.#heads).some((f) => !wordOrHyphenAt(s, f)) && !ACCUSED_OF.test(s.slice(j, j + 16))) continue;
      }
      return e;
    }
    return -1;
  }

  /** End of `MOD\s+` at `q`, or -1. */
  #modAt(s: string, q: number): number {
    const known = this.#modMemo[q]!;
    if (known !== 0) return known - 2;
    const e = this.#findMod(s, q);
    this.#modMemo[q] = e + 2;
    return e;
  }

  #findMod(s: string, q: number): number {
    if (wordEnds(s, q, this.#nonModifiers).some((e) => !wordApostropheHyphenAt(s, e))) return -1;
    if (wordEnds(s, q, this.#pluralHeads).some((e) => !wordApostropheHyphenAt(s, e))) return -1;
    this.#mod.lastIndex = q;
    return this.#mod.test(s) ? this.#mod.lastIndex : -1;
  }

  /**
   * `(?:MOD\s+){0,4}?(?=HEADS)` from `from`, fewest modifiers first: where
   * the head starts (its end is `#headAt`), or -1.
   */
  #phraseAt(s: string, from: number): number {
    let q = from;
    for (let k = 0; ; k++) {
      if (this.#headAt(s, q) >= 0) return q;
      if (k === 4) return -1;
      q = this.#modAt(s, q);
      if (q < 0) return -1;
    }
  }

  protected at(s: string, p: number): { end: number; groups: Record<string, string | undefined> } | null {
    if (s !== this.#memoFor) {
      this.#memoFor = s;
      this.#headMemo = new Int32Array(s.length + 1);
      this.#modMemo = new Int32Array(s.length + 1);
    }
    // (?:(?<det>DETS)\s+)? : each determiner that matches, longest first, then none.
    const detEnds = wordEnds(s, p, this.#dets);
    for (let i = 0; i <= detEnds.length; i++) {
      let from = p;
      if (i < detEnds.length) {
        from = spaceRunEnd(s, detEnds[i]!);
        if (from < 0) continue;
      }
      // (?:(?<num>...)\s+)? : the number, then none.
      let num: string | undefined;
      let modsFrom = from;
      let q = -1;
      if (this.#numStarts[s.charCodeAt(from) | 0x20] === 1) {
        this.#num.lastIndex = from;
        const nm = this.#num.exec(s);
        if (nm) {
          num = nm[1];
          modsFrom = this.#num.lastIndex;
          q = this.#phraseAt(s, modsFrom);
        }
      }
      if (q < 0) {
        num = undefined;
        modsFrom = from;
        q = this.#phraseAt(s, from);
      }
      if (q >= 0) {
        const h = this.#headAt(s, q);
        const det = i < detEnds.length ? s.slice(p, detEnds[i]) : undefined;
        return { end: h, groups: { det, num, mods: s.slice(modsFrom, q), head: s.slice(q, h) } };
      }
    }
    return null;
  }
}

/**
 * The regex it stands for (flags 'gi'):
 * `(?<![\w'-])(?<num>\d{1,4}|NUMS)\s+of\s+(?:the|these|those|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}?(?<head>HEADS)(?![\w-])`.
 */
export class PartitiveMatcher extends ScanMatcher {
  readonly #heads: WordTable;
  readonly #lead: RegExp;
  readonly #word = /[a-z][\w-]*\s+/iy;

  constructor(numberWords: readonly string[], heads: readonly string[]) {
    super();
    this.#heads = wordTable(heads);
    this.#lead = new RegExp(
      `(\\d{1,4}|${alternation(numberWords)})\\s+of\\s+(?:the|these|those|its|their|his|her)\\s+`,
      'iy',
    );
  }

  protected at(s: string, p: number): { end: number; groups: Record<string, string | undefined> } | null {
    this.#lead.lastIndex = p;
    const lead = this.#lead.exec(s);
    if (!lead) return null;
    let q = this.#lead.lastIndex;
    for (let k = 0; ; k++) {
      const h = wordEnds(s, q, this.#heads).find((e) => !wordOrHyphenAt(s, e));
      if (h !== undefined) return { end: h, groups: { num: lead[1], head: s.slice(q, h) } };
      if (k === 2) return null;
      this.#word.lastIndex = q;
      if (!this.#word.test(s)) return null;
      q = this.#word.lastIndex;
    }
  }
}
