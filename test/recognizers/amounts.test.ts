import { describe, expect, test } from 'vitest';
import { BUSINESS_FIGURES, recognizeAmounts } from '../../src/recognizers/amounts/index.js';
import { matchView } from '../../src/normalize/view.js';
import { covering as coveringItem, pick } from '../helpers/corpus.js';
import { Money } from '../../src/schema.js';
import { MONEY_BUSINESS, MONEY_CEILINGS, MONEY_CORPUS, MONEY_GAPS, MONEY_NEGATIVES, MONEY_SENTENCES, type MoneyExpectation } from './amounts.corpus.js';

const REFERENCE_DATE = '2013-12-31';

function amountsIn(text: string): Money[] {
  return recognizeAmounts({ text, view: matchView(text), referenceDate: REFERENCE_DATE });
}

/** The amount covering the whole phrase, reduced to the expected keys (or all found). */
function covering(phrase: string, expected: MoneyExpectation): Record<string, unknown> | Money[] {
  return coveringItem(amountsIn(phrase), phrase, expected);
}

const cases = MONEY_CORPUS.flatMap(({ expected, phrases }) => phrases.map((phrase) => ({ phrase, expected })));

describe('amounts corpus', () => {
  test('has at least 40 phrases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  test.each(cases)('$phrase', ({ phrase, expected }) => {
    expect(covering(phrase, expected)).toEqual(expected);
  });
});

describe('amounts negative corpus', () => {
  test.each(MONEY_NEGATIVES)('%s', (phrase) => {
    expect(amountsIn(phrase)).toEqual([]);
  });
});

describe('amounts known gaps', () => {
  for (const gap of MONEY_GAPS) {
    test.fails(`${gap.phrase}: ${gap.reason}`, () => {
      expect(covering(gap.phrase, gap.expected)).toEqual(gap.expected);
    });
  }
});

describe('amounts in sentences', () => {
  test.each([...MONEY_SENTENCES, ...MONEY_CEILINGS])('$text', ({ text, expected }) => {
    const found = amountsIn(text);
    expect(found.map((a, i) => pick(a, Object.keys(expected[i] ?? {})))).toEqual(expected);
    for (const a of found) {
      expect(Money.safeParse(a).success).toBe(true);
      expect(text.slice(a.evidence.start, a.evidence.end)).toBe(a.text);
      expect(a.evidence.text).toBe(a.text);
    }
  });

  test('the seed sentences: profits with bounds', () => {
    const text =
      'The gang made over RMB 320,000 in illegal profits from their activity. ' +
      'The employee then sold the information for an illegal profit of over RMB 100,000.';
    expect(amountsIn(text).map((a) => [a.id, a.text, a.value, a.min, a.max, a.approximate, a.currency, a.purpose])).toEqual([
      ['M1', 'over RMB 320,000', 320000, 320000, null, true, 'CNY', 'profit'],
      ['M2', 'over RMB 100,000', 100000, 100000, null, true, 'CNY', 'profit'],
    ]);
  });

  test('ids follow text order', () => {
    const text = 'They paid $5,000, then €4,000, then £3,000.';
    expect(amountsIn(text).map((a) => [a.id, a.currency])).toEqual([
      ['M1', 'USD'],
      ['M2', 'EUR'],
      ['M3', 'GBP'],
    ]);
  });

  test('¥ is the yuan when the text mentions China anywhere', () => {
    expect(amountsIn('The broker asked ¥500 for the file.')[0]?.currency).toBe('JPY');
    expect(amountsIn('The broker asked ¥500 for the file. He lives in China.')[0]?.currency).toBe('CNY');
    expect(amountsIn('The broker asked ￥500 for the file; RMB prices vary.')[0]?.currency).toBe('CNY');
  });
});

describe('business figures are no money of a case', () => {
  test.each(MONEY_BUSINESS)('$text', ({ text, figures }) => {
    const found = amountsIn(text);
    expect(found.filter((m) => BUSINESS_FIGURES.has(m)).map((m) => m.evidence.text)).toEqual(figures);
    expect(found.length).toBeGreaterThan(0);
  });
});
