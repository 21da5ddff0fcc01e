/**
 * Charset labels: what a page declares (<meta charset>, http-equiv
 * Content-Type, <?xml encoding?>) and the WHATWG-ish names we report.
 * Kept apart from the HTML extractor so that decoding does not load cheerio.
 */

/** How far into a page the declaration is looked for (browsers use 1024 bytes; saved pages run longer). */
export const CHARSET_SCAN_BYTES = 2048;

// <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=big5">
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
// <?xml version="1.0" encoding="GB2312"?> at the very top of XHTML pages
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** The charset a page declares in its first bytes (decoded as latin1), lower-cased; null when none. */
export function declaredCharset(head: string): string | null {
  const s = head.slice(0, CHARSET_SCAN_BYTES).replace(/<!--[\s\S]*?-->/g, '');
  const m = META_CHARSET.exec(s) ?? XML_ENCODING.exec(s);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * WHATWG encoding labels -> the name we report. Labels not listed here are
 * passed to iconv-lite as they are (lower-cased) when it knows them.
 */
const LABELS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['utf-8', ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']],
  ['utf-16le', ['utf-16', 'utf-16le', 'utf16', 'ucs-2', 'unicode', 'unicodefeff', 'csunicode', 'iso-10646-ucs-2']],
  ['utf-16be', ['utf-16be', 'unicodefffe']],
  ['gbk', ['gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'chinese', 'csgb2312', 'csiso58gb231280', 'iso-ir-58', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn']],
  ['gb18030', ['gb18030']],
  ['big5', ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cp950', 'ms950', 'big5hkscs']],
  ['shift_jis', ['shift_jis', 'shift-jis', 'sjis', 'ms_kanji', 'csshiftjis', 'windows-31j', 'x-sjis', 'cp932', 'ms932']],
  ['euc-jp', ['euc-jp', 'cseucpkdfmtjapanese', 'x-euc-jp']],
  ['euc-kr', ['euc-kr', 'cseuckr', 'csksc56011987', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949', 'cp949']],
  ['windows-1252', ['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso88591', 'latin1', 'l1', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'cp819', 'csisolatin1', 'ibm819', 'iso-ir-100']],
  ['iso-2022-jp', ['iso-2022-jp', 'csiso2022jp']],
  ['iso-2022-kr', ['iso-2022-kr', 'csiso2022kr']],
  ['iso-2022-cn', ['iso-2022-cn', 'iso-2022-cn-ext']],
];

const LABEL_MAP = new Map<string, string>();
for (const [name, labels] of LABELS) for (const l of labels) LABEL_MAP.set(l, name);

/** Normalise a charset label ("GB2312", "ISO-8859-1", "x-sjis") to the name we report ("gbk", "windows-1252", "shift_jis"). */
export function normalizeCharset(label: string): string {
  const l = label.trim().toLowerCase();
  return LABEL_MAP.get(l) ?? l;
}
