/**
 * Document-wide refiners of the date mentions (they need what came before,
 * across chunks).
 *
 * - Anaphoric year: "in September that year", "on May 3 the same year". The
 *   yearless date takes the year of the nearest explicit date mentioned before
 *   it (its end year: "between October 2021 and April 2022 … in September that
 *   year" is September 2022), and the evidence takes the tail. With no
 *   explicit date before it, the mention keeps its reference-date reading.
 * - Narrative year: "between June 12 and Aug. 3, 2022 ... discovered it on Aug. 3 ... until Aug. 19": a
 *   yearless date just after a dated one, in an older story, takes that year (see narrativeYear).
 * - Law in force: "comes into force today", "took effect on Nov. 1": the date
 *   a law or rule takes effect is background, not the date of an event.
 * - Anchored dates: "the following month", "two years later", "three days
 *   later" count from the date mentioned last before them ("police were told
 *   in November 2022 ... Officers detained them the following month" is
 *   December 2022). With no date before them they are not read.
 */
import type { DateMention } from '../../schema.js';
import type { RecognizeContext } from '../types.js';
import { evidence } from '../runner.js';
import { type Env, parseUnit } from './units.js';
import { toValue } from './rules.js';
import { type Day, dayInterval, monthInterval, parseIso, partsOf, rangeInterval, shiftMonth, weekStart, yearInterval } from './calendar.js';
import { COUNT, NUMBER_WORDS } from './patterns.js';

/** "that year", " of the same year", ", that same year" right after a date. */
const ANAPHORIC_TAIL = /^,?\s+(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b/i;

/** Words before a date that make it the day a law or rule takes effect. */
const IN_FORCE_BEFORE =
  /(?:(?:come|comes|came|coming|entered|enter|enters|entering|went|go|goes|going)\s+into\s+(?:force|effect)|(?:take|takes|took|taking|taken)\s+effect|(?:in\s+force|effective)(?:\s+(?:from|on|as\s+of|since))?)\s+(?:on\s+|from\s+|as\s+of\s+)?$/i;

/** Precisions of a yearless phrase that a year can complete. */
const YEARLESS = new Set(['day', 'part-of-month', 'month', 'quarter']);

/** "the following month", "the next day", "two years later", "a week later". */
const ANCHORED = new RegExp(
  String.raw`\b(?:(?:the\s+)?(?:following|next)\s+(?<unit1>day|week|month|year)|(?<n>${COUNT})\s+(?<unit2>day|week|month|year)s?\s+later)\b`,
  'gi',
);

/** The date `n` units after `anchor`, as wide as the unit. */
function after(anchor: Day, unit: string, n: number) {
  const { year, month } = partsOf(anchor);
  switch (unit) {
    case 'day':
      return dayInterval(anchor + n);
    case 'week': {
      const s = weekStart(anchor + 7 * n);
      return rangeInterval(s, s + 6);
    }
    case 'month': {
      const [y, m] = shiftMonth(year, month, n);
      return monthInterval(y, m);
    }
    default:
      return yearInterval(year + n);
  }
}

/** Dates counted from the last date mentioned before them (see the file comment). */
function anchoredDates(mentions: readonly DateMention[], ctx: RecognizeContext): DateMention[] {
  const out: DateMention[] = [];
  let i = 0;
  let anchor: DateMention | null = null;
  ANCHORED.lastIndex = 0;
  for (let m = ANCHORED.exec(ctx.view); m !== null; m = ANCHORED.exec(ctx.view)) {
    const at = m.index;
    while (i < mentions.length && mentions[i]!.evidence.start < at) {
      if (mentions[i]!.start !== null) anchor = mentions[i]!;
      i++;
    }
    // An anchored date is itself the anchor of the next one ("Three days later ..., and the next day").
    const last = out[out.length - 1];
    if (last !== undefined && (anchor === null || last.evidence.start > anchor.evidence.start)) anchor = last;
    if (anchor === null || anchor.evidence.end > at) continue;
    const g = m.groups ?? {};
    const unit = (g['unit1'] ?? g['unit2'] ?? '').toLowerCase();
    const raw = (g['n'] ?? '1').toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? 1);
    const from = parseIso(anchor.start);
    if (from === null) continue;
    const iv = after(from, unit, n);
    const ev = evidence(ctx.text, at, at + m[0].length);
    out.push({ text: ev.text, ...toValue({ ...iv, relative: true, hasYear: true }), evidence: ev });
  }
  return out;
}

/** A bare weekday: "Friday", "on Friday", "next Friday" aside. */
const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** A future tense before a weekday in its clause: "will appear in court on Friday", "is due to be sentenced". */
const FUTURE_BEFORE =
  /\b(?:will|shall|(?:is|are)\s+(?:due|scheduled|set|expected)\s+to|(?:is|are)\s+to\s+(?:appear|be))\b[^.;!?]{0,80}$/i;

