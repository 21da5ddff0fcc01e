/**
 * Case folding of rule patterns (dates/folded.ts): a `FoldedPattern` must find
 * what the regex it stands for finds with the 'i' flag, match by match, with
 * the same groups. Checked on the fixture articles, the corpora and generated
 * strings for every date and money rule, the other folded patterns and
 * chrono's parsers; the parse of a unit phrase against the one-form-at-a-time
 * loop it replaces.
 */
import { describe, expect, test } from 'vitest';
import { FoldedPattern, asciiLower, foldSource } from '../../src/recognizers/dates/folded.js';
import { RULES } from '../../src/recognizers/dates/rules.js';
import { AMOUNT_RULES } from '../../src/recognizers/amounts/rules.js';
import * as money from '../../src/recognizers/amounts/patterns.js';
import { createParser } from '../../src/recognizers/dates/chrono.js';
import { UNIT_FORMS, type Env, type Resolved, parseUnit, pastEnv } from '../../src/recognizers/dates/units.js';
import { parseIso } from '../../src/recognizers/dates/calendar.js';
import { DATE_PHRASES, SAMPLES, variant } from './fold.samples.js';

/** Every match of `re` over `s` as the runner reads them (lastIndex from 0, past empty matches). */
function matches(re: RegExp, s: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let k = 0; k < 10_000; k++) {
    const m = re.exec(s);
    out.push(m === null ? null : { all: [...m], index: m.index, input: m.input === s, groups: m.groups ? { ...m.groups } : undefined, last: re.lastIndex });
    if (m === null || !re.global) break;
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('i-flag semantics the folding relies on (no u flag)', () => {
  const everything = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
  test('an ASCII letter matches only its two cases', () => {
    for (let c = 0x61; c <= 0x7a; c++) {
      const ch = String.fromCharCode(c);
      for (const p of [ch, ch.toUpperCase()]) {
        expect([...everything.matchAll(new RegExp(p, 'gi'))].map((m) => m[0]).sort()).toEqual([ch.toUpperCase(), ch]);
        expect([...everything.matchAll(new RegExp(`[${p}]`, 'gi'))].map((m) => m[0]).sort()).toEqual([ch.toUpperCase(), ch]);
      }
    }
  });
  test('digits, ASCII punctuation and the symbols of the rules match only themselves', () => {
    const chars = [...'0123456789 !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '€', '£', '¥', '₹', '₩', '₽', '₿', '元', '“', '—', '–'];
    for (const ch of chars) {
      const p = ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      expect([...everything.matchAll(new RegExp(p, 'gi'))].map((m) => m[0])).toEqual([ch]);
    }
  });
  test('\\s, \\d, \\w and \\b ignore the flag', () => {
    for (const cls of ['\\s', '\\S', '\\d', '\\D', '\\w', '\\W']) {
      expect(everything.match(new RegExp(cls, 'gi'))).toEqual(everything.match(new RegExp(cls, 'g')));
    }
    expect([...everything.matchAll(/\b/gi)].map((m) => m.index)).toEqual([...everything.matchAll(/\b/g)].map((m) => m.index));
  });
  test('asciiLower lowers A-Z only and keeps the length', () => {
    const low = asciiLower(everything);
    expect(low.length).toBe(everything.length);
    for (let c = 0; c < 0x10000; c++) expect(low.charCodeAt(c)).toBe(c >= 0x41 && c <= 0x5a ? c + 32 : c);
  });
});

describe('foldSource', () => {
  test('lowers letters, keeps escapes, group names and lookbehinds', () => {
    expect(foldSource(String.raw`(?<Name>Ab)\S\W\D\B[A-Z]\x41\u0042(?<!X\s)(?<=Y)[^A-Za-z0-9\-]€`)).toBe(
      String.raw`(?<Name>ab)\S\W\D\B[a-z]ab(?<!x\s)(?<=y)[^a-za-z0-9\-]€`,
    );
    expect(foldSource(String.raw`\.\$\[A\]\(B\)[\]A]`)).toBe(String.raw`\.\$\[a\]\(b\)[\]a]`);
  });
  test.each([String.raw`(a)\1`, String.raw`(?<a>x)\k<a>`, String.raw`\p{L}`, '[A-z]', '[0-z]', '[a-\\d]', 'é', 'É', '[é]', '\\cJ', '\\u00e9', '[a'])(
    'refuses %s',
    (src) => {
      expect(() => foldSource(src)).toThrow();
    },
  );
  test('a FoldedPattern needs the i flag and no u flag', () => {
    expect(() => new FoldedPattern('a', 'g')).toThrow();
    expect(() => new FoldedPattern('a', 'giu')).toThrow();
  });
});

const PATTERNS: Array<[string, RegExp]> = [
  ...RULES.map((r): [string, RegExp] => [r.id, r.pattern]),
  ...AMOUNT_RULES.map((r): [string, RegExp] => [r.id, r.pattern]),
  ...Object.entries(money)
    .filter((e): e is [string, RegExp] => e[1] instanceof FoldedPattern)
    .map(([name, re]): [string, RegExp] => [`amounts/${name}`, re]),
];

describe('folded rule patterns find what the i-flag regex finds', () => {
  test('every date and money rule is folded', () => {
    for (const r of [...RULES, ...AMOUNT_RULES]) expect(r.pattern, r.id).toBeInstanceOf(FoldedPattern);
  });
  test.each(PATTERNS)('%s', (_id, pattern) => {
    const reference = new RegExp(pattern.source, pattern.flags);
    const copy = new FoldedPattern(pattern as FoldedPattern);
    for (const s of SAMPLES) {
      const want = matches(reference, s);
      expect(matches(pattern, s), s).toEqual(want);
      expect(matches(copy, s), s).toEqual(want);
    }
  });
  test('matchAll and test go through the folding', () => {
    const p = new FoldedPattern('may\\s+(?<d>\\d+)', 'gi');
    expect([...'MAY 5, May 6'.matchAll(p)].map((m) => [m[0], m.groups?.['d']])).toEqual([['MAY 5', '5'], ['May 6', '6']]);
    expect(new FoldedPattern('^oct', 'i').test('OCT')).toBe(true);
  });
});

describe('chrono with folded patterns', () => {
  test('parses as chrono with its own patterns', () => {
    const folded = createParser();
    const own = createParser(false);
    const read = (c: ReturnType<typeof createParser>, s: string): unknown =>
      c.parse(s, { instant: new Date(Date.UTC(2013, 11, 31, 12)), timezone: 0 }, { forwardDate: false }).map((r) => ({
        index: r.index,
        text: r.text,
        start: r.start.date().toISOString(),
        end: r.end?.date().toISOString(),
        certain: ['year', 'month', 'day'].map((k) => r.start.isCertain(k as 'year')),
      }));
    for (const s of SAMPLES) expect(read(folded, s), s).toEqual(read(own, s));
  });
});

describe('parseUnit', () => {
  /** The loop it replaces: each form anchored, one after the other. */
  const anchored = UNIT_FORMS.map((f) => new RegExp(`^(?:${f.source})$`, 'i'));
  function reference(view: string, env: Env): Resolved | null {
    for (let i = 0; i < UNIT_FORMS.length; i++) {
      const m = anchored[i]!.exec(view);
      if (m === null) continue;
      const r = UNIT_FORMS[i]!.resolve(m.groups ?? {}, env);
      if (r !== null) return r;
    }
    return null;
  }
  const range = RULES.find((r) => r.id === 'dates/range')!.pattern;
  const parts = new Set<string>(DATE_PHRASES.flatMap((p, k) => [p, variant(p, k), p.trim()]));
  for (const s of SAMPLES) {
    for (const m of s.matchAll(new RegExp(range.source, 'gi'))) {
      parts.add(m.groups?.['a'] ?? '');
      parts.add(m.groups?.['b'] ?? '');
    }
  }
  for (let y = 1000; y < 3000; y++) parts.add(String(y));
  parts.add('0999');
  parts.add('2013 ');
  parts.add('2013\n');

  test.each([['2013-12-31'], ['2017-06-06'], [null]])('resolves as the form-by-form loop (reference %s)', (iso) => {
    const env = pastEnv(parseIso(iso));
    for (const p of parts) expect(parseUnit(p, env), p).toEqual(reference(p, env));
  });
});
