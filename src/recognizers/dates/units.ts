/**
 * Date units: the single phrases a date mention is made of ("October 15,
 * 2013", "mid-August of this year", "last week", "Q3 2018"), each a regex
 * source and a resolver. The rules (rules.ts) run most of them alone and
 * combine them into ranges ("between April and September of this year") and
 * open ranges ("since 2012").
 *
 * Resolution: explicit dates need nothing; a phrase that needs the reference
 * date ("this year", "in May", "on Monday") is `relative`, and with no
 * reference date it keeps its precision with start/end null.
 */
import type { DatePrecision } from '../../schema.js';
import {
  type Day,
  type Interval,
  dayInterval,
  dayOf,
  daysInMonth,
  isValidDate,
  monthInterval,
  partsOf,
  pastYearOf,
  quarterInterval,
  rangeInterval,
  shiftMonth,
  weekStart,
  weekdayOf,
  yearInterval,
} from './calendar.js';
import {
  COUNT,
  DAY,
  HALF,
  HALVES,
  MONTHS,
  MONTH_ANY,
  MONTH_FULL,
  NAMED_DAY_PREFIX,
  NUMBER_WORDS,
  ORDINAL,
  ORDINALS,
  PART_MODIFIER,
  PART_MODIFIERS,
  SEASON,
  SEASONS,
  TIME_OF_DAY,
  WEEKDAY,
  WEEKDAYS,
  YEAR,
  YEARISH,
  YEAR_TAIL,
} from './patterns.js';
import { FoldedPattern } from './folded.js';

/** A resolved (or, without a reference date, unresolved) date value. */
export interface Resolved {
  start: Day | null;
  end: Day | null;
  precision: DatePrecision;
  relative: boolean;
  /** True when the phrase named its year (or a year relative to the reference). */
  hasYear: boolean;
}

/** The year a yearless month/day belongs to, and whether finding it needed the reference date. */
export type YearFor = (month: number, day: number) => { year: number | null; relative: boolean };

/** What a unit resolves against. */
export interface Env {
  ref: Day | null;
  /** Year of a yearless month or day ("in May", "Oct. 15"). */
  yearFor: YearFor;
}

/** The default: the latest such month/day at or before the reference date. */
export function pastEnv(ref: Day | null): Env {
  return {
    ref,
    yearFor: (month, day) => ({ year: ref === null ? null : pastYearOf(ref, month, day), relative: true }),
  };
}

type Groups = Record<string, string | undefined>;

/** One unit form: a regex source with named groups and its resolver. */
export interface UnitForm {
  id: string;
  source: string;
  resolve: (g: Groups, env: Env) => Resolved | null;
}

// ---------------------------------------------------------------- helpers

const lower = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** "Oct." -> 10; null unless the name is capitalized ("may be" is no month). */
export function monthNumber(raw: string | undefined): number | null {
  if (raw === undefined || !/^[A-Z]/.test(raw)) return null;
  return MONTHS[lower(raw).replace(/\.$/, '')] ?? null;
}

function dayNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = parseInt(raw, 10);
  return Number.isFinite(n) ? n : null;
}

function fromInterval(iv: Interval, relative: boolean, hasYear = true): Resolved {
  return { start: iv.start, end: iv.end, precision: iv.precision, relative, hasYear };
}

function unresolved(precision: DatePrecision, hasYear = true): Resolved {
  return { start: null, end: null, precision, relative: true, hasYear };
}

/** Runs `f` against the reference date, or gives an unresolved relative value. */
function withRef(env: Env, precision: DatePrecision, f: (ref: Day) => Interval | null): Resolved | null {
  if (env.ref === null) return unresolved(precision);
  const iv = f(env.ref);
  return iv === null ? null : { ...fromInterval(iv, true), precision };
}

/** Year named by a tail or year phrase: "2013", ", 2013", " of this year", "last year". */
interface YearRef {
  year: number | null;
  relative: boolean;
}
function yearOf(raw: string | undefined, env: Env): YearRef | null {
  if (raw === undefined) return null;
  const t = lower(raw).replace(/^,?\s*(?:of\s+)?/, '');
  if (/^\d{4}$/.test(t)) return { year: Number(t), relative: false };
  const ref = env.ref === null ? null : partsOf(env.ref).year;
  const at = (delta: number): YearRef => ({ year: ref === null ? null : ref + delta, relative: true });
  if (/^(?:this|the current|the) year$/.test(t)) return at(0);
  if (/^(?:last|the previous|the past) year$/.test(t)) return at(-1);
  if (/^(?:next|the following) year$/.test(t)) return at(1);
  return null;
}

