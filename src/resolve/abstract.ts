/**
 * The abstracted sentence: the view of one sentence with every top-level
 * mention replaced by a token `\uE000<id>\uE001`, so that role frames and
 * outcome rules can be written as short regexes over "who - verb - whom"
 * ("{A} sold ... to {B}") without re-finding the noun phrases.
 */
import type { Sentence } from './sentences.js';
import type { Mention } from './types.js';

export const OPEN = '\uE000';
/** Opens the token of a relative pronoun: it may be an agent, never a conjunct ("to A and B"). */
export const OPEN_REL = '\uE002';
export const CLOSE = '\uE001';
/** A full stop inside a sentence of the abstracted text: "0.5 yuan", "U.S" (never one before a space or the end). */
export const INNER_DOT = '\\.(?=[\\w$])';

export interface Abstracted {
  sentence: Sentence;
  /** The abstracted string. */
  s: string;
  /** Per piece: [abstract start, abstract end, text start, text end]. */
  map: [number, number, number, number][];
}

/**
 * Builds the abstraction of one sentence. `skip` mentions (appositives) are
 * dropped from the string: "Staff at a courier firm, YTO Express, are
 * suspected" reads "{staff}, , are suspected".
 */
export function abstractSentence(
  view: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  skip: (m: Mention) => boolean,
): Abstracted {
  // `mentions`: those of this sentence (the caller groups them), in text order.
  const top = mentions.filter((m) => m.sentence === sentence.index && m.parent === null);
  let s = '';
  const map: Abstracted['map'] = [];
  let pos = sentence.start;
  for (const m of top) {
    if (m.start < pos) continue;
    if (m.start > pos) {
      map.push([s.length, s.length + (m.start - pos), pos, m.start]);
      s += view.slice(pos, m.start);
    }
    if (!skip(m)) {
      const tok = `${m.form === 'relative' ? OPEN_REL : OPEN}${m.id}${CLOSE}`;
      map.push([s.length, s.length + tok.length, m.start, m.end]);
      s += tok;
    }
    pos = m.end;
  }
  if (pos < sentence.end) {
    map.push([s.length, s.length + (sentence.end - pos), pos, sentence.end]);
    s += view.slice(pos, sentence.end);
  }
  return { sentence, s, map };
}

/** Text offset of abstract position `i` (`end`: the position is an end bound). */
export function toText(a: Abstracted, i: number, end = false): number {
  for (const [as, ae, ts, te] of a.map) {
    if (i < as || i > ae || (i === ae && !end && i !== as)) continue;
    if (ae - as === te - ts) return ts + (i - as);
    // a mention token: its bounds map to the mention's bounds
    return end ? (i <= as ? ts : te) : i >= ae ? te : ts;
  }
  return end ? a.sentence.end : a.sentence.start;
}

/** Mention ids of every token inside a matched group, in order. */
export function idsIn(group: string | undefined): number[] {
  if (!group) return [];
  const out: number[] = [];
  const re = new RegExp(`[${OPEN}${OPEN_REL}](\\d+)${CLOSE}`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(group)) !== null) out.push(Number(m[1]));
  return out;
}
