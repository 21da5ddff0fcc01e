/**
 * Shared number reading for the amounts and volumes families.
 *
 * Regex parts are exported as source strings so that each rule can compose
 * its own pattern with its own named groups (JavaScript forbids a group name
 * twice in one regex). Every part is linear: quantifiers are bounded and a
 * digit run can only start where no digit precedes it, so 1 MB of digits or of
 * one repeated word costs about as much as ordinary text. Nothing here nests
 * quantifiers the way `(\d+,?)+` does.
 *
 * Value semantics follow SCHEMA.md (Duckling's `AmountOfMoney/Types.hs`):
 * "over 320,000" is `{value 320000, min 320000, max null, approximate}`,
 * "nearly 1 million" is `{value 1e6, max 1e6}`, "millions" is `{min 1e6}`, a
 * range is `{value null, min, max}`.
 */
import { alternation } from './runner.js';

// ---------------------------------------------------------------------------
// Dictionaries
// ---------------------------------------------------------------------------

export const ONES: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

export const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words written out: "1.2 million", "three thousand". Exponent of ten. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  // South Asian scales: "Rs 10 crore", "5 lakh users".
  lakh: 5,
  lakhs: 5,
  crore: 7,
  crores: 7,
};

/**
 * Scale abbreviations glued to (or one space after) digits: "$5m", "3.2bn",
 * "200m accounts", "5k". Exponent of ten.
 */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 3,
  m: 6,
  mn: 6,
  mln: 6,
  b: 9,
  bn: 9,
  tn: 12,
  trn: 12,
  // Chinese myriads glued to digits: "32万元", "1.2亿".
  '万': 4,
  '亿': 8,
};

/** How a bound word shapes the value (see the file comment). */
export type BoundKind = 'lower' | 'upper' | 'approx' | 'exact';

/** Words before a number and what they mean; matched case-insensitively. */
export const BOUND_WORDS: Readonly<Record<string, BoundKind>> = {
  // "over RMB 320,000" -> min 320000
  over: 'lower',
  'well over': 'lower',
  'just over': 'lower',
  'more than': 'lower',
  'slightly more than': 'lower',
  'at least': 'lower',
  'in excess of': 'lower',
  'upwards of': 'lower',
  'upward of': 'lower',
  above: 'lower',
  exceeding: 'lower',
  'north of': 'lower',
  'no fewer than': 'lower',
  'no less than': 'lower',
  'not less than': 'lower',
  'a minimum of': 'lower',
  // "nearly one million pieces" -> max 1000000
  nearly: 'upper',
  almost: 'upper',
  'up to': 'upper',
  'less than': 'upper',
  'slightly less than': 'upper',
  under: 'upper',
  'just under': 'upper',
  'fewer than': 'upper',
  'as many as': 'upper',
  'as much as': 'upper',
  'close to': 'upper',
  'closer to': 'upper',
  below: 'upper',
  'no more than': 'upper',
  'not more than': 'upper',
  'a maximum of': 'upper',
  'just shy of': 'upper',
  // "about $5 million" -> value only, approximate
  about: 'approx',
  around: 'approx',
  approximately: 'approx',
  'approx.': 'approx',
  roughly: 'approx',
  some: 'approx',
  'an estimated': 'approx',
  estimated: 'approx',
  'an approximate': 'approx',
  circa: 'approx',
  'in the region of': 'approx',
  'on the order of': 'approx',
  'more or less': 'approx',
  // "a total of 500 records": part of the phrase, the number stays exact
  'a total of': 'exact',
  exactly: 'exact',
  precisely: 'exact',
  'a whopping': 'exact',
};

/**
 * Plural count words that give only a lower bound: "millions of items" ->
 * min 1e6. By the convention of SCHEMA.md the bound is the scale itself.
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1_000,
  millions: 1_000_000,
  billions: 1_000_000_000,
  trillions: 1_000_000_000_000,
};

/** "several million", "a few thousand": lower bound = factor x scale. */
export const FEW_WORDS: Readonly<Record<string, number>> = {
  several: 2,
  'a few': 2,
  'a couple of': 2,
  many: 2,
  multiple: 2,
};

