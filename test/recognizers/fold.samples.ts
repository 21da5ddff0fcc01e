/**
 * Texts for the equivalence tests of folded.ts and the gates: the fixture
 * articles, the date and money corpora, and generated strings that put date
 * units, amounts and conjunctions side by side in every case and spacing,
 * with the characters that case folding treats specially (ſ, the Kelvin
 * sign, İ, é) and odd whitespace.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORPUS, IN_SENTENCE, KNOWN_GAPS, NEGATIVE } from './dates.corpus.js';
import { MONEY_CEILINGS, MONEY_CORPUS, MONEY_GAPS, MONEY_NEGATIVES, MONEY_SENTENCES } from './amounts.corpus.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export const ARTICLES: string[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(FIXTURES + f, 'utf8'));

export const DATE_PHRASES: string[] = [
  ...CORPUS.flatMap((c) => c.phrases),
  ...NEGATIVE,
  ...KNOWN_GAPS.map((g) => g.phrase),
  'mid-August', 'midAugust', 'the 1990s', "the early 2000's", 'H1 2019', 'h2 2020', 'Q3 of 2018', 'q4 2017', 'the weekend',
  'Monday-Friday', 'USA Today', 'Patch Tuesday', 'last night', 'this morning', 'two weeks ago', 'a couple of years ago',
  'the past 12 months', 'recent weeks', 'Mayhem', 'Marching', 'Decent', 'Sept. 29 last year', '12019', '20171', 'COVID-19',
];

export const MONEY_PHRASES: string[] = [
  ...MONEY_CORPUS.flatMap((c) => c.phrases),
  ...MONEY_NEGATIVES,
  ...MONEY_GAPS.map((g) => g.phrase),
  'fraud of 5 audits', '3 decades', '10 won', 'five korean won', '2 swiss francs', '7 Australian dollars', 'US$ 5', 'rs.500',
  'Rs. 20', 'RMB¥300', 'cn¥ 40', '20 BTC', '₿3', '5 bitcoin addresses', 'tens of thousands of yuan', 'millions of DOLLARS',
];

const SENTENCES: string[] = [
  ...IN_SENTENCE.map((s) => s.text),
  ...MONEY_SENTENCES.map((s) => s.text),
  ...MONEY_CEILINGS.map((s) => s.text),
];

const CONJUNCTIONS = [' - ', '-', ' to ', ', and ', ' and ', ' through ', '  thru\t', ' until ', ' till ', '\u00a0-\u00a0', ' —', ', to ', ' or ', ' TO '];
const LEADS = ['', '', 'between ', 'from ', 'Between ', 'since ', 'ever since at least ', 'in ', 'x', '1', '-', ',', 'about ', 'more than '];
const GLUE = [' ', ' ', '  ', '\t', '\n', '\u00a0', ', ', '. ', '', '-', ' the ', ' and '];

/** A case or spacing variant of `w`. */
export function variant(w: string, k: number): string {
  switch (k % 10) {
    case 0: return w.toUpperCase();
    case 1: return w.replace(/ /g, ' \t ');
    case 2: return w.replace(/s/g, 'ſ');
    case 3: return w.replace(/k/gi, '\u212a');
    case 4: return w.replace(/i/g, 'İ');
    case 5: return w.toLowerCase();
    case 6: return w.replace(/ /g, '\n');
    case 7: return w.replace(/e/g, 'é');
    default: return w;
  }
}

function generated(n: number, seed: number): string[] {
  const rnd = (m: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % m;
  };
  const pick = <T>(list: readonly T[]): T => list[rnd(list.length)]!;
  const phrase = (): string => {
    const p = rnd(3) === 0 ? pick(MONEY_PHRASES) : pick(DATE_PHRASES);
    return rnd(3) === 0 ? variant(p, rnd(10)) : p;
  };
  return Array.from({ length: n }, () => {
    let s = pick(LEADS) + phrase();
    for (let j = rnd(3); j >= 0; j--) s += (rnd(2) === 0 ? pick(CONJUNCTIONS) : pick(GLUE)) + phrase();
    return s + pick(['', '.', ' of this year', ' ago', 'x', '1', "'s", ' records']);
  });
}

/** Every text of the equivalence tests. */
export const SAMPLES: string[] = [
  ...ARTICLES,
  ...SENTENCES,
  ...DATE_PHRASES,
  ...MONEY_PHRASES,
  ...DATE_PHRASES.map((p, k) => variant(p, k)),
  ...MONEY_PHRASES.map((p, k) => variant(p, k)),
  ...generated(3000, 11),
];
