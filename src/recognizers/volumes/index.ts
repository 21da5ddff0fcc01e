/**
 * Volumes: how much data ("nearly one million pieces of personal
 * information", "1.4GB") or how many people ("9.4 million passengers").
 */
import type { Quantity } from '../../schema.js';
import { evidence, runRules } from '../runner.js';
import type { RecognizeContext } from '../types.js';
import { isLegalThreshold } from './legal.js';
import { VOLUME_RULES } from './rules.js';

/**
 * Volumes that are a law's threshold ("the law treats the sale of more than
 * 5,000 pieces of personal information as serious"), not a count of a case:
 * they stay recognized values (--mentions) but belong to no incident. Same
 * role as `LEGAL_CEILINGS` of the amounts.
 */
export const LEGAL_THRESHOLDS = new WeakSet<object>();

/** Volumes of data or people in text order. */
export function recognizeVolumes(ctx: RecognizeContext): Quantity[] {
  return runRules(ctx, VOLUME_RULES).map((hit) => {
    const volume: Quantity = {
      text: hit.text,
      value: hit.value.value,
      min: hit.value.min,
      max: hit.value.max,
      approximate: hit.value.approximate,
      unit: hit.value.unit,
      evidence: evidence(ctx.text, hit.start, hit.end),
    };
    if (isLegalThreshold(ctx.view, hit.start, hit.end)) LEGAL_THRESHOLDS.add(volume);
    return volume;
  });
}
