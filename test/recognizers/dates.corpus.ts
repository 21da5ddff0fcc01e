/**
 * Date corpus, Duckling style: "expected value <- phrases". A phrase passes
 * only when one recognized date covers all of it and has the expected value.
 * Reference date: 2013-12-31 (a Tuesday) unless a group says otherwise.
 */
import type { DatePrecision } from '../../src/schema.js';

export const REFERENCE_DATE = '2013-12-31';

export interface ExpectedDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  relative: boolean;
}

export interface CorpusEntry {
  expected: ExpectedDate;
  phrases: string[];
  /** Reference date for this entry; default REFERENCE_DATE. */
  referenceDate?: string | null;
}

const v = (start: string | null, end: string | null, precision: DatePrecision, relative: boolean): ExpectedDate => ({
  start,
  end,
  precision,
  relative,
});

export const CORPUS: CorpusEntry[] = [
  // The Spring Festival falls between January 21 and February 20 of its year.
  { expected: v('2013-01-21', '2013-02-20', 'range', true), phrases: ['the Spring Festival', 'Chinese New Year', 'the Lunar New Year holiday'] },
  { expected: v('2019-01-21', '2019-02-20', 'range', false), phrases: ['the Spring Festival of 2019', 'Chinese New Year 2019'] },
  // Full dates
  { expected: v('2013-10-15', '2013-10-15', 'day', false), phrases: ['October 15, 2013', '15 October 2013', '2013-10-15', 'Oct. 15, 2013', 'Tuesday, October 15, 2013', 'the 15th of October 2013', 'October 15th, 2013'] },
  { expected: v('2016-12-29', '2016-12-29', 'day', false), phrases: ['December 29 2016', 'Dec 29, 2016', '29 Dec. 2016'] },
  { expected: v('2013-10-15', '2013-10-15', 'day', true), phrases: ['Oct. 15', 'October 15', '15 October'] },
  // A yearless day after the reference day is last year's: news prefers the past.
  { expected: v('2012-12-31', '2012-12-31', 'day', true), phrases: ['Dec. 31'], referenceDate: '2013-12-30' },
  // The weekday picks the year of a yearless date.
  { expected: v('2017-06-11', '2017-06-11', 'day', true), phrases: ['Sunday, June 11'], referenceDate: '2017-06-06' },
  { expected: v('2013-12-05', '2013-12-05', 'day', false), phrases: ['12/05/2013'] },

  // Months
  { expected: v('2013-10-01', '2013-10-31', 'month', false), phrases: ['October 2013', 'Oct. 2013', 'October, 2013', 'October of 2013'] },
  { expected: v('2013-05-01', '2013-05-31', 'month', true), phrases: ['May of this year', 'May this year', 'last May', 'this May'] },
  { expected: v('2012-09-01', '2012-09-30', 'month', true), phrases: ['September of last year', 'September last year'] },
  // "in May" in a February article is the previous year's May.
  { expected: v('2013-05-01', '2013-05-31', 'month', true), phrases: ['last May'], referenceDate: '2014-02-10' },
  { expected: v('2014-01-01', '2014-01-31', 'month', true), phrases: ['January'], referenceDate: '2014-01-20' },
  { expected: v('2012-12-01', '2012-12-31', 'month', true), phrases: ['last December'] },
  { expected: v('2013-11-01', '2013-11-30', 'month', true), phrases: ['last month', 'the previous month', 'a month ago'] },
  { expected: v('2013-12-01', '2013-12-31', 'month', true), phrases: ['this month'] },
  { expected: v('2013-10-01', '2013-10-31', 'month', true), phrases: ['two months ago'] },

  // Parts of months
  { expected: v('2013-08-11', '2013-08-20', 'part-of-month', true), phrases: ['mid-August of this year', 'mid-August', 'mid August', 'the middle of August'] },
  { expected: v('2013-08-01', '2013-08-10', 'part-of-month', true), phrases: ['early August', 'the beginning of August', 'the start of August'] },
  { expected: v('2013-08-21', '2013-08-31', 'part-of-month', true), phrases: ['late August', 'the end of August'] },
  { expected: v('2013-03-21', '2013-03-31', 'part-of-month', true), phrases: ['the end of March', 'late March'] },
  { expected: v('2016-02-21', '2016-02-29', 'part-of-month', false), phrases: ['late February 2016', 'the end of February 2016'] },
  { expected: v('2013-11-21', '2013-11-30', 'part-of-month', true), phrases: ['late last month'] },
  { expected: v('2013-12-01', '2013-12-30', 'part-of-month', true), phrases: ['earlier this month'] },

  // Years and parts of years (early Jan–Apr, mid May–Aug, late Sep–Dec: precision range)
  { expected: v('2013-01-01', '2013-12-31', 'year', false), phrases: ['2013'] },
  { expected: v('2013-01-01', '2013-12-31', 'year', true), phrases: ['this year'] },
  { expected: v('2012-01-01', '2012-12-31', 'year', true), phrases: ['last year', 'the previous year'] },
  { expected: v('2013-01-01', '2013-04-30', 'range', false), phrases: ['early 2013', 'the beginning of 2013', 'the start of 2013'] },
  { expected: v('2013-05-01', '2013-08-31', 'range', false), phrases: ['mid-2013', 'the middle of 2013'] },
  { expected: v('2013-09-01', '2013-12-31', 'range', false), phrases: ['late 2013', 'the end of 2013'] },
  { expected: v('2012-09-01', '2012-12-31', 'range', true), phrases: ['late last year', 'the end of last year'] },
  { expected: v('2013-01-01', '2013-12-30', 'range', true), phrases: ['earlier this year'] },
  { expected: v('2019-01-01', '2019-06-30', 'range', false), phrases: ['the first half of 2019', 'H1 2019'] },
  { expected: v('2019-07-01', '2019-12-31', 'range', false), phrases: ['the second half of 2019', 'the latter half of 2019'] },
  { expected: v('2013-01-01', '2013-06-30', 'range', true), phrases: ['the first half of this year'] },
  { expected: v('1990-01-01', '1999-12-31', 'range', false), phrases: ['the 1990s'] },

  // Quarters
  { expected: v('2018-07-01', '2018-09-30', 'quarter', false), phrases: ['Q3 2018', 'the third quarter of 2018', 'the 3rd quarter of 2018'] },
  { expected: v('2012-10-01', '2012-12-31', 'quarter', true), phrases: ['the fourth quarter of last year', 'the last quarter of last year'] },
  { expected: v('2013-04-01', '2013-06-30', 'quarter', true), phrases: ['the second quarter'] },

  // Seasons (Northern hemisphere; winter Y is Dec Y-1 to Feb Y)
  { expected: v('2017-06-01', '2017-08-31', 'range', false), phrases: ['summer 2017', 'the summer of 2017', 'Summer 2017'] },
  { expected: v('2016-12-01', '2017-02-28', 'range', false), phrases: ['winter 2017', 'the winter of 2017'] },
  { expected: v('2013-06-01', '2013-08-31', 'range', true), phrases: ['last summer', 'this summer'] },
  { expected: v('2012-06-01', '2012-08-31', 'range', true), phrases: ['last summer'], referenceDate: '2013-07-15' },
  { expected: v('2012-09-01', '2012-11-30', 'range', true), phrases: ['last fall', 'last autumn'], referenceDate: '2013-07-15' },

  // Weeks and days (reference 2013-12-31 is a Tuesday)
  { expected: v('2013-12-23', '2013-12-29', 'range', true), phrases: ['last week', 'the previous week'] },
  { expected: v('2013-12-30', '2014-01-05', 'range', true), phrases: ['this week'] },
  { expected: v('2013-12-30', '2013-12-30', 'range', true), phrases: ['earlier this week'] },
  { expected: v('2013-12-26', '2013-12-29', 'range', true), phrases: ['late last week'] },
  { expected: v('2013-12-30', '2013-12-30', 'day', true), phrases: ['yesterday', 'Monday', 'last Monday', 'Monday afternoon', 'late Monday', 'yesterday morning', 'last night'] },
  { expected: v('2013-12-31', '2013-12-31', 'day', true), phrases: ['today', 'Today', 'Tuesday', 'this morning', 'tonight'] },
  { expected: v('2013-12-24', '2013-12-24', 'day', true), phrases: ['last Tuesday'] },
  { expected: v('2013-12-27', '2013-12-27', 'day', true), phrases: ['Friday', 'early Friday morning'] },
  { expected: v('2013-12-28', '2013-12-29', 'range', true), phrases: ['last weekend'] },
  { expected: v('2013-12-21', '2013-12-21', 'day', true), phrases: ['ten days ago'] },

  // Windows ending at the reference date
  { expected: v('2012-12-31', '2013-12-31', 'range', true), phrases: ['the past year', 'the past 12 months', 'the last twelve months'] },
  { expected: v('2010-12-31', '2013-12-31', 'range', true), phrases: ['the past three years', 'the last 3 years'] },
  { expected: v('2012-01-01', '2013-12-31', 'range', true), phrases: ['since 2012', 'since at least 2012', 'ever since 2012'] },
  { expected: v('2012-03-01', '2013-12-31', 'range', true), phrases: ['since March 2012'] },

  // Ranges
  { expected: v('2019-07-01', '2019-12-31', 'range', false), phrases: ['between July and December 2019', 'from July to December 2019', 'July-December 2019', 'July through December 2019'] },
  { expected: v('2013-03-01', '2013-05-31', 'range', true), phrases: ['from March to May', 'between March and May'] },
  { expected: v('2013-04-01', '2013-09-30', 'range', true), phrases: ['between April and September of this year', 'from April to September this year'] },
  { expected: v('2011-01-01', '2015-12-31', 'range', false), phrases: ['from 2011 to 2015', 'between 2011 and 2015', '2011-2015', '2011 through 2015'] },
  { expected: v('2012-09-01', '2015-12-31', 'range', false), phrases: ['late 2012 through 2015', 'from late 2012 to 2015'] },
  { expected: v('2015-03-10', '2016-01-04', 'range', false), phrases: ['between March 10, 2015 and January 4, 2016', 'from Mar. 10, 2015 to Jan. 4, 2016'] },
  { expected: v('2012-10-02', '2012-11-27', 'range', true), phrases: ['between Oct. 2 and Nov. 27 last year'] },
  { expected: v('2015-11-01', '2016-02-29', 'range', false), phrases: ['from November 2015 to February'] },
  { expected: v('2012-11-01', '2013-02-28', 'range', true), phrases: ['from November to February'] },
  { expected: v('2017-04-18', '2017-04-20', 'range', false), phrases: ['April 18-20, 2017', 'April 18 to 20, 2017'] },

  // No reference date: relative phrases keep their text, start/end null.
  { expected: v(null, null, 'month', true), phrases: ['last month', 'June', 'this May'], referenceDate: null },
  { expected: v(null, null, 'part-of-month', true), phrases: ['mid-August of this year', 'early March'], referenceDate: null },
  { expected: v(null, null, 'day', true), phrases: ['yesterday', 'Monday', 'Oct. 15'], referenceDate: null },
  { expected: v(null, null, 'year', true), phrases: ['this year'], referenceDate: null },
  { expected: v(null, null, 'range', true), phrases: ['last week', 'between April and September of this year'], referenceDate: null },
  { expected: v('2012-01-01', null, 'range', true), phrases: ['since 2012'], referenceDate: null },
  { expected: v('2013-10-01', '2013-10-31', 'month', false), phrases: ['October 2013'], referenceDate: null },
];

