/**
 * The date rules, in order (earlier rules win ties of equal length): the
 * ranges and open ranges first, then every unit form alone, then the bare
 * months and years that need a cue or a sanity check to count as dates.
 */
import type { DatePrecision } from '../../schema.js';
import type { RecognizeContext, Rule } from '../types.js';
import { type Day, dayOf, isoOf, parseIso, partsOf, rangeInterval, weekdayOf } from './calendar.js';
import {
  AMBIGUOUS_MONTHS,
  COUNT_NOUN,
  CUE,
  DAY,
  MONTH_ANY,
  MONTH_FULL,
  PRODUCT_WORD,
  SEASON,
  SEASONS,
  WEEKDAY,
  YEAR,
  YEAR_TAIL,
} from './patterns.js';
import { type Env, type Resolved, UNIT, UNIT_FORMS, monthNumber, parseUnit, pastEnv } from './units.js';
import { FoldedPattern, memoGate } from './folded.js';
import { rangeMayMatch, sinceMayMatch } from './gates.js';

/** The value of a date hit: the contract's DateMention without text and evidence. */
export interface DateValue {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  relative: boolean;
}

export function toValue(r: Resolved): DateValue {
  const known = r.start !== null && r.end !== null;
  return {
    start: r.start === null ? null : isoOf(r.start),
    end: r.end === null ? null : isoOf(r.end),
    precision: r.precision,
    relative: r.relative || !known,
  };
}

const refOf = (ctx: RecognizeContext): Day | null => parseIso(ctx.referenceDate);

/** Yearless parts anchored to another part: the latest such date at or before `anchor`. */
function backFrom(anchor: Day, relative: boolean, ref: Day | null): Env {
  const a = partsOf(anchor);
  return {
    ref,
    yearFor: (month, day) => ({ year: month < a.month || (month === a.month && day <= a.day) ? a.year : a.year - 1, relative }),
  };
}

/** Yearless parts after an anchor: the earliest such date at or after `anchor`. */
function forwardFrom(anchor: Day, relative: boolean, ref: Day | null): Env {
  const a = partsOf(anchor);
  return {
    ref,
    yearFor: (month, day) => ({ year: month > a.month || (month === a.month && day >= a.day) ? a.year : a.year + 1, relative }),
  };
}

/**
 * Resolves "A to B": B against the reference date, then a yearless A against
 * B ("between July and December 2019": July 2019; "from November to
 * February": the November before that February), or a yearless B after A
 * ("from December 2015 to March": March 2016).
 */
function resolveRange(aText: string, bText: string, ref: Day | null): Resolved | null {
  let b = parseUnit(bText, pastEnv(ref));
  let a = parseUnit(aText, pastEnv(ref));
  if (a === null || b === null) return null;
  if (!a.hasYear && b.end !== null) a = parseUnit(aText, backFrom(b.end, b.relative, ref));
  else if (a.hasYear && !b.hasYear && a.start !== null) b = parseUnit(bText, forwardFrom(a.start, a.relative, ref));
  if (a === null || b === null) return null;
  const relative = a.relative || b.relative;
  if (a.start === null || b.end === null) return { start: null, end: null, precision: 'range', relative: true, hasYear: true };
  if (a.start > b.end) return null;
  return { start: a.start, end: b.end, precision: 'range', relative, hasYear: true };
}

/**
 * A capitalized word (not a month, weekday or season, which make "May 2013"
 * a date) right before a bare year, not at a sentence start: "Clean Net 2020".
 */
