import { describe, expect, test } from 'vitest';
import { inferReferenceDate } from '../../src/recognizers/dates/reference.js';

/** [why, text, expected date or null] */
const CASES: Array<[string, string, string | null]> = [
  ['agency dateline without a year takes the latest year named', 'HANGZHOU, Nov. 4 (Newswire) -- Officers said the ring had operated since 2011 and was broken up in 2013.', '2013-11-04'],
  ['date line with a dash', 'March 3, 2014 \u2014 A clinic in Leeds said a laptop holding 900 files went missing on Feb. 20, 2014.', '2014-03-03'],
  ['"Published:" label wins over later dates in the body', 'Published: 2015-06-02\n\nThe hotel group expects the audit to end on August 30, 2015.', '2015-06-02'],
  ['"Posted on ... by"', 'Posted on April 9, 2016 by Staff Writer\n\nA retailer found skimmers at 40 stores.', '2016-04-09'],
  ['no dateline: the latest full date', 'The clinic learned of the theft on June 2, 2015. Letters went out on July 9, 2015 to patients.', '2015-07-09'],
  ['a coarser mention wholly after the latest full date wins', 'Cards used until Dec. 29, 2016 were exposed, and more stores were hit in 2017.', '2017-12-31'],
  ['only years: the last day of the latest', 'The forum was breached in 2014 and the dump surfaced in 2016.', '2016-12-31'],
  ['only a month: its last day', 'The agency said in October 2013 that it was reviewing the case.', '2013-10-31'],
  ['"by 2019" is a target, not the past', 'Fraud losses rose in 2014 and may double by 2019.', '2014-12-31'],
  ['relative dates alone give nothing', 'The breach was found last week and reported yesterday.', null],
  ['no dates at all', 'Nothing here names a day.', null],
];

describe('inferReferenceDate', () => {
  test.each(CASES)('%s', (_why, text, expected) => {
    const got = inferReferenceDate(text);
    expect(got?.date ?? null).toBe(expected);
    if (got) {
      expect(got.start).toBeGreaterThanOrEqual(0);
      expect(got.end).toBeGreaterThan(got.start);
      expect(text.slice(got.start, got.end).length).toBe(got.end - got.start);
    }
  });

  test('the evidence points at the dateline date', () => {
    const text = 'Published: 2015-06-02\n\nBody.';
    expect(inferReferenceDate(text)).toEqual({ date: '2015-06-02', start: 11, end: 21 });
  });
});
