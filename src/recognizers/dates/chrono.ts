/**
 * chrono-node as a second source of dates, for the numeric and calendar forms
 * our own units do not spell out ("12/05/2013", "2013/10/15", "Oct 15th at
 * 5pm"). Our rules win ties (they run first), so chrono only adds what they
 * miss.
 *
 * chrono is configured down to its date parsers and its results are checked:
 * - no time-of-day parsers: "at 5 pm" alone is no date;
 * - no casual parsers ("now", "today" in "USA TODAY", "second" as an ordinal,
 *   "may" the verb): the casual words are our rules' job;
 * - no duration parsers: "for 10 days", "three years in prison";
 * - a slash date needs its year: "24/7", "9/11";
 * - a month name must be capitalized: "may 5" is not May 5.
 *
 * It is handed one bounded chunk at a time (index.ts).
 */
import * as chrono from 'chrono-node';
import type { RecognizeContext } from '../types.js';
import { atBoundary, type RuleHit } from '../runner.js';
import { type Day, dayInterval, dayOf, isValidDate, monthInterval, parseIso, pastYearOf, rangeInterval } from './calendar.js';
import type { Interval } from './calendar.js';
import { type DateValue, toValue } from './rules.js';
import { MONTHS } from './patterns.js';
import { FoldedPattern, foldSource } from './folded.js';

/** chrono parsers and refiners we leave out (see above), by class name. */
const DROPPED = new Set([
  'ENTimeExpressionParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENWeekdayParser',
  'ENMergeDateTimeRefiner',
]);

/**
 * Makes a parser hand chrono its pattern as a `FoldedPattern` (folded.ts): the
 * same matches from a regex that compiles in a third of the time. A pattern
 * the folding cannot carry over stays as it is.
 */
function foldPatterns(parser: chrono.Parser): chrono.Parser {
  const own = parser.pattern.bind(parser);
  const folded = new WeakMap<RegExp, RegExp>();
  parser.pattern = (context) => {
    const re = own(context);
    let f = folded.get(re);
    if (f === undefined) {
      f = foldable(re) ? new FoldedPattern(re.source, re.flags) : re;
      folded.set(re, f);
    }
    return f;
  };
  return parser;
}

function foldable(re: RegExp): boolean {
  if (!re.flags.includes('i') || /[uv]/.test(re.flags)) return false;
  try {
    foldSource(re.source);
    return true;
  } catch {
    return false;
  }
}

/** Our chrono; `fold: false` keeps chrono's own patterns (for the tests that compare both). */
export function createParser(fold = true): chrono.Chrono {
  const config = chrono.en.configuration.createConfiguration(true, false);
  config.parsers = config.parsers.filter((p) => !DROPPED.has(p.constructor.name));
  if (fold) config.parsers = config.parsers.map(foldPatterns);
  config.refiners = config.refiners.filter((r) => !DROPPED.has(r.constructor.name));
  return new chrono.Chrono(config);
}

const PARSER = createParser();

const MONTH_WORD = new FoldedPattern(`\\b(?:${Object.keys(MONTHS).join('|')})\\b`, 'gi');

/** A month name in lower case ("may", "march") makes the whole result doubtful. */
function lowercaseMonth(text: string): boolean {
  for (const m of text.matchAll(MONTH_WORD)) if (!/^[A-Z]/.test(m[0])) return true;
  return false;
}

type Components = chrono.ParsedResult['start'];

/** A chrono component set as an interval; yearless ones resolved into the past. */
function intervalOf(c: Components, ref: Day | null): { iv: Interval | null; relative: boolean } | null {
  if (!c.isCertain('month')) return null;
  const month = c.get('month') ?? 0;
  const hasDay = c.isCertain('day');
  const day = hasDay ? (c.get('day') ?? 1) : 1;
  let year: number | null = c.isCertain('year') ? (c.get('year') ?? null) : null;
  const relative = year === null;
  if (year === null) year = ref === null ? null : pastYearOf(ref, month, day);
  if (year === null) return { iv: null, relative };
  if (!isValidDate(year, month, day)) return null;
  return { iv: hasDay ? dayInterval(dayOf(year, month, day)) : monthInterval(year, month), relative };
}

/** chrono's dates in one chunk of the document, as rule hits (order after all our rules). */
export function chronoHits(ctx: RecognizeContext, order: number): RuleHit<DateValue>[] {
  const ref = parseIso(ctx.referenceDate);
  const instant = new Date((ref ?? 0) * 86_400_000 + 12 * 3_600_000);
  const hits: RuleHit<DateValue>[] = [];
  for (const r of PARSER.parse(ctx.view, { instant, timezone: 0 }, { forwardDate: false })) {
    // chrono takes the preposition: "on 30th April" -> "30th April".
    const lead = /^(?:on|in|at)\s+/i.exec(r.text)?.[0].length ?? 0;
    const start = r.index + lead;
    // chrono may take the space before a dash or a bracket: "Feb. 6 —".
    const end = r.index + r.text.trimEnd().length;
    // Slash dates without a year: "24/7", "9/11".
    if (/^\d/.test(ctx.view.slice(start, end)) && !r.start.isCertain('year')) continue;
    if (lowercaseMonth(r.text) || !atBoundary(ctx.view, start) || !atBoundary(ctx.view, end)) continue;
    const a = intervalOf(r.start, ref);
    if (a === null) continue;
    let value: DateValue;
    if (r.end) {
      const b = intervalOf(r.end, ref);
      if (b === null) continue;
      if (a.iv === null || b.iv === null) value = { start: null, end: null, precision: 'range', relative: true };
      else if (a.iv.start > b.iv.end) continue;
      else value = toValue({ ...rangeInterval(a.iv.start, b.iv.end), relative: a.relative || b.relative, hasYear: true });
    } else if (a.iv === null) {
      value = { start: null, end: null, precision: r.start.isCertain('day') ? 'day' : 'month', relative: true };
    } else {
      value = toValue({ ...a.iv, relative: a.relative, hasYear: true });
    }
    hits.push({ start, end, text: ctx.text.slice(start, end), rule: 'dates/chrono', value, order });
  }
  return hits;
}
