/**
 * Bytes -> string. In order:
 *   1. empty input, known binary magic numbers (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF, …)
 *   2. byte-order marks (UTF-8, UTF-16 LE/BE, GB18030)
 *   3. BOM-less UTF-16, recognised by its NUL pattern ("h\0t\0m\0l\0")
 *   4. binary content: NULs or many control bytes
 *   5. valid UTF-8 (a truncated last character or a few stray bytes are replaced)
 *   6. the declared charset (<meta charset>, HTTP), when the bytes fit it
 *   7. chardet's guesses, checked by decoding with iconv-lite
 *   8. Windows-1252 as the last resort
 * A legacy (non-UTF) decode gives a LEGACY_ENCODING warning, replaced bytes a
 * DECODE_REPLACEMENT warning; both name the file.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Warning } from '../schema.js';
import { InputError } from '../errors.js';
import { declaredCharset, normalizeCharset } from './html/charset.js';

export interface Decoded {
  text: string;
  /** Encoding label for `document.encoding` ("utf-8", "utf-16le", "gbk", "windows-1252", …). */
  encoding: string;
  warnings: Warning[];
}

export interface DecodeOptions {
  /** Name for messages. */
  source: string;
  /**
   * Charset declared by the container (HTML meta, HTTP), if any. When absent
   * and the bytes start like an HTML page, the page's own declaration is read.
   */
  declared?: string | null;
}

/** How many leading bytes the binary and UTF-16 sniffers look at. */
const SNIFF_BYTES = 8192;

/** File signatures of formats that are never article text. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]], // "GIF8" (GIF87a, GIF89a)
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]], // "%PDF-"
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

/** The kind of binary file the bytes start with ("PNG image"), or null. */
export function binaryMagic(bytes: Uint8Array): string | null {
  for (const [kind, sig] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return kind;
  }
  return null;
}

/** "utf-16le" / "utf-16be" when BOM-less bytes have UTF-16's NUL pattern, else null. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16LE is "h\0t\0…": NULs at odd offsets, hardly any at even ones.
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return { encoding: 'gb18030', length: 4 };
  return null;
}

/** Share of control bytes (other than tab, LF, VT, FF, CR, ESC) in the first bytes. */
function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const x = bytes[i]!;
    if (x < 9 || (x > 13 && x < 32 && x !== 27) || x === 0x7f) control++;
  }
  return n ? control / n : 0;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/**
 * True when the bytes look like a binary file rather than text: a known magic
 * number, NULs that UTF-16 does not explain, or many control bytes.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (binaryMagic(bytes)) return true;
  if (bomOf(bytes) || sniffUtf16(bytes)) return false;
  return hasNul(bytes) || controlRatio(bytes) > 0.1;
}

/** Decoder names in iconv-lite for the names we report; WHATWG's supersets where they differ. */
const ICONV_NAME: Record<string, string> = {
  gbk: 'gb18030',
  big5: 'big5hkscs',
  shift_jis: 'cp932',
  'euc-kr': 'cp949',
};

function decoderName(encoding: string): string | null {
  const name = ICONV_NAME[encoding] ?? encoding;
  return iconv.encodingExists(name) ? name : null;
}

const REPLACEMENT = 0xfffd;

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** U+FFFD written in the input itself (EF BF BD), which is not a decoding failure. */
function countEncodedReplacements(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf('\ufffd', 0, 'utf8'); i !== -1; i = buf.indexOf('\ufffd', i + 3, 'utf8')) n++;
  return n;
}

function countHighBytes(buf: Buffer): number {
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80) n++;
  return n;
}

