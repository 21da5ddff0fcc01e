/**
 * Legal thresholds: a count that states a rule, not the size of a case.
 *
 * "the law treats the sale of more than 5,000 pieces of ordinary personal
 * information as serious", "selling over 500 pieces of sensitive data counts
 * as a serious circumstance", "the threshold of 50 pieces of whereabouts
 * information", "firms must tell the regulator if a breach affects more than
 * 500 residents". Such a volume stays recognized (it is text about data) but
 * belongs to no incident: index.ts marks it in `LEGAL_THRESHOLDS`.
 *
 * Conservative: a cue of law or threshold must sit in the volume's sentence,
 * and no verb of the case ("sold", "stole", "found") may stand between the cue
 * and the count, so "under the law, the gang sold 40,000 pieces" stays a
 * volume of the case. Every test reads one sentence (at most ~500
 * characters) with anchored or bounded patterns.
 */
import { sentenceAround } from '../numbers.js';
import {
  CONDITION_BEFORE,
  CRIME_WORD,
  GENERIC_SUBJECT_BEFORE,
  LAW_WORD,
  NORM_AFTER,
  NORM_VERB,
  OBLIGATION,
  SERIOUS_INCLUDE,
  STANDARD_WORD,
  THRESHOLD_WORD,
} from './patterns.js';

/** A verb that tells the case, not the rule: between a cue and the count it breaks the link. */
const CASE_VERB =
  /\b(?:sold|stole|stolen|leaked|obtained|bought|exposed|downloaded|accessed|scraped|dumped|exported|purchased|traded|harvested|copied|exfiltrated|resold|trafficked|found|seized|discovered|involved|held|said|told)\b/i;

/** How far a threshold word may stand before the count. */
const THRESHOLD_GAP = 80;

/** "or more", "and above" in the volume itself: the wording of a rule. */
const OR_MORE = /\b(?:or|and)\s+(?:more|above|over)\b/i;

/** True when no case verb stands in `before` from `from` on. */
function quiet(before: string, from: number): boolean {
  return !CASE_VERB.test(before.slice(from));
}

/** The end of the last match of a global `re` in `s`, or -1. */
function lastEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) end = m.index + m[0].length;
  re.lastIndex = 0;
  return end;
}

/** "the threshold of 50 pieces", "the standard for 'serious circumstances' is 5,000 pieces". */
function thresholdBefore(before: string, sentence: string): boolean {
  let end = lastEnd(THRESHOLD_WORD, before);
  if (end < 0 && CRIME_WORD.test(sentence)) end = lastEnd(STANDARD_WORD, before);
  return end >= 0 && before.length - end <= THRESHOLD_GAP && quiet(before, end);
}

/** Index of the first match of `re` in `s`, or -1 (a non-global regex). */
function firstAt(re: RegExp, s: string): number {
  const m = re.exec(s);
  return m === null ? -1 : m.index;
}

/**
 * Whether the volume at `[start, end)` of `view` is a legal threshold rather
 * than a count of the case.
 */
export function isLegalThreshold(view: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(view, start, end);
  const before = view.slice(from, start);
  const after = view.slice(end, to);
  const sentence = `${before} ${after}`;
  // "the threshold of 50 pieces of whereabouts information"
  if (thresholdBefore(before, sentence)) return true;
  // "the law treats the sale of more than 5,000 pieces ... as serious"
  const law = firstAt(LAW_WORD, before);
  if (law >= 0) {
    const norm = firstAt(NORM_VERB, before);
    if (norm >= 0 && quiet(before, Math.max(law, norm))) return true;
  }
  // "'serious circumstances' include selling 5,000 pieces"
  const serious = firstAt(SERIOUS_INCLUDE, before);
  if (serious >= 0 && quiet(before, serious)) return true;
  // "selling over 500 pieces of sensitive data counts as a serious circumstance"
  if (GENERIC_SUBJECT_BEFORE.test(before) && NORM_AFTER.test(after)) return true;
  // "under the PIPL, handlers of 1 million or more users' data ..."
  if (OR_MORE.test(view.slice(start, end)) && (LAW_WORD.test(sentence) || NORM_AFTER.test(after))) return true;
  // "must notify the attorney general if a breach affects more than 500 residents"
  const duty = Math.max(firstAt(OBLIGATION, before), law);
  if (duty >= 0) {
    const rest = before.slice(duty);
    if (CONDITION_BEFORE.test(rest) && quiet(rest, 0)) return true;
  }
  return false;
}
