/**
 * Sentence boundaries inside one incident segment: the unit of the bounded
 * coreference look-back and of the role frames. One linear scan of the view.
 */

export interface Sentence {
  /** Index in the segment's sentence list. */
  index: number;
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence ("Mr. Wang", "U.S. residents"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'jr', 'sr', 'prof', 'gen', 'gov', 'sen',
  'rep', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'u.s',
  'u.k', 'etc', 'approx', 'est', 'dept', 'univ', 'fig',
]);

/** Longest stretch handed to the frames as one sentence; text without full stops is cut here. */
const MAX_SENTENCE = 1500;

/**
 * Splits `[start, end)` of the view into sentences: at `.`, `!`, `?` (with
 * closing quotes or brackets) followed by whitespace and an upper-case letter,
 * digit or opening quote, and at blank lines and single line breaks (headings,
 * list items). Very long stretches are cut at the last space before
 * MAX_SENTENCE so that every later pass stays linear.
 */
export function splitSentences(view: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  const push = (e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(view[a]!)) a++;
    while (b > a && /\s/.test(view[b - 1]!)) b--;
    if (b > a) out.push({ index: out.length, start: a, end: b });
    s = e;
  };
  for (let i = start; i < end; i++) {
    const ch = view[i]!;
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    if (i - s > MAX_SENTENCE) {
      const cut = view.lastIndexOf(' ', i);
      push(cut > s ? cut + 1 : i);
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < end && /["')\]]/.test(view[j]!)) j++;
    if (j < end && !/\s/.test(view[j]!)) continue;
    let k = j;
    while (k < end && /[ \t]/.test(view[k]!)) k++;
    if (k < end && !/[A-Z0-9"'([\n]/.test(view[k]!)) continue;
    if (ch === '.') {
      // "Mr. Wang", "U.S. residents": the word before the stop is an abbreviation.
      let w = i;
      while (w > s && /[A-Za-z.]/.test(view[w - 1]!)) w--;
      const word = view.slice(w, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    push(j);
    i = j - 1;
  }
  push(end);
  return out;
}

/** Index of the sentence holding offset `pos` (binary search); -1 when none. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return hi >= 0 ? hi : -1;
}
