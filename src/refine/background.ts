/**
 * Background paragraphs: a later paragraph of a story that tells another
 * organization's breach ("In 2023, cruise operator Brightwater Cruises
 * disclosed that a phishing attack had exposed data on 1.1 million
 * passengers") is context, not the case. Its values and actors stay out of
 * the incident.
 *
 * A paragraph is background when the story's lead names an organization
 * (the case's company), the paragraph never mentions it (nor refers back to
 * it: coreference has linked "the company", "it") nor the case ("after the
 * breach", "the stolen cards"), and it holds another named
 * organization, seen nowhere else, that the paragraph makes a victim, data
 * holder or perpetrator. A story whose lead names no organization (most
 * police reports) has no background by this rule.
 */
import type { Party } from '../schema.js';
import type { Segment } from '../segment/types.js';

export interface Range {
  start: number;
  end: number;
}

/** A paragraph long enough to be the story's lead (a headline or byline is not). */
const MIN_LEAD = 80;

const CASE_ROLES = new Set(['victim', 'data-holder', 'perpetrator']);

/** A definite reference back to the case: "after the breach", "the stolen cards", "this attack". */
const BACK_REFERENCE =
  /\b(?:the|this|that)\s+(?:(?:data|security|cyber|recent|latest)\s+)?(?:breach|attack|cyberattack|cyber-attack|hack|intrusion|incident|leak)\b|\bthe\s+(?:stolen|compromised|leaked|exposed)\b/i;

/** Paragraph ranges of `[start, end)`: runs of text between blank lines. */
export function paragraphRanges(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const blank = /\n[ \t\r]*\n/g;
  blank.lastIndex = start;
  let at = start;
  for (let m = blank.exec(text); m !== null && m.index < end; m = blank.exec(text)) {
    if (text.slice(at, m.index).trim()) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < end && text.slice(at, end).trim()) out.push({ start: at, end });
  return out;
}

const within = (e: { start: number; end: number }, r: Range) => e.start >= r.start && e.end <= r.end;

/** The later paragraphs of `seg` that tell another organization's case. */
export function backgroundParagraphs(text: string, seg: Segment, parties: readonly Party[]): Range[] {
  const paras = paragraphRanges(text, seg.start, seg.end);
  const leadIndex = paras.findIndex((p) => p.end - p.start >= MIN_LEAD && /[.!?]/.test(text.slice(p.start, p.end)));
  if (leadIndex < 0 || paras.length - leadIndex < 3) return [];
  const lead: Range = { start: seg.start, end: paras[leadIndex]!.end };
  const named = parties.filter((p) => p.kind === 'organization' && p.name !== null);
  const main = named.filter((p) => p.mentions.some((m) => within(m, lead)));
  if (main.length === 0) return [];
  const out: Range[] = [];
  for (const para of paras.slice(leadIndex + 1)) {
    if (main.some((p) => p.mentions.some((m) => within(m, para)))) continue;
    if (BACK_REFERENCE.test(text.slice(para.start, para.end))) continue;
    const other = named.some(
      (p) => !main.includes(p) && p.roles.some((r) => CASE_ROLES.has(r)) && p.mentions.every((m) => within(m, para)),
    );
    if (other) out.push(para);
  }
  return out;
}
