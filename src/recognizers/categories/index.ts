/**
 * Kinds of personal data named in the text ("customer names, addresses,
 * telephone numbers and transaction serial numbers"), with the PIPL Art. 28
 * sensitive flag (see patterns.ts for the decisions).
 *
 * One pass of the rules (rules.ts), then the weak phrases ("names",
 * "addresses", "accounts", "emails") are kept only where the text shows they
 * are data: after a possessive ("their names"), with a premodifier ("customer
 * names"), or coordinated with other data in a list ("names, addresses and
 * phone numbers"). Bare "data" and "information" are never reported.
 */
import type { DataCategory } from '../../schema.js';
import { evidence, runRules, type RuleHit } from '../runner.js';
import type { RecognizeContext } from '../types.js';
import { CATEGORY_RULES, COMPROMISE_CUE, POSSESSIVE_SET, type CategoryHit, type PhraseInfo } from './rules.js';

type DataHit = RuleHit<CategoryHit & { kind: 'data' }>;
type FrameHit = RuleHit<CategoryHit & { kind: 'frame' }>;

/** Categories a generic noun in a breach frame takes from the data named just before it. */
const UMBRELLA = new Set<string>(['personal-information', 'financial', 'medical', 'other', 'minor-data']);
const PERSONAL: PhraseInfo = { category: 'personal-information', sensitive: false, weak: false };
const OTHER: PhraseInfo = { category: 'other', sensitive: false, weak: false };
/** How far back (UTF-16 units) the data named before a generic noun may be. */
const ANAPHOR_WINDOW = 400;

/** What may stand between two items of one list: ", ", " and ", ", or ", "/", " as well as ", ", along with ". */
const LIST_GAP = /^\s*(?:,|;|\/|&|\band\b|\bor\b|\bas well as\b|\bplus\b|\bor\s+even\b|,\s*(?:and|or|as well as|plus|along with|together with)\b)\s*$/i;

/** "their names": a possessive right before the hit. */
function afterPossessive(view: string, start: number): boolean {
  const m = /(\p{L}+)\s+$/u.exec(view.slice(Math.max(0, start - 20), start));
  return m !== null && POSSESSIVE_SET.has(m[1]!.toLowerCase());
}

/**
 * Keeps strong hits and the weak hits the context supports: a possessive or a
 * premodifier, or a list separator to a neighbouring hit, weak or not
 * ("names and addresses" is a list of data even without a strong item).
 */
function keepSupported(hits: DataHit[], view: string): DataHit[] {
  const linked = hits.map((h, i) => i + 1 < hits.length && LIST_GAP.test(view.slice(h.end, hits[i + 1]!.start)));
  return hits.filter(
    (h, i) =>
      !h.value.info.weak ||
      h.value.premodified ||
      linked[i] ||
      (i > 0 && linked[i - 1]) ||
      afterPossessive(view, h.start),
  );
}

/** How far (UTF-16 units) a sentence is searched for its ends around a hit. */
const SENTENCE_REACH = 400;

/** `[start, end)` of the sentence around a hit: up to ". ", "! ", "? " or a line break, at most SENTENCE_REACH away. */
function sentenceAround(view: string, start: number, end: number): [number, number] {
  let a = start;
  const lo = Math.max(0, start - SENTENCE_REACH);
  while (a > lo && view[a - 1] !== '\n' && !(/[.!?]/.test(view[a - 2] ?? '') && /\s/.test(view[a - 1]!))) a--;
  let b = end;
  const hi = Math.min(view.length, end + SENTENCE_REACH);
  while (b < hi && view[b] !== '\n' && !(/[.!?]/.test(view[b]!) && /\s/.test(view[b + 1] ?? ' '))) b++;
  return [a, b];
}

/**
 * In a text that speaks of compromise somewhere (COMPROMISE_CUES), keeps the
 * hits whose sentence does too: "users should change … passwords" or "the app
 * stores photos locally" is background, "hackers stole … passwords" is not.
 * A text with no cue at all (a phrase, a heading) keeps every hit.
 */
