/**
 * The pre-checks that spare a text the compilation of rules it cannot match
 * (dates/gates.ts, amounts/gates.ts) must be necessary conditions: whenever
 * the rule's regex matches, the gate says so. Checked on the samples of the
 * folding tests and on generated strings built to match: every pair of unit
 * phrases joined by every conjunction, and every amount phrase in context.
 */
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/recognizers/dates/rules.js';
import { AMOUNT_RULES } from '../../src/recognizers/amounts/rules.js';
import { UNIT_END, UNIT_START, rangeMayMatch, sinceMayMatch } from '../../src/recognizers/dates/gates.js';
import { prefixCurrencyMayMatch, suffixCurrencyMayMatch } from '../../src/recognizers/amounts/gates.js';
import { BOUND_WORDS } from '../../src/recognizers/numbers.js';
import { CUR_PREFIX, CUR_SUFFIX } from '../../src/recognizers/amounts/patterns.js';
import { DATE_PHRASES, MONEY_PHRASES, SAMPLES, variant } from './fold.samples.js';

const plain = (id: string, rules: readonly { id: string; pattern: RegExp }[]): RegExp => {
  const p = rules.find((r) => r.id === id)!.pattern;
  return new RegExp(p.source, p.flags);
};

const CONJUNCTIONS = ['-', ' - ', '\t-\n', ' to ', ',  and\t', ' and ', ' through ', ' thru ', ' until ', ' till ', ', till ', '\u00a0TO\u3000', '\u2028and '];
const CONTEXT = ['', 'x', '1', '2', 'Mr. ', 'in ', 'between ', 'from ', 'FROM\t'];

/** Strings meant to hold a date range: two unit phrases (and variants) joined by a conjunction. */
function rangeStrings(): string[] {
  const phrases = [...new Set([...DATE_PHRASES, ...DATE_PHRASES.map((p, k) => variant(p, k))])];
  const out: string[] = [];
  phrases.forEach((a, i) => {
    CONJUNCTIONS.forEach((conj, j) => {
      for (let k = 0; k < 4; k++) {
        const b = phrases[(i * 7 + j * 13 + k * 31) % phrases.length]!;
        out.push(CONTEXT[(i + j + k) % CONTEXT.length] + a + conj + b + ['', '.', 'x', ' 2019'][k]);
      }
    });
  });
  return out;
}

describe('date gates', () => {
  const range = plain('dates/range', RULES);
  const since = plain('dates/since', RULES);
  const texts = [...SAMPLES, ...rangeStrings()];

  test('a text the range rule matches passes the range gate', () => {
    let matched = 0;
    for (const s of texts) {
      range.lastIndex = 0;
      if (range.test(s)) {
        matched++;
        expect(rangeMayMatch(s), s).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(5000);
  });

  test('every range match ends its first unit on UNIT_END and starts its second on UNIT_START', () => {
    for (const s of texts) {
      for (const m of s.matchAll(new RegExp(range.source, 'gi'))) {
        const g = m.groups!;
        expect(UNIT_END.test(g['a']!), `${s} | ${g['a']}`).toBe(true);
        UNIT_START.lastIndex = 0;
        expect(UNIT_START.test(g['b']!), `${s} | ${g['b']}`).toBe(true);
      }
    }
  });

  test('a text the since rule matches holds "since"', () => {
    for (const s of texts) {
      since.lastIndex = 0;
      if (since.test(s)) expect(sinceMayMatch(s), s).toBe(true);
    }
  });

  test('the gates rule out texts without ranges', () => {
    expect(rangeMayMatch('The company said hackers stole 5 million records and sold them to a broker.')).toBe(false);
    expect(rangeMayMatch('between 2015 and 2017')).toBe(true);
    expect(rangeMayMatch('from late March\nto the end of May')).toBe(true);
    expect(sinceMayMatch('SINCE 2012')).toBe(true);
    expect(sinceMayMatch('in 2012')).toBe(false);
  });
});

describe('money gates', () => {
  const prefixRules = AMOUNT_RULES.filter((r) => /prefix/.test(r.id)).map((r) => plain(r.id, AMOUNT_RULES));
  const suffixRules = AMOUNT_RULES.filter((r) => !/prefix/.test(r.id)).map((r) => plain(r.id, AMOUNT_RULES));
  const bounds = ['', ...Object.keys(BOUND_WORDS).map((b) => `${b} `)];
  const texts = [
    ...SAMPLES,
    ...MONEY_PHRASES.flatMap((p, i) => [0, 1, 2, 3].map((k) => `${CONTEXT[(i + k) % CONTEXT.length]}${bounds[(i * 5 + k) % bounds.length]}${variant(p, i + k)}`)),
    ...MONEY_PHRASES.map((p) => `between ${p} and ${p}`),
  ];

  test('every money rule is gated by its kind of currency', () => {
    expect(prefixRules.length + suffixRules.length).toBe(AMOUNT_RULES.length);
    for (const r of AMOUNT_RULES) expect(r.pattern.source, r.id).toContain(`(?<cur>${/prefix/.test(r.id) ? CUR_PREFIX : CUR_SUFFIX})`);
  });

  test('a text a money rule matches passes its gate', () => {
    let matched = 0;
    for (const s of texts) {
      const pre = prefixRules.some((re) => ((re.lastIndex = 0), re.test(s)));
      const suf = suffixRules.some((re) => ((re.lastIndex = 0), re.test(s)));
      if (pre) expect(prefixCurrencyMayMatch(s), s).toBe(true);
      if (suf) expect(suffixCurrencyMayMatch(s), s).toBe(true);
      if (pre || suf) matched++;
    }
    expect(matched).toBeGreaterThan(300);
  });

  test('the gates rule out texts without currencies', () => {
    expect(suffixCurrencyMayMatch('Fraud audits found 5 million records in a cascade of decades.')).toBe(false);
    expect(suffixCurrencyMayMatch('5 Korean won')).toBe(true);
    expect(prefixCurrencyMayMatch('Fraud audits found 5 million records.')).toBe(false);
    expect(prefixCurrencyMayMatch('it cost $5')).toBe(true);
    expect(prefixCurrencyMayMatch('Rs. 500')).toBe(true);
  });
});
