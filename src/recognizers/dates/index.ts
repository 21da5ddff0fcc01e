/**
 * The date family: our rules (rules.ts) and chrono-node (chrono.ts), the
 * longer of overlapping hits kept (our rules win ties). Both read the document
 * in bounded chunks (chunks.ts) and the offsets are shifted back. Then two
 * document-wide refiners (refine.ts): a yearless date followed by "that year"
 * takes the year the text was last talking about, and the date a law takes
 * effect is dropped.
 */
import type { DateMention } from '../../schema.js';
import type { RecognizeContext } from '../types.js';
import { evidence, removeOverlaps, runRules } from '../runner.js';
import { RULES } from './rules.js';
import { chronoHits } from './chrono.js';
import { chunks } from './chunks.js';
import { refineDates } from './refine.js';

/** Date mentions in text order. */
export function recognizeDates(ctx: RecognizeContext): DateMention[] {
  const out: DateMention[] = [];
  for (const [from, to] of chunks(ctx.view)) {
    const part: RecognizeContext = { text: ctx.text.slice(from, to), view: ctx.view.slice(from, to), referenceDate: ctx.referenceDate };
    const hits = removeOverlaps([...runRules(part, RULES), ...chronoHits(part, RULES.length)]);
    for (const h of hits) {
      out.push({ text: h.text, ...h.value, evidence: evidence(ctx.text, from + h.start, from + h.end) });
    }
  }
  return refineDates(out, ctx);
}
