/**
 * An incident's summary: its first one or two sentences of prose (after the
 * headline), cut at a sentence end, at most ~320 characters.
 */
import type { Segment } from './types.js';

const MAX = 320;

export function summarize(text: string, seg: Segment): string | null {
  const from = seg.headline ? seg.headline.end : seg.start;
  const body = text.slice(from, seg.end).replace(/\s+/g, ' ').trim();
  if (!body) return null;
  const sentences = body.match(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g) ?? [body];
  let out = '';
  for (const s of sentences) {
    const next = `${out} ${s.trim()}`.trim();
    if (out && next.length > MAX) break;
    out = next;
    if (out.length > 160) break;
  }
  out = out.trim();
  return out.length > MAX ? out.slice(0, MAX - 1).replace(/\s+\S*$/, '') + '…' : out;
}