/** Year of a month (and day): from the tail when given, else from the environment. */
function monthYear(tail: string | undefined, month: number, day: number, env: Env): YearRef & { hasYear: boolean } {
  const y = yearOf(tail, env);
  if (y !== null) return { ...y, hasYear: true };
  return { ...env.yearFor(month, day), hasYear: false };
}

type Part = 'early' | 'mid' | 'late';
function partOf(raw: string): Part | null {
  const t = lower(raw).replace(/-$/, '').trim();
  if (t === 'mid') return 'mid';
  return PART_MODIFIERS[t] ?? null;
}

/** Thirds of a month: early 1–10, mid 11–20, late 21–end. */
function partOfMonth(year: number, month: number, part: Part): Interval {
  const last = daysInMonth(year, month);
  const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
  return { start: dayOf(year, month, a), end: dayOf(year, month, b), precision: 'part-of-month' };
}
const PART_FIRST_DAY: Record<Part, number> = { early: 1, mid: 11, late: 21 };

/** Thirds of a year: early Jan–Apr, mid May–Aug, late Sep–Dec (precision range). */
function partOfYear(year: number, part: Part): Interval {
  const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return rangeInterval(dayOf(year, a, 1), dayOf(year, b, daysInMonth(year, b)));
}

/** Season `season` of `year`: winter of Y is Dec Y-1 .. Feb Y (meteorological). */
function seasonInterval(year: number, first: number): Interval {
  const startYear = first === 12 ? year - 1 : year;
  const [ey, em] = shiftMonth(startYear, first, 2);
  return rangeInterval(dayOf(startYear, first, 1), dayOf(ey, em, daysInMonth(ey, em)));
}

function shiftDays(d: Day, unit: string, n: number): Day {
  if (unit === 'day') return d + n;
  if (unit === 'week') return d + 7 * n;
  const p = partsOf(d);
  const [y, m] = shiftMonth(p.year, p.month, unit === 'year' ? 12 * n : n);
  return dayOf(y, m, Math.min(p.day, daysInMonth(y, m)));
}

/** The calendar unit (day, week, month, year) that holds `d`. */
function unitAround(d: Day, unit: string): Interval {
  const p = partsOf(d);
  if (unit === 'day') return dayInterval(d);
  if (unit === 'week') return rangeInterval(weekStart(d), weekStart(d) + 6);
  if (unit === 'month') return monthInterval(p.year, p.month);
  return yearInterval(p.year);
}

/** Unit word without plural: "months" -> "month". */
const unitOf = (raw: string | undefined): string => lower(raw ?? '').replace(/s$/, '');

/** A count: "two" -> 2, "12" -> 12, "a few" -> [2, 5] (vague counts are ranges). */
function countOf(raw: string | undefined): [number, number] | null {
  if (raw === undefined) return null;
  const t = lower(raw);
  if (/^\d+$/.test(t)) return [Number(t), Number(t)];
  if (/few/.test(t)) return [2, 5];
  if (/several/.test(t)) return [3, 7];
  const n = NUMBER_WORDS[t];
  return n === undefined ? null : [n, n];
}

/**
 * "Sunday, June 11" with no year: the weekday picks the year. Tries the
 * past-preferred year, the one after it, then up to six years back; keeps the
 * past-preferred year when none fits (a misprinted weekday).
 */
function yearMatchingWeekday(year: number, month: number, day: number, weekday: string | undefined): number {
  const target = weekday === undefined ? undefined : WEEKDAYS[lower(weekday)];
  if (target === undefined) return year;
  for (const y of [year, year + 1, year - 1, year - 2, year - 3, year - 4, year - 5, year - 6]) {
    if (isValidDate(y, month, day) && weekdayOf(dayOf(y, month, day)) === target) return y;
  }
  return year;
}

// ---------------------------------------------------------------- forms

const S = '\\s+';
/** "the previous year's turnover", "last year's revenue": a figure of the period, no date of an event. */
const PERIOD_FIGURE = "'s\\s+(?:(?:global|annual|total|worldwide|gross|net)\\s+)?(?:turnover|revenues?|income|sales|profits?|earnings|budget|results)\\b";
const WEEKDAY_PREFIX = `(?:(?<wd>${WEEKDAY}),?${S})?`;

