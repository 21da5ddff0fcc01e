/**
 * Sentence ranges of a stretch of text, for deciding which sentence a value
 * sits in. A period ends a sentence unless it closes a known abbreviation
 * ("Dec. 3", "U.S.", "Mr.", "No.") or an initial; a line break always does.
 */

const ABBREVIATIONS = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'mr mrs ms dr prof sr jr st mt no nos vol fig inc co corp ltd llc plc dept gov sen rep gen col capt lt sgt ' +
    'u.s u.k u.n e.u a.m p.m e.g i.e etc vs approx est'
  ).split(' '),
);

export interface Range {
  start: number;
  end: number;
}

/** Splits `[start, end)` of `text` into sentence ranges (whitespace trimmed). */
export function sentenceRanges(text: string, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  let s = start;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      s = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u3002') continue;
    // Closing quotes and brackets belong to the sentence.
    let j = i + 1;
    while (j < end && /["'\u201d\u2019)\]]/.test(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue;
    if (ch === '.') {
      const m = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 12), i));
      const word = m ? m[1]!.toLowerCase() : '';
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    push(j);
    s = j;
    i = j - 1;
  }
  push(end);
  return out;
}

/** The range containing `pos`, by binary search over sorted ranges. */
export function rangeAt(ranges: readonly Range[], pos: number): Range | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = ranges[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return r;
  }
  return null;
}
