import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { BreachParseError } from '../../src/errors.js';
import { decodeBytes, looksBinary, sniffUtf16 } from '../../src/input/decode.js';
import { declaredCharset, normalizeCharset } from '../../src/input/html/charset.js';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: Array<number[] | string | Uint8Array>): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

const ZH = '警方破获一起侵犯公民个人信息案，抓获犯罪嫌疑人十名，查获公民个人信息一百余万条。';
const TW = '警方破獲一起侵犯個人資料案，逮捕嫌犯十名，查獲個人資料一百餘萬筆。';
const JA = '顧客の個人情報が流出した可能性があると発表しました。約百万件のデータです。';
const FR = 'Le piratage a touché des données à caractère personnel — « très sensibles », a déclaré la société.';

interface Case {
  name: string;
  input: Uint8Array;
  declared?: string | null;
  text: string;
  encoding: string;
  /** Warning codes, in order. */
  warnings: string[];
}

const CASES: Case[] = [
  { name: 'UTF-8 without BOM', input: utf8('Café leak: 1,000 records'), text: 'Café leak: 1,000 records', encoding: 'utf-8', warnings: [] },
  { name: 'UTF-8 with BOM (BOM removed)', input: bytes([0xef, 0xbb, 0xbf], utf8('数据泄露')), text: '数据泄露', encoding: 'utf-8', warnings: [] },
  { name: 'CRLF left for normalization', input: utf8('line one\r\nline two\r\n'), text: 'line one\r\nline two\r\n', encoding: 'utf-8', warnings: [] },
  { name: 'UTF-16LE with BOM', input: bytes([0xff, 0xfe], Buffer.from('Leak 泄露\n', 'utf16le')), text: 'Leak 泄露\n', encoding: 'utf-16le', warnings: [] },
  { name: 'UTF-16BE with BOM', input: bytes([0xfe, 0xff], utf16be('Leak 泄露\n')), text: 'Leak 泄露\n', encoding: 'utf-16be', warnings: [] },
  { name: 'UTF-16LE without BOM', input: bytes(Buffer.from('<html><p>Data breach</p></html>', 'utf16le')), text: '<html><p>Data breach</p></html>', encoding: 'utf-16le', warnings: [] },
  { name: 'UTF-16BE without BOM', input: bytes(utf16be('Plain text about a breach.')), text: 'Plain text about a breach.', encoding: 'utf-16be', warnings: [] },
  { name: 'GBK declared as gb2312', input: bytes(iconv.encode(ZH, 'gbk')), declared: 'GB2312', text: ZH, encoding: 'gbk', warnings: ['LEGACY_ENCODING'] },
  { name: 'GBK detected', input: bytes(iconv.encode(ZH, 'gbk')), text: ZH, encoding: 'gbk', warnings: ['LEGACY_ENCODING'] },
  { name: 'GB18030 four-byte characters', input: bytes(iconv.encode(`${ZH}€㐀`, 'gb18030')), declared: 'gb18030', text: `${ZH}€㐀`, encoding: 'gb18030', warnings: ['LEGACY_ENCODING'] },
  { name: 'Big5 declared', input: bytes(iconv.encode(TW, 'big5')), declared: 'big5', text: TW, encoding: 'big5', warnings: ['LEGACY_ENCODING'] },
  { name: 'Big5 detected', input: bytes(iconv.encode(TW, 'big5')), text: TW, encoding: 'big5', warnings: ['LEGACY_ENCODING'] },
  { name: 'Shift_JIS detected', input: bytes(iconv.encode(JA, 'shift_jis')), text: JA, encoding: 'shift_jis', warnings: ['LEGACY_ENCODING'] },
  { name: 'Windows-1252 fallback', input: bytes(iconv.encode(FR, 'windows-1252')), text: FR, encoding: 'windows-1252', warnings: ['LEGACY_ENCODING'] },
  { name: 'Windows-1252 declared as iso-8859-1', input: bytes(iconv.encode(FR, 'windows-1252')), declared: 'iso-8859-1', text: FR, encoding: 'windows-1252', warnings: ['LEGACY_ENCODING'] },
  { name: 'ASCII with a declared legacy charset', input: utf8('plain ascii page'), declared: 'iso-8859-1', text: 'plain ascii page', encoding: 'windows-1252', warnings: [] },
  { name: 'UTF-8 page that declares Latin-1', input: utf8('Müller & Søn: données'), declared: 'iso-8859-1', text: 'Müller & Søn: données', encoding: 'utf-8', warnings: [] },
  {
    name: 'UTF-8 with one stray byte',
    input: bytes(utf8('数据泄露事件，'.repeat(5)), [0xff], utf8('结束')),
    text: `${'数据泄露事件，'.repeat(5)}\ufffd结束`,
    encoding: 'utf-8',
    warnings: ['DECODE_REPLACEMENT'],
  },
  { name: 'UTF-8 cut off mid-character', input: bytes(utf8('泄露'), [0xe6, 0x95]), text: '泄露\ufffd', encoding: 'utf-8', warnings: ['DECODE_REPLACEMENT'] },
  { name: 'U+FFFD written in the file is no decoding error', input: utf8('a\ufffdb'), text: 'a\ufffdb', encoding: 'utf-8', warnings: [] },
  {
    name: 'GBK with a broken trail byte',
    input: bytes(iconv.encode(ZH, 'gbk'), [0x81, 0x7f], iconv.encode(ZH, 'gbk')),
    declared: 'gbk',
    text: `${ZH}\ufffd\u007f${ZH}`,
    encoding: 'gbk',
    warnings: ['LEGACY_ENCODING', 'DECODE_REPLACEMENT'],
  },
];

