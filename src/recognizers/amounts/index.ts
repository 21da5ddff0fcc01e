/**
 * Money amounts: RMB, yuan, dollars, euros, pounds, bitcoin and the rest, with
 * bounds, ranges, purpose, unit price and currency conversions.
 */
import type { Money, MoneyPurpose } from '../../schema.js';
import { sentenceAround } from '../numbers.js';
import { evidence, runRules, type RuleHit } from '../runner.js';
import type { RecognizeContext } from '../types.js';
import {
  CONVERSION_BETWEEN,
  EACH_AFTER,
  LEGAL_CEILING_BEFORE,
  OFFER_FOR_BEFORE,
  PER_AFTER,
  PER_BEFORE,
  PER_UNITS,
  PURPOSE_CUE,
  PURPOSE_CUES,
  UNIT_IN_SENTENCE,
  BUSINESS_FIGURE_BEFORE,
} from './patterns.js';
import { AMOUNT_RULES, type AmountValue } from './rules.js';

/**
 * Amounts that are a law's ceiling ("fines of up to RMB 50 million"), not
 * money of a case: they stay recognized values (--mentions) but belong to no
 * incident.
 */
export const LEGAL_CEILINGS = new WeakSet<object>();

/** A company's revenue, turnover or market value: recognized, but no money of a case. */
export const BUSINESS_FIGURES = new WeakSet<object>();

/** How far purpose cues are looked for on each side (the sentence, at most). */
const WINDOW = 240;

interface Context {
  before: string;
  after: string;
}

/** Purpose and unit price of one amount, from the text around it. */
function purposeOf({ before, after }: Context): { purpose: MoneyPurpose; per: string | null } {
  // "500 yuan per piece", "$2 a record", "for 50 yuan for each account"
  const perAfter = PER_AFTER.exec(after);
  if (perAfter) return { purpose: 'price', per: PER_UNITS[perAfter[1]!.toLowerCase()] ?? null };
  // "each record for 50 yuan"
  const perBefore = PER_BEFORE.exec(before);
  if (perBefore) return { purpose: 'price', per: PER_UNITS[perBefore[1]!.toLowerCase()] ?? null };

  const cue = nearestCue(before, after);
  // "for 50 yuan each", "apiece": a unit price, unless it is "fined 5,000 yuan each".
  if (EACH_AFTER.test(after) && cue !== 'fine') {
    let unit = 'piece';
    for (const m of before.matchAll(UNIT_IN_SENTENCE)) unit = PER_UNITS[m[1]!.toLowerCase()] ?? unit;
    return { purpose: 'price', per: unit };
  }
  // "offered the full database for 1.5 bitcoin": an asking price.
  if (OFFER_FOR_BEFORE.test(before)) return { purpose: 'price', per: null };
  return { purpose: cue ?? 'other', per: null };
}

/** The purpose cue nearest to the amount; on a tie the one before it. */
function nearestCue(before: string, after: string): MoneyPurpose | null {
  let best: { purpose: MoneyPurpose; distance: number } | null = null;
  for (const m of before.matchAll(PURPOSE_CUE)) {
    const purpose = PURPOSE_CUES[m[0].toLowerCase().replace(/\s+/g, ' ')];
    if (purpose !== undefined) best = { purpose, distance: before.length - (m.index + m[0].length) };
  }
  PURPOSE_CUE.lastIndex = 0;
  const next = PURPOSE_CUE.exec(after);
  PURPOSE_CUE.lastIndex = 0;
  if (next) {
    const purpose = PURPOSE_CUES[next[0].toLowerCase().replace(/\s+/g, ' ')];
    if (purpose !== undefined && (best === null || next.index < best.distance)) best = { purpose, distance: next.index };
  }
  return best?.purpose ?? null;
}

/** Whether `b` restates `a` in another currency: "300,000 yuan ($43,000)". */
function isConversion(view: string, a: RuleHit<AmountValue>, b: RuleHit<AmountValue>): boolean {
  if (a.value.currency === b.value.currency) return false;
  return CONVERSION_BETWEEN.test(view.slice(a.end, b.start));
}

/** Money amounts in text order, ids M1.., conversions pointing at what they restate. */
export function recognizeAmounts(ctx: RecognizeContext): Money[] {
  const hits = runRules(ctx, AMOUNT_RULES);
  const restates = hits.map((hit, i) => i > 0 && isConversion(ctx.view, hits[i - 1]!, hit));
  const out: Money[] = [];
  hits.forEach((hit, i) => {
    const base = {
      id: `M${i + 1}`,
      text: hit.text,
      value: hit.value.value,
      min: hit.value.min,
      max: hit.value.max,
      approximate: hit.value.approximate,
      currency: hit.value.currency,
      evidence: evidence(ctx.text, hit.start, hit.end),
    };
    const prev = out[i - 1];
    if (restates[i] && prev !== undefined) {
      // A restatement shares what it restates: "lost R$600 (US$191.02)" is a loss twice.
      const restated = { ...base, purpose: prev.purpose, per: prev.per, conversionOf: prev.conversionOf ?? prev.id };
      if (LEGAL_CEILINGS.has(prev)) LEGAL_CEILINGS.add(restated);
      if (BUSINESS_FIGURES.has(prev)) BUSINESS_FIGURES.add(restated);
      out.push(restated);
      return;
    }
    // Cues are read in the sentence, but not past a neighbouring amount (its
    // restatements aside): "fined 5,000 yuan and confiscated gains of 20,000
    // yuan" gives each its own; "300,000 yuan ($43,000) in profits" reads on.
    let next = i + 1;
    while (restates[next] === true) next++;
    const floor = hits[i - 1]?.end ?? 0;
    const ceiling = hits[next]?.start ?? ctx.view.length;
    const [from, to] = sentenceAround(ctx.view, hit.start, hit.end, WINDOW, floor, ceiling);
    const before = ctx.view.slice(from, hit.start);
    const { purpose, per } = purposeOf({ before, after: ctx.view.slice(hit.end, to) });
    // "the law allows fines of up to RMB 50 million": a ceiling, not a fine imposed.
    const legalCap = LEGAL_CEILING_BEFORE.test(before + (/^(?:[a-z]+\s+)*/i.exec(ctx.view.slice(hit.start, hit.end))?.[0] ?? ''));
    const money = { ...base, purpose: legalCap ? ('other' as const) : purpose, per, conversionOf: null };
    if (legalCap) LEGAL_CEILINGS.add(money);
    if (BUSINESS_FIGURE_BEFORE.test(before)) BUSINESS_FIGURES.add(money);
    out.push(money);
  });
  return out;
}
