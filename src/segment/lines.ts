/**
 * Lines of the document with their offsets, classified as heading, prose or
 * furniture. Segmentation over-splits into these lines first, then merges
 * (see index.ts).
 */

export type LineKind = 'heading' | 'prose' | 'furniture';

export interface Line {
  start: number;
  end: number;
  text: string;
  kind: LineKind;
  /** True when a blank line (or the start of the text) comes before it. */
  afterBlank: boolean;
}

/** Words that stay lower-case in a title-case heading. */
const MINOR_WORDS = new Set(
  'a an and as at but by for from in into of off on onto or over per the to under up upon via vs with without nor so yet after before than'.split(
    ' ',
  ),
);

/**
 * Labels and widgets of page furniture: "Tags: China, Penalty",
 * "Share this article", "Subscribe Arrow", "Jump to Page".
 */
const FURNITURE =
  /^(?:tags?|categories|category|filed under|posted in|share(?: this)?(?: article| post| page| story)?|share (?:on|via|to) \S.*|related(?: posts| articles| stories| content)?|recent posts|archives|search|subscribe\b.*|follow us.*|print|email|tweet|comments?|leave a (?:reply|comment)|jump to page|read more|advertisement|cookie.*|back to top|previous|next|home|menu|log ?in|sign ?(?:in|up)|copyright\b.*|©.*|all rights reserved.*|time \d+ minute read|\d+ min(?:ute)? read)\s*(?::.*)?$/i;

/** Bylines and reading-time lines: "By the Data Team", "Posted by Jo | 4 Minute Read". */
const BYLINE = /^(?:by|posted by|written by|reported by|authors?:?|contributors?:)\s+\S|^[^|]{1,40}\|\s*\w+\.? \d{1,2},? \d{4}$|\|\s*\d+\s*min(?:ute)?s?\s+read\b|^\d+\s*min(?:ute)?s?\s+read\b/i;

const SENTENCE_END = /[.!?。！？]["'”’)\]]*$/;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * A heading: a short line of title-case words without sentence punctuation at
 * its end ("Gang Selling Personal Information Busted"), or an ALL-CAPS line.
 */
export function isHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 160 || SENTENCE_END.test(t) || /[,;:]$/.test(t)) return false;
  const ws = words(t);
  if (ws.length > 20) return false;
  let content = 0;
  let capital = 0;
  for (const w of ws) {
    const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!bare) continue;
    if (MINOR_WORDS.has(bare.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\p{N}]/u.test(bare)) capital++;
  }
  return content > 0 && capital / content >= 0.75;
}

/**
 * "Key takeaways", "Car hire employee fined for passing accident data to
 * claims firm": a sentence-case heading, as many sites write them; at most
 * fourteen words, capitalised, no end punctuation.
 */
function isSentenceCaseHeading(text: string): boolean {
  const ws = words(text);
  return ws.length >= 1 && ws.length <= 14 && /^\p{Lu}/u.test(text) && !/[.,;:!?]$/.test(text) && !FURNITURE.test(text) && !BYLINE.test(text);
}

/** Prose: a line that reads as sentences (ends like one, or is long). */
export function isProse(text: string): boolean {
  const t = text.trim();
  return SENTENCE_END.test(t) || words(t).length >= 16;
}

/** Splits the text into non-empty lines with offsets and a kind each. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blank = true;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      const t = text.slice(s, e);
      const kind: LineKind = FURNITURE.test(t) || BYLINE.test(t) ? 'furniture' : isProse(t) ? 'prose' : isHeading(t) ? 'heading' : 'furniture';
      lines.push({ start: s, end: e, text: t, kind, afterBlank: blank });
      blank = false;
    } else {
      blank = true;
      // A short sentence-case line standing alone between blank lines, with
      // prose after it, heads a section too ("Key takeaways").
      const prev = lines[lines.length - 1];
      const prev2 = lines[lines.length - 2];
      if (prev && prev.kind === 'furniture' && prev.afterBlank && prev2?.kind === 'prose' && isSentenceCaseHeading(prev.text)) {
        prev.kind = 'heading';
      }
    }
    pos = nl + 1;
  }
  return lines;
}
