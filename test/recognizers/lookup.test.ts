/**
 * Word lists matched by lookup (runner.ts `phraseTable`, `phraseEnds`,
 * `LookupPattern`) find exactly what the trie regex they replace found.
 */
import { describe, expect, test } from 'vitest';
import { LookupPattern, phraseEnds, phraseTable, trieAlternation } from '../../src/recognizers/runner.js';
import { CATEGORY_RULES, PHRASES, expand } from '../../src/recognizers/categories/rules.js';
import { NOT_DATA, PREMODIFIERS } from '../../src/recognizers/categories/patterns.js';

const WORDS = [
  'New York', 'New York City', 'New', 'York', 'U.S.', 'U.S.A.', 'US', "Xi'an", 'Cocos (Keeling) Islands', 'Cocos Islands',
  'e-mail', 'e-mail address', "users'", 'user', 'St. Barts', 'Åland', 'Åland Islands', 'data', 'date of birth',
  'date(s)', 'Hong Kong', 'HONG KONG', 'Kansas', 'the Emirates',
];
const SEPARATORS = [' ', '  ', '\t', '\n', '\u00a0', '\u3000', ', ', '. ', '-', "'", '’', '(', ')', '', 'x', 'É', '𝐀', '😀', '\u0301', '1', '/', ' and '];

function variant(w: string, k: number): string {
  switch (k % 9) {
    case 0: return w.toUpperCase();
    case 1: return w.replace(/ /g, ' \t ');
    case 2: return w.replace(/s/g, 'ſ');
    case 3: return w.replace(/k/g, '\u212a');
    case 4: return w.slice(0, k % (w.length + 1));
    case 5: return w.replace(/i/g, 'İ');
    case 6: return w.toLowerCase();
    case 7: return w.replace(/ /g, '\n');
    default: return w;
  }
}

/** Deterministic strings of words, variants and separators. */
function samples(words: readonly string[], n: number): string[] {
  let seed = 11;
  const rnd = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % m);
  return Array.from({ length: n }, () => {
    let s = '';
    for (let j = 1 + rnd(6); j > 0; j--) s += SEPARATORS[rnd(SEPARATORS.length)]! + variant(words[rnd(words.length)]!, rnd(90));
    return s + SEPARATORS[rnd(SEPARATORS.length)]!;
  });
}

function matches(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out.push(JSON.stringify([m.index, m[0], m.groups ? { ...m.groups } : null]));
  return out;
}

describe('phraseEnds and LookupPattern', () => {
  for (const fold of [false, true]) {
    test(`agree with the trie regex (${fold ? 'case-insensitive' : 'case-sensitive'})`, () => {
      const words = fold ? WORDS.map((w) => w.toLowerCase()) : WORDS;
      const table = phraseTable(words, fold);
      const lookup = new LookupPattern((s, start) => {
        const end = phraseEnds(s, start, table)[0];
        return end === undefined ? null : { end };
      }, '(?<![\\p{L}\\p{N}])(?:<words>)(?![\\p{L}\\p{N}])');
      const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${trieAlternation(words)})(?![\\p{L}\\p{N}])`, fold ? 'giu' : 'gu');
      for (const s of samples(words, 3000)) expect(matches(lookup, s), JSON.stringify(s)).toEqual(matches(regex, s));
    });
  }

  test('lists every end, longest first, at token ends only', () => {
    const table = phraseTable(['New', 'New York', 'New York City', 'York']);
    expect(phraseEnds('New York  City!', 0, table)).toEqual([14, 8, 3]);
    expect(phraseEnds('New Yorker', 0, table)).toEqual([3]);
    expect(phraseEnds('Newark', 0, table)).toEqual([]);
  });

  test('behaves as a RegExp for test() and matchAll()', () => {
    const table = phraseTable(['data']);
    const re = new LookupPattern((s, start) => {
      const end = phraseEnds(s, start, table)[0];
      return end === undefined ? null : { end };
    }, '(?:<data>)');
    expect(re.global).toBe(true);
    expect([...'data, metadata and data'.matchAll(re)].map((m) => m.index)).toEqual([0, 19]);
    re.lastIndex = 0;
    expect(re.test('no such word')).toBe(false);
    expect(re.lastIndex).toBe(0);
  });
});

describe('category phrase rules', () => {
  const heads = trieAlternation([...PHRASES.keys(), ...NOT_DATA.flatMap(expand)]);
  const mods = trieAlternation(PREMODIFIERS);
  const REGEX: Record<string, RegExp> = {
    'categories/phrase': new RegExp(`(?<![\\p{L}\\p{N}])(?<head>${heads})(?![\\p{L}\\p{N}])`, 'giu'),
    'categories/premodified': new RegExp(
      `(?<![\\p{L}\\p{N}])(?<mods>(?:${mods})\\s+(?:(?:${mods})\\s+)?)(?<head>${heads})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
  };
  const words = [...PHRASES.keys(), ...PREMODIFIERS, 'Customer', 'the', 'of', 'names', 'PASSWORDS'];
  const texts = [
    "Hackers stole customers' full names, e-mail addresses and dates of birth.",
    'Users’ Home  Addresses and\tPhone\nNumbers; customer customer names; passenger name records.',
    ...samples(words, 1500),
  ];
  for (const id of Object.keys(REGEX)) {
    test(`${id} finds what its regex found`, () => {
      const rule = CATEGORY_RULES.find((r) => r.id === id)!;
      for (const s of texts) expect(matches(rule.pattern, s), JSON.stringify(s)).toEqual(matches(REGEX[id]!, s));
    });
  }
});