const NAME_BEFORE_YEAR = /[\p{L}\p{N},;"'\u201c(]\s+([A-Z]\p{L}*)\s+$/u;
/** Capitalized words before a year that do not make it part of a name. */
const NOT_NAME = new FoldedPattern(`^(?:${MONTH_ANY}|${SEASON}|${WEEKDAY}|fy|in|since|by|from|until|of|the|early|late|mid|and|or)$`, 'i');
/** What after "Equifax 2017" makes the year the date of an event, not part of a name. */
const EVENT_AFTER = new FoldedPattern(
  String.raw`^\s+(?:data\s+)?(?:breach|breaches|hack|hacks|attack|attacks|incident|incidents|leak|leaks|intrusion|compromise)\b`,
  'i',
);

/** True when the bare year at `index` ends a capitalized name: "Clean Net 2020" drive. */
function yearInName(view: string, index: number, end: number): boolean {
  const m = NAME_BEFORE_YEAR.exec(view.slice(Math.max(0, index - 30), index));
  return m !== null && !NOT_NAME.test(m[1]!) && !EVENT_AFTER.test(view.slice(end, end + 30));
}
/** "2015 records": a count, not a year. */
const COUNT_NOUN_AFTER = new FoldedPattern(`^\\s+${COUNT_NOUN}\\b`, 'i');
/** "Windows 2000": a product, not a year. */
const PRODUCT_WORD_BEFORE = new FoldedPattern(`\\b${PRODUCT_WORD}\\s*$`, 'i');
/** Words that put a later year in the future of a plan ("by 2025", "into 2021"); "in 2021" may be a date the reference got wrong. */
const FUTURE_YEAR_CUES: ReadonlySet<string> = new Set(['by', 'until', 'till', 'through', 'before', 'next', 'into']);

const CONJ = '(?:\\s*-\\s*|,?\\s+(?:and|to|through|thru|until|till)\\s+)';

const WEEKEND_OR_SEASON_CUE = '(?:over|during|in|on|at|since|through|throughout|until)';

/** Unit forms that stand alone as rules; a bare month or year needs the checks below. */
const STANDALONE_FORMS = UNIT_FORMS.filter((f) => !['dates/month', 'dates/year', 'dates/weekend'].includes(f.id));

export const RULES: readonly Rule<DateValue>[] = [
  // "between April and September of this year", "from 2013 to 2016", "late 2014 through 2016",
  // "between Aug 10, 2016 to Feb 9, 2017", "from Feb. 16, 2016 and July 7, 2016"
  {
    id: 'dates/range',
    // Compiled only for a text with a unit, a conjunction and a unit side by side (gates.ts).
    pattern: new FoldedPattern(`(?:(?<kw>between|from)\\s+)?(?<a>${UNIT})(?<conj>${CONJ})(?<b>${UNIT})`, 'gi', memoGate(rangeMayMatch)),
    extract: (m, ctx) => {
      const g = m.groups ?? {};
      const kw = (g['kw'] ?? '').toLowerCase();
      const conj = (g['conj'] ?? '').trim().replace(/^,\s*/, '').toLowerCase();
      // "May and June" without "between" is two dates, not a range.
      if (conj === 'and' && kw === '') return null;
      // "between 2015 until 2016" is no English range.
      if (kw === 'between' && !['and', 'to', '-'].includes(conj)) return null;
      const r = resolveRange(g['a'] ?? '', g['b'] ?? '', refOf(ctx));
      return r === null ? null : toValue(r);
    },
  },
  // "April 18-20, 2017", "from May 5 to 9"
  {
    id: 'dates/day-range',
    pattern: new FoldedPattern(
      `(?:(?:between|from)\\s+)?(?<month>${MONTH_ANY})\\s+(?<d1>${DAY})(?:\\s*-\\s*|\\s+(?:to|through|and)\\s+)(?<d2>${DAY})(?<tail>${YEAR_TAIL})?`,
      'gi',
    ),
    extract: (m, ctx) => {
      const g = m.groups ?? {};
      const month = g['month'] ?? '';
      const tail = g['tail'] ?? '';
      const r = resolveRange(`${month} ${g['d1'] ?? ''}${tail}`, `${month} ${g['d2'] ?? ''}${tail}`, refOf(ctx));
      return r === null ? null : toValue(r);
    },
  },
  // "since 2012", "since last year", "ever since March 2016", "since at least last Wednesday"
  {
    id: 'dates/since',
    pattern: new FoldedPattern(`(?:ever\\s+)?since\\s+(?:at\\s+least\\s+)?(?<a>${UNIT})`, 'gi', memoGate(sinceMayMatch)),
    extract: (m, ctx) => {
      const ref = refOf(ctx);
      const a = parseUnit(m.groups?.['a'] ?? '', pastEnv(ref));
      if (a === null) return null;
      // Open range up to the reference date: with none, only its start is known.
      if (a.start === null) return { start: null, end: null, precision: 'range', relative: true };
      const end = ref === null ? null : ref >= a.start ? ref : a.end;
      return { start: isoOf(a.start), end: end === null ? null : isoOf(end), precision: 'range', relative: true };
    },
  },
  ...STANDALONE_FORMS.map(
    (f): Rule<DateValue> => ({
      id: f.id,
      pattern: new FoldedPattern(f.source, 'gi'),
      extract: (m, ctx) => {
        const r = f.resolve(m.groups ?? {}, pastEnv(refOf(ctx)));
        return r === null ? null : toValue(r);
      },
    }),
  ),
  // "over the weekend" (evidence "the weekend"); "the weekend edition" has no cue
  {
    id: 'dates/weekend-cued',
    pattern: new FoldedPattern(`\\b${WEEKEND_OR_SEASON_CUE}\\s+(?<span>the\\s+weekend)(?!\\s+of\\b)`, 'gi'),
    extract: (_m, ctx) => {
      const ref = refOf(ctx);
      if (ref === null) return { start: null, end: null, precision: 'range', relative: true };
      const sat = ref - ((weekdayOf(ref) + 1) % 7);
      return toValue({ ...rangeInterval(sat, sat + 1), relative: true, hasYear: true });
    },
  },
  // "over the winter break" (evidence "the winter"): the latest such season begun by the reference date
  {
    id: 'dates/season-cued',
    pattern: new FoldedPattern(`\\b${WEEKEND_OR_SEASON_CUE}\\s+(?<span>the\\s+(?<season>${SEASON}))(?!\\s+(?:of|festival)\\b)`, 'gi'),
    extract: (m, ctx) => {
      const first = SEASONS[(m.groups?.['season'] ?? '').toLowerCase()];
      const ref = refOf(ctx);
      if (first === undefined) return null;
      if (ref === null) return { start: null, end: null, precision: 'range', relative: true };
      const r = partsOf(ref);
      const year = first <= r.month ? r.year : r.year - 1;
      // Winter starts in December and is named after the year it ends in.
      const label = first === 12 ? year + 1 : year;
      const s = parseUnit(`${m.groups?.['season'] ?? ''} ${label}`, pastEnv(ref));
      return s === null ? null : toValue({ ...s, relative: true });
    },
  },
  // "the Spring Festival", "Chinese New Year 2019", "the Lunar New Year holiday": the
  // festival falls between January 21 and February 20 every year (a range).
  {
    id: 'dates/spring-festival',
    pattern: new FoldedPattern(
      `(?:\\bthe\\s+)?\\b(?:spring\\s+festival|(?:chinese|lunar)\\s+new\\s+year)(?:\\s+(?:holidays?|period|break))?(?:,?\\s+(?:of\\s+)?(?<year>${YEAR}))?`,
      'gi',
    ),
    extract: (m, ctx) => {
      const named = m.groups?.['year'];
      const ref = refOf(ctx);
      let year: number;
      if (named !== undefined) year = Number(named);
      else if (ref === null) return { start: null, end: null, precision: 'range', relative: true };
      else year = partsOf(ref).year - (ref < dayOf(partsOf(ref).year, 1, 21) ? 1 : 0);
      return toValue({ ...rangeInterval(dayOf(year, 1, 21), dayOf(year, 2, 20)), relative: named === undefined, hasYear: true });
    },
  },
  // "in May" (evidence "May"), "since March", "the January attackers"; not "May be"
  {
    id: 'dates/month-alone',
    pattern: new FoldedPattern(`(?:\\b(?<cue>${CUE})\\s+)?(?<span>${MONTH_FULL})\\b`, 'gi'),
    extract: (m, ctx) => {
      const g = m.groups ?? {};
      const name = g['span'] ?? '';
      const month = monthNumber(name);
      if (month === null) return null;
      const after = ctx.view.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (g['cue'] === undefined) {
        // "May be", "March on Washington": these need a cue.
        if (AMBIGUOUS_MONTHS.has(name.toLowerCase())) return null;
        // "April Smith", "June Carter": a first name before a surname.
        if (/^(?:april|june|august)$/i.test(name) && /^\s+[A-Z][a-z]/.test(after)) return null;
      }
      const r = UNIT_FORMS.find((f) => f.id === 'dates/month')?.resolve({ month: name }, pastEnv(refOf(ctx)));
      return r ? toValue(r) : null;
    },
  },
  // "in 2013" (evidence "2013"), "the 2015 breach", "2017 has been"; not "$2015", "2015 records",
  // "Windows 2000", "CVE-2018-0296"
  {
    id: 'dates/year-alone',
    pattern: new FoldedPattern(
      `(?:\\b(?<cue>${CUE}|the|a|an|its|their|his|her|our|fiscal|year)\\s+)?(?<![\\w$€£¥#/:.-])(?<span>${YEAR})(?![%\\d]|[-/.,:]\\d)`,
      'gi',
    ),
    extract: (m, ctx) => {
      const year = Number(m.groups?.['span']);
      const cue = m.groups?.['cue'];
      if (cue === undefined ? year < 1970 || year > 2049 : year < 1900) return null;
      // "Clean Net 2020", "Vision 2030": a year closing a capitalized name is part of the name.
      if (cue === undefined && yearInName(ctx.view, m.index, m.index + m[0].length)) return null;
      // "continue into 2021", "by 2025": a later year than the article's own, after such a word, is a plan.
      const ref = refOf(ctx);
      const prev = /(\p{L}+)\s+$/u.exec(ctx.view.slice(Math.max(0, m.index - 20), m.index))?.[1]?.toLowerCase();
      if (ref !== null && year > partsOf(ref).year && prev !== undefined && FUTURE_YEAR_CUES.has(prev)) return null;
      const end = m.index + m[0].length;
      if (COUNT_NOUN_AFTER.test(ctx.view.slice(end, end + 30))) return null;
      if (cue === undefined && PRODUCT_WORD_BEFORE.test(ctx.view.slice(Math.max(0, m.index - 20), m.index))) return null;
      const r = parseUnit(String(year), pastEnv(refOf(ctx)));
      return r === null ? null : toValue(r);
    },
  },
];

