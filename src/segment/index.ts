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
 */
import { splitLines, type Line } from './lines.js';
import { incidentCueScore } from './cues.js';
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

export function segmentIncidents(text: string, view: string): Segment[] {
  const lines = splitLines(text);
  const secs = sections(lines).filter((s) => s.prose.length > 0);
  // A document whose only heading is its title: the title heads the one case.
  const segments: Segment[] = [];
  for (const s of secs) {
    const first = s.prose[0]!;
    const last = s.prose[s.prose.length - 1]!;
    if (incidentCueScore(view, first.start, last.end) < MIN_CUES) continue;
    const start = s.headline ? s.headline.start : first.start;
    segments.push({
      start,
      end: last.end,
      headline: s.headline ? { text: s.headline.text, start: s.headline.start, end: s.headline.end } : null,
    });
  }
  return segments;
}
