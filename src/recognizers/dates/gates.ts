/**
 * Pre-checks of the costly date rules (see gated.ts): each is false only when
 * its rule's regex cannot match the text.
 *
 * The range rule is `(?:(between|from)\s+)?UNIT CONJ UNIT` with CONJ
 * `\s*-\s*` or `,?\s+(and|to|through|thru|until|till)\s+` (rules.ts). No unit
 * form starts or ends with whitespace or a comma, so a match puts its first
 * unit right before the spaces (and comma) ahead of a dash or a conjunction
 * word, and its second unit right after the spaces behind it. Every unit form
 * (units.ts) ends with one of `UNIT_END` and starts with one of `UNIT_START`;
 * the gate looks for a dash or conjunction word with both around it.
 */
import { alternation } from '../runner.js';
import { MONTHS, NUMBER_WORDS, SEASONS, WEEKDAYS } from './patterns.js';

const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];

/**
 * How a unit may end (case-insensitive), by form: a digit (a day, a year, an
 * ISO date), a day's ordinal suffix, a decade ("1990s", "1990's"); a month
 * name or abbreviation (its period too); "year" (and "this year" tails), a
 * week, month or weekend; the plural units of "the past three years"; "ago";
 * "quarter"; a season; a weekday, a time of day, "yesterday" and the other
 * casual days. A superset: any word here may also take a period.
 */
const END_WORDS = [
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(SEASONS),
  ...TIMES_OF_DAY,
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'year',
  'week',
  'month',
  'weekend',
  'days',
  'weeks',
  'months',
  'years',
  'ago',
  'quarter',
];
/** Tested on the text before a conjunction (at most `END_SPAN` characters: longer than any word here). */
export const UNIT_END = new RegExp(String.raw`(?:\d|\d(?:st|nd|rd|th)|0'?s|(?:${alternation(END_WORDS)})\.?)$`, 'i');
const END_SPAN = 16;

/**
 * How a unit may start (case-insensitive), as a prefix of the text: a digit
 * (a day, a year, an ISO date, a count), "H1", "Q3", a month, weekday or
 * season; a part modifier ("early", "mid-", "the beginning of", ...), a half
 * ("first", "latter"), "earlier"/"later", "previous", "recent", a casual day;
 * "the", "this", "last", "next", "past" and the count words of "two weeks
 * ago" with the whitespace that follows them in every form, "the" with the
 * word after it.
 */
const START_WORDS = [
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(SEASONS),
  'early',
  'earlier',
  'late',
  'later',
  'latter',
  'beginning',
  'start',
  'middle',
  'end',
  'mid',
  'first',
  'second',
  'previous',
  'recent',
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
];
/** Words after "the " at the start of a unit: a day, a part modifier, a half or quarter, a season, "past", "day", "weekend", a decade. */
const AFTER_THE = [
  ...Object.keys(SEASONS),
  'early',
  'beginning',
  'start',
  'middle',
  'end',
  'close',
  'first',
  'second',
  'third',
  'fourth',
  'latter',
  'later',
  'last',
  'final',
  'past',
  'previous',
  'day',
  'weekend',
  'mid',
  'late',
];
/** Sticky: tested where the second unit would start. */
export const UNIT_START = new RegExp(
  String.raw`\d|h[12]|q[1-4]|(?:${alternation(START_WORDS)})|(?:this|last|next|past)\s|the\s+(?:\d|${alternation(AFTER_THE)})|(?:${alternation(Object.keys(NUMBER_WORDS))})\s`,
  'iy',
);

/** JS `\s` for one UTF-16 unit (the same set with and without the 'u' flag). */
const SPACE = /\s/;
const isSpace = (s: string, i: number): boolean => SPACE.test(s[i]!);

/** Conjunction words of the range rule, between whitespace. */
const CONJ_WORD = /(?<=\s)(?:and|to|through|thru|until|till)(?=\s)/gi;

/** A unit could end at `end` and another start at `start`. */
function around(view: string, end: number, start: number): boolean {
  if (!UNIT_END.test(view.slice(Math.max(0, end - END_SPAN), end))) return false;
  UNIT_START.lastIndex = start;
  return UNIT_START.test(view);
}

/** False only when the range rule (`dates/range`) finds no match in `view`. */
export function rangeMayMatch(view: string): boolean {
  const n = view.length;
  // `\s*-\s*`: the first unit ends before the spaces ahead of the dash, the second starts after those behind it.
  for (let d = view.indexOf('-'); d !== -1; d = view.indexOf('-', d + 1)) {
    let end = d;
    while (end > 0 && isSpace(view, end - 1)) end--;
    let start = d + 1;
    while (start < n && isSpace(view, start)) start++;
    if (around(view, end, start)) return true;
  }
  // `,?\s+word\s+`
  CONJ_WORD.lastIndex = 0;
  for (let m = CONJ_WORD.exec(view); m !== null; m = CONJ_WORD.exec(view)) {
    let end = m.index;
    while (end > 0 && isSpace(view, end - 1)) end--;
    let start = m.index + m[0].length;
    while (start < n && isSpace(view, start)) start++;
    if (around(view, end, start) || (view[end - 1] === ',' && around(view, end - 1, start))) {
      CONJ_WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** False only when the `dates/since` rule finds no match: it needs the word. */
export function sinceMayMatch(view: string): boolean {
  return SINCE.test(view);
}
const SINCE = /since/i;
