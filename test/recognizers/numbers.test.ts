import { describe, expect, test } from 'vitest';
import {
  BOUND,
  CARDINAL,
  VAGUE,
  boundKind,
  bounded,
  measureOf,
  parseCardinal,
  parseVague,
  rangeMeasure,
  sentenceAround,
} from '../../src/recognizers/numbers.js';

const whole = (source: string): RegExp => new RegExp(`^(?:${source})$`, 'i');

describe('parseCardinal', () => {
  test.each([
    ['320,000', 320000],
    ['4000', 4000],
    ['1.2', 1.2],
    ['10,855,376', 10855376],
    ['191.02', 191.02],
    ['1.2 million', 1200000],
    ['3.2bn', 3200000000],
    ['3.2 bn', 3200000000],
    ['5m', 5000000],
    ['200M', 200000000],
    ['5k', 5000],
    ['2.1 Trillion', 2100000000000],
    ['45 000', 45000],
    ['one', 1],
    ['twenty-five', 25],
    ['ninety nine', 99],
    ['three hundred', 300],
    ['three hundred and fifty thousand', 350000],
    ['a million', 1000000],
    ['a hundred', 100],
    ['half a billion', 500000000],
    ['one and a half million', 1500000],
    ['a dozen', 12],
    ['Six million', 6000000],
  ])('%s -> %d', (text, value) => {
    expect(parseCardinal(text)?.value).toBe(value);
  });

  test('is exact in decimal: 1.2 million is 1200000, not 1200000.0000000002', () => {
    expect(parseCardinal('1.15 million')?.value).toBe(1150000);
    expect(parseCardinal('9.4 million')?.value).toBe(9400000);
  });

  test.each(['records', 'several', ''])('%j is no number', (text) => {
    expect(parseCardinal(text)).toBeNull();
  });
});

describe('CARDINAL', () => {
  test.each(['320,000', '1.2 million', '3.2bn', 'twenty-five', 'a million', 'half a million', 'one and a half million', 'a dozen'])(
    'matches %s whole',
    (text) => {
      expect(whole(CARDINAL).test(text)).toBe(true);
    },
  );

  test.each(['a', '1,2345', 'million', '5mb'])('does not match %s whole', (text) => {
    expect(whole(CARDINAL).test(text)).toBe(false);
  });
});

describe('vague quantities', () => {
  test.each([
    ['millions', 1000000],
    ['thousands', 1000],
    ['hundreds', 100],
    ['dozens', 12],
    ['tens of thousands', 10000],
    ['hundreds of thousands', 100000],
    ['tens of millions', 10000000],
    ['several million', 2000000],
    ['a few thousand', 2000],
  ])('%s -> min %d', (text, min) => {
    expect(whole(VAGUE).test(text)).toBe(true);
    expect(parseVague(text)).toBe(min);
  });
});

describe('bounds', () => {
  test.each([
    ['over', 'lower'],
    ['more than', 'lower'],
    ['at least', 'lower'],
    ['in excess of', 'lower'],
    ['nearly', 'upper'],
    ['almost', 'upper'],
    ['up to', 'upper'],
    ['less than', 'upper'],
    ['under', 'upper'],
    ['fewer than', 'upper'],
    ['as many as', 'upper'],
    ['about', 'approx'],
    ['around', 'approx'],
    ['approximately', 'approx'],
    ['some', 'approx'],
    ['roughly', 'approx'],
    ['More  Than', 'lower'],
  ])('%s is %s', (text, kind) => {
    expect(whole(BOUND).test(text)).toBe(true);
    expect(boundKind(text)).toBe(kind);
  });

  test('value semantics follow SCHEMA.md', () => {
    expect(bounded(320000, 'lower')).toEqual({ value: 320000, min: 320000, max: null, approximate: true });
    expect(bounded(1000000, 'upper')).toEqual({ value: 1000000, min: null, max: 1000000, approximate: true });
    expect(bounded(5000000, 'approx')).toEqual({ value: 5000000, min: null, max: null, approximate: true });
    expect(bounded(320000, null)).toEqual({ value: 320000, min: 320000, max: 320000, approximate: false });
    expect(measureOf({ vague: 'millions' })).toEqual({ value: null, min: 1000000, max: null, approximate: true });
  });
});

describe('ranges', () => {
  const range = (lo: string, hi: string) => rangeMeasure(parseCardinal(lo)!, parseCardinal(hi)!, null);

  test('50 to 140', () => {
    expect(range('50', '140')).toEqual({ value: null, min: 50, max: 140, approximate: false });
  });

  test('the scale of the upper end carries over: 1 to 2 million', () => {
    expect(range('1', '2 million')).toMatchObject({ min: 1000000, max: 2000000 });
  });

  test('but not when the lower end is already large: 550,000 to 1.1 million', () => {
    expect(range('550,000', '1.1 million')).toMatchObject({ min: 550000, max: 1100000 });
  });

  test('ends that do not increase are no range: 2016-12', () => {
    expect(range('2016', '12')).toBeNull();
  });
});

describe('sentenceAround', () => {
  const text = 'First one. The U.S. firm lost $5m in 2013. Next one.';
  test('stops at sentence ends but not at initialisms', () => {
    const at = text.indexOf('$5m');
    const [s, e] = sentenceAround(text, at, at + 3);
    expect(text.slice(s, e)).toBe('The U.S. firm lost $5m in 2013.');
  });

  test('looks no further than the window', () => {
    const long = 'word '.repeat(1000) + '$5m' + ' word'.repeat(1000);
    const at = long.indexOf('$5m');
    const [s, e] = sentenceAround(long, at, at + 3, 100);
    expect(at - s).toBeLessThanOrEqual(100);
    expect(e - (at + 3)).toBeLessThanOrEqual(100);
  });
});
