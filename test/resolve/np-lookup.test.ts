/**
 * The noun-phrase matchers of mentions.ts (np-lookup.ts word lookups) find
 * exactly what the regexes they replaced found: same index, same text, same
 * groups, match by match. The regexes are kept here, built from the same word
 * lists as before, as the reference.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { alternation } from '../../src/recognizers/runner.js';
import { matchView } from '../../src/normalize/view.js';
import { splitSentences } from '../../src/resolve/sentences.js';
import { HEADS, MODIFIED_NOUNS, NON_MODIFIERS, NUMBER_WORDS } from '../../src/resolve/patterns.js';
import {
  ALL_HEADS,
  DETERMINER_WORDS,
  NOMINAL,
  NOMINAL_LISTS,
  PARTITIVE,
  VERBS_NOT_MODIFIERS,
} from '../../src/resolve/mentions.js';
import { NominalMatcher, wordEnds, wordTable } from '../../src/resolve/np-lookup.js';

// ---------------------------------------------------------------------------
// The reference: the regexes as mentions.ts built them before the lookups.

const HEAD_ALT = alternation(ALL_HEADS);
const NUM_ALT = alternation(Object.keys(NUMBER_WORDS));
const MOD = `(?:(?!(?:${alternation([...NON_MODIFIERS, ...VERBS_NOT_MODIFIERS])})(?![\\w'-]))(?!(?:${alternation(
  HEADS.flatMap((h) => h.plural),
)})(?![\\w'-]))(?:[A-Za-z][A-Za-z'.]*(?:-[A-Za-z0-9]+)*|\\d+(?:-[A-Za-z]+)+))`;
const DET_ALT = alternation(DETERMINER_WORDS);
const NOMINAL_REGEX = new RegExp(
  `(?<![\\w'-])(?:(?<det>${DET_ALT})\\s+)?(?:(?<num>\\d{1,3}(?:,\\d{3})+|\\d{1,6}(?:\\.\\d{1,3})?|${NUM_ALT})\\s+)?(?<mods>(?:${MOD}\\s+){0,4}?)(?<head>${HEAD_ALT})(?![\\w-])(?!\\s+(?:${MODIFIED_NOUNS.join(
    '|',
  )}|(?!accused\\s+(?:of|by)\\b)(?:${HEAD_ALT}))(?![\\w-]))`,
  'gi',
);
const PARTITIVE_REGEX = new RegExp(
  `(?<![\\w'-])(?<num>\\d{1,4}|${alternation(Object.keys(NUMBER_WORDS).filter((w) => w !== 'both'))})\\s+of\\s+(?:the|these|those|its|their|his|her)\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?<head>${HEAD_ALT})(?![\\w-])`,
  'gi',
);

interface Execable {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
}

/** Every match as mentions.ts reads it: index, text, groups (undefined ones included). */
function all(re: Execable, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const groups = m.groups ? Object.entries(m.groups).map(([k, v]) => [k, v === undefined ? '<undefined>' : v]) : null;
    out.push(JSON.stringify([m.index, m[0], [...m], groups, re.lastIndex]));
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function agree(s: string): void {
  expect(all(NOMINAL, s), JSON.stringify(s)).toEqual(all(NOMINAL_REGEX, s));
  expect(all(PARTITIVE, s), JSON.stringify(s)).toEqual(all(PARTITIVE_REGEX, s));
}

// ---------------------------------------------------------------------------
// Inputs.

const FIXTURES = new URL('../../fixtures/', import.meta.url);

function fixtureTexts(): { name: string; text: string }[] {
  return readdirSync(FIXTURES)
    .filter((f) => /\.(?:txt|html)$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(new URL(f, FIXTURES), 'utf8') }));
}

const SEPARATORS = [
  ' ', ' ', ' ', '  ', '\t', '\n', ' \n ', '\u00a0', '\u3000', '\u2028', ', ', '. ', ' - ', '-', "'", '’', '_', '.', '',
  '(', ')', '"', ';', 'é', 'ſ', '\u212a', '1', '/', ' of ', ' and ',
];
const WORDS = [
  ...DETERMINER_WORDS, ...Object.keys(NUMBER_WORDS), '1,000', '12', '3', '1234567', '12,34', '1,234,567', '0', '2.3', '0.5', '1.2.3', '10-member',
  '5-man', 'ex-police', 'U.S.', "o'brien", "state's", 'well-known', 'A.B.', 'local', 'unemployed', 'Shanghai', 'online',
  'data', 'records', 'record', 'behavior', 'behaviour', 'details', 'of', 'the', 'these', 'its', 'her', 'his', 'their',
  'potential', 'hacking', 'quickly', 'former', 'who', 'were', 'to', 'two', 'Two', 'x', 'ab_c', 'a-b', 'it',
  ...NON_MODIFIERS.slice(0, 40), ...VERBS_NOT_MODIFIERS.slice(0, 20), ...MODIFIED_NOUNS.map((w) => w.replace(/\?/g, '')),
];

function variant(w: string, k: number): string {
  switch (k % 10) {
    case 0: return w.toUpperCase();
    case 1: return w.replace(/ /g, ' \t ');
    case 2: return w.charAt(0).toUpperCase() + w.slice(1);
    case 3: return w.replace(/ /g, '\n');
    case 4: return w.replace(/s/g, 'ſ');
    case 5: return w.replace(/ /g, '\u00a0');
    case 6: return w.replace(/[aeiou]/, (c) => c.toUpperCase());
    case 7: return w.slice(0, Math.max(1, w.length - 1));
    default: return w;
  }
}

