/**
 * The volume rules match their tails (qualifiers, unit, "of <data>") by code
 * (volumes/tail.ts). They must find what the regexes they replace found: the
 * full regexes are rebuilt here from the parts of patterns.ts and compared on
 * generated sentences.
 */
import { describe, expect, test } from 'vitest';
import { BOUND, CARDINAL, DIGITS, RANGE_JOIN, START, VAGUE } from '../../src/recognizers/numbers.js';
import { DETERMINER, FEW, OF_INFORMATION, QUALIFIERS, SIZE_UNIT, UNIT } from '../../src/recognizers/volumes/patterns.js';
import { VOLUME_RULES } from '../../src/recognizers/volumes/rules.js';

const OPT_BOUND = String.raw`(?:(?<bound>${BOUND})\s{1,3})?`;

/** The regex each rule stood for, by id. */
const REGEX: Record<string, string> = {
  'volumes/between': String.raw`${START}${OPT_BOUND}between\s{1,3}(?<lo>${CARDINAL})\s{1,3}(?:and|to)\s{1,3}(?<hi>${CARDINAL})\s{1,3}${QUALIFIERS}(?<unit>${UNIT})${OF_INFORMATION}`,
  'volumes/range-unit': String.raw`${START}${OPT_BOUND}(?:from\s{1,3})?(?<lo>${CARDINAL})${RANGE_JOIN}(?<hi>${CARDINAL})\s{1,3}${QUALIFIERS}(?<unit>${UNIT})${OF_INFORMATION}`,
  'volumes/count-unit': String.raw`${START}${OPT_BOUND}(?<num>${CARDINAL})\s{1,3}${QUALIFIERS}(?<unit>${UNIT})${OF_INFORMATION}`,
  'volumes/count-of-unit': String.raw`${START}${OPT_BOUND}(?<num>${CARDINAL})\s{1,3}of\s{1,3}${DETERMINER}${QUALIFIERS}(?<unit>${UNIT})${OF_INFORMATION}`,
  'volumes/vague-unit': String.raw`${START}${OPT_BOUND}(?<vague>${VAGUE})(?:\s{1,3}of)?\s{1,3}${DETERMINER}${QUALIFIERS}(?<unit>${UNIT})${OF_INFORMATION}`,
  'volumes/few-unit': String.raw`${START}(?<few>${FEW})\s{1,3}${QUALIFIERS}(?<unit>${UNIT})`,
  'volumes/shared-unit': String.raw`${START}${OPT_BOUND}(?<num>${CARDINAL})(?=\s{1,3}(?:and|or)\s{1,3}(?:${BOUND}\s{1,3})?${CARDINAL}\s{1,3}${QUALIFIERS}(?<unit>${UNIT}))`,
  'volumes/size': String.raw`${START}${OPT_BOUND}(?<num>${DIGITS})\s?(?<unit>${SIZE_UNIT})${OF_INFORMATION}`,
};

const HEADS = [
  '5', '1,200', '3.5', '12 million', 'two', 'a dozen', 'several', 'a few', 'millions of', 'tens of thousands of its',
  'between 5 and 10', '5 to 10', '1-2 million', 'more than 40', 'nearly 2,000', 'up to 5', 'about 300', 'some 70',
  '2,500 of the', '3 million and 4 million', '600 or about 900', '1.4', '20',
];
const WORDS = [
  'and', 'or', '&', 'of', 'its', 'the', 'stolen', 'Facebook', "app's", 'W-2', 'BitLeak.net', 'U.S.', 'personal',
  'cases', 'involving', 'x-y-z-w-v', 'résumés', 'e.g.', 'containing', 'customer', 'bank', 'current', 'former',
  'account', 'record', 'email', 'label', 'co-', 'the.foo',
];
const UNITS = [
  'records', 'record', 'Records', 'user names', 'user  names', 'users', 'email addresses', 'e-mail', 'emails', 'account',
  'accounts', 'pieces', 'items', 'item', 'entries', 'customers', 'GB', 'TB', 'gigabytes', 'recordé', 'records_',
  'account-holders', 'account holders', 'phone numbers', 'labels',
];
const TAILS = [
  '', '', ' of personal information', ' of data', ' of  the data', ' of their customer details', ' of info.', ' of informational',
  ' of x y z data', ' of malware', ' OF DATA', ' of\ndata', ' of    data',
];
const GLUE = [' ', ' ', ' ', '  ', '   ', '    ', '\n', '\u00a0', ', ', '', '-'];

function samples(n: number): string[] {
  let seed = 7;
  const rnd = (m: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % m;
  };
  const pick = <T>(list: readonly T[]): T => list[rnd(list.length)]!;
  return Array.from({ length: n }, () => {
    let s = rnd(3) === 0 ? pick(WORDS) + ' ' : '';
    s += pick(HEADS) + pick(GLUE);
    for (let j = rnd(5); j > 0; j--) s += pick(WORDS) + pick(GLUE);
    s += pick(UNITS);
    if (rnd(2) === 0) s += pick(GLUE) + pick(UNITS);
    return s + pick(TAILS) + pick(['', '.', ' and more', '-x']);
  });
}

function matches(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const groups = Object.fromEntries(Object.entries(m.groups ?? {}).filter(([, v]) => v !== undefined));
    out.push(JSON.stringify([m.index, m[0], groups]));
  }
  return out;
}

describe('volume tails by lookup', () => {
  // volumes/open-noun has no regex ancestor: its cases are in volumes.corpus.ts.
  test.each(VOLUME_RULES.map((r) => r.id).filter((id) => REGEX[id] !== undefined))('%s finds what its regex found', (id) => {
    const rule = VOLUME_RULES.find((r) => r.id === id)!;
    const regex = new RegExp(REGEX[id]!, 'gi');
    let found = 0;
    for (const s of samples(3000)) {
      const expected = matches(regex, s);
      found += expected.length;
      expect(matches(rule.pattern, s), JSON.stringify(s)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(5);
  });
});

test('qualifier lists: the lookup reads what the regex reads', () => {
  const cases = [
    '12,000 current, former and retired employees',
    '5 Visa, Mastercard, and Amex cards',
    '5 Visa, Mastercard, Discover and Amex cards',
    '5 Visa, Mastercard, Discover, and Amex cards',
    '5 a, b, c, d and e users',
    '5 current, former users',
    '5 current,  former and retired users',
    '5 current , former and retired users',
    '5 U.S., U.K. and EU users',
    '5 the, former and retired users',
    '5 hotels, resorts and guest records',
    '5 old, new or stolen and hacked users',
    '5 a, b and c d, e and f g and h users',
  ];
  const rules = VOLUME_RULES.filter((r) => ['volumes/count-unit', 'volumes/range-unit'].includes(r.id));
  let found = 0;
  for (const rule of rules) {
    const regex = new RegExp(REGEX[rule.id]!, 'gi');
    for (const s of cases) {
      const expected = matches(regex, s);
      found += expected.length;
      expect(matches(rule.pattern, s), s).toEqual(expected);
    }
  }
  expect(found).toBeGreaterThanOrEqual(5);
});

test('the one reading the regex had and the lookup has not: a shorter number before "and"', () => {
  // The regex backtracked to "twenty" and took "five and former" as a qualifier (20 entries).
  const rule = VOLUME_RULES.find((r) => r.id === 'volumes/count-unit')!;
  expect(matches(rule.pattern, 'twenty five and former account entries')).toEqual([]);
  expect(matches(new RegExp(REGEX['volumes/count-unit']!, 'gi'), 'twenty five and former account entries')).toHaveLength(1);
});
