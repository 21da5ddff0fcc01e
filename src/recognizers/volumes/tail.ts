/**
 * The tail of a volume pattern — qualifiers, the counted noun, "of <data>" —
 * matched by code instead of by regex.
 *
 * The tail is what made the volume patterns big: the unit list (twice), and a
 * stop-word list inside every qualifier word, 5–9 K characters per rule that
 * V8 took ~110 ms to compile on the first exec. `TailPattern` runs a small
 * regex for the head (bound, number, "of its") and then `matchTail`, which
 * reads the same language as the regex parts `QUALIFIERS`, `UNIT` and
 * `OF_INFORMATION` of patterns.ts (flags 'gi', no 'u') with Set lookups, and
 * in the same order as their backtracking tries it: fewest qualifiers first,
 * the longer "A and B" qualifier before "A", the longest unit.
 *
 * One difference: when the tail fails after the head's first match at a
 * position, the head's other readings there ("twenty" for "twenty five") are
 * not tried. The regex could then find "twenty five and stolen users" as 20
 * users, with "five and stolen" as a qualifier; the lookup finds nothing.
 */
import { STOP_WORDS, UNITS } from './patterns.js';

const PLURAL = new Set<string>();
const SINGULAR = new Set<string>();
for (const [key, entry] of Object.entries(UNITS)) {
  if (entry.kind === 'size') continue;
  (entry.singular === true ? SINGULAR : PLURAL).add(key);
}
const STOP = new Set(STOP_WORDS);

/** Every prefix of a key of `keys` (its spaces single): lets `keyEnd` stop as soon as no key can match. */
function prefixesOf(keys: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const k of keys) for (let n = 1; n <= k.length; n++) out.add(k.slice(0, n));
  return out;
}
const PREFIXES = new Map<ReadonlySet<string>, ReadonlySet<string>>([
  [PLURAL, prefixesOf(PLURAL)],
  [SINGULAR, prefixesOf(SINGULAR)],
]);

/** JS `\s` (same with and without 'u'). */
const SPACE = /\s/;
function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c >= 0x80 && SPACE.test(s[i]!);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** `[\w-]` without 'u': what may not follow a unit. */
function isWordOrHyphen(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return isAsciiAlnum(c) || c === 0x5f || c === 0x2d;
}

/** `\s{1,3}` followed by something that is no whitespace: the position after it, or -1. */
export function spaces13(s: string, i: number): number {
  let j = i;
  while (j < s.length && isSpace(s, j)) j++;
  const n = j - i;
  return n >= 1 && n <= 3 ? j : -1;
}

/** 'i' without 'u': only ASCII capitals fold. */
function lowerAscii(c: number): string {
  return String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 32 : c);
}

/**
 * The end of the longest key of `keys` at `i` (a space of a key matching a
 * whitespace run, ASCII case-insensitively) not followed by `[\w-]`, or -1:
 * what `(?:${alternation(keys)})(?![\w-])` matches there.
 */
function keyEnd(s: string, i: number, keys: ReadonlySet<string>): number {
  const prefixes = PREFIXES.get(keys)!;
  let acc = '';
  let best = -1;
  let j = i;
  while (j < s.length) {
    if (isSpace(s, j)) {
      acc += ' ';
      while (j < s.length && isSpace(s, j)) j++;
    } else {
      acc += lowerAscii(s.charCodeAt(j));
      j++;
    }
    // No key goes on from here ("5 7" stops at "5"): the cost of a digit is one lookup.
    if (!prefixes.has(acc)) break;
    if (keys.has(acc) && !isWordOrHyphen(s, j)) best = j;
  }
  return best;
}

/** `UNIT` at `i`: its end, or -1. */
export function unitEnd(s: string, i: number): number {
  const plural = keyEnd(s, i, PLURAL);
  if (plural >= 0) return plural;
  const singular = keyEnd(s, i, SINGULAR);
  if (singular < 0) return -1;
  // (?!\s{1,3}(?:[a-z]+\s{1,3})?PLURAL(?![\w-])): "821,296 account records" is unit "records".
  const p = spaces13(s, singular);
  if (p < 0) return singular;
  let q = p;
  while (q < s.length && isAsciiLetter(s.charCodeAt(q))) q++;
  if (q > p) {
    const r = spaces13(s, q);
    if (r >= 0 && keyEnd(s, r, PLURAL) >= 0) return -1;
  }
  return keyEnd(s, p, PLURAL) >= 0 ? -1 : singular;
}

/**
 * `WORD` of patterns.ts at `i` when whitespace follows it (as it must in a
 * qualifier), or a comma when `comma` ("current, former and retired"): the
 * end, or -1. `[A-Za-z][A-Za-z0-9'&]*(?:[.-][A-Za-z0-9'&]+){0,3}`, not a stop
 * word.
 */
