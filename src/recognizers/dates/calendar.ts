/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC).
 *
 * Dates are plain day numbers so that "the most recent Monday", "three weeks
 * ago" and "the last day of February" are integer arithmetic; no `Date` object
 * ever sees a local time zone (a `new Date('2013-12-31')` read back with
 * `getDate()` west of UTC gives the 30th).
 */
import type { DatePrecision } from '../../schema.js';

/** Days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date; month 1–12, day 1–31 (not checked). */
export function dayOf(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Calendar parts of a day number. */
export function partsOf(d: Day): { year: number; month: number; day: number } {
  const date = new Date(d * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoOf(d: Day): string {
  const { year, month, day } = partsOf(d);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD` (a valid calendar date) into a day number, else null. */
export function parseIso(iso: string | null): Day | null {
  if (iso === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayOf(y, mo, d) : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

/** Monday of the ISO week that holds `d`. */
export function weekStart(d: Day): Day {
  return d - ((weekdayOf(d) + 6) % 7);
}

/** Moves a month by `delta` months: returns [year, month]. */
export function shiftMonth(year: number, month: number, delta: number): [number, number] {
  const idx = year * 12 + (month - 1) + delta;
  return [Math.floor(idx / 12), (((idx % 12) + 12) % 12) + 1];
}

/** A resolved interval: inclusive day numbers. */
export interface Interval {
  start: Day;
  end: Day;
  precision: DatePrecision;
}

export function dayInterval(d: Day): Interval {
  return { start: d, end: d, precision: 'day' };
}

export function monthInterval(year: number, month: number): Interval {
  return { start: dayOf(year, month, 1), end: dayOf(year, month, daysInMonth(year, month)), precision: 'month' };
}

export function yearInterval(year: number): Interval {
  return { start: dayOf(year, 1, 1), end: dayOf(year, 12, 31), precision: 'year' };
}

export function quarterInterval(year: number, quarter: number): Interval {
  const first = (quarter - 1) * 3 + 1;
  return {
    start: dayOf(year, first, 1),
    end: dayOf(year, first + 2, daysInMonth(year, first + 2)),
    precision: 'quarter',
  };
}

/** A stretch of several units (weeks, part of a year, "since 2012"). */
export function rangeInterval(start: Day, end: Day): Interval {
  return start <= end ? { start, end, precision: 'range' } : { start: end, end: start, precision: 'range' };
}

/**
 * The latest year in which month/day falls on or before `anchor`: news prefers
 * the past, so "in May" in a February article is the previous year's May.
 */
export function pastYearOf(anchor: Day, month: number, day = 1): number {
  const a = partsOf(anchor);
  return month < a.month || (month === a.month && day <= a.day) ? a.year : a.year - 1;
}
