import { describe, expect, test } from 'vitest';
import { datelineDate, parseDateValue } from '../../src/input/html/dates.js';

describe('parseDateValue', () => {
  test.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['2015-07-24T23:59:00-08:00', '2015-07-24'],
    ['2019-04-28 06:01:07', '2019-04-28'],
    ['2015/7/4', '2015-07-04'],
    ['20150724', '2015-07-24'],
    ['Fri, 24 Jul 2015 05:36:09 GMT', '2015-07-24'],
    ['July 24, 2015', '2015-07-24'],
    ['Sept. 3rd, 2019', '2019-09-03'],
    ['2013年12月31日', '2013-12-31'],
    ['1437716169', '2015-07-24'],
    ['2015-02-30', null],
    ['2015-13-01', null],
    ['yesterday', null],
    ['', null],
  ])('%s -> %s', (value, expected) => {
    expect(parseDateValue(value)).toBe(expected);
  });
});

describe('datelineDate', () => {
  test.each([
    ['SHENZHEN, March 4, 2022 — Police have broken up a ring.', '2022-03-04'],
    ['Updated: 2021-06-01 10:00\nThe company said…', '2021-06-01'],
    ['By Staff Reporter\n12 May 2020\nA hospital said…', '2020-05-12'],
    ['2013年12月31日 10:15 来源：新华网', '2013-12-31'],
    ['On July 24, 2015, hackers stole data.', null],
    ['Police said the leak began in March 2019.', null],
    ['A long first paragraph that goes on for a good while before it mentions 2020-01-01 as a date.', null],
  ])('%s -> %s', (text, expected) => {
    expect(datelineDate(text)).toBe(expected);
  });

  // Wire datelines often leave out the year; without a reference date there is no ISO date to give.
  test.fails('dateline without a year ("BEIJING, Dec. 31 (Xinhua) --")', () => {
    expect(datelineDate('BEIJING, Dec. 31 (Xinhua) -- Police said')).not.toBeNull();
  });
});