export function wordEnd(s: string, i: number, comma = false): number {
  if (i >= s.length || !isAsciiLetter(s.charCodeAt(i))) return -1;
  let j = i + 1;
  let joins = 0;
  let afterJoin = false;
  for (; j < s.length && !isSpace(s, j); j++) {
    const c = s.charCodeAt(j);
    if (isAsciiAlnum(c) || c === 0x27 || c === 0x26) afterJoin = false;
    else if ((c === 0x2e || c === 0x2d) && !afterJoin && joins < 3) {
      joins++;
      afterJoin = true;
    } else if (comma && c === 0x2c) break;
    else return -1;
  }
  if (afterJoin || j >= s.length || (comma && s.charCodeAt(j) !== 0x2c)) return -1;
  // (?!(?:STOP_WORDS)(?![\w'-])): the run of [\w'-] from i must not be a stop word.
  let k = i;
  while (k < j) {
    const c = s.charCodeAt(k);
    if (!(isAsciiAlnum(c) || c === 0x5f || c === 0x27 || c === 0x2d)) break;
    k++;
  }
  if (STOP.has(s.slice(i, k).toLowerCase())) return -1;
  return j;
}

/** `\s{1,3}(?:and|or|&)\s{1,3}` at `i`: the position after it, or -1. */
function conjunctionEnd(s: string, i: number): number {
  const p = spaces13(s, i);
  if (p < 0) return -1;
  let q = -1;
  if (s[p] === '&') q = p + 1;
  else {
    const two = s.slice(p, p + 2).toLowerCase();
    const three = s.slice(p, p + 3).toLowerCase();
    if (three === 'and') q = p + 3;
    else if (two === 'or') q = p + 2;
  }
  return q < 0 ? -1 : spaces13(s, q);
}

const DATA_WORDS = ['information', 'data', 'info', 'details'];

/** `(?:information|data|info|details)(?![a-z])` at `i`: the end, or -1. */
function dataWordEnd(s: string, i: number): number {
  for (const w of DATA_WORDS) {
    const e = i + w.length;
    if (e > s.length || s.slice(i, e).toLowerCase() !== w) continue;
    if (e < s.length && isAsciiLetter(s.charCodeAt(e))) continue;
    return e;
  }
  return -1;
}

/** `OF_INFORMATION` at `i` (optional): the end, `i` when it is absent. */
export function ofInformationEnd(s: string, i: number): number {
  const p = spaces13(s, i);
  if (p < 0 || s.slice(p, p + 2).toLowerCase() !== 'of') return i;
  let q = spaces13(s, p + 2);
  for (let k = 0; q >= 0; k++) {
    const e = dataWordEnd(s, q);
    if (e >= 0) return e;
    if (k === 2) break;
    const w = wordEnd(s, q);
    if (w < 0) break;
    q = spaces13(s, w);
  }
  return i;
}

export interface Tail {
  unitStart: number;
  unitEnd: number;
  end: number;
}

/**
 * `${QUALIFIERS}(?<unit>${UNIT})` at `i`, then `OF_INFORMATION` when
 * `ofInformation`: the unit and the end, or null.
 */
