import { describe, expect, test } from 'vitest';
import { matchView } from '../../src/normalize/view.js';
import { recognizeDataCategories } from '../../src/recognizers/categories/index.js';
import { PHRASES } from '../../src/recognizers/categories/rules.js';
import type { RecognizeContext } from '../../src/recognizers/types.js';
import { DATA_CATEGORIES, DataCategory } from '../../src/schema.js';
import { CATEGORY_PHRASES } from '../../src/recognizers/categories/patterns.js';
import { CORPUS, IN_SENTENCE, IN_SENTENCE_RULES, KNOWN_GAPS, NEGATIVES } from './categories.corpus.js';

const REFERENCE_DATE = '2013-12-31';
const ctx = (text: string): RecognizeContext => ({ text, view: matchView(text), referenceDate: REFERENCE_DATE });

/** Every item is schema-valid and its evidence slices the text. */
function run(text: string): DataCategory[] {
  const found = recognizeDataCategories(ctx(text));
  for (const d of found) {
    DataCategory.parse(d);
    expect(text.slice(d.evidence.start, d.evidence.end)).toBe(d.evidence.text);
  }
  return found;
}

const trace = (found: DataCategory[]): string =>
  JSON.stringify(found.map((d) => [d.evidence.text, d.category, d.sensitive, d.evidence.start]));

describe('categories corpus', () => {
  const cases = CORPUS.flatMap(([expected, phrases]) => phrases.map((phrase) => ({ phrase, expected })));
  test.each(cases)('$phrase -> $expected.category', ({ phrase, expected }) => {
    const found = run(phrase);
    const covering = found.find((d) => d.evidence.start === 0 && d.evidence.end === phrase.length);
    expect(covering, trace(found)).toBeDefined();
    expect({ category: covering!.category, sensitive: covering!.sensitive }).toEqual(expected);
  });

  test('every category of the schema has phrases', () => {
    for (const category of DATA_CATEGORIES) expect(CATEGORY_PHRASES[category]?.length ?? 0, category).toBeGreaterThan(0);
  });

  test('no phrase is listed under two categories', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [category, list] of Object.entries(CATEGORY_PHRASES)) {
      for (const phrase of list ?? []) {
        const prior = seen.get(phrase);
        if (prior !== undefined && prior !== category) twice.push(`${phrase}: ${prior}, ${category}`);
        seen.set(phrase, category);
      }
    }
    expect(twice).toEqual([]);
    expect(PHRASES.size).toBeGreaterThan(500);
  });
});

describe('categories negatives', () => {
  test.each(NEGATIVES)('%s -> nothing', (phrase) => {
    const found = run(phrase);
    expect(found, trace(found)).toEqual([]);
  });
});

describe('categories in sentences', () => {
  test.each(IN_SENTENCE)('$text', ({ text, expected }) => {
    const found = run(text);
    expect(found.map((d) => ({ category: d.category, start: d.evidence.start, end: d.evidence.end })), trace(found)).toEqual(
      expected,
    );
  });
});

describe('categories general rules', () => {
  test.each(IN_SENTENCE_RULES)('$text', ({ text, has, not }) => {
    const cats = run(text).map((d) => d.category);
    for (const h of has) expect(cats, JSON.stringify(cats)).toContain(h);
    for (const n of not) expect(cats, JSON.stringify(cats)).not.toContain(n);
  });
});

describe('categories known gaps', () => {
  for (const gap of KNOWN_GAPS) {
    test.fails(`${gap.text} (${gap.reason})`, () => {
      const found = run(gap.text);
      expect(found.some((d) => d.category === gap.category && d.evidence.text === gap.covers)).toBe(true);
    });
  }
});
