/**
 * The recognizer runner: every family, in order, over the whole document.
 * The order is configuration: money is read before volumes so that a volume
 * never claims the digits of an amount, and dates before both so that a year
 * is never a count.
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
  const dates = recognizeDates(ctx);
  const amounts = recognizeAmounts(ctx).filter((a) => !overlapsAny(a, dates));
  const volumes = recognizeVolumes(ctx).filter((v) => !overlapsAny(v, amounts) && !overlapsAny(v, dates));
  const locations = recognizeLocations(ctx);
  const dataCategories = recognizeDataCategories(ctx);
  return { volumes, amounts, dates, locations, dataCategories };
}