/** A day of a month, with its year from the tail, the weekday or the reference date. */
const resolveMonthDay: UnitForm['resolve'] = (g, env) => {
  const month = monthNumber(g['month']);
  const day = dayNumber(g['day']);
  if (month === null || day === null) return null;
  const y = monthYear(g['tail'], month, day, env);
  if (y.year === null) return unresolved('day', y.hasYear);
  const year = y.hasYear ? y.year : yearMatchingWeekday(y.year, month, day, g['wd']);
  if (!isValidDate(year, month, day)) return null;
  return fromInterval(dayInterval(dayOf(year, month, day)), y.relative, y.hasYear);
};

/**
 * The forms, most specific first: in a combined alternation (the range rules)
 * the first alternative that fits wins, so "December 2019" must come before
 * "December".
 */
export const UNIT_FORMS: readonly UnitForm[] = [
  // "October 15, 2013", "Oct. 15", "Sunday, June 11", "December 29 2016", "Sept. 29 last year"
  {
    id: 'dates/month-day',
    source: `${WEEKDAY_PREFIX}(?<month>${MONTH_ANY})${S}(?<day>${DAY})(?<tail>${YEAR_TAIL})?`,
    resolve: resolveMonthDay,
  },
  // "15 October 2013", "27 February 2017", "the 15th of October"
  {
    id: 'dates/day-month',
    source: `${WEEKDAY_PREFIX}(?:the${S})?(?<day>${DAY})(?:${S}of)?${S}(?<month>${MONTH_ANY})(?<tail>${YEAR_TAIL})?`,
    resolve: resolveMonthDay,
  },
  // "2013-10-15"
  {
    id: 'dates/iso',
    source: `(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\d-])`,
    resolve: (g) => {
      const [y, m, d] = [Number(g['y']), Number(g['m']), Number(g['d'])];
      return isValidDate(y, m, d) ? fromInterval(dayInterval(dayOf(y, m, d)), false) : null;
    },
  },
  // "mid-August of this year", "early March", "the end of April", "late August 2016"
  {
    id: 'dates/part-of-month',
    source: `(?<mod>${PART_MODIFIER})(?<month>${MONTH_ANY})(?<tail>${YEAR_TAIL})?`,
    resolve: (g, env) => {
      const part = partOf(g['mod'] ?? '');
      const month = monthNumber(g['month']);
      if (part === null || month === null) return null;
      const y = monthYear(g['tail'], month, PART_FIRST_DAY[part], env);
      if (y.year === null) return unresolved('part-of-month', y.hasYear);
      return fromInterval(partOfMonth(y.year, month, part), y.relative, y.hasYear);
    },
  },
  // "early 2013", "mid-2013", "late last year", "the beginning of 2018", "the end of the year"
  {
    id: 'dates/part-of-year',
    source: `(?<mod>${PART_MODIFIER})(?<year>${YEARISH})`,
    resolve: (g, env) => {
      const part = partOf(g['mod'] ?? '');
      const y = yearOf(g['year'], env);
      if (part === null || y === null) return null;
      if (y.year === null) return unresolved('range');
      return fromInterval(partOfYear(y.year, part), y.relative);
    },
  },
  // "the first half of 2019", "the second half of this year", "the latter part of 2016"
  {
    id: 'dates/half-year',
    source: `(?:the${S})?(?<half>${HALF})${S}(?:half|part)${S}of${S}(?<year>${YEARISH})`,
    resolve: (g, env) => {
      const half = HALVES[lower(g['half'] ?? '')];
      const y = yearOf(g['year'], env);
      if (half === undefined || y === null) return null;
      if (y.year === null) return unresolved('range');
      const iv = half === 1 ? rangeInterval(dayOf(y.year, 1, 1), dayOf(y.year, 6, 30)) : rangeInterval(dayOf(y.year, 7, 1), dayOf(y.year, 12, 31));
      return fromInterval(iv, y.relative);
    },
  },
  // "H1 2019"
  {
    id: 'dates/half-year-short',
    source: `H(?<half>[12])${S}(?<year>${YEAR})`,
    resolve: (g) => {
      const y = Number(g['year']);
      const iv = g['half'] === '1' ? rangeInterval(dayOf(y, 1, 1), dayOf(y, 6, 30)) : rangeInterval(dayOf(y, 7, 1), dayOf(y, 12, 31));
      return fromInterval(iv, false);
    },
  },
  // "the third quarter of 2018", "the fourth quarter of last year", "the first quarter"
  {
    id: 'dates/quarter',
    source: `the${S}(?<ord>${ORDINAL}|last|final)(?:${S}|-)quarter(?:(?:${S}of)?${S}(?<year>${YEARISH}))?`,
    resolve: (g, env) => {
      const o = lower(g['ord'] ?? '');
      const q = o === 'last' || o === 'final' ? 4 : ORDINALS[o];
      if (q === undefined) return null;
      let y: YearRef & { hasYear: boolean };
      if (g['year'] === undefined) {
        y = { ...env.yearFor((q - 1) * 3 + 1, 1), hasYear: false };
      } else {
        const named = yearOf(g['year'], env);
        if (named === null) return null;
        y = { ...named, hasYear: true };
      }
      if (y.year === null) return unresolved('quarter', y.hasYear);
      return fromInterval(quarterInterval(y.year, q), y.relative, y.hasYear);
    },
  },
  // "Q3 2018", "Q3 of 2018"
  {
    id: 'dates/quarter-short',
    source: `Q(?<q>[1-4])(?:${S}of)?${S}(?<year>${YEAR})`,
    resolve: (g) => fromInterval(quarterInterval(Number(g['year']), Number(g['q'])), false),
  },
  // "summer 2017", "the summer of 2017", "winter 2016"
  {
    id: 'dates/season-year',
    source: `(?:the${S})?(?<season>${SEASON})(?:${S}of)?${S}(?<year>${YEAR})`,
    resolve: (g) => {
      const first = SEASONS[lower(g['season'] ?? '')];
      return first === undefined ? null : fromInterval(seasonInterval(Number(g['year']), first), false);
    },
  },
  // "last summer", "this winter", "next spring"
  {
    id: 'dates/season-relative',
    source: `(?<which>this${S}past|this|last|next|past)${S}(?<season>${SEASON})(?!${S}of\\b)`,
    resolve: (g, env) => {
      const first = SEASONS[lower(g['season'] ?? '')];
      const which = lower(g['which'] ?? '');
      if (first === undefined) return null;
      return withRef(env, 'range', (ref) => {
        const y = partsOf(ref).year;
        // Candidates around the reference year, oldest first.
        const all = [y - 2, y - 1, y, y + 1, y + 2].map((k) => seasonInterval(k, first));
        if (which === 'next') return all.find((s) => s.start > ref) ?? null;
        if (which === 'this') return [...all].reverse().find((s) => s.start <= ref) ?? null;
        return [...all].reverse().find((s) => s.end < ref) ?? null;
      });
    },
  },
  // "this week", "last month", "earlier this year", "late last week", "the past year"
  {
    id: 'dates/relative-period',
    source: `(?:(?<mod>earlier|later|early|late)${S})?(?<which>this${S}past|the${S}past|the${S}previous|this|last|next|past)${S}(?<unit>weekend|week|month|year)(?!${S}of\\b|-|${PERIOD_FIGURE})`,
    resolve: (g, env) => {
      const mod = lower(g['mod'] ?? '');
      const which = lower(g['which'] ?? '');
      const unit = lower(g['unit'] ?? '');
      const window = /past/.test(which);
      const precision: DatePrecision =
        window || unit === 'week' || unit === 'weekend' ? 'range' : unit === 'month' ? (mod ? 'part-of-month' : 'month') : mod ? 'range' : 'year';
      return withRef(env, precision, (ref) => resolveRelativePeriod(ref, mod, which, unit));
    },
  },
  // "two months ago", "a few weeks ago", "five days ago", "a year ago"
  {
    id: 'dates/ago',
    source: `(?<n>${COUNT})${S}(?<unit>day|week|month|year)s?${S}ago`,
    resolve: (g, env) => {
      const n = countOf(g['n']);
      const unit = unitOf(g['unit']);
      if (n === null) return null;
      const vague = n[0] !== n[1];
      const precision: DatePrecision = vague || unit === 'week' ? 'range' : unit === 'day' ? 'day' : unit === 'month' ? 'month' : 'year';
      return withRef(env, precision, (ref) => {
        const far = unitAround(shiftDays(ref, unit, -n[1]), unit);
        const near = unitAround(shiftDays(ref, unit, -n[0]), unit);
        return vague ? rangeInterval(far.start, near.end) : near;
      });
    },
  },
  // "the past three years", "the last 12 months", "the last couple of years", "recent months"
  {
    id: 'dates/trailing-window',
    source: `(?:(?:the${S})?(?:past|last|previous)${S}(?<n>${COUNT})${S}(?<unit>day|week|month|year)s|recent${S}(?<unit2>day|week|month|year)s)`,
    resolve: (g, env) => {
      const n = g['n'] === undefined ? ([2, 5] as [number, number]) : countOf(g['n']);
      const unit = unitOf(g['unit'] ?? g['unit2']);
      if (n === null) return null;
      return withRef(env, 'range', (ref) => rangeInterval(shiftDays(ref, unit, -n[1]), ref));
    },
  },
  // "yesterday", "today", "last night", "this morning", "the day before yesterday"
  {
    id: 'dates/casual-day',
    // Not the newspaper "USA Today" nor the "Today" show; an all-caps "TODAY" is a name too;
    // "today's threats" means nowadays, not the reference day.
    source: `(?<!USA\\s)(?<word>the${S}day${S}before${S}yesterday|yesterday(?:${S}${TIME_OF_DAY})?|today|tonight|tomorrow|last${S}night|this${S}${TIME_OF_DAY})(?!${S}(?:show|programme|program)\\b|'s)`,
    resolve: (g, env) => {
      const raw = g['word'] ?? '';
      if (raw.length > 1 && raw === raw.toUpperCase()) return null;
      const w = lower(raw);
      const delta = w.startsWith('the day before') ? -2 : w.startsWith('yesterday') || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
      return withRef(env, 'day', (ref) => dayInterval(ref + delta));
    },
  },
  // "on Monday" (evidence "Monday"), "last Wednesday", "late Wednesday", "Monday afternoon"
  {
    id: 'dates/weekday',
    source: `(?<!${NAMED_DAY_PREFIX}\\s)(?:(?<which>last|this|next|early|late)${S})?(?<wd>${WEEKDAY})(?!-)(?:${S}(?<tod>${TIME_OF_DAY}))?`,
    resolve: (g, env) => {
      const raw = g['wd'] ?? '';
      if (!/^[A-Z]/.test(raw)) return null;
      const target = WEEKDAYS[lower(raw)];
      if (target === undefined) return null;
      const which = lower(g['which'] ?? '');
      return withRef(env, 'day', (ref) => {
        const back = (weekdayOf(ref) - target + 7) % 7;
        if (which === 'next') return dayInterval(ref + ((target - weekdayOf(ref) + 7) % 7 || 7));
        if (which === 'last') return dayInterval(ref - (back || 7));
        return dayInterval(ref - back);
      });
    },
  },
  // "the weekend" (after "over", "during"): the latest weekend at or before the reference date
  {
    id: 'dates/weekend',
    source: `the${S}weekend(?!${S}of\\b)`,
    resolve: (_g, env) =>
      withRef(env, 'range', (ref) => {
        const sat = ref - ((weekdayOf(ref) - 6 + 7) % 7);
        return rangeInterval(sat, sat + 1);
      }),
  },
  // "the 1990s", "the early 2000s"
  {
    id: 'dates/decade',
    source: `the${S}(?:(?<mod>early|mid|late)[-\\s]?)?(?<dec>(?:19|20)\\d0)'?s\\b`,
    resolve: (g) => {
      const d = Number(g['dec']);
      const mod = lower(g['mod'] ?? '');
      const [a, b] = mod === 'early' ? [0, 3] : mod === 'mid' ? [3, 6] : mod === 'late' ? [7, 9] : [0, 9];
      return fromInterval(rangeInterval(dayOf(d + a, 1, 1), dayOf(d + b, 12, 31)), false);
    },
  },
  // "last October", "this May", "next March"
  {
    id: 'dates/month-relative',
    source: `(?<which>last|this|next)${S}(?<month>${MONTH_FULL})(?!${S}(?:\\d|of\\b))`,
    resolve: (g, env) => {
      const month = monthNumber(g['month']);
      const which = lower(g['which'] ?? '');
      if (month === null) return null;
      return withRef(env, 'month', (ref) => {
        const r = partsOf(ref);
        // "last October" in December is this year's; in October it is the previous year's.
        const year = which === 'this' ? r.year : which === 'last' ? (month < r.month ? r.year : r.year - 1) : month > r.month ? r.year : r.year + 1;
        return monthInterval(year, month);
      });
    },
  },
  // "October 2013", "Oct. 2013", "April of this year", "May last year"
  {
    id: 'dates/month-year',
    source: `(?<month>${MONTH_ANY})(?<tail>${YEAR_TAIL})`,
    resolve: (g, env) => {
      const month = monthNumber(g['month']);
      if (month === null) return null;
      const y = monthYear(g['tail'], month, 1, env);
      if (y.year === null) return unresolved('month');
      return fromInterval(monthInterval(y.year, month), y.relative);
    },
  },
  // "the same year" is anaphoric and stays out; "this year" etc. are relative-period.
  // "May" inside a range ("from March to May"); alone it needs a cue (rules.ts).
  {
    id: 'dates/month',
    source: `(?<month>${MONTH_FULL})`,
    resolve: (g, env) => {
      const month = monthNumber(g['month']);
      if (month === null) return null;
      const y = env.yearFor(month, 1);
      if (y.year === null) return unresolved('month', false);
      return fromInterval(monthInterval(y.year, month), y.relative, false);
    },
  },
  // "2013" inside a range ("from 2013 to 2016"); alone it has its own checks (rules.ts).
  {
    id: 'dates/year',
    source: `(?<year>${YEAR})`,
    resolve: (g) => fromInterval(yearInterval(Number(g['year'])), false),
  },
];

