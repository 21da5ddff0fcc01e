import { describe, expect, test } from 'vitest';
import { recognizeDates } from '../../src/recognizers/dates/index.js';
import { chunks } from '../../src/recognizers/dates/chunks.js';
import { matchView } from '../../src/normalize/view.js';
import { DateMention } from '../../src/schema.js';
import { ANCHORED, CORPUS, FUTURE_WEEKDAYS, IN_SENTENCE, KNOWN_GAPS, NEGATIVE, REFERENCE_DATE, type ExpectedDate } from './dates.corpus.js';

function datesIn(text: string, referenceDate: string | null = REFERENCE_DATE): DateMention[] {
  return recognizeDates({ text, view: matchView(text), referenceDate });
}

/** The one date covering the whole phrase, as its comparable value (or the list, for the trace). */
function covering(phrase: string, referenceDate: string | null): ExpectedDate | DateMention[] {
  const all = datesIn(phrase, referenceDate);
  const hit = all.find((d) => d.evidence.start === 0 && d.evidence.end === phrase.length);
  if (!hit) return all;
  return { start: hit.start, end: hit.end, precision: hit.precision, relative: hit.relative };
}

const cases = CORPUS.flatMap((entry) =>
  entry.phrases.map((phrase) => ({
    phrase,
    referenceDate: entry.referenceDate === undefined ? REFERENCE_DATE : entry.referenceDate,
    expected: entry.expected,
  })),
);

describe('dates corpus', () => {
  test.each(cases)('$phrase (reference $referenceDate)', ({ phrase, referenceDate, expected }) => {
    expect(covering(phrase, referenceDate)).toEqual(expected);
  });
});

describe('dates negative corpus', () => {
  test.each(NEGATIVE)('%s', (phrase) => {
    expect(datesIn(phrase)).toEqual([]);
  });
});

describe('dates known gaps', () => {
  for (const gap of KNOWN_GAPS) {
    test.fails(`${gap.phrase}: ${gap.reason}`, () => {
      expect(covering(gap.phrase, REFERENCE_DATE)).toEqual(gap.expected);
    });
  }
});

describe('dates in sentences', () => {
  test.each(IN_SENTENCE)('$text', ({ text, dates }) => {
    const found = datesIn(text);
    expect(found.map((d) => d.evidence)).toEqual(dates);
    for (const d of found) {
      expect(DateMention.safeParse(d).success).toBe(true);
      expect(text.slice(d.evidence.start, d.evidence.end)).toBe(d.text);
    }
  });

  test('the seed phrases', () => {
    const text = 'In mid-August of this year, a woman complained. A spokesman said in October 2013 that it was investigating.';
    const found = datesIn(text);
    expect(found).toEqual([
      {
        text: 'mid-August of this year',
        start: '2013-08-11',
        end: '2013-08-20',
        precision: 'part-of-month',
        relative: true,
        evidence: { text: 'mid-August of this year', start: 3, end: 26 },
      },
      {
        text: 'October 2013',
        start: '2013-10-01',
        end: '2013-10-31',
        precision: 'month',
        relative: false,
        evidence: { text: 'October 2013', start: 68, end: 80 },
      },
    ]);
  });

  test('a bare month is the latest one at or before the reference date', () => {
    const text = 'In May, two brokers were detained.';
    expect(datesIn(text, '2013-12-31')[0]).toMatchObject({ text: 'May', start: '2013-05-01', end: '2013-05-31', relative: true });
    expect(datesIn(text, '2014-02-10')[0]).toMatchObject({ text: 'May', start: '2013-05-01', end: '2013-05-31', relative: true });
    expect(datesIn(text, '2014-05-02')[0]).toMatchObject({ text: 'May', start: '2014-05-01', end: '2014-05-31', relative: true });
    expect(datesIn(text, null)[0]).toMatchObject({ text: 'May', start: null, end: null, precision: 'month', relative: true });
  });

  test('offsets survive look-alike characters (en dash, curly quote)', () => {
    const text = '\u201cThe leak ran July\u2013December 2019,\u201d she said.';
    const [d] = datesIn(text);
    expect(d?.text).toBe('July\u2013December 2019');
    expect(d?.start).toBe('2019-07-01');
    expect(d?.end).toBe('2019-12-31');
  });
});

describe('chrono chunks', () => {
  test('cover the text without gaps and stay bounded', () => {
    const text = 'One sentence here. '.repeat(2000);
    const parts = chunks(text, 1000);
    expect(parts[0]![0]).toBe(0);
    expect(parts.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < parts.length; i++) expect(parts[i]![0]).toBe(parts[i - 1]![1]);
    for (const [a, b] of parts) expect(b - a).toBeLessThanOrEqual(1000);
  });
});

describe('anaphoric year', () => {
  test.each([
    ['Between March 2010 and June 2011 they sold data; police caught them in August that year.', 'August that year', '2011-08-01', '2011-08-31'],
    ['The leak began on May 2, 2009. On July 7 the same year the files were online.', 'July 7 the same year', '2009-07-07', '2009-07-07'],
    ['In 2008 the shop was hacked, and in late October of that year the data was sold.', 'late October of that year', '2008-10-21', '2008-10-31'],
  ])('%s', (text, evidenceText, start, end) => {
    const d = datesIn(text).find((x) => x.evidence.text === evidenceText);
    expect(d, JSON.stringify(datesIn(text))).toBeDefined();
    expect([d!.start, d!.end]).toEqual([start, end]);
  });

  test.each([
    // in a story published in March 2024, "Aug. 19" would read as Aug. 2023: written yearless, it is the year told
    ['An attacker was inside between June 12 and Aug. 3, 2022. The firm told the regulator on Aug. 19.', 'Aug. 19', '2022-08-19'],
    // ... but "March 2" reads as this year's, as news writes this year's dates
    ['The breach began on Jan. 5, 2023. On March 2, the company notified customers.', 'March 2', '2024-03-02'],
  ])('narrative year, published 2024-03-07: %s', (text, evidenceText, start) => {
    const d = datesIn(text, '2024-03-07').find((x) => x.evidence.text === evidenceText);
    expect(d?.start, JSON.stringify(datesIn(text, '2024-03-07'))).toBe(start);
  });

  test('with no explicit year before it, the reference date decides', () => {
    const d = datesIn('Police caught them in August that year.').find((x) => x.text.startsWith('August'));
    expect(d?.start).toBe('2013-08-01');
  });
});

describe('anchored dates count from the date before them', () => {
  test.each(ANCHORED)('$text', ({ text, dates }) => {
    const found = recognizeDates({ text, view: matchView(text), referenceDate: REFERENCE_DATE });
    expect(found.map((d) => [d.evidence.text, d.start, d.end, d.precision])).toEqual(dates);
  });
});

describe('a weekday after a future tense is the coming one', () => {
  test.each(FUTURE_WEEKDAYS)('$text', ({ text, dates }) => {
    const found = recognizeDates({ text, view: matchView(text), referenceDate: REFERENCE_DATE });
    expect(found.map((d) => [d.text.replace(/^on\s+/i, ''), d.start])).toEqual(dates);
  });
});