/** "will appear at court on Friday": the coming Friday, not the past one news dates prefer. */
function futureWeekdays(mentions: DateMention[], ctx: RecognizeContext): DateMention[] {
  return mentions.map((d) => {
    if (d.precision !== 'day' || !d.relative || d.start === null || !BARE_WEEKDAY.test(d.text)) return d;
    const { start } = d.evidence;
    if (!FUTURE_BEFORE.test(ctx.view.slice(Math.max(0, start - 100), start))) return d;
    const day = parseIso(d.start);
    if (day === null) return d;
    return { ...d, ...toValue({ ...dayInterval(day + 7), relative: true, hasYear: true }) };
  });
}

export function refineDates(mentions: DateMention[], ctx: RecognizeContext): DateMention[] {
  const refined = futureWeekdays(refineYears(mentions, ctx), ctx);
  const anchored = anchoredDates(refined, ctx).filter(
    (a) => !refined.some((d) => d.evidence.start < a.evidence.end && a.evidence.start < d.evidence.end),
  );
  if (anchored.length === 0) return refined;
  return [...refined, ...anchored].sort((x, y) => x.evidence.start - y.evidence.start);
}

/** A month name in a date phrase, and words that make the phrase relative on its own ("last May", "this month"). */
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$)/i;
const SELF_RELATIVE = /\b(?:last|this|next|ago|previous|coming|past|year)\b/i;
/** How far (UTF-16 units) a yearless date may stand after the dated one whose year it takes. */
const NARRATIVE_REACH = 320;
/** How long after that dated one (days) a yearless date may fall and still be of its story. */
const NARRATIVE_DAYS = 183;

/**
 * "between June 12 and Aug. 3, 2022 ... The company discovered the intrusion on Aug. 3 but did not notify the
 * AP until Aug. 19": a yearless month or day just after a date with a year, in a story older than the
 * reference year, is of that year when it then falls on or within half a year after it.
 */
function narrativeYear(d: DateMention, anchor: DateMention | null, ctx: RecognizeContext): DateMention | null {
  if (anchor === null || anchor.start === null || anchor.end === null || d.start === null) return null;
  // "founded in 2015. In March, hackers ...": a bare year tells no story's timeline.
  if (anchor.precision === 'year' || anchor.precision === 'quarter') return null;
  if (!d.relative || !YEARLESS.has(d.precision) || !MONTH_NAME.test(d.text) || SELF_RELATIVE.test(d.text)) return null;
  if (d.evidence.start - anchor.evidence.end > NARRATIVE_REACH) return null;
  // News omits the year of dates in the current year ("On March 2, the company notified customers" in a March
  // 2024 story is 2024): only a date that reads as an earlier year was written yearless for another reason.
  // A date that repeats the day of the dated one ("until Aug. 3, 2022 ... discovered on Aug. 3") is that day.
  const refYear = ctx.referenceDate ? Number(ctx.referenceDate.slice(0, 4)) : null;
  const repeats = d.precision === 'day' && (d.start.slice(4) === anchor.start.slice(4) || d.start.slice(4) === anchor.end.slice(4));
  if (!repeats && (refYear === null || Number(d.start.slice(0, 4)) >= refYear)) return null;
  const year = Number(anchor.end.slice(0, 4));
  if (year >= Number(d.start.slice(0, 4))) return null;
  const env: Env = { ref: null, yearFor: () => ({ year, relative: false }) };
  const r = parseUnit(ctx.view.slice(d.evidence.start, d.evidence.end), env);
  if (r === null || r.start === null) return null;
  const v = toValue({ ...r, relative: true });
  const from = parseIso(anchor.start);
  const to = parseIso(anchor.end);
  const at = v.start === null ? null : parseIso(v.start);
  if (from === null || to === null || to - from > 366 || at === null || at < from || at > to + NARRATIVE_DAYS) return null;
  return { ...d, ...v };
}

function refineYears(mentions: DateMention[], ctx: RecognizeContext): DateMention[] {
  const out: DateMention[] = [];
  let lastYear: number | null = null;
  let lastDated: DateMention | null = null;
  for (const d of mentions) {
    const { start, end } = d.evidence;
    if (IN_FORCE_BEFORE.test(ctx.view.slice(Math.max(0, start - 40), start))) continue;
    const tail = ANAPHORIC_TAIL.exec(ctx.view.slice(end, end + 30));
    if (tail !== null && lastYear !== null && d.relative && YEARLESS.has(d.precision)) {
      const year = lastYear;
      const env: Env = { ref: null, yearFor: () => ({ year, relative: false }) };
      const r = parseUnit(ctx.view.slice(start, end), env);
      if (r !== null && r.start !== null) {
        const v = toValue({ ...r, relative: true });
        const ev = evidence(ctx.text, start, end + tail[0].length);
        out.push({ ...d, ...v, text: ev.text, evidence: ev });
        continue;
      }
    }
    const told = narrativeYear(d, lastDated, ctx);
    out.push(told ?? d);
    if (!d.relative && d.end !== null) {
      lastYear = Number(d.end.slice(0, 4));
      lastDated = d;
    } else if (told !== null) lastDated = told;
  }
  return out;
}

