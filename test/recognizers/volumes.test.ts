import { describe, expect, test } from 'vitest';
import { LEGAL_THRESHOLDS, recognizeVolumes } from '../../src/recognizers/volumes/index.js';
import { matchView } from '../../src/normalize/view.js';
import { covering as coveringItem, pick } from '../helpers/corpus.js';
import { Quantity } from '../../src/schema.js';
import {
  VOLUME_CASE_COUNTS,
  VOLUME_CORPUS,
  VOLUME_GAPS,
  VOLUME_LEGAL_THRESHOLDS,
  VOLUME_NEGATIVES,
  VOLUME_OPEN_SENTENCES,
  VOLUME_SENTENCES,
  type VolumeExpectation,
} from './volumes.corpus.js';

const REFERENCE_DATE = '2013-12-31';

function volumesIn(text: string): Quantity[] {
  return recognizeVolumes({ text, view: matchView(text), referenceDate: REFERENCE_DATE });
}

/** The volume covering the whole phrase, reduced to the expected keys (or all found). */
function covering(phrase: string, expected: VolumeExpectation): Record<string, unknown> | Quantity[] {
  return coveringItem(volumesIn(phrase), phrase, expected);
}

const cases = VOLUME_CORPUS.flatMap(({ expected, phrases }) => phrases.map((phrase) => ({ phrase, expected })));

describe('volumes corpus', () => {
  test('has at least 40 phrases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  test.each(cases)('$phrase', ({ phrase, expected }) => {
    expect(covering(phrase, expected)).toEqual(expected);
  });
});

describe('volumes negative corpus', () => {
  test.each(VOLUME_NEGATIVES)('%s', (phrase) => {
    expect(volumesIn(phrase)).toEqual([]);
  });
});

describe('volumes: legal thresholds', () => {
  const marks = (text: string): [string, boolean][] => volumesIn(text).map((v) => [v.text, LEGAL_THRESHOLDS.has(v)]);

  test.each(VOLUME_LEGAL_THRESHOLDS)('threshold: $text', ({ text, volume }) => {
    expect(marks(text)).toEqual([[volume, true]]);
  });

  test.each(VOLUME_CASE_COUNTS)('count of the case: $text', ({ text, volume }) => {
    expect(marks(text)).toEqual([[volume, false]]);
  });
});

describe('volumes known gaps', () => {
  for (const gap of VOLUME_GAPS) {
    test.fails(`${gap.phrase}: ${gap.reason}`, () => {
      expect(covering(gap.phrase, gap.expected)).toEqual(gap.expected);
    });
  }
});

describe('volumes in sentences', () => {
  test.each([...VOLUME_SENTENCES, ...VOLUME_OPEN_SENTENCES])('$text', ({ text, expected }) => {
    const found = volumesIn(text);
    expect(found.map((v, i) => pick(v, Object.keys(expected[i] ?? {})))).toEqual(expected);
    for (const v of found) {
      expect(Quantity.safeParse(v).success).toBe(true);
      expect(text.slice(v.evidence.start, v.evidence.end)).toBe(v.text);
      expect(v.evidence.text).toBe(v.text);
    }
  });

  test('the seed headline and sentences', () => {
    const text =
      'Police apprehended a 10-member gang in Beijing and Shanghai for illegally obtaining and selling nearly one million pieces of personal information.\n\n' +
      'Staff are suspected of selling millions of items of personal information about its customers to online traders.\n\n' +
      'Arrest of Three Men in Illegal Sales of Millions of Items of Personal Information\n';
    expect(volumesIn(text).map((v) => [v.text, v.value, v.min, v.max, v.approximate, v.unit])).toEqual([
      ['nearly one million pieces of personal information', 1000000, null, 1000000, true, 'pieces'],
      ['millions of items of personal information', null, 1000000, null, true, 'items'],
      ['Millions of Items of Personal Information', null, 1000000, null, true, 'items'],
    ]);
  });
});