function keepInCompromiseSentences<T extends { start: number; end: number }>(hits: T[], view: string): T[] {
  if (hits.length === 0 || !COMPROMISE_CUE.test(view)) return hits;
  const memo = new Map<number, boolean>();
  return hits.filter((h) => {
    const [a, b] = sentenceAround(view, h.start, h.end);
    let ok = memo.get(a);
    if (ok === undefined) memo.set(a, (ok = COMPROMISE_CUE.test(view.slice(a, b))));
    return ok;
  });
}

/**
 * Data said not to be involved: "no credit card or bank account details were held", "did not include credit
 * card numbers", "names but not passwords", "card numbers were not affected". The negation stands right before
 * the phrase (only other data words, adjectives and list joints between) or a negated verb right after it.
 */
const NEGATION_BEFORE =
  /\b(?:no|did\s+not\s+(?:include|contain|involve)|does\s+not\s+(?:include|contain|involve)|do\s+not\s+(?:include|contain|involve)|didn['\u2019]t\s+(?:include|contain|involve)|(?:was|were)\s+not\s+(?:included|involved)|but\s+not|not\s+(?:any|their)|neither|nor)\s+((?:(?!(?:on|of|for|with|in|to|at|by|from|about|that|which|who|after|before|during|since|until|than|as|because|while|when|if|into|over|under|through|via|trace|sign|evidence|indication|longer|more|one|doubt|way|reason)\b)(?![\p{L}-]+ing\b)[\p{L}'\u2019-]+(?:,?\s+(?:or|and|nor)\s+|,\s*|\s+)){0,4})$/iu;
const NEGATION_AFTER = /^(?:\s+(?:or|and)\s+[\p{L}\s'-]{1,40}?)?\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+not\s+(?:affected|accessed|compromised|taken|stolen|exposed|involved|included|impacted|viewed)\b/iu;

function negatedData(view: string, start: number, end: number): boolean {
  const before = view.slice(Math.max(0, start - 80), start);
  if (NEGATION_BEFORE.test(before)) return true;
  return NEGATION_AFTER.test(view.slice(end, end + 80));
}

/** Kinds of personal data in text order. */
export function recognizeDataCategories(ctx: RecognizeContext): DataCategory[] {
  const hits = runRules(ctx, CATEGORY_RULES);
  const data = hits.filter((h): h is DataHit => h.value.kind === 'data');
  const kept = keepInCompromiseSentences(keepSupported(data, ctx.view), ctx.view).filter((h) => !negatedData(ctx.view, h.start, h.end));
  const frames = hits.filter((h): h is FrameHit => h.value.kind === 'frame');
  if (frames.length === 0) return kept.map((h) => toCategory(h.value.info, ctx.text, h.start, h.end));
  // "… bought the personal information … had obtained the information …": a
  // generic noun in a breach frame refers back to an umbrella kind named within
  // ANAPHOR_WINDOW (or to a frame that did); else it is data of no known kind.
  const out: DataCategory[] = [];
  let i = 0;
  let last: { info: PhraseInfo; end: number } | null = null;
  for (const f of frames) {
    for (; i < kept.length && kept[i]!.start < f.start; i++) {
      const h = kept[i]!;
      out.push(toCategory(h.value.info, ctx.text, h.start, h.end));
      last = { info: h.value.info, end: h.end };
    }
    // The data named nearby: an umbrella kind is taken over, a specific one
    // ("names, phone numbers … sold the data") makes it personal information.
    // Far from it, "bought the data" still refers to the personal data the
    // text named before; with none named at all it is data of no known kind.
    const near = last !== null && f.start - last.end <= ANAPHOR_WINDOW;
    const info: PhraseInfo = near && UMBRELLA.has(last!.info.category) ? last!.info : f.value.people || last !== null ? PERSONAL : OTHER;
    out.push(toCategory(info, ctx.text, f.start, f.end));
    last = { info, end: f.end };
  }
  for (; i < kept.length; i++) out.push(toCategory(kept[i]!.value.info, ctx.text, kept[i]!.start, kept[i]!.end));
  return out;
}

function toCategory(info: PhraseInfo, text: string, start: number, end: number): DataCategory {
  return { category: info.category, sensitive: info.sensitive, evidence: evidence(text, start, end) };
}
