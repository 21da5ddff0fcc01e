/** The pipeline end to end through the library API: reference dates, options, normalization. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { parseBytes, parseText } from '../src/index.js';

const CASE = 'Police in Xiamen arrested two men who sold 3,000 customer records in mid-May of this year.';

describe('reference date: flag, then metadata, then text, else none', () => {
  test.each([
    {
      name: 'flag wins',
      input: `<html><head><meta property="article:published_time" content="2019-04-02T08:00:00Z"></head><body><article><p>${CASE}</p></article></body></html>`,
      opts: { published: '2020-01-15' },
      expected: { referenceDate: '2020-01-15', referenceDateSource: 'flag', published: '2020-01-15' },
    },
    {
      name: 'page metadata',
      input: `<html><head><meta property="article:published_time" content="2019-04-02T08:00:00Z"></head><body><article><p>${CASE}</p></article></body></html>`,
      opts: {},
      expected: { referenceDate: '2019-04-02', referenceDateSource: 'metadata', published: '2019-04-02' },
    },
    {
      name: 'a dateline in the text',
      input: `XIAMEN, June 30, 2021 -- ${CASE}`,
      opts: {},
      expected: { referenceDate: '2021-06-30', referenceDateSource: 'text', published: null },
    },
    {
      name: 'nothing',
      input: CASE,
      opts: {},
      expected: { referenceDate: null, referenceDateSource: 'none', published: null },
    },
  ])('$name', ({ input, opts, expected }) => {
    const r = parseText(input, opts);
    expect(r.document).toMatchObject(expected);
    expect(r.warnings.some((w) => w.code === 'NO_REFERENCE_DATE')).toBe(expected.referenceDateSource === 'none');
  });

  test('without a reference date a relative date keeps its text, start/end null', () => {
    const r = parseText(CASE, { mentions: true });
    const d = r.mentions!.dates.find((x) => x.text.includes('mid-May'));
    expect(d).toMatchObject({ start: null, end: null, relative: true });
  });

  test('with one it is resolved', () => {
    const r = parseText(CASE, { published: '2021-09-01', mentions: true });
    const d = r.mentions!.dates.find((x) => x.text.includes('mid-May'));
    expect(d).toMatchObject({ start: '2021-05-11', end: '2021-05-20', precision: 'part-of-month', relative: true });
  });
});

describe('normalization: BOM and CRLF', () => {
  test.each([
    ['BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CASE)]), CASE],
    ['CRLF', Buffer.from(`Title Line Here\r\n\r\n${CASE}\r\n`), `Title Line Here\n\n${CASE}\n`],
  ])('%s', (_name, bytes, text) => {
    const r = parseBytes(bytes, { published: '2021-09-01' });
    expect(r.document.text).toBe(text);
    for (const inc of r.incidents) for (const v of inc.volumes) expect(text.slice(v.evidence.start, v.evidence.end)).toBe(v.evidence.text);
  });
});

describe('options', () => {
  test.each([
    [{ includeText: false }, (r: ReturnType<typeof parseText>) => r.document.text === undefined && r.mentions === undefined],
    [{ mentions: true }, (r: ReturnType<typeof parseText>) => typeof r.document.text === 'string' && Array.isArray(r.mentions?.volumes)],
  ])('%j', (opts, check) => {
    expect(check(parseText(CASE, { published: '2021-09-01', ...opts }))).toBe(true);
  });

  test('--mentions finds a value in a sentence with no incident', () => {
    const r = parseText('over RMB 3.2 million', { mentions: true });
    expect(r.incidents).toEqual([]);
    expect(r.mentions!.amounts).toMatchObject([{ value: 3200000, min: 3200000, max: null, approximate: true, currency: 'CNY' }]);
  });

  test('document metadata: sha256 of the raw bytes, format, encoding', () => {
    const text = 'Hackers stole data.';
    const r = parseText(text, {});
    expect(r.document).toMatchObject({
      sha256: createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'),
      format: 'text',
      encoding: 'utf-8',
      source: '-',
    });
  });
});