describe('decodeBytes', () => {
  test.each(CASES)('$name', ({ input, declared, text, encoding, warnings }) => {
    const got = decodeBytes(input, { source: 'page.html', declared });
    expect(got.text).toBe(text);
    expect(got.encoding).toBe(encoding);
    expect(got.warnings.map((w) => w.code)).toEqual(warnings);
    for (const w of got.warnings) expect(w.message).toMatch(/^page\.html: /);
  });

  test('legacy warning names the encoding', () => {
    const got = decodeBytes(bytes(iconv.encode(FR, 'windows-1252')), { source: 'fr.txt' });
    expect(got.warnings[0]!.message).toContain('fr.txt');
    expect(got.warnings[0]!.message).toContain('windows-1252');
  });

  test('replacement warning counts the bytes', () => {
    const got = decodeBytes(bytes(utf8('泄露'.repeat(20)), [0xff], utf8('a'), [0xfe], utf8('b')), { source: 'x.txt' });
    expect(got.warnings).toEqual([{ code: 'DECODE_REPLACEMENT', message: 'x.txt: 2 bytes (sequences) could not be decoded as utf-8 and became U+FFFD' }]);
  });

  test('reads the <meta charset> of a page itself when not told', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="big5"><title>${TW}</title></head><body><p>${TW}</p></body></html>`;
    const got = decodeBytes(bytes(iconv.encode(page, 'big5')), { source: 'tw.html' });
    expect(got.encoding).toBe('big5');
    expect(got.text).toBe(page);
  });
});

const ERRORS: Array<{ name: string; input: Uint8Array; declared?: string; code: string }> = [
  { name: 'empty', input: new Uint8Array(0), code: 'EMPTY_INPUT' },
  { name: 'PNG', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), code: 'BINARY_INPUT' },
  { name: 'JPEG', input: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]), code: 'BINARY_INPUT' },
  { name: 'GIF', input: bytes('GIF89a\x01\x00\x01\x00'), code: 'BINARY_INPUT' },
  { name: 'PDF', input: bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), code: 'BINARY_INPUT' },
  { name: 'ZIP', input: bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), code: 'BINARY_INPUT' },
  { name: 'gzip', input: bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), code: 'BINARY_INPUT' },
  { name: 'ELF', input: bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), code: 'BINARY_INPUT' },
  { name: 'NUL bytes not from UTF-16', input: bytes('abc\x00\x00\x00\x01\x02def\x00ghi'), code: 'BINARY_INPUT' },
  { name: 'many control bytes', input: bytes('\x01\x02\x03\x04\x05\x06text\x07\x08\x0e\x0f\x10\x11'), code: 'BINARY_INPUT' },
  { name: 'ISO-2022-JP (7-bit escapes)', input: bytes('\x1b$B$3$s$K$A$O\x1b(B'), code: 'UNKNOWN_ENCODING' },
  { name: 'unsupported declared charset', input: bytes(iconv.encode(FR, 'windows-1252')), declared: 'x-klingon', code: 'UNKNOWN_ENCODING' },
];

describe('decodeBytes errors', () => {
  test.each(ERRORS)('$name -> $code', ({ input, declared, code }) => {
    let error: unknown;
    try {
      decodeBytes(input, { source: 'in/file.bin', declared });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BreachParseError);
    expect((error as BreachParseError).code).toBe(code);
    expect((error as BreachParseError).message).toMatch(/^in\/file\.bin: /);
  });
});

describe('looksBinary', () => {
  test.each([
    { name: 'text', input: utf8('hello world\n'), binary: false },
    { name: 'UTF-16LE text', input: bytes(Buffer.from('hello world', 'utf16le')), binary: false },
    { name: 'UTF-16 with BOM', input: bytes([0xff, 0xfe], Buffer.from('数据', 'utf16le')), binary: false },
    { name: 'PNG', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), binary: true },
    { name: 'NULs', input: bytes('ab\x00\x00\x00\x00\x00\x00c\x01\x02'), binary: true },
  ])('$name -> $binary', ({ input, binary }) => {
    expect(looksBinary(input)).toBe(binary);
  });

  test.each([
    { input: bytes(Buffer.from('plain text', 'utf16le')), expected: 'utf-16le' },
    { input: bytes(utf16be('plain text')), expected: 'utf-16be' },
    { input: utf8('plain text'), expected: null },
  ])('sniffUtf16 -> $expected', ({ input, expected }) => {
    expect(sniffUtf16(input)).toBe(expected);
  });
});

describe('charset declarations', () => {
  test.each([
    { head: '<html><head><meta charset="GB2312"><title>x</title>', expected: 'gb2312' },
    { head: "<meta charset='utf-8'>", expected: 'utf-8' },
    { head: '<meta http-equiv="Content-Type" content="text/html; charset=big5">', expected: 'big5' },
    { head: '<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=Shift_JIS">', expected: 'shift_jis' },
    { head: '<?xml version="1.0" encoding="GBK"?><html>', expected: 'gbk' },
    { head: '<!-- <meta charset="big5"> --><html><head><title>x</title>', expected: null },
    { head: '<html><head><title>no declaration</title>', expected: null },
    { head: `<html><head>${' '.repeat(3000)}<meta charset="gbk">`, expected: null },
  ])('declaredCharset($head) -> $expected', ({ head, expected }) => {
    expect(declaredCharset(head)).toBe(expected);
  });

  test.each([
    ['GB2312', 'gbk'],
    ['x-gbk', 'gbk'],
    ['GB18030', 'gb18030'],
    ['Big5-HKSCS', 'big5'],
    ['x-sjis', 'shift_jis'],
    ['windows-31j', 'shift_jis'],
    ['ISO-8859-1', 'windows-1252'],
    ['US-ASCII', 'windows-1252'],
    ['UTF8', 'utf-8'],
    ['koi8-r', 'koi8-r'],
  ])('normalizeCharset(%s) -> %s', (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });
});
