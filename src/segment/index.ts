/**
 * Segmentation: the document -> the stretches that each tell one case.
 *
 * 1. Over-split into lines: heading, prose, furniture (lines.ts).
 * 2. Sections: a heading and the prose after it, up to the next heading; text
 *    before the first heading is a section without a headline.
 * 3. Keep a section only when its prose carries incident cues (cues.ts):
 *    background and commentary give none, nor does page furniture.
 * 4. A section's span runs from its headline to the end of its last prose
 *    line, so trailing furniture ("Tags: China, Penalty") stays outside.
 * 5. Inside a section, a paragraph that opens a case of its own ("Among the
 *    cases highlighted was one handled by police in Jinan", "In a separate
 *    case, …", "X's case has been handled separately") gives a nested
 *    incident; the section keeps the rest.
 */
import { splitLines, type Line } from './lines.js';
import { incidentCueScore, topicScore } from './cues.js';
import { NOT_NAMES } from '../resolve/patterns.js';
import type { Segment } from './types.js';

export type { Segment } from './types.js';

interface Section {
  headline: Line | null;
  prose: Line[];
}

/** The first line, when it is a heading followed by prose: the document's title. */
export function titleLine(text: string): Line | null {
  const lines = splitLines(text);
  const first = lines[0];
  return first && first.kind === 'heading' && lines.some((l) => l.kind === 'prose') ? first : null;
}

function sections(lines: Line[]): Section[] {
  const out: Section[] = [];
  let cur: Section = { headline: null, prose: [] };
  for (const line of lines) {
    if (line.kind === 'heading') {
      if (cur.headline || cur.prose.length) out.push(cur);
      cur = { headline: line, prose: [] };
    } else if (line.kind === 'prose') {
      cur.prose.push(line);
    }
  }
  if (cur.headline || cur.prose.length) out.push(cur);
  return out;
}

/** Minimum cue score for a section to count as an incident. */
const MIN_CUES = 1;
/** Topic words that make a one-section story a case even without an event verb. */
const MIN_TOPIC_SINGLE = 2;

/**
 * The opening of a paragraph that starts another case: "Among the cases
 * highlighted … was one", "In one case", "In another/a separate/a similar
 * case", "One such case", "For example, in", "In a related case",
 * "X's case has been handled separately".
 */
const NESTED_OPENING =
  /^(?:among the (?:cases|incidents)\b[^.]{0,120}\bwas\b|in (?:one|another|a separate|a similar|a related|an earlier|a recent|the most recent|a typical|one such|a notable) (?:case|incident|instance)\b|one (?:such |typical |notable )?(?:case|incident) (?:involved|was|came)\b|for (?:example|instance), (?:in|police|a|an|the)\b|(?:the |a )?[^.]{0,60}\bcase (?:has been|was|is being) (?:handled|dealt with|heard|tried|investigated) separately\b)/i;

/** Paragraphs of a section: runs of prose lines split at blank lines. */
function paragraphs(prose: Line[]): Line[][] {
  const out: Line[][] = [];
  for (const line of prose) {
    if (line.afterBlank || out.length === 0) out.push([line]);
    else out[out.length - 1]!.push(line);
  }
  return out;
}

/**
 * The proper names of a stretch of text, lower case: capitalised words that
 * do not open a sentence ("Pune", "Sahyadri", "Saini", "Ministry"); months
 * and the other capitalised words of NOT_NAMES are no names.
 */
function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(^|[.!?]["\u201d']?\s+|\n\s*)?(\p{Lu}[\p{L}'\u2019-]{2,})/gu)) {
    if (m[1] !== undefined || m.index === 0) continue;
    const w = m[2]!.replace(/['\u2019]s$/, '');
    if (!NOT_NAMES.has(w)) out.add(w.toLowerCase());
  }
  return out;
}

/** The words of a stretch of text, lower case, to be looked up among names ("The ministry" ~ "Ministry of ..."). */
function wordsIn(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(/\p{L}[\p{L}'\u2019-]{2,}/gu), (m) => m[0].replace(/['\u2019]s$/, '').toLowerCase()));
}

export function segmentIncidents(text: string, view: string): Segment[] {
  const lines = splitLines(text);
  const secs = sections(lines).filter((s) => s.prose.length > 0);
  // A document whose only heading is its title: the title heads the one case.
  const segments: Segment[] = [];
  for (const s of secs) {
    const first = s.prose[0]!;
    const last = s.prose[s.prose.length - 1]!;
    const eventful = incidentCueScore(view, first.start, last.end) >= MIN_CUES;
    // A story with one section is about its topic: its nouns may carry it.
    const topical = secs.length === 1 && topicScore(view, first.start, last.end) >= MIN_TOPIC_SINGLE;
    if (!eventful && !topical) continue;
    const start = s.headline ? s.headline.start : first.start;
    const nested: Segment[] = [];
    const paras = paragraphs(s.prose);
    // The first paragraph is the section's own case; later ones may nest.
    // The names of the section read so far, gathered paragraph by paragraph (linear in the section).
    const before = new Set<string>();
    let read = first.start;
    for (let i = 1; i < paras.length; i++) {
      const para = paras[i]!;
      const a = para[0]!.start;
      let b = para[para.length - 1]!.end;
      if (!NESTED_OPENING.test(text.slice(a, b)) || incidentCueScore(view, a, b) < MIN_CUES) continue;
      // "In a separate case, the Jaipur police ..." goes on in the paragraphs after it ("Police said the
      // manager, Manoj Saini, ...") until one names more of the first case's people and places than its own.
      for (const n of namesIn(text.slice(read, a))) before.add(n);
      read = a;
      const own = namesIn(text.slice(a, b));
      while (i + 1 < paras.length) {
        const next = paras[i + 1]!;
        const na = next[0]!.start;
        const nb = next[next.length - 1]!.end;
        const body = text.slice(na, nb);
        if (NESTED_OPENING.test(body)) break;
        const names = [...wordsIn(body)];
        const back = names.filter((n) => before.has(n) && !own.has(n)).length;
        if (back > names.filter((n) => own.has(n)).length) break;
        for (const n of namesIn(body)) own.add(n);
        b = nb;
        i++;
      }
      nested.push({ start: a, end: b, headline: null, exclude: [] });
    }
    segments.push({
      start,
      end: last.end,
      headline: s.headline ? { text: s.headline.text, start: s.headline.start, end: s.headline.end } : null,
      exclude: nested.map(({ start: ns, end: ne }) => ({ start: ns, end: ne })),
    });
    segments.push(...nested);
  }
  return dropRoundupIntro(segments, lines[0] ?? null);
}

/**
 * A round-up (two or more headed cases) opens with an introduction that
 * names the cases it is about to tell ("we look at two recent matters: a
 * criminal case against an employee who abused internal access…"): what
 * comes before the first headed case, under no heading or under the
 * document's title, is not a case of its own.
 */
function dropRoundupIntro(segments: Segment[], firstLine: Line | null): Segment[] {
  const headed = segments.filter((s) => s.headline !== null && s.headline.start !== firstLine?.start);
  if (headed.length < 2) return segments;
  const firstCase = headed[0]!.start;
  return segments.filter(
    (s) => s.start >= firstCase || (s.headline !== null && s.headline.start !== firstLine?.start),
  );
}
