/**
 * The equal-length match view: a copy of the text in which look-alike
 * characters are mapped one-to-one onto plain ASCII (dashes, quotes, NBSP and
 * other spaces, full-width digits, letters and punctuation), so that patterns
 * can be written once. Every character maps to exactly one UTF-16 code unit,
 * so an offset in the view is the same offset in the text.
 *
 * Never lower-case the text to match it (`'İ'.toLowerCase()` grows by one unit):
 * use the `i` flag instead.
 */

const SINGLE: Record<string, string> = {
  '\u00a0': ' ', // no-break space
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ', // ideographic space
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-', // en dash: "50–140 yuan"
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-', // minus sign
  '\u2018': "'",
  '\u2019': "'", // "bureau’s"
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\uff0c': ',', // full-width comma
  '\u3001': ',', // ideographic comma
  '\uff0e': '.',
  '\u3002': '.', // ideographic full stop
  '\uff1a': ':',
  '\uff1b': ';',
  '\uff08': '(',
  '\uff09': ')',
  '\uff05': '%',
  '\uffe5': '\u00a5', // full-width yen sign -> ¥
};

/** Maps one code unit; characters outside the table are kept. */
function mapChar(ch: string): string {
  const mapped = SINGLE[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  // Full-width ASCII block U+FF01..U+FF5E -> U+0021..U+007E.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ch;
}

/** Builds the match view of `text`; `view.length === text.length` always. */
export function matchView(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const m = mapChar(ch);
    if (m !== ch) changed = true;
    out += m;
  }
  return changed ? out : text;
}