/** Deterministic strings: noun-phrase shapes (det, number, modifiers, head, what follows) and word salad. */
function generated(n: number): string[] {
  // mulberry32
  let seed = 20240607;
  const rnd = (m: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % m;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
  const word = (): string => (rnd(3) === 0 ? pick(ALL_HEADS) : pick(WORDS));
  const sep = (): string => (rnd(4) === 0 ? pick(SEPARATORS) : ' ');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = pick(SEPARATORS);
    if (i % 3 === 2) {
      // A partitive shape: num of det, up to three words, a head.
      s += variant(pick([...Object.keys(NUMBER_WORDS), '2', '12', '12345', '1,000']), rnd(10)) + sep();
      s += variant('of', rnd(10)) + sep() + variant(pick(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'a']), rnd(10)) + sep();
      for (let k = rnd(4); k > 0; k--) s += variant(word(), rnd(10)) + sep();
      s += variant(pick(ALL_HEADS), rnd(10)) + pick(SEPARATORS) + word();
    } else if (i % 3 === 0) {
      // A phrase shape: [det] [num] mods* head [follower], twice.
      for (let r = 1 + rnd(2); r > 0; r--) {
        if (rnd(3) === 0) s += variant(`${pick(Object.keys(NUMBER_WORDS))} of ${pick(['the', 'these', 'its', 'their', 'her'])}`, rnd(10)) + sep();
        if (rnd(2) === 0) s += variant(pick(DETERMINER_WORDS), rnd(10)) + sep();
        if (rnd(3) === 0) s += variant(pick([...Object.keys(NUMBER_WORDS), '1,000', '12', '1234567', '12,34']), rnd(10)) + sep();
        for (let k = rnd(7); k > 0; k--) s += variant(word(), rnd(10)) + sep();
        s += variant(pick(ALL_HEADS), rnd(10));
        if (rnd(2) === 0) s += sep() + variant(rnd(2) ? pick(MODIFIED_NOUNS).replace(/\?/g, '') : pick(ALL_HEADS), rnd(10));
        s += pick(SEPARATORS);
      }
    } else {
      for (let k = 2 + rnd(10); k > 0; k--) s += variant(word(), rnd(10)) + pick(SEPARATORS);
    }
    out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------

describe('noun-phrase lookups (np-lookup.ts) against the regexes they replace', () => {
  test('every sentence of the fixtures, and each fixture whole', () => {
    let sentences = 0;
    for (const { text } of fixtureTexts()) {
      const view = matchView(text);
      for (const s of splitSentences(view, 0, view.length)) {
        agree(view.slice(s.start, s.end));
        sentences++;
      }
      agree(view);
      agree(text);
    }
    expect(sentences).toBeGreaterThan(100);
  });

  test('generated strings with awkward whitespace, case and punctuation', () => {
    const strings = generated(900);
    for (const s of strings) agree(s);
    // The generator does reach both patterns.
    expect(strings.filter((s) => all(NOMINAL_REGEX, s).length > 0).length).toBeGreaterThan(200);
    expect(strings.filter((s) => all(PARTITIVE_REGEX, s).length > 0).length).toBeGreaterThan(20);
  });

  test('lastIndex: a match starts at or after it, null resets it', () => {
    const s = 'Two of the suspects and three men, an employee and the hackers.';
    for (const [mine, ref] of [[NOMINAL, NOMINAL_REGEX], [PARTITIVE, PARTITIVE_REGEX]] as const) {
      for (let from = 0; from <= s.length + 1; from++) {
        mine.lastIndex = from;
        ref.lastIndex = from;
        const a = mine.exec(s);
        const b = ref.exec(s);
        expect([a?.index, a?.[0], mine.lastIndex]).toEqual([b?.index, b?.[0], ref.lastIndex]);
      }
    }
  });

  test('wordEnds: the ends of an `i` alternation before no \\w character, longest first', () => {
    const words = ['cyber attacker', 'cyber attackers', 'cyber', 'member of staff', 'staff', 'staff member', 'a', 'all the', 'all'];
    const table = wordTable(words);
    const cases = [
      'Cyber \t Attackers', 'cyber-attacker', 'STAFF MEMBERS', 'member\u00a0of\nstaff', 'all  the', 'ALL\tTHEM', 'ſtaff', 'a',
      'staffé', 'staff_', 'staff-member', 'cyber attacker_', 'all the\u3000', 'allthe', 'Staff Member\'s', '',
    ];
    for (const s of cases) {
      const expected: number[] = [];
      for (const w of [...words].sort((x, y) => y.length - x.length)) {
        const m = new RegExp(`${alternation([w])}(?!\\w)`, 'iy').exec(s);
        if (m) expected.push(m[0].length);
      }
      expect(wordEnds(s, 0, table), s).toEqual([...new Set(expected)].sort((x, y) => y - x));
    }
  });

  test('a matcher is independent of another built from the same lists', () => {
    const other = new NominalMatcher(NOMINAL_LISTS);
    const s = 'a former bank teller and three men';
    expect(all(other, s)).toEqual(all(NOMINAL_REGEX, s));
  });
});