/** "this week", "earlier this month", "late last year", "the past year" against `ref`. */
function resolveRelativePeriod(ref: Day, mod: string, which: string, unit: string): Interval | null {
  const p = partsOf(ref);
  const offset = /past|previous|last/.test(which) ? -1 : which === 'next' ? 1 : 0;
  // "the past year", "this past week": a trailing window ending at the reference date.
  if (/past/.test(which) && unit !== 'weekend') return rangeInterval(shiftDays(ref, unit, -1), ref);
  if (unit === 'weekend') {
    const thisSat = weekStart(ref) + 5;
    const sat = which === 'this' ? thisSat : offset < 0 ? (thisSat < ref ? thisSat : thisSat - 7) : thisSat + 7;
    return rangeInterval(sat, sat + 1);
  }
  let whole: Interval;
  if (unit === 'week') {
    const s = weekStart(ref) + 7 * offset;
    whole = rangeInterval(s, s + 6);
  } else if (unit === 'month') {
    const [y, m] = shiftMonth(p.year, p.month, offset);
    whole = monthInterval(y, m);
  } else {
    whole = yearInterval(p.year + offset);
  }
  if (!mod) return whole;
  // "earlier this year": from the start of the period up to the reference date.
  if (mod === 'earlier') return offset === 0 ? { ...whole, end: Math.max(whole.start, ref - 1) } : partOfPeriod(whole, unit, 'early');
  if (mod === 'later') return offset === 0 ? { ...whole, start: Math.min(whole.end, ref + 1) } : partOfPeriod(whole, unit, 'late');
  return partOfPeriod(whole, unit, mod === 'early' ? 'early' : 'late');
}

