/**
 * Volumes: how much data ("nearly one million pieces of personal
 * information", "1.4GB") or how many people ("9.4 million passengers").
 */
import type { Quantity } from '../../schema.js';
import { evidence, runRules } from '../runner.js';
import type { RecognizeContext } from '../types.js';
import { VOLUME_RULES } from './rules.js';

/** Volumes of data or people in text order. */
export function recognizeVolumes(ctx: RecognizeContext): Quantity[] {
  return runRules(ctx, VOLUME_RULES).map((hit) => ({
    text: hit.text,
    value: hit.value.value,
    min: hit.value.min,
    max: hit.value.max,
    approximate: hit.value.approximate,
    unit: hit.value.unit,
    evidence: evidence(ctx.text, hit.start, hit.end),
  }));
}
