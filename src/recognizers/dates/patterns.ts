/**
 * Dictionaries and regex sources of the date family, data apart from code.
 *
 * Every source here is a fragment without capturing groups (named groups are
 * added by the rules that use them), so fragments can be combined freely:
 * the range rules put two units side by side.
 */
import { alternation } from '../runner.js';
import { ONES, TEENS } from '../numbers.js';

/** Month names and the abbreviations news copy uses ("Sept.", "Oct"). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const FULL_MONTHS = Object.keys(MONTHS).filter((k) => k.length > 4 || k === 'may' || k === 'june' || k === 'july');
const ABBR_MONTHS = Object.keys(MONTHS).filter((k) => !FULL_MONTHS.includes(k));

/**
 * Month names that are also common words: "May" (modal verb at a sentence
 * start: "May be affected"), "March" (a protest march). Alone they count
 * only after a cue ("in May", "since March").
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march']);

/** A full month name alone: "October". */
export const MONTH_FULL = `(?:${alternation(FULL_MONTHS)})`;

/**
 * A month name or abbreviation, as used before a day or year: "Oct. 15",
 * "Sept 2016". The abbreviation takes its period; "Mar" is no month alone.
 */
export const MONTH_ANY = `(?:${alternation(FULL_MONTHS)}|(?:${alternation(ABBR_MONTHS)})\\.?)`;

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;

/** Northern-hemisphere meteorological seasons: first month and length 3. */
export const SEASONS: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;

/** Small counts in words, for "two months ago", "the past three years". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, ...ONES, ...TEENS };
export const COUNT = `(?:\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})`;

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
export const ORDINAL = `(?:${alternation(Object.keys(ORDINALS))})`;

/** A four-digit year of the 20th or 21st century: "2013". */
export const YEAR = '(?:19|20)\\d{2}(?!\\d)';

/** A day of the month, with an optional ordinal suffix: "15", "3rd". */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:]|[,.]\\d)';

/** A year named against the reference date: "this year", "last year". */
export const REL_YEAR = '(?:this|last|next|the\\s+(?:current|previous|past|following))\\s+year';

/** What may follow a month or a day as its year: ", 2013", " of 2013", "-2017", " of this year", ", this year", " last year". */
export const YEAR_TAIL = `(?:(?:,?\\s+|-)(?:of\\s+)?${YEAR}|,?\\s+(?:of\\s+)?${REL_YEAR})`;

/** Any year: explicit, relative, or "the year" (the reference year). */
export const YEARISH = `(?:${YEAR}|${REL_YEAR}|the\\s+year)`;

/**
 * Part-of-period modifiers. "early", "mid", "late" and "the beginning/middle/end
 * of" map to thirds of a month (1–10, 11–20, 21–end) or of a year (Jan–Apr,
 * May–Aug, Sep–Dec).
 */
export const PART_MODIFIERS: Readonly<Record<string, 'early' | 'mid' | 'late'>> = {
  early: 'early',
  'the early part of': 'early',
  'the beginning of': 'early',
  'beginning of': 'early',
  'the start of': 'early',
  'start of': 'early',
  'the middle of': 'mid',
  'middle of': 'mid',
  late: 'late',
  'the end of': 'late',
  'end of': 'late',
  'the close of': 'late',
};
/** A part modifier and its space, or "mid"/"mid-" glued on: "mid-August", "mid 2013". */
export const PART_MODIFIER = `(?:(?:${alternation(Object.keys(PART_MODIFIERS))})\\s+|mid-?\\s*)`;

/** "first half", "the latter part": halves of a year. */
export const HALVES: Readonly<Record<string, 1 | 2>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  latter: 2,
  later: 2,
};
export const HALF = `(?:${alternation(Object.keys(HALVES))})`;

/** Words before a bare year or month that make it a date: "in 2013", "since May". */
export const CUES = [
  'in',
  'since',
  'by',
  'during',
  'until',
  'till',
  'through',
  'throughout',
  'from',
  'between',
  'before',
  'after',
  'of',
  'on',
  'last',
  'this',
  'next',
  'early',
  'late',
  'mid',
  'back in',
  'prior to',
  'as of',
  'as early as',
  'as late as',
  'starting in',
  'dating back to',
  'back to',
  'in early',
  'in late',
];
export const CUE = `(?:${alternation(CUES)})`;

/**
 * Plural nouns after a number that make it a count, not a year:
 * "2013 records", "1999 customers".
 */
export const COUNT_NOUNS = [
  'people',
  'persons',
  'records',
  'accounts',
  'users',
  'customers',
  'clients',
  'employees',
  'staff',
  'patients',
  'members',
  'victims',
  'individuals',
  'residents',
  'students',
  'files',
  'emails',
  'e-mails',
  'cards',
  'passwords',
  'servers',
  'computers',
  'devices',
  'machines',
  'companies',
  'businesses',
  'organizations',
  'organisations',
  'pieces',
  'items',
  'entries',
  'rows',
  'documents',
  'pages',
  'times',
  'hours',
  'minutes',
  'seconds',
  'days',
  'bytes',
  'yuan',
  'dollars',
  'euros',
  'pounds',
];
export const COUNT_NOUN = `(?:${alternation(COUNT_NOUNS)})`;

/**
 * Words before a four-digit number that make it a product, model or code:
 * "Windows 2000", "Office 2016", "SQL Server 2008", "CVE-2018-0296".
 */
export const PRODUCT_WORDS = [
  'windows',
  'office',
  'server',
  'exchange',
  'studio',
  'sharepoint',
  'outlook',
  'excel',
  'word',
  'version',
  'v',
  'model',
  'no.',
  'number',
  'room',
  'suite',
  'flight',
  'route',
  'code',
  'port',
];
export const PRODUCT_WORD = `(?:${alternation(PRODUCT_WORDS)})`;

/** Named days that are no calendar reference here: "Patch Tuesday", "Black Friday". */
export const NAMED_DAY_PREFIXES = ['patch', 'black', 'good', 'cyber', 'super', 'ash', 'holy', 'giving'];
export const NAMED_DAY_PREFIX = `(?:${alternation(NAMED_DAY_PREFIXES)})`;

export const TIME_OF_DAY = '(?:morning|afternoon|evening|night)';