/** Phrases that must yield no date at all. */
export const NEGATIVE: string[] = [
  // a year closing a capitalized name is part of the name
  'the Safe Web 2019 operation',
  'under the Vision 2030 plan',
  // a year after the reference year with no date cue is a plan
  'the programme will run into 2016',
  // a figure of a period is no date
  "up to 4% of last year's revenue",
  "a share of the previous year's turnover",
  // the day a law takes effect is background
  'the rules came into force today',
  'the act took effect on March 3 this year',
  'three years in prison',
  'for 10 days',
  'a 45-year-old man',
  'the suspect, 32, was arrested',
  '2,013 people were affected',
  'it cost $2015 to fix',
  'version 2.10.3 is out',
  'call 555-1234 now',
  'customer data may be exposed',
  'the protesters march on city hall',
  'a 24/7 hotline',
  'at 5 pm',
  'at 10:30 a.m.',
  'a 20% rise',
  'up 15 percent',
  'CVE-2018-0296',
  'Windows 2000 servers',
  '2015 records were stolen',
  'the second attempt failed',
  'for now',
  'USA TODAY reported',
  "today's threat landscape",
  'Patch Tuesday updates',
  'Black Friday sales',
  'April Jones said',
  'the last week of training',
  'RMB 2,016 in fees',
  'room 2012',
  '1.2013 million',
];

