import { describe, expect, test } from 'vitest';
import { matchView } from '../../src/normalize/view.js';
import { recognizeLocations } from '../../src/recognizers/locations/index.js';
import type { RecognizeContext } from '../../src/recognizers/types.js';
import { Location } from '../../src/schema.js';
import { CORPUS, IN_SENTENCE, KNOWN_GAPS, NEGATIVES } from './locations.corpus.js';

const REFERENCE_DATE = '2013-12-31';
const ctx = (text: string): RecognizeContext => ({ text, view: matchView(text), referenceDate: REFERENCE_DATE });

/** Every item is schema-valid and its evidence slices the text. */
function run(text: string): Location[] {
  const found = recognizeLocations(ctx(text));
  for (const l of found) {
    Location.parse(l);
    expect(text.slice(l.evidence.start, l.evidence.end)).toBe(l.evidence.text);
  }
  return found;
}

const trace = (found: Location[]): string =>
  JSON.stringify(found.map((l) => [l.evidence.text, l.name, l.country, l.region, l.level]));

describe('locations corpus', () => {
  const cases = CORPUS.flatMap(([expected, phrases]) => phrases.map((phrase) => ({ phrase, expected })));
  test.each(cases)('$phrase -> $expected.name', ({ phrase, expected }) => {
    const found = run(phrase);
    const covering = found.find((l) => l.evidence.start === 0 && l.evidence.end === phrase.length);
    expect(covering, trace(found)).toBeDefined();
    const { evidence: _evidence, ...value } = covering!;
    expect(value).toEqual(expected);
  });
});

describe('locations negatives', () => {
  test.each(NEGATIVES)('%s -> nothing', (phrase) => {
    const found = run(phrase);
    expect(found, trace(found)).toEqual([]);
  });
});

describe('locations in sentences', () => {
  test.each(IN_SENTENCE)('$text', ({ text, expected }) => {
    const found = run(text);
    expect(
      found.map((l) => ({ name: l.name, country: l.country, region: l.region, start: l.evidence.start, end: l.evidence.end })),
    ).toEqual(expected);
  });
});

describe('locations known gaps', () => {
  for (const gap of KNOWN_GAPS) {
    test.fails(`${gap.text} (${gap.reason})`, () => {
      const found = run(gap.text);
      if (gap.covers === null) expect(found).toEqual([]);
      else expect(found.some((l) => l.evidence.text === gap.covers)).toBe(true);
    });
  }
});
