/**
 * Volume rules, in order (earlier rules win ties of equal length): how much
 * data, or how many people, a case is about.
 */
import type { RecognizeContext, Rule } from '../types.js';
import { BOUND, CARDINAL, DIGIT_SCALE, DIGITS, RANGE_JOIN, START, VAGUE, bounded, measureOf, parseCardinal, sentenceAround, type Measure } from '../numbers.js';
import {
  ARREST_AFTER,
  ARREST_BEFORE,
  BREACH_CUE,
  COMPANY_SIZE_BEFORE,
  DATA_VERBS,
  DETERMINER,
  FEW,
  FEW_MIN,
  GANG_AFTER,
  GANG_BEFORE,
  NOT_A_COUNT_BEFORE,
  NOT_DATA_PIECES_AFTER,
  NOT_OPEN_UNITS,
  STOP_WORDS,
  SIZE_UNIT,
  SURVEY_BEFORE,
  UNITS,
  YEAR_BEFORE,
} from './patterns.js';
import { TailPattern, matchTail, ofInformationEnd, ofWhomEnd, pluralWordEnd, wordBefore, type TailStep } from './tail.js';

/** A bound after the number or after its unit: "50 or more pieces", "500 records or more". */
const POST_BOUND = String.raw`(?:or|and)\s{1,3}(?:more|above|over|fewer|less|below)(?![a-z])`;
const POST_BOUND_AT = new RegExp(String.raw`\s{1,3}(?<post>${POST_BOUND})`, 'iy');

/** "or more" gives a lower bound, "or fewer" an upper one. */
function postBounded(groups: Readonly<Record<string, string | undefined>>): Measure | null {
  const n = groups['num'] === undefined ? null : parseCardinal(groups['num']);
  if (n === null) return null;
  return bounded(n.value, /(?:more|above|over)$/i.test(groups['post'] ?? '') ? 'lower' : 'upper');
}

/**
 * The tail of "N or more <unit>" (the bound in the head) or of "N <unit> or
 * more [of <data>]" (the bound after the unit); null without a bound.
 */
const postBoundTail: TailStep = (s, m) => {
  const i = m.index + m[0].length;
  if (m.groups?.['post'] !== undefined) {
    const t = matchTail(s, i, true);
    return t && { end: t.end, groups: { ...m.groups, unit: s.slice(t.unitStart, t.unitEnd) } };
  }
  const t = matchTail(s, i, false);
  if (t === null) return null;
  POST_BOUND_AT.lastIndex = t.unitEnd;
  const post = POST_BOUND_AT.exec(s);
  if (post === null) return null;
  const end = t.unitEnd + post[0].length;
  return { end: ofInformationEnd(s, end), groups: { ...m.groups, post: post.groups?.['post'], unit: s.slice(t.unitStart, t.unitEnd) } };
};

/** What a volume rule reads: the value fields and the unit. */
export interface VolumeValue extends Measure {
  unit: string;
}

const OPT_BOUND = String.raw`(?:(?<bound>${BOUND})\s{1,3})?`;

/** How far around a count the arrest and gang checks look. */
const NEAR = 60;

/** Singular units ("a 3 million record leak") only count when the number is large. */
const SINGULAR_MIN = 1000;

/**
 * "of its customers" and "or more" count only from this size on: "one of the
 * users", "2 or more users" are no volumes.
 */
const OF_MIN = 10;

/** Words of sentence around a count needed before its lack of a breach cue counts against it. */
const MIN_CONTEXT_WORDS = 4;
const CONTEXT_WORD = /[A-Za-z]{2,}/g;

/** A count in words below ten, without a scale: "two", "three", "nine". */
const SMALL_WORD_COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine)$/i;

/** The hit names its own data: "4,600 pieces of information", "2 GB of data". */
const OF_DATA_END = /\bof\s.*\b(?:information|data|info|details)$/i;

/** Open nouns (in no unit list) count only from this size on: "stole 12 laptops" is no volume. */
const OPEN_MIN = 10;

/**
 * Checks the text around a count and builds the value, or null for a doubtful
 * hit: a year, money, an arrest count, a gang size.
 */