/** Known gaps: phrases we do not read yet, with the reason. */
export const KNOWN_GAPS: Array<{ phrase: string; expected: ExpectedDate; reason: string }> = [
  {
    phrase: 'the same year',
    expected: v('2015-01-01', '2015-12-31', 'year', false),
    reason: 'anaphoric: needs the year of an earlier mention',
  },
  {
    phrase: 'three months later',
    expected: v('2013-09-01', '2013-09-30', 'month', false),
    reason: 'anchored to an earlier event, not to the reference date',
  },
  {
    phrase: 'the last week of November',
    expected: v('2013-11-24', '2013-11-30', 'range', true),
    reason: 'ordinal weeks of a month are not modelled',
  },
];

/** Dates inside sentences: the evidence must be exactly the phrase. */
export const IN_SENTENCE: Array<{ text: string; dates: Array<{ text: string; start: number; end: number }> }> = [
  // a festival is no season
  { text: 'The ring sold the data during the Spring Festival, police said.', dates: [{ text: 'the Spring Festival', start: 30, end: 49 }] },
  {
    // a year before a breach word is the event's date, not part of a name
    text: 'the Acme 2012 breach',
    dates: [{ text: '2012', start: 9, end: 13 }],
  },
  {
    // chrono's dateline date does not take the space before the dash
    text: 'LHASA, Mar. 4 \u2014 Police said so.',
    dates: [{ text: 'Mar. 4', start: 7, end: 13 }],
  },
  {
    text: 'Police said in mid-August of this year a clerk copied the files.',
    dates: [{ text: 'mid-August of this year', start: 15, end: 38 }],
  },
  {
    text: 'The records were copied between April and September of this year, auditors found.',
    dates: [{ text: 'between April and September of this year', start: 24, end: 64 }],
  },
  {
    text: 'In May, officers detained two brokers; they may face trial.',
    dates: [{ text: 'May', start: 3, end: 6 }],
  },
  {
    text: 'The firm confirmed on Monday that the leak began in 2012.',
    dates: [
      { text: 'Monday', start: 22, end: 28 },
      { text: '2012', start: 52, end: 56 },
    ],
  },
  {
    text: 'A spokesman said on 30th April that 2,015 accounts were hit.',
    dates: [{ text: '30th April', start: 20, end: 30 }],
  },
  {
    text: 'The database, online since 2011, was sold last week for $2,000.',
    dates: [
      { text: 'since 2011', start: 21, end: 31 },
      { text: 'last week', start: 42, end: 51 },
    ],
  },
  {
    text: 'Sales fell in the first half of 2019 and recovered in Q3 2019.',
    dates: [
      { text: 'the first half of 2019', start: 14, end: 36 },
      { text: 'Q3 2019', start: 54, end: 61 },
    ],
  },
  {
    text: 'The breach, disclosed Oct. 15, 2013, hit 4,000 users.',
    dates: [{ text: 'Oct. 15, 2013', start: 22, end: 35 }],
  },
];

