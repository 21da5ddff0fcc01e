/**
 * Bounded chunks of a document. The date family reads one chunk at a time so
 * that its cost stays linear: chrono on one huge string, and the overlap
 * removal over every hit of a 1 MB text ("2013-10 " a hundred thousand times),
 * grow faster than the text.
 *
 * A chunk ends after a line break where possible, else at a sentence end
 * (". " before a capital: not "Oct. 15"), else at whitespace, else anywhere.
 * Chunks are contiguous: together they cover the text exactly.
 */

/** Largest chunk, in UTF-16 code units. */
export const CHUNK_SIZE = 4000;

/** Where to cut `view` in `[start, limit)`: just after the best boundary, or `limit`. */
function cutPoint(view: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  const newline = view.lastIndexOf('\n', limit - 1);
  if (newline >= floor) return newline + 1;
  for (let i = limit - 3; i >= floor; i--) {
    if ('.!?'.includes(view[i]!) && /\s/.test(view[i + 1]!) && /[A-Z"'(]/.test(view[i + 2]!)) return i + 2;
  }
  for (let i = limit - 1; i >= floor; i--) if (/\s/.test(view[i]!)) return i + 1;
  return limit;
}

/** Contiguous `[start, end)` chunks of at most `max` code units. */
export function chunks(view: string, max = CHUNK_SIZE): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < view.length) {
    const limit = Math.min(view.length, start + max);
    const end = limit === view.length ? limit : cutPoint(view, start, limit);
    out.push([start, end]);
    start = end;
  }
  return out;
}
