/**
 * Document-wide refiners of the date mentions (they need what came before,
 * across chunks).
 *
 * - Anaphoric year: "in September that year", "on May 3 the same year". The
 *   yearless date takes the year of the nearest explicit date mentioned before
 *   it (its end year: "between October 2021 and April 2022 … in September that
 *   year" is September 2022), and the evidence takes the tail. With no
 *   explicit date before it, the mention keeps its reference-date reading.
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

function refineYears(mentions: DateMention[], ctx: RecognizeContext): DateMention[] {
  const out: DateMention[] = [];
  let lastYear: number | null = null;
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
    out.push(d);
    if (!d.relative && d.end !== null) lastYear = Number(d.end.slice(0, 4));
  }
  return out;
}

