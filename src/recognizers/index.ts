/**
 * The recognizer runner: every family, in order, over the whole document.
 * The order is configuration: money first, so that neither a date nor a
 * volume claims the digits of an amount; then dates, so that a year is never
 * a count.
 */
import type { RecognizeContext, Recognized } from './types.js';
import { recognizeAmounts } from './amounts/index.js';
import { recognizeVolumes } from './volumes/index.js';
import { recognizeDates } from './dates/index.js';
import { recognizeLocations } from './locations/index.js';
import { recognizeDataCategories } from './categories/index.js';

type Ranged = { evidence: { start: number; end: number } };

function overlapsAny(item: Ranged, taken: readonly Ranged[]): boolean {
  const { start, end } = item.evidence;
  return taken.some((t) => t.evidence.start < end && start < t.evidence.end);
}

/** Recognizes every value family in the document. */
export function recognizeAll(ctx: RecognizeContext): Recognized {
  // Amounts first and never dropped: their ids (M1..) and conversionOf links stay whole.
  const amounts = recognizeAmounts(ctx);
  const dates = recognizeDates(ctx).filter((d) => !overlapsAny(d, amounts));
  const volumes = recognizeVolumes(ctx).filter((v) => !overlapsAny(v, amounts) && !overlapsAny(v, dates));
  const locations = recognizeLocations(ctx);
  const dataCategories = recognizeDataCategories(ctx);
  return { volumes, amounts, dates, locations, dataCategories };
}
