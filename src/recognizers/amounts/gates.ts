/**
 * Pre-checks of the money rules (see ../dates/folded.ts): false only when no
 * rule of the kind can match the text, so that a text without money compiles
 * none of them.
 *
 * Every rule takes a currency: before the number (`CUR_PREFIX`, the `pre`
 * rules) or after it (`CUR_SUFFIX`). A currency spelled in ASCII letters sits
 * between characters that are no ASCII letters: before it `START`, a space
 * or, for a suffix currency, the digit, space or hyphen after the number
 * (a number in words or with a scale ends before a non-letter); after it the
 * space or digit of the number, or the non-letter `CUR_SUFFIX` requires. So
 * each of its words is a whole run of ASCII letters of the text. The gates
 * look for such a run, or for a currency's symbol.
 */
import { PREFIX_CURRENCIES, SUFFIX_CURRENCIES } from './patterns.js';

const LETTER_RUNS = /[A-Za-z]+/g;

interface Marks {
  /** Lower-case words, one per currency. */
  words: ReadonlySet<string>;
  /** Characters, one per currency written with a symbol. */
  symbols: readonly string[];
  /** Length of the longest word. */
  longest: number;
}

/**
 * For each currency: a symbol it holds ("$", "€", "元"), else one of its words
 * (the longest: "korean" of "south korean won").
 */
function marks(keys: readonly string[]): Marks {
  const words = new Set<string>();
  const symbols = new Set<string>();
  for (const key of keys) {
    const symbol = [...key].find((c) => !/[A-Za-z.\s]/.test(c));
    if (symbol !== undefined) {
      symbols.add(symbol);
      continue;
    }
    const longest = (key.match(LETTER_RUNS) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest === '') throw new Error(`no mark for currency ${key}`);
    words.add(longest.toLowerCase());
  }
  return { words, symbols: [...symbols], longest: Math.max(...[...words].map((w) => w.length)) };
}

function mayHold({ words, symbols, longest }: Marks, view: string): boolean {
  for (const s of symbols) if (view.includes(s)) return true;
  LETTER_RUNS.lastIndex = 0;
  for (let m = LETTER_RUNS.exec(view); m !== null; m = LETTER_RUNS.exec(view)) {
    if (m[0].length <= longest && words.has(m[0].toLowerCase())) {
      LETTER_RUNS.lastIndex = 0;
      return true;
    }
  }
  return false;
}

const PREFIX_MARKS = marks(Object.keys(PREFIX_CURRENCIES));
const SUFFIX_MARKS = marks(Object.keys(SUFFIX_CURRENCIES));

/** False only when no prefix-currency rule ("$5m", "RMB 50 to 140") can match `view`. */
export function prefixCurrencyMayMatch(view: string): boolean {
  return mayHold(PREFIX_MARKS, view);
}

/** False only when no suffix-currency rule ("5 million yuan", "millions of dollars") can match `view`. */
export function suffixCurrencyMayMatch(view: string): boolean {
  return mayHold(SUFFIX_MARKS, view);
}