// ---------------------------------------------------------------------------
// Regex parts (source strings, to be compiled with the `i` flag)
// ---------------------------------------------------------------------------

/**
 * Digits with thousands commas and decimals: "320,000", "4000", "1.2",
 * "10,855,376", "191.02". The look-behind keeps a match from starting inside
 * another number ("1,2345" would otherwise read "2345"), which is also what
 * keeps a 1 MB digit run linear; the look-ahead rejects "1,2345" -> "1,234".
 */
export const DIGITS = String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,13})(?:\.\d{1,4})?(?!\d|,\d)`;

const SCALE_WORD = `(?:${alternation(Object.keys(SCALE_WORDS))})`;
const SCALE_ABBREVIATION = `(?:${alternation(Object.keys(SCALE_ABBREVIATIONS))})`;

/**
 * A scale after digits: " million", "bn", "m", " bn". Abbreviations must not be
 * followed by a letter: "5mb" and "1.4GB" are sizes, not millions. A one-letter
 * abbreviation must be glued on: "50 b" is no billion.
 */
export const DIGIT_SCALE = String.raw`(?:\s{1,3}${SCALE_WORD}|\s?(?:bn|mn|mln|tn)|${SCALE_ABBREVIATION})(?![a-z])`;

const ONE_TO_NINE = `(?:${alternation(Object.keys(ONES))})`;
const W99 = String.raw`(?:(?:${alternation(Object.keys(TENS))})(?:[\s-]${ONE_TO_NINE})?|${alternation(Object.keys(TEENS))}|${ONE_TO_NINE})`;
const W999 = String.raw`(?:(?:${W99}|an?)\s+hundred(?:\s+(?:and\s+)?${W99})?|${W99})`;

/** "one and a half million": the half goes with the scale. */
const AND_A_HALF = String.raw`(?:\s+and\s+a\s+half)`;

/**
 * Numbers in words: "one", "twenty-five", "three hundred thousand",
 * "a million", "half a billion", "one and a half million", "a dozen". A bare
 * "a" is a number only with a
 * scale after it ("a million"), never alone.
 */
export const WORD_NUMBER = String.raw`(?:${W999}(?:${AND_A_HALF}?\s+${SCALE_WORD})?|(?:half\s+an?|an?)\s+(?:${SCALE_WORD}|dozen)|(?:a\s+)?dozen)(?![a-z])`;

/**
 * A decimal comma, read only before a scale, where it cannot be a thousands
 * separator: "€3,2 million", "1,5 Mrd" is not read.
 */
const DECIMAL_COMMA = String.raw`(?<![\d.,])\d{1,3},\d{1,2}(?!\d)${DIGIT_SCALE}`;

/** One cardinal: digits (with a scale) or words. */
export const CARDINAL = String.raw`(?:${DIGITS}(?:${DIGIT_SCALE})?|${DECIMAL_COMMA}|${WORD_NUMBER})`;

/**
 * Thousands grouped by spaces, "$45 000", "€1 200 000": read only right after a
 * currency sign, where "50 100" cannot be two numbers of a list.
 */
export const SPACED_DIGITS = String.raw`(?<![\d.,])\d{1,3}(?: \d{3}){1,4}(?![\d,]|\.\d)`;

/** Digits only (with a scale): what a currency symbol takes ("$5m", not "$five"). */
export const DIGIT_CARDINAL = String.raw`(?:${DIGITS}(?:${DIGIT_SCALE})?|${DECIMAL_COMMA})`;

/**
 * Vague quantities: "tens of thousands", "hundreds of millions", "millions",
 * "several million", "a few thousand", "dozens".
 */
export const VAGUE = String.raw`(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|(?:${alternation(Object.keys(FEW_WORDS))})\s+(?:hundred|${SCALE_WORD})|${alternation(Object.keys(VAGUE_PLURALS))})(?![a-z])`;

/** A bound phrase before a number ("more than", "nearly", "up to"). */
export const BOUND = String.raw`(?:${alternation(Object.keys(BOUND_WORDS))})(?![a-z])`;

/**
 * Between the two ends of a range: "50-140", "5m-10m", "50 to 140", "50 ~ 140".
 * A dash joins digits only: "twenty-five" is one number, not 20 to 5.
 */
export const RANGE_JOIN = String.raw`(?:(?<=\d|\d[kmb]|\d[bm]n)\s{0,2}[-~]\s{0,2}|\s{1,3}to\s{1,3})`;

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/** A number as base x 10^exp, so that ranges can share a scale ("1 to 2 million"). */
export interface Cardinal {
  base: number;
  exp: number;
  value: number;
}

/** Multiplies exactly in decimal: `scaled(1.2, 6)` is 1200000, not 1200000.0000000002. */
function scaled(base: number, exp: number): number {
  return exp === 0 ? base : Number(`${base}e${exp}`);
}

const DIGIT_FORM = /^(\d[\d,]*(?:\.\d+)?)\s*([a-z]*|万|亿)$/i;

/** "3,2 million": a decimal comma (only ever matched before a scale). */
const DECIMAL_COMMA_FORM = /^\d{1,3},\d{1,2}$/;

/** "45 000": thousands grouped by spaces (after a currency sign only, see `SPACED_DIGITS`). */
const SPACED_FORM = /^\d{1,3}(?: \d{3})+$/;

/** Reads a cardinal matched by `CARDINAL`; null when it is not one. */
export function parseCardinal(text: string): Cardinal | null {
  let s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (SPACED_FORM.test(s)) s = s.replace(/ /g, '');
  const d = DIGIT_FORM.exec(s);
  if (d) {
    const digits = d[1]!;
    const base = Number(DECIMAL_COMMA_FORM.test(digits) ? digits.replace(',', '.') : digits.replace(/,/g, ''));
    if (!Number.isFinite(base)) return null;
    const word = d[2]!;
    if (word === '') return { base, exp: 0, value: base };
    const exp = SCALE_WORDS[word] ?? SCALE_ABBREVIATIONS[word];
    if (exp === undefined) return null;
    return { base, exp, value: scaled(base, exp) };
  }
  return parseWords(s);
}

/** "twenty-five", "three hundred and fifty thousand", "half a million", "a dozen". */
function parseWords(s: string): Cardinal | null {
  let current = 0;
  let seen = false;
  let exp = 0;
  for (const token of s.split(/[\s-]+/)) {
    if (token === 'and') continue;
    const small = ONES[token] ?? TEENS[token] ?? TENS[token];
    if (small !== undefined) {
      current += small;
      seen = true;
    } else if (token === 'a' || token === 'an') {
      if (current === 0) current = 1;
      seen = true;
    } else if (token === 'half') {
      // "half a million" is 0.5; "one and a half million" is 1.5 ("a" already counted 1).
      current = current === 0 ? 0.5 : Math.floor(current) + 0.5;
      seen = true;
    } else if (token === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (token === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (SCALE_WORDS[token] !== undefined) {
      exp = SCALE_WORDS[token]!;
      if (current === 0) current = 1;
      seen = true;
    } else {
      return null;
    }
  }
  if (!seen) return null;
  return { base: current, exp, value: scaled(current, exp) };
}

/** Lower bound of a vague quantity matched by `VAGUE`: "tens of thousands" -> 10000. */
export function parseVague(text: string): number | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const of = /^(tens|hundreds) of (\w+)$/.exec(s);
  if (of) {
    const unit = VAGUE_PLURALS[of[2]!];
    return unit === undefined ? null : (of[1] === 'tens' ? 10 : 100) * unit;
  }
  for (const [few, factor] of Object.entries(FEW_WORDS)) {
    if (s.startsWith(few + ' ')) {
      const word = s.slice(few.length + 1);
      const exp = word === 'hundred' ? 2 : SCALE_WORDS[word];
      return exp === undefined ? null : scaled(factor, exp);
    }
  }
  return VAGUE_PLURALS[s] ?? null;
}

/** What a bound phrase means, or null when the text is not one. */
export function boundKind(text: string | undefined): BoundKind | null {
  if (text === undefined) return null;
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return BOUND_WORDS[s] ?? null;
}

/** The value fields shared by Quantity and Money. */
export interface Measure {
  value: number | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
}

/** One number with an optional bound: "over 320,000", "nearly 1 million", "about 5". */
export function bounded(value: number, bound: BoundKind | null): Measure {
  switch (bound) {
    case 'lower':
      return { value, min: value, max: null, approximate: true };
    case 'upper':
      return { value, min: null, max: value, approximate: true };
    case 'approx':
      return { value, min: null, max: null, approximate: true };
    default:
      return { value, min: value, max: value, approximate: false };
  }
}

/** A vague quantity: "millions of items" -> `{value null, min 1e6, approximate}`. */
export function vagueMeasure(min: number, bound: BoundKind | null): Measure {
  // "up to hundreds of thousands": the bound caps, the vague word only sizes it.
  if (bound === 'upper') return { value: null, min: null, max: min, approximate: true };
  return { value: null, min, max: null, approximate: true };
}

/**
 * A range "1 to 2 million", "550,000 to 1.1 million", "50-140": the scale of
 * the upper end carries over to a bare lower end when that keeps it below
 * ("1 to 2 million" = 1e6..2e6, but "550,000 to 1.1 million" stays 550000).
 * Null when the ends are not increasing ("2016-12" is no range).
 */
export function rangeMeasure(low: Cardinal, high: Cardinal, bound: BoundKind | null): Measure | null {
  let lo = low.value;
  if (low.exp === 0 && high.exp > 0 && low.base <= high.base) lo = scaled(low.base, high.exp);
  if (!(lo < high.value)) return null;
  return { value: null, min: lo, max: high.value, approximate: bound !== null && bound !== 'exact' };
}

/**
 * The measure of the usual named groups of a rule: `bound`, and either `num`,
 * `lo` + `hi`, or `vague`. Null when nothing parses.
 */
export function measureOf(groups: Readonly<Record<string, string | undefined>>): Measure | null {
  const bound = boundKind(groups['bound']);
  if (groups['lo'] !== undefined && groups['hi'] !== undefined) {
    const lo = parseCardinal(groups['lo']);
    const hi = parseCardinal(groups['hi']);
    return lo && hi ? rangeMeasure(lo, hi, bound) : null;
  }
  if (groups['vague'] !== undefined) {
    const min = parseVague(groups['vague']);
    return min === null ? null : vagueMeasure(min, bound);
  }
  if (groups['num'] !== undefined) {
    const n = parseCardinal(groups['num']);
    return n === null ? null : bounded(n.value, bound);
  }
  return null;
}

/**
 * Put first in a rule's pattern: a match may not start inside a word. The
 * runner rejects such a match anyway, but only after the regex has consumed
 * it, which would hide a good match that starts inside it ("someone 5 users").
 * A hyphen glued to a word is part of it: "W-2 forms" holds no count of 2.
 */
export const START = String.raw`(?<![A-Za-z0-9]|[A-Za-z0-9]-)`;

// ---------------------------------------------------------------------------
// Sentence around a value (money purpose cues, volume breach cues)
// ---------------------------------------------------------------------------

/**
 * A sentence end: ". The", "!\n", a line break. Not "1.5", not "U.S. military"
 * (a lower-case word follows), not "the U.S. The" (an initialism ends there).
 */
const SENTENCE_END = /(?<![A-Z]\.[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Ltd|Co|No|vs))[.!?]["')\]]?\s+(?=["'([]?[A-Z0-9])|\n/g;

/**
 * The sentence around `[start, end)`, looking no further than `window`
 * characters each way nor past `floor`/`ceiling`, so that text without
 * sentence ends stays linear.
 */
export function sentenceAround(
  view: string,
  start: number,
  end: number,
  window = 240,
  floor = 0,
  ceiling = view.length,
): [number, number] {
  const from = Math.max(floor, start - window);
  const to = Math.min(ceiling, end + window);
  let s = from;
  SENTENCE_END.lastIndex = 0;
  const before = view.slice(from, start);
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(before)) !== null) s = from + m.index + m[0].length;
  SENTENCE_END.lastIndex = 0;
  const after = SENTENCE_END.exec(view.slice(end, to));
  SENTENCE_END.lastIndex = 0;
  return [s, after ? end + after.index + 1 : to];
}
