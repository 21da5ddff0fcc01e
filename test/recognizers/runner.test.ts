/** The shared runner: overlaps, boundaries, alternations. */
import { describe, expect, test } from 'vitest';
import { alternation, atBoundary, removeOverlaps, runRules } from '../../src/recognizers/runner.js';
import { matchView } from '../../src/normalize/view.js';

type H = { start: number; end: number; order?: number; id: string };

describe('removeOverlaps', () => {
  test.each<[string, H[], string[]]>([
    ['longer wins', [{ start: 0, end: 5, id: 'a' }, { start: 2, end: 10, id: 'b' }], ['b']],
    ['disjoint both kept, in text order', [{ start: 6, end: 9, id: 'b' }, { start: 0, end: 5, id: 'a' }], ['a', 'b']],
    ['touching is not overlapping', [{ start: 0, end: 5, id: 'a' }, { start: 5, end: 9, id: 'b' }], ['a', 'b']],
    ['tie: earlier rule', [{ start: 0, end: 4, order: 1, id: 'a' }, { start: 2, end: 6, order: 0, id: 'b' }], ['b']],
    ['tie, same rule: earlier start', [{ start: 2, end: 6, id: 'b' }, { start: 0, end: 4, id: 'a' }], ['a']],
    ['a long hit swallows several', [{ start: 0, end: 2, id: 'a' }, { start: 3, end: 5, id: 'b' }, { start: 1, end: 4, id: 'c' }, { start: 0, end: 9, id: 'd' }], ['d']],
  ])('%s', (_n, hits, ids) => {
    expect(removeOverlaps(hits).map((h) => h.id)).toEqual(ids);
  });

  test('agrees with a naive quadratic reference on random hits', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 50; round++) {
      const hits: H[] = Array.from({ length: 40 }, (_, i) => {
        const start = rnd(100);
        return { start, end: start + 1 + rnd(12), order: rnd(3), id: String(i) };
      });
      const ranked = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order! - b.order! || a.start - b.start);
      const naive: H[] = [];
      for (const h of ranked) if (!naive.some((k) => k.start < h.end && h.start < k.end)) naive.push(h);
      naive.sort((a, b) => a.start - b.start);
      expect(removeOverlaps(hits).map((h) => h.id)).toEqual(naive.map((h) => h.id));
    }
  });
});

describe('runRules and helpers', () => {
  test.each([
    ['abc def', 3, true],
    ['abc def', 2, false],
    ['abc', 0, true],
    ['abc', 3, true],
  ])('atBoundary(%s, %d) = %s', (s, i, b) => {
    expect(atBoundary(s, i)).toBe(b);
  });

  test('alternation is longest first and escapes', () => {
    expect(alternation(['a.b', 'a.b c', 'x'])).toBe('a\\.b\\s+c|a\\.b|x');
  });

  test('hits are word-bounded, trimmed and sliced from the original text', () => {
    const text = 'Prices rose 5\u201310 yuan; 510 yuanx is no hit.';
    const ctx = { text, view: matchView(text), referenceDate: null };
    const hits = runRules(ctx, [{ id: 't/range', pattern: /\d+-\d+ yuan|\d+ yuan /, extract: () => true }]);
    expect(hits.map((h) => [h.text, h.start, h.end])).toEqual([['5\u201310 yuan', 12, 21]]);
  });
});