export function matchTail(s: string, i: number, ofInformation: boolean, depth = 0): Tail | null {
  const u = unitEnd(s, i);
  if (u >= 0) return { unitStart: i, unitEnd: u, end: ofInformation ? ofInformationEnd(s, u) : u };
  if (depth === 3) return null;
  for (const q of qualifierEnds(s, i)) {
    const next = spaces13(s, q);
    const hit = next < 0 ? null : matchTail(s, next, ofInformation, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/** `\s{1,3}(?:and|or|&)\s{1,3}WORD` at `i` (the word followed by whitespace): its end, or -1. */
function conjoinedWordEnd(s: string, i: number): number {
  const c = conjunctionEnd(s, i);
  return c < 0 ? -1 : wordEnd(s, c);
}

/**
 * The ends of `QUALIFIER` at `i`, in the order its regex tries them:
 * `WORD(?:(?:,\s{1,3}WORD){1,2},?\s{1,3}(?:and|or|&)\s{1,3}WORD|\s{1,3}(?:and|or|&)\s{1,3}WORD)?`.
 * A list of three or four words closed by a conjunction ("current, former
 * and retired", "Visa, Mastercard, and Amex"; the longer list first), then
 * "A and B" ("government and military"), then "A". Each word has one end (the
 * comma or space after it), so there are at most two readings at `i`.
 */
function qualifierEnds(s: string, i: number): number[] {
  const ends: number[] = [];
  const first = wordEnd(s, i, true);
  const p1 = first < 0 ? -1 : spaces13(s, first + 1);
  if (p1 >= 0) {
    const c1 = wordEnd(s, p1, true);
    if (c1 >= 0) {
      // two items after the first: ", B, C and D", ", B, C, and D"
      const p2 = spaces13(s, c1 + 1);
      if (p2 >= 0) {
        const c2 = wordEnd(s, p2, true);
        const w2 = c2 >= 0 ? -1 : wordEnd(s, p2);
        const e2 = c2 >= 0 ? conjoinedWordEnd(s, c2 + 1) : w2 >= 0 ? conjoinedWordEnd(s, w2) : -1;
        if (e2 >= 0) ends.push(e2);
      }
      // one item, then a serial comma: ", B, and C"
      const e1 = conjoinedWordEnd(s, c1 + 1);
      if (e1 >= 0) ends.push(e1);
    } else {
      // ", B and C"
      const w1 = wordEnd(s, p1);
      const e1 = w1 < 0 ? -1 : conjoinedWordEnd(s, w1);
      if (e1 >= 0) ends.push(e1);
    }
  }
  const w = wordEnd(s, i);
  if (w >= 0) {
    // "government and military": the longer qualifier first.
    const e = conjoinedWordEnd(s, w);
    if (e >= 0) ends.push(e);
    ends.push(w);
  }
  return ends;
}

/** Finds the tail after a head match; returns the full match's end and its groups, or null. */
export type TailStep = (s: string, head: RegExpExecArray) => { end: number; groups: Record<string, string | undefined> } | null;

/**
 * A global RegExp for `Rule.pattern` whose `exec` runs `head` (a small
 * global regex) and accepts its match when `step` finds a tail after it; else
 * it goes on from the next position, as the full regex would.
 */
export class TailPattern extends RegExp {
  readonly #head: RegExp;
  readonly #step: TailStep;

  constructor(head: RegExp | TailPattern, step?: TailStep, description = '(?:<volume>)') {
    super(head instanceof TailPattern ? head.source : description, 'g');
    this.#head = head instanceof TailPattern ? head.#head : new RegExp(head.source, head.flags.includes('g') ? head.flags : head.flags + 'g');
    this.#step = head instanceof TailPattern ? head.#step : step!;
  }

  override exec(input: string): RegExpExecArray | null {
    const s = String(input);
    const head = this.#head;
    head.lastIndex = this.lastIndex;
    let m: RegExpExecArray | null;
    while ((m = head.exec(s)) !== null) {
      const hit = this.#step(s, m);
      if (hit !== null) {
        const out = [s.slice(m.index, hit.end)] as unknown as RegExpExecArray;
        out.index = m.index;
        out.input = s;
        out.groups = Object.assign(Object.create(null) as Record<string, string>, hit.groups);
        this.lastIndex = hit.end;
        return out;
      }
      head.lastIndex = m.index + 1;
    }
    this.lastIndex = 0;
    return null;
  }
}

/** A letter of a word: ASCII or Latin-1/Latin Extended-A ("résumés"). */
function isWordLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7);
}

/**
 * A lower-case plural-looking word at `i` ("dossiers", "look-ups"): its end,
 * or -1. Letters with inner hyphens, ending in "s" but not "ss", "us", "is"
 * ("business", "status", "analysis"), not followed by `[\w-]` or "'s".
 */
export function pluralWordEnd(s: string, i: number): number {
  if (i >= s.length) return -1;
  const first = s.charCodeAt(i);
  if (!(first >= 0x61 && first <= 0x7a) && !(first >= 0xdf && first <= 0xff)) return -1;
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isWordLetter(c)) j++;
    else if (c === 0x2d && j + 1 < s.length && isWordLetter(s.charCodeAt(j + 1))) j++;
    else break;
  }
  if (j - i < 4 || isWordOrHyphen(s, j) || s[j] === "'") return -1;
  const w = s.slice(i, j).toLowerCase();
  if (!w.endsWith('s') || /(?:ss|us|is)$/.test(w)) return -1;
  return j;
}

/** The last word before `i` (after spaces), lower-cased, or ''. */
export function wordBefore(s: string, i: number): string {
  let j = i;
  while (j > 0 && isSpace(s, j - 1)) j--;
  let k = j;
  while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
  return s.slice(k, j).toLowerCase();
}

const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/**
 * "of <people>" or "of <data>" after an open noun: "dossiers of clients",
 * "files of its customers", "logs of personal information". The end, or -1.
 * `isPeople` tells whether a word is a unit of people.
 */
export function ofWhomEnd(s: string, i: number, isPeople: (word: string) => boolean): number {
  const p = spaces13(s, i);
  if (p < 0 || s.slice(p, p + 2).toLowerCase() !== 'of') return -1;
  let q = spaces13(s, p + 2);
  if (q < 0) return -1;
  const data = ofInformationEnd(s, i);
  if (data > i) return data;
  for (let k = 0; k < 3 && q >= 0; k++) {
    let e = q;
    while (e < s.length && (isAsciiLetter(s.charCodeAt(e)) || s[e] === '-')) e++;
    if (e === q) return -1;
    const w = s.slice(q, e).toLowerCase();
    if (isPeople(w)) return s[e] === "'" ? -1 : e;
    // one determiner and one qualifier may come first: "of the bank's clients"
    if (k === 0 && OF_DETERMINERS.has(w)) {
      q = spaces13(s, e);
      continue;
    }
    if (STOP.has(w)) return -1;
    if (s.slice(e, e + 2) === "'s") e += 2;
    q = spaces13(s, e);
  }
  return -1;
}
