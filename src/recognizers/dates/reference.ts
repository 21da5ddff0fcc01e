/**
 * The article's own date, read from its text, for resolving "this year",
 * "last month", "in May" when no `--reference-date` flag or page metadata
 * gives one.
 *
 * In order:
 * 1. A dateline near the top: "BEIJING, Dec. 3 (Xinhua) --",
 *    "December 3, 2013 —", "Published: 2013-12-03", "Posted on March 5, 2019 by".
 *    A dateline without a year takes the latest year the text names.
 * 2. Else the latest explicit full date ("October 15, 2013"): an article is
 *    written after what it reports. When a coarser explicit mention lies
 *    wholly after it ("in 2017" after "December 29, 2016"), that mention's
 *    last day wins: it is later information.
 * 3. Else the last day of the latest explicit month, quarter or year
 *    ("October 2013" -> 2013-10-31, "in 2013" -> 2013-12-31): the earliest
 *    date at which the article could say it in the past tense.
 * Dates after "by", "until", "before" ("by 2019") are targets, not the past,
 * and are skipped.
 */
import { matchView } from '../../normalize/view.js';
import type { DateMention } from '../../schema.js';
import { dayOf, isoOf, parseIso, partsOf } from './calendar.js';
import { recognizeDates } from './index.js';

/** A reference date found in the text itself (dateline, latest explicit date). */
export interface TextReferenceDate {
  date: string;
  start: number;
  end: number;
}

/** How far into the text a dateline may sit. */
const HEAD = 500;

/** Label before a dateline date: "Published: ", "Posted on ", "Updated ". */
const LABEL = /(?:published|posted|updated|last\s+updated|dated?|released)(?:\s+on)?\s*:?\s*$/i;

/** What follows a dateline date: an agency in brackets and a dash, a bar, or the line end. */
const AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|-|\||\n|$)|^\s+by\s/i;

/** A place before a dateline date at a line start: "BEIJING, ". */
const PLACE = /(?:^|\n)\s*[A-Z][A-Za-z .'-]{1,40},\s*$/;

/** Words before a date that make it a target, not the past: "by 2019". */
const FUTURE_CUE = /\b(?:by|until|till|before|through|next|in\s+the\s+next)\s+$/i;

function atLineStart(text: string, start: number): boolean {
  return /(?:^|\n)\s*$/.test(text.slice(Math.max(0, start - 80), start));
}

/** True when the date sits where a dateline does (`view`: the match view, dashes plain). */
function isDateline(view: string, d: DateMention): boolean {
  const before = view.slice(Math.max(0, d.evidence.start - 80), d.evidence.start);
  const after = view.slice(d.evidence.end, d.evidence.end + 50);
  if (LABEL.test(before)) return true;
  if (atLineStart(view, d.evidence.start) || PLACE.test(before)) return AFTER.test(after);
  return false;
}

const at = (d: DateMention, date: string): TextReferenceDate => ({ date, start: d.evidence.start, end: d.evidence.end });

/** Infers the article's reference date from its text; null when it names no date. */
export function inferReferenceDate(text: string): TextReferenceDate | null {
  const view = matchView(text);
  const mentions = recognizeDates({ text, view, referenceDate: null });
  const explicit = mentions.filter(
    (d) => !d.relative && d.start !== null && d.end !== null && !FUTURE_CUE.test(view.slice(Math.max(0, d.evidence.start - 20), d.evidence.start)),
  );
  const latestYear = explicit.reduce((y, d) => Math.max(y, Number(d.end!.slice(0, 4))), 0);

  // 1. A dateline near the top.
  for (const d of mentions) {
    if (d.evidence.start > HEAD) break;
    if (d.precision !== 'day' || !isDateline(view, d)) continue;
    if (d.start !== null) return at(d, d.start);
    // "BEIJING, Dec. 3 (Xinhua) --": the year is the latest one named.
    if (latestYear > 0) {
      const again = recognizeDates({ text: d.text, view: matchView(d.text), referenceDate: `${latestYear}-12-31` })[0];
      if (again?.start) return at(d, again.start);
    }
  }

  // 2. The latest explicit full date, unless a coarser mention lies wholly after it.
  const byEnd = (a: DateMention, b: DateMention): number => a.end!.localeCompare(b.end!);
  const days = explicit.filter((d) => d.precision === 'day').sort(byEnd);
  const coarse = explicit.filter((d) => d.precision !== 'day').sort(byEnd);
  const lastDay = days.at(-1);
  const lastCoarse = coarse.at(-1);
  if (lastDay && !(lastCoarse && lastCoarse.start! > lastDay.end!)) return at(lastDay, lastDay.start!);

  // 3. The last day of the latest coarse mention.
  if (lastCoarse) {
    const end = parseIso(lastCoarse.end);
    if (end === null) return null;
    const p = partsOf(end);
    return at(lastCoarse, isoOf(dayOf(p.year, p.month, p.day)));
  }
  return null;
}