/** Four-byte GB18030 sequences (81–FE, 30–39, 81–FE, 30–39), which GBK lacks. */
function hasGb18030FourByte(buf: Buffer): boolean {
  for (let i = 0; i + 3 < buf.length; i++) {
    const a = buf[i]!;
    if (a < 0x81) continue;
    const b = buf[i + 1]!;
    if (b >= 0x30 && b <= 0x39 && a !== 0xff) {
      const c = buf[i + 2]!;
      const d = buf[i + 3]!;
      if (c >= 0x81 && c <= 0xfe && d >= 0x30 && d <= 0x39) return true;
    }
    i++; // skip the trail byte of a two-byte character
  }
  return false;
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_LOOSE = new TextDecoder('utf-8', { ignoreBOM: true });

function tryUtf8(buf: Buffer): string | null {
  try {
    return UTF8_FATAL.decode(buf);
  } catch {
    return null;
  }
}

/** Number of bytes of an incomplete UTF-8 sequence at the end of the buffer (0–3). */
function truncatedUtf8Tail(buf: Buffer): number {
  for (let k = 1; k <= 3 && k <= buf.length; k++) {
    const x = buf[buf.length - k]!;
    if (x < 0x80) return 0;
    if (x >= 0xc0) {
      const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : 2;
      return need > k ? k : 0;
    }
  }
  return 0;
}

function replacementWarning(source: string, n: number, encoding: string): Warning {
  const what = n === 1 ? '1 byte (sequence) could not be decoded' : `${n} bytes (sequences) could not be decoded`;
  return { code: 'DECODE_REPLACEMENT', message: `${source}: ${what} as ${encoding} and became U+FFFD` };
}

function legacyWarning(source: string, encoding: string, how: string): Warning {
  return { code: 'LEGACY_ENCODING', message: `${source}: decoded as ${encoding} (${how}), not UTF-8` };
}

function finish(text: string, encoding: string, warnings: Warning[], source: string, bad: number): Decoded {
  if (bad > 0) warnings.push(replacementWarning(source, bad, encoding));
  return { text, encoding, warnings };
}

function decodeUtf16(buf: Buffer, encoding: 'utf-16le' | 'utf-16be', source: string, bomLength: number): Decoded {
  const body = buf.subarray(bomLength);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  // UTF-16 that decodes to mostly control characters was not text to begin with.
  let control = 0;
  const n = Math.min(text.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  if (n > 0 && control / n > 0.1) throw new InputError('BINARY_INPUT', `${source}: looks like a binary file, not text or HTML`);
  return finish(text, encoding, [], source, countReplacements(text) - countReplacementsInUtf16(body, encoding));
}

/** U+FFFD written in UTF-16 input itself. */
function countReplacementsInUtf16(body: Buffer, encoding: 'utf-16le' | 'utf-16be'): number {
  let n = 0;
  const [hi, lo] = encoding === 'utf-16le' ? [1, 0] : [0, 1];
  for (let i = 0; i + 1 < body.length; i += 2) if (body[i + hi] === 0xff && body[i + lo] === REPLACEMENT % 256) n++;
  return n;
}

interface Attempt {
  encoding: string;
  text: string;
  bad: number;
}

function decodeLegacy(buf: Buffer, encoding: string): Attempt | null {
  const name = decoderName(encoding);
  if (!name) return null;
  const text = iconv.decode(buf, name, { stripBOM: true });
  const label = encoding === 'gbk' && hasGb18030FourByte(buf) ? 'gb18030' : encoding;
  return { encoding: label, text, bad: countReplacements(text) };
}

/** Multi-byte East Asian encodings, which chardet recognises with high confidence. */
const MULTIBYTE = new Set(['gbk', 'gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr']);

/** The ISO-2022 escape sequences (ESC $ B, ESC $ ) C, …) of 7-bit CJK encodings that iconv-lite cannot read. */
// eslint-disable-next-line no-control-regex -- ESC is what marks ISO-2022 text
const ISO_2022_ESCAPE = /\x1b(?:\$[@AB()*+]|\(J|\$\)[ACG])/;

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  const { source } = opts;
  if (bytes.length === 0) throw new InputError('EMPTY_INPUT', `${source}: the file is empty`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  const magic = binaryMagic(buf);
  if (magic) throw new InputError('BINARY_INPUT', `${source}: looks like a binary file (${magic}), not text or HTML`);

  const bom = bomOf(buf);
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') return decodeUtf16(buf, bom.encoding, source, bom.length);
  if (bom?.encoding === 'gb18030') {
    const a = decodeLegacy(buf.subarray(4), 'gb18030')!;
    return finish(a.text, 'gb18030', [legacyWarning(source, 'gb18030', 'byte-order mark')], source, a.bad);
  }
  if (bom?.encoding === 'utf-8') {
    const body = buf.subarray(3);
    const text = UTF8_LOOSE.decode(body);
    return finish(text, 'utf-8', [], source, countReplacements(text) - countEncodedReplacements(body));
  }

  const utf16 = sniffUtf16(buf);
  if (utf16) return decodeUtf16(buf, utf16, source, 0);

  if (hasNul(buf) || controlRatio(buf) > 0.1) {
    throw new InputError('BINARY_INPUT', `${source}: looks like a binary file (NUL or control bytes), not text or HTML`);
  }

  const declaredLabel = opts.declared ?? sniffDeclared(buf);
  const declared = declaredLabel ? normalizeCharset(declaredLabel) : null;

  const utf8 = tryUtf8(buf);
  if (utf8 !== null) {
    if (ISO_2022_ESCAPE.test(utf8)) {
      throw new InputError('UNKNOWN_ENCODING', `${source}: ISO-2022 text (7-bit escape sequences) cannot be decoded`);
    }
    const ascii = countHighBytes(buf) === 0;
    // Pure ASCII reads the same in any ASCII-compatible charset: report the declared one.
    const encoding = ascii && declared && declared !== 'utf-8' && !declared.startsWith('utf-') && decoderName(declared) ? declared : 'utf-8';
    return { text: utf8, encoding, warnings: [] };
  }

  // Valid UTF-8 but for a cut-off last character or a few stray bytes: keep UTF-8.
  const tail = truncatedUtf8Tail(buf);
  if (tail > 0 && tryUtf8(buf.subarray(0, buf.length - tail)) !== null) {
    const text = UTF8_LOOSE.decode(buf);
    return finish(text, 'utf-8', [], source, countReplacements(text) - countEncodedReplacements(buf));
  }
  const loose = UTF8_LOOSE.decode(buf);
  const looseBad = countReplacements(loose) - countEncodedReplacements(buf);
  if (looseBad * 20 < countHighBytes(buf) || (declared === 'utf-8' && looseBad * 4 < countHighBytes(buf))) {
    return finish(loose, 'utf-8', [], source, looseBad);
  }

  return decodeNonUtf8(buf, source, declared);
}

/** The <meta charset> of a page, read from its first bytes as latin1. */
function sniffDeclared(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  return /<(?:!doctype|html|head|meta|\?xml)\b/i.test(head) ? declaredCharset(head) : null;
}

function decodeNonUtf8(buf: Buffer, source: string, declared: string | null): Decoded {
  // chardet names GBK text "GB18030"; decodeLegacy reports gb18030 only when four-byte characters occur.
  const guesses = chardet
    .analyse(buf)
    .map((g) => ({ encoding: g.name === 'GB18030' ? 'gbk' : normalizeCharset(g.name), confidence: g.confidence }))
    .filter((g) => g.encoding !== 'utf-8' && g.encoding !== 'ascii' && g.confidence >= 10);
  const high = countHighBytes(buf);
  const fewErrors = (a: Attempt): boolean => a.bad * 50 < high;

  const tried: Attempt[] = [];
  const attempt = (encoding: string): Attempt | null => {
    const a = decodeLegacy(buf, encoding);
    if (a) tried.push(a);
    return a;
  };
  const done = (a: Attempt, how: string): Decoded => finish(a.text, a.encoding, [legacyWarning(source, a.encoding, how)], source, a.bad);

  // 1. The declared charset, unless it is a single-byte one and chardet is sure of a CJK one.
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    if (!decoderName(declared)) {
      const sure = guesses.find((g) => g.confidence >= 80 && decoderName(g.encoding));
      const a = sure ? attempt(sure.encoding) : null;
      if (a && a.bad === 0) return done(a, `detected; declared "${declared}" is not supported`);
      throw new InputError('UNKNOWN_ENCODING', `${source}: declared charset "${declared}" is not supported and the text is not UTF-8`);
    }
    const cjk = guesses.find((g) => MULTIBYTE.has(g.encoding) && g.confidence >= 90 && !MULTIBYTE.has(declared));
    const a = cjk ? null : attempt(declared);
    if (a && fewErrors(a)) return done(a, 'declared by the page');
  }

  // 2. chardet's confident guesses; the first that decodes cleanly wins.
  const top = guesses[0];
  if (top && top.confidence >= 50 && !decoderName(top.encoding)) {
    throw new InputError('UNKNOWN_ENCODING', `${source}: looks like ${top.encoding}, which cannot be decoded`);
  }
  for (const g of guesses.filter((x) => x.confidence >= 50)) {
    const a = attempt(g.encoding);
    if (a && a.bad === 0) return done(a, `detected, confidence ${g.confidence}%`);
  }
  // 3. A decode with few replacements, then chardet's weaker guesses, then Windows-1252.
  const best = [...tried].sort((x, y) => x.bad - y.bad)[0];
  if (best && fewErrors(best)) return done(best, 'best match');
  for (const g of guesses.filter((x) => x.confidence < 50)) {
    const a = attempt(g.encoding);
    if (a && a.bad === 0) return done(a, `detected, confidence ${g.confidence}%`);
  }
  return done(decodeLegacy(buf, 'windows-1252')!, 'fallback: not valid UTF-8');
}
