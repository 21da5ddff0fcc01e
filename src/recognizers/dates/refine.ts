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
 */
import type { DateMention } from '../../schema.js';
import type { RecognizeContext } from '../types.js';
import { evidence } from '../runner.js';
import { type Env, parseUnit } from './units.js';
import { toValue } from './rules.js';

/** "that year", " of the same year", ", that same year" right after a date. */
const ANAPHORIC_TAIL = /^,?\s+(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b/i;

/** Words before a date that make it the day a law or rule takes effect. */
const IN_FORCE_BEFORE =
  /(?:(?:come|comes|came|coming|entered|enter|enters|entering|went|go|goes|going)\s+into\s+(?:force|effect)|(?:take|takes|took|taking|taken)\s+effect|(?:in\s+force|effective)(?:\s+(?:from|on|as\s+of|since))?)\s+(?:on\s+|from\s+|as\s+of\s+)?$/i;

/** Precisions of a yearless phrase that a year can complete. */
const YEARLESS = new Set(['day', 'part-of-month', 'month', 'quarter']);

export function refineDates(mentions: DateMention[], ctx: RecognizeContext): DateMention[] {
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