function count(m: RegExpExecArray, ctx: RecognizeContext, measure: Measure | null, minValue = 0): VolumeValue | null {
  const g = m.groups ?? {};
  if (measure === null) return null;
  const unitKey = (g['unit'] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const entry = g['open'] === undefined ? UNITS[unitKey] : { unit: unitKey, kind: 'data' as const };
  if (entry === undefined) return null;
  const size = measure.value ?? measure.min ?? measure.max ?? 0;
  // "one asking victims", "one moderator's credentials": one is no volume ("1.4GB" is).
  if (size < minValue || (entry.kind !== 'size' && size < 2)) return null;
  // "a 3 million record leak"; but not "thousands of email backups" or "5 record labels".
  if (entry.singular === true && (size < SINGULAR_MIN || measure.value === null)) return null;
  // "two companies", "three people are attempting": small counts in words tell a story,
  // not the size of a breach ("two million" and "a dozen" stay).
  const num = g['num'];
  if (num !== undefined && SMALL_WORD_COUNT.test(num.trim())) return null;

  const start = m.index;
  const end = m.index + m[0].length;
  const before = ctx.view.slice(Math.max(0, start - NEAR), start);
  const after = ctx.view.slice(end, end + NEAR);
  // "$5 million users" is money; "#12 users", "10:30 users" are not counts.
  if (NOT_A_COUNT_BEFORE.test(before)) return null;
  // "In 2015 customers complained": a year, not 2015 customers.
  if (num !== undefined && g['bound'] === undefined && /^(?:19|20)\d\d$/.test(num) && YEAR_BEFORE.test(before)) return null;
  // "a survey of 1,000 adults"
  if (SURVEY_BEFORE.test(before)) return null;
  // "several sophisticated pieces of malware"
  if ((entry.unit === 'pieces' || entry.unit === 'items') && NOT_DATA_PIECES_AFTER.test(after)) return null;
  // "Netflix has 93 million subscribers", "the firm employs 5,000 staff"
  if (entry.kind === 'person' && COMPANY_SIZE_BEFORE.test(before)) return null;
  // A count in a sentence with no word of data or harm is a company's size or a
  // story detail: "millions of items will be processed and shipped". A count
  // with (almost) no sentence around it, "2.5 million Facebook users", is kept:
  // there is nothing to judge it by.
  const [from, to] = sentenceAround(ctx.view, start, end);
  const around = `${ctx.view.slice(from, start)} ${ctx.view.slice(end, to)}`;
  const namesData = OF_DATA_END.test(m[0]);
  if (!namesData && (around.match(CONTEXT_WORD) ?? []).length >= MIN_CONTEXT_WORDS && !BREACH_CUE.test(around)) return null;
  if (entry.kind === 'person') {
    // "police arrested 12 people", "12 people were arrested": suspects, not victims.
    if (ARREST_BEFORE.test(before) || ARREST_AFTER.test(after)) return null;
    // "a gang of 10 members", "10 members of the gang"
    if (GANG_BEFORE.test(before) || GANG_AFTER.test(after)) return null;
  }
  return { ...measure, unit: entry.unit };
}

const head = (source: string): RegExp => new RegExp(source, 'gi');

const STOP_WORDS_SET = new Set(STOP_WORDS);

const isPeople = (word: string): boolean => UNITS[word]?.kind === 'person';

/**
 * A plural noun in no unit list right after the count, read as data when the
 * phrase says so: "of <people/data>" follows ("52,000 dossiers of clients")
 * or a verb of taking or selling data governs it ("scraped 90,000
 * listings"). People acting, organizations, devices, money and time never
 * count (`NOT_OPEN_UNITS`); nouns of the unit list are left to the other rules.
 */
const openNoun: TailStep = (s, m) => {
  const i = m.index + m[0].length;
  const e = pluralWordEnd(s, i);
  if (e < 0) return null;
  const word = s.slice(i, e).toLowerCase();
  if (UNITS[word] !== undefined || NOT_OPEN_UNITS.has(word) || STOP_WORDS_SET.has(word)) return null;
  const of = ofWhomEnd(s, e, isPeople);
  if (of < 0 && !DATA_VERBS.has(wordBefore(s, m.index))) return null;
  return { end: of < 0 ? e : of, groups: { ...m.groups, unit: s.slice(i, e), open: '1' } };
};

/** The tail right after the head (which ends with its `\s{1,3}`): qualifiers, unit, "of <data>". */
function tailAfter(ofInformation: boolean): TailStep {
  return (s, m) => {
    const t = matchTail(s, m.index + m[0].length, ofInformation);
    return t && { end: t.end, groups: { ...m.groups, unit: s.slice(t.unitStart, t.unitEnd) } };
  };
}

/**
 * Each rule is a head regex and the tail of tail.ts; the comment gives the
 * regex it stands for (QUALIFIERS, UNIT, OF_INFORMATION of patterns.ts).
 */
export const VOLUME_RULES: readonly Rule<VolumeValue>[] = [
  // "between 550,000 and 1.1 million loan records", "between 50 to 140 users"
  // START OPT_BOUND between\s{1,3}(?<lo>CARDINAL)\s{1,3}(?:and|to)\s{1,3}(?<hi>CARDINAL)\s{1,3}QUALIFIERS(?<unit>UNIT)OF_INFORMATION
  {
    id: 'volumes/between',
    pattern: new TailPattern(
      head(String.raw`${START}${OPT_BOUND}between\s{1,3}(?<lo>${CARDINAL})\s{1,3}(?:and|to)\s{1,3}(?<hi>${CARDINAL})\s{1,3}`),
      tailAfter(true),
    ),
    extract: (m, ctx) => count(m, ctx, measureOf(m.groups ?? {})),
  },
  // "50 to 140 users", "1-2 million records", "up to 5-10 million accounts"
  // START OPT_BOUND (?:from\s{1,3})?(?<lo>CARDINAL)RANGE_JOIN(?<hi>CARDINAL)\s{1,3}QUALIFIERS(?<unit>UNIT)OF_INFORMATION
  {
    id: 'volumes/range-unit',
    pattern: new TailPattern(
      head(String.raw`${START}${OPT_BOUND}(?:from\s{1,3})?(?<lo>${CARDINAL})${RANGE_JOIN}(?<hi>${CARDINAL})\s{1,3}`),
      tailAfter(true),
    ),
    extract: (m, ctx) => count(m, ctx, measureOf(m.groups ?? {})),
  },
  // "nearly one million pieces of personal information", "3 million customer records",
  // "500,000 stolen credit card numbers", "2.5 million Facebook users"
  // START OPT_BOUND (?<num>CARDINAL)\s{1,3}QUALIFIERS(?<unit>UNIT)OF_INFORMATION
  {
    id: 'volumes/count-unit',
    pattern: new TailPattern(head(String.raw`${START}${OPT_BOUND}(?<num>${CARDINAL})\s{1,3}`), tailAfter(true)),
    extract: (m, ctx) => count(m, ctx, measureOf(m.groups ?? {})),
  },
  // "6 million of its customers", "25,000 of the private photos", "1,200 of its franchised hotels"
  // START OPT_BOUND (?<num>CARDINAL)\s{1,3}of\s{1,3}DETERMINER QUALIFIERS(?<unit>UNIT)OF_INFORMATION
  {
    id: 'volumes/count-of-unit',
    pattern: new TailPattern(
      head(String.raw`${START}${OPT_BOUND}(?<num>${CARDINAL})\s{1,3}of\s{1,3}${DETERMINER}`),
      tailAfter(true),
    ),
    extract: (m, ctx) => count(m, ctx, measureOf(m.groups ?? {}), OF_MIN),
  },
  // "millions of items of personal information", "tens of thousands of pages",
  // "hundreds of thousands of its customers", "several million users"
  // START OPT_BOUND (?<vague>VAGUE)(?:\s{1,3}of)?\s{1,3}DETERMINER QUALIFIERS(?<unit>UNIT)OF_INFORMATION
  {
    id: 'volumes/vague-unit',
    pattern: new TailPattern(
      head(String.raw`${START}${OPT_BOUND}(?<vague>${VAGUE})(?:\s{1,3}of)?\s{1,3}${DETERMINER}`),
      tailAfter(true),
    ),
    extract: (m, ctx) => count(m, ctx, measureOf(m.groups ?? {})),
  },
  // "several backup files", "a few active users"
  // START (?<few>FEW)\s{1,3}QUALIFIERS(?<unit>UNIT)
  {
    id: 'volumes/few-unit',
    pattern: new TailPattern(head(String.raw`${START}(?<few>${FEW})\s{1,3}`), tailAfter(false)),
    extract: (m, ctx) =>
      // "several PlayStation users", "a few people watching": story, not a volume.
      UNITS[(m.groups?.['unit'] ?? '').toLowerCase()]?.kind === 'data'
        ? count(m, ctx, { value: null, min: FEW_MIN, max: null, approximate: true })
        : null,
  },
  // "36 million and 58 million accounts": the first count borrows the unit after the second.
  // START OPT_BOUND (?<num>CARDINAL)(?=\s{1,3}(?:and|or)\s{1,3}(?:BOUND\s{1,3})?CARDINAL\s{1,3}QUALIFIERS(?<unit>UNIT))
  {
    id: 'volumes/shared-unit',
    pattern: new TailPattern(
      head(
        String.raw`${START}${OPT_BOUND}(?<num>${CARDINAL})(?=(?<gap>\s{1,3}(?:and|or)\s{1,3}(?:${BOUND}\s{1,3})?${CARDINAL}\s{1,3}))`,
      ),
      (s, m) => {
        const { gap, ...groups } = m.groups ?? {};
        const t = matchTail(s, m.index + m[0].length + (gap?.length ?? 0), false);
        return t && { end: m.index + m[0].length, groups: { ...groups, unit: s.slice(t.unitStart, t.unitEnd) } };
      },
    ),
    extract: (m, ctx) => count(m, ctx, measureOf(m.groups ?? {})),
  },
  // "50 or more pieces of whereabouts information", "5,000 records or more": a bound after the number.
  // START (?<num>CARDINAL)\s{1,3}(?:(?<post>POST_BOUND)\s{1,3})? then QUALIFIERS(?<unit>UNIT)OF_INFORMATION,
  // or QUALIFIERS(?<unit>UNIT)\s{1,3}(?<post>POST_BOUND)OF_INFORMATION
  {
    id: 'volumes/post-bound',
    pattern: new TailPattern(head(String.raw`${START}(?<num>${CARDINAL})\s{1,3}(?:(?<post>${POST_BOUND})\s{1,3})?`), postBoundTail),
    // "shared by 2 or more users" is no volume.
    extract: (m, ctx) => count(m, ctx, postBounded(m.groups ?? {}), OF_MIN),
  },
  // "some 52,000 dossiers of clients", "scraped 90,000 listings": a noun in no unit list.
  {
    id: 'volumes/open-noun',
    pattern: new TailPattern(head(String.raw`${START}${OPT_BOUND}(?<num>${DIGITS}(?:${DIGIT_SCALE})?)\s{1,3}`), openNoun),
    extract: (m, ctx) => {
      const measure = measureOf(m.groups ?? {});
      const size = measure?.value ?? measure?.min ?? measure?.max ?? 0;
      return size < OPEN_MIN ? null : count(m, ctx, measure);
    },
  },
  // "1.4GB of data", "a 2.3 TB database", "74 gigabytes"
  {
    id: 'volumes/size',
    // START OPT_BOUND (?<num>DIGITS)\s?(?<unit>SIZE_UNIT)OF_INFORMATION
    pattern: new TailPattern(head(String.raw`${START}${OPT_BOUND}(?<num>${DIGITS})\s?(?<unit>${SIZE_UNIT})`), (s, m) => ({
      end: ofInformationEnd(s, m.index + m[0].length),
      groups: { ...m.groups },
    })),
    extract: (m, ctx) => count(m, ctx, measureOf(m.groups ?? {})),
  },
];
