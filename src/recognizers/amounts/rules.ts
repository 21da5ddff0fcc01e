/**
 * Money rules, in order (earlier rules win ties of equal length). Each rule
 * reads the value; purpose, unit price and conversions are settled in
 * index.ts, where the whole list of amounts is known.
 */
import type { RecognizeContext, Rule } from '../types.js';
import { BOUND, CARDINAL, DIGIT_CARDINAL, RANGE_JOIN, SPACED_DIGITS, START, VAGUE, measureOf, type Measure } from '../numbers.js';
import {
  CHINESE_CONTEXT,
  CODE_BEFORE_DOLLAR,
  CUR_PREFIX,
  CUR_SUFFIX,
  NOT_MONEY_AFTER_BITCOIN,
  PREFIX_CURRENCIES,
  SUFFIX_CURRENCIES,
  SUFFIX_JOIN,
  YEN_SIGN,
} from './patterns.js';
import { FoldedPattern, memoGate } from '../dates/folded.js';
import { prefixCurrencyMayMatch, suffixCurrencyMayMatch } from './gates.js';

/** What a money rule reads: the value fields and the currency. */
export interface AmountValue extends Measure {
  currency: string | null;
}

const OPT_BOUND = String.raw`(?:(?<bound>${BOUND})\s{1,3})?`;

const chineseCache = new WeakMap<RecognizeContext, boolean>();

/** Whether the document mentions China anywhere (read once per document). */
function chinese(ctx: RecognizeContext): boolean {
  let known = chineseCache.get(ctx);
  if (known === undefined) {
    known = CHINESE_CONTEXT.test(ctx.view);
    chineseCache.set(ctx, known);
  }
  return known;
}

function currencyOf(token: string | undefined, table: Readonly<Record<string, string>>, ctx: RecognizeContext): string | null {
  if (token === undefined) return null;
  const code = table[token.toLowerCase().replace(/\s+/g, ' ')];
  if (code === undefined) return null;
  if (code === YEN_SIGN) return chinese(ctx) ? 'CNY' : 'JPY';
  return code;
}

/**
 * A `$` amount that is code: "echo '$1'", "`$2`", "s/x/$1/". The character
 * before the currency tells it.
 */
function looksLikeCode(m: RegExpExecArray, ctx: RecognizeContext): boolean {
  const cur = m.groups?.['cur'];
  if (cur === undefined || !cur.endsWith('$')) return false;
  const at = m.index + m[0].indexOf(cur);
  const before = ctx.view[at - 1];
  return before !== undefined && CODE_BEFORE_DOLLAR.test(before);
}

/** The value of a prefix-currency match (both ends of a range in one currency). */
function prefixed(m: RegExpExecArray, ctx: RecognizeContext): AmountValue | null {
  const g = m.groups ?? {};
  if (looksLikeCode(m, ctx)) return null;
  const currency = currencyOf(g['cur'], PREFIX_CURRENCIES, ctx);
  if (currency === null) return null;
  // "$50-€140" is two amounts, not a range.
  if (g['cur2'] !== undefined && currencyOf(g['cur2'], PREFIX_CURRENCIES, ctx) !== currency) return null;
  const measure = measureOf(g);
  return measure && { ...measure, currency };
}

/** The value of a suffix-currency match. */
function suffixed(m: RegExpExecArray, ctx: RecognizeContext): AmountValue | null {
  const g = m.groups ?? {};
  const currency = currencyOf(g['cur'], SUFFIX_CURRENCIES, ctx);
  if (currency === null) return null;
  if (currency === 'BTC' && NOT_MONEY_AFTER_BITCOIN.test(ctx.view.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
    return null;
  }
  const measure = measureOf(g);
  return measure && { ...measure, currency };
}

/** Rules with a currency written before the number: compiled only for a text that has one (gates.ts). */
const pre = (source: string): RegExp => new FoldedPattern(source, 'gi', PREFIX_GATE);
/** Rules with a currency word after the number: compiled only for a text that has one. */
const suf = (source: string): RegExp => new FoldedPattern(source, 'gi', SUFFIX_GATE);
const PREFIX_GATE = memoGate(prefixCurrencyMayMatch);
const SUFFIX_GATE = memoGate(suffixCurrencyMayMatch);

export const AMOUNT_RULES: readonly Rule<AmountValue>[] = [
  // "between $50 and $140", "between RMB 50 and 140"
  {
    id: 'amounts/between-prefix',
    pattern: pre(
      String.raw`${START}${OPT_BOUND}between\s{1,3}(?<cur>${CUR_PREFIX})\s?(?<lo>${DIGIT_CARDINAL})\s{1,3}and\s{1,3}(?:(?<cur2>${CUR_PREFIX})\s?)?(?<hi>${DIGIT_CARDINAL})`,
    ),
    extract: prefixed,
  },
  // "between 50 and 140 yuan", "between 1 and 2 million dollars"
  {
    id: 'amounts/between-suffix',
    pattern: suf(
      String.raw`${START}${OPT_BOUND}between\s{1,3}(?<lo>${CARDINAL})\s{1,3}and\s{1,3}(?<hi>${CARDINAL})${SUFFIX_JOIN}(?<cur>${CUR_SUFFIX})`,
    ),
    extract: suffixed,
  },
  // "$50-$140", "RMB 50 to 140", "US$5-10 million", "from $1m to $2m"
  {
    id: 'amounts/prefix-range',
    pattern: pre(
      String.raw`${START}${OPT_BOUND}(?:from\s{1,3})?(?<cur>${CUR_PREFIX})\s?(?<lo>${DIGIT_CARDINAL})${RANGE_JOIN}(?:(?<cur2>${CUR_PREFIX})\s?)?(?<hi>${DIGIT_CARDINAL})`,
    ),
    extract: prefixed,
  },
  // "50 to 140 yuan", "50-140 yuan", "1 to 2 million dollars"
  {
    id: 'amounts/suffix-range',
    pattern: suf(
      String.raw`${START}${OPT_BOUND}(?:from\s{1,3})?(?<lo>${CARDINAL})${RANGE_JOIN}(?<hi>${CARDINAL})${SUFFIX_JOIN}(?<cur>${CUR_SUFFIX})`,
    ),
    extract: suffixed,
  },
  // "$45 000", "around €1 200 000": thousands grouped by spaces
  {
    id: 'amounts/prefix-spaced',
    pattern: pre(String.raw`${START}${OPT_BOUND}(?<cur>${CUR_PREFIX})\s?(?<num>${SPACED_DIGITS})`),
    extract: prefixed,
  },
  // "over RMB 320,000", "RMB1.2bn", "$5m", "US$150,000", "about $1.5 million", "£10,000"
  {
    id: 'amounts/prefix',
    pattern: pre(String.raw`${START}${OPT_BOUND}(?<cur>${CUR_PREFIX})\s?(?<num>${DIGIT_CARDINAL})`),
    extract: prefixed,
  },
  // "320,000 yuan", "3.2 million yuan", "100,000-yuan fine", "one million dollars"
  {
    id: 'amounts/suffix',
    pattern: suf(String.raw`${START}${OPT_BOUND}(?<num>${CARDINAL})${SUFFIX_JOIN}(?<cur>${CUR_SUFFIX})`),
    extract: suffixed,
  },
  // "millions of dollars", "tens of thousands of yuan", "several million euros"
  {
    id: 'amounts/vague',
    pattern: suf(String.raw`${START}${OPT_BOUND}(?<vague>${VAGUE})(?:\s{1,3}of)?\s{1,3}(?<cur>${CUR_SUFFIX})`),
    extract: suffixed,
  },
];