/** Early or late part of a week (Mon–Wed, Thu–Sun), month (thirds) or year (thirds). */
function partOfPeriod(whole: Interval, unit: string, part: Part): Interval {
  const p = partsOf(whole.start);
  if (unit === 'month') return partOfMonth(p.year, p.month, part);
  if (unit === 'year') return partOfYear(p.year, part);
  return part === 'early' ? rangeInterval(whole.start, whole.start + 2) : rangeInterval(whole.start + 3, whole.end);
}

/** Strips group names so that forms can be combined into one alternation. */
export function unnamed(source: string): string {
  return source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:');
}

/** Every form as one alternation, most specific first (range rules). */
export const UNIT = `(?:${UNIT_FORMS.map((f) => unnamed(f.source)).join('|')})`;

/** Each form anchored at both ends, built on first use (V8 compiles a regex on its first exec). */
const ANCHORED: Array<RegExp | undefined> = [];
const anchored = (i: number): RegExp => (ANCHORED[i] ??= new FoldedPattern(`^(?:${UNIT_FORMS[i]!.source})$`, 'i'));

/** A bare year, the commonest unit phrase: of all forms only `dates/year` takes it (see the tests). */
const BARE_YEAR = new RegExp(`^${YEAR}$`);
const YEAR_FORM = UNIT_FORMS.find((f) => f.id === 'dates/year')!;

/** Resolves one whole unit phrase (a part of a range); null when no form takes all of it. */
export function parseUnit(view: string, env: Env): Resolved | null {
  if (BARE_YEAR.test(view)) return YEAR_FORM.resolve({ year: view }, env);
  for (let i = 0; i < UNIT_FORMS.length; i++) {
    const m = anchored(i).exec(view);
    if (m === null) continue;
    const r = UNIT_FORMS[i]!.resolve(m.groups ?? {}, env);
    if (r !== null) return r;
  }
  return null;
}