/**
 * Dates counted from the date mentioned last before them: every date of the
 * text in order, as [evidence, start, end, precision].
 */
export const ANCHORED: Array<{ text: string; dates: Array<[string, string | null, string | null, DatePrecision]> }> = [
  // a yearless date just after a dated one takes its year when it repeats its day, or when it would read as an
  // earlier year than the reference date's (a date of the current year stays there, as news writes them)
  {
    text: 'Hackers were inside between June 12 and Aug. 3, 2011. The firm found the intrusion on Aug. 3.',
    dates: [
      ['between June 12 and Aug. 3, 2011', '2011-06-12', '2011-08-03', 'range'],
      ['Aug. 3', '2011-08-03', '2011-08-03', 'day'],
    ],
  },
  {
    text: 'The breach began on Jan. 5, 2012. On March 2, the company notified customers.',
    dates: [
      ['Jan. 5, 2012', '2012-01-05', '2012-01-05', 'day'],
      ['March 2', '2013-03-02', '2013-03-02', 'day'],
    ],
  },
  {
    text: 'The shop was founded in 2009. In March, hackers stole its customer list.',
    dates: [
      ['2009', '2009-01-01', '2009-12-31', 'year'],
      ['March', '2013-03-01', '2013-03-31', 'month'],
    ],
  },
  {
    text: 'The clinic called police in November 2012. Officers detained the clerk the following month.',
    dates: [
      ['November 2012', '2012-11-01', '2012-11-30', 'month'],
      ['the following month', '2012-12-01', '2012-12-31', 'month'],
    ],
  },
  {
    text: 'The leak began in the spring of 2010. Two years later, the court ruled.',
    dates: [
      ['the spring of 2010', '2010-03-01', '2010-05-31', 'range'],
      ['Two years later', '2012-01-01', '2012-12-31', 'year'],
    ],
  },
  {
    text: 'Hackers got in on March 30, 2013. Three days later the bank noticed, and the next day it told customers.',
    dates: [
      ['March 30, 2013', '2013-03-30', '2013-03-30', 'day'],
      ['Three days later', '2013-04-02', '2013-04-02', 'day'],
      ['the next day', '2013-04-03', '2013-04-03', 'day'],
    ],
  },
  // no date before it: nothing to count from
  { text: 'The next day, police arrested him.', dates: [] },
  // "next year" is the reference's next year, not an anchored one
  { text: 'In May 2011 the firm was fined. Next year it will move.', dates: [['May 2011', '2011-05-01', '2011-05-31', 'month'], ['Next year', '2014-01-01', '2014-12-31', 'year']] },
];

/** A weekday after a future tense is the coming one (reference 2013-12-31, a Tuesday). */
export const FUTURE_WEEKDAYS: Array<{ text: string; dates: Array<[string, string | null]> }> = [
  { text: 'The two men will appear in court on Friday.', dates: [['Friday', '2014-01-03']] },
  { text: 'She is due to be sentenced on Monday, prosecutors said.', dates: [['Monday', '2014-01-06']] },
  { text: 'The bank said on Friday that it will notify customers.', dates: [['Friday', '2013-12-27']] },
  { text: 'Police arrested him on Monday.', dates: [['Monday', '2013-12-30']] },
];
