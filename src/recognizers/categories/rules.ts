/**
 * Data-category rules: every phrase of patterns.ts compiled into one
 * case-insensitive pattern, optionally led by up to two premodifiers
 * ("customer names", "users' full names"), plus the look-ahead guard that
 * drops a phrase used as a modifier ("personal data protection").
 */
import type { DataCategoryName } from '../../schema.js';
import type { RecognizeContext, Rule } from '../types.js';
import { LookupPattern, phraseEnds, phraseTable, trieAlternation, type LookupMatch } from '../runner.js';
import {
  ADVICE_BEFORE,
  CATEGORY_PHRASES,
  CHILD_NOUNS,
  COMPROMISE_CUES,
  FRAME_PARTICIPLES_AFTER,
  FRAME_VERBS_BEFORE,
  GENERIC_HEADS,
  INSTRUMENT_BEFORE,
  NOT_AFTER,
  NOT_DATA,
  POSSESSIVES,
  PREMODIFIERS,
  SENSITIVE_CATEGORIES,
  SENSITIVE_PHRASES,
  STRONG_PLURALS,
  WEAK_PHRASES,
} from './patterns.js';

/** What a phrase stands for. */
export interface PhraseInfo {
  category: DataCategoryName;
  sensitive: boolean;
  /** Counts only in a list of data or after a possessive or premodifier. */
  weak: boolean;
}

/**
 * A category hit: a phrase; a generic noun in a breach frame ("accessed the
 * data"), whose category index.ts takes from the data named just before; or
 * a longer phrase that is not data.
 */
export type CategoryHit =
  | { kind: 'data'; info: PhraseInfo; premodified: boolean }
  | { kind: 'frame'; people: boolean }
  | { kind: 'blocked' };

/** "phone number(s)" -> ["phone number", "phone numbers"]; "date(s) of birth" likewise. */
export function expand(phrase: string): string[] {
  const m = /^(.*?)\((e?s)\)(.*)$/.exec(phrase);
  return m ? [m[1]! + m[3]!, m[1]! + m[2]! + m[3]!] : [phrase];
}

/** Lookup key of a matched phrase: lower case, single spaces, plain apostrophes. */
export function phraseKey(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\u2019/g, "'").toLowerCase();
}

const SENSITIVE_CATEGORY_SET = new Set<DataCategoryName>(SENSITIVE_CATEGORIES);
const SENSITIVE_PHRASE_SET = new Set(SENSITIVE_PHRASES.flatMap(expand));
const WEAK_SET = new Set(WEAK_PHRASES.flatMap(expand));
const STRONG_SET = new Set(STRONG_PLURALS);

/** Phrase -> meaning; a phrase listed twice keeps its first category. */
export const PHRASES = new Map<string, PhraseInfo>();
for (const [category, list] of Object.entries(CATEGORY_PHRASES) as [DataCategoryName, readonly string[]][]) {
  for (const entry of list) {
    const [one, many] = expand(entry);
    for (const phrase of many === undefined ? [one!] : [one!, many]) {
      if (PHRASES.has(phrase)) continue;
      PHRASES.set(phrase, {
        category,
        sensitive: SENSITIVE_CATEGORY_SET.has(category) || SENSITIVE_PHRASE_SET.has(phrase),
        // "an email address", "your password", "a credit card": the singular of a
        // countable kind is mostly generic ("enter your email address") and needs
        // the same support as a weak phrase.
        weak: (WEAK_SET.has(phrase) || (many !== undefined && phrase === one)) && !STRONG_SET.has(phrase),
      });
    }
  }
}
const BLOCKED = new Set(NOT_DATA.flatMap(expand));
const NOT_AFTER_SET = new Set(NOT_AFTER);

/** Premodifiers, case-insensitive (see `premodifiedAt`). */
const MODS = phraseTable(PREMODIFIERS, true);
const ADVICE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${trieAlternation(ADVICE_BEFORE)})\\s+` +
    '(?:(?:the|their|your|his|her|its|our|all|any|those|these|new|all of their|all your|all their)\\s+)?$',
  'iu',
);

/**
 * "used her administrator account", "used the stolen login of a contractor":
 * a credential as the means of access. Only with the user's own account or one
 * of a named insider or supplier: "used stolen credentials to access" is
 * mostly the data taken in a breach report.
 */
/** A verb of remedy right before a credential (up to three words between). */
const REMEDY_BEFORE = /(?<![\p{L}\p{N}])(?:changed|changing|reset|resetting|rotated|rotating|updated|revoked)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const INSTRUMENT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${trieAlternation(INSTRUMENT_BEFORE)})\\s+` +
    '(?<own>(?:his|her|their)(?:\\s+own)?\\s+)?(?:[\\p{L}-]+\\s+){0,2}$',
  'iu',
);

/** "… of a web-design contractor", "… belonging to an employee": whose account was used. */
const INSIDER_OWNER =
  /^\s+(?:of|belonging\s+to|from)\s+(?:a|an|the|one|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:contractor|subcontractor|employee|vendor|supplier|staff\s+member|worker|developer|partner|engineer|technician|consultant|colleague|administrator)s?(?![\p{L}\p{N}])/iu;

/**
 * One of COMPROMISE_CUES: exact words, and stems ("steal*") followed by the
 * rest of their word.
 */
export const COMPROMISE_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${trieAlternation(COMPROMISE_CUES.filter((w) => !w.endsWith('*')))}|` +
    `(?:${trieAlternation(COMPROMISE_CUES.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)))})\\p{L}*)` +
    '(?![\\p{L}\\p{N}])',
  'iu',
);
/** Phrases and blocked phrases, case-insensitive. */
const HEADS = phraseTable([...PHRASES.keys(), ...BLOCKED], true);

/**
 * What `(?<![\p{L}\p{N}])(?<head>HEADS)(?![\p{L}\p{N}])` (flags 'giu')
 * matches at `start`: the longest phrase ending at a token end.
 */
function phraseAt(view: string, start: number): LookupMatch | null {
  const end = phraseEnds(view, start, HEADS)[0];
  return end === undefined ? null : { end, groups: { head: view.slice(start, end) } };
}

/** Ends of the premodifiers at `start` (longest first) that a whitespace run follows, and where that run ends. */
function modifierEnds(view: string, start: number): [number, number][] {
  const out: [number, number][] = [];
  for (const end of phraseEnds(view, start, MODS)) {
    let next = end;
    while (next < view.length && /\s/.test(view[next]!)) next++;
    if (next > end) out.push([end, next]);
  }
  return out;
}

/**
 * What `(?<![\p{L}\p{N}])(?<mods>(?:MODS)\s+(?:(?:MODS)\s+)?)(?<head>HEADS)(?![\p{L}\p{N}])`
 * (flags 'giu') matches at `start`, in its backtracking order: the longest
 * first premodifier, then the longest second one or none, then the longest
 * phrase.
 */
function premodifiedAt(view: string, start: number): LookupMatch | null {
  for (const [, afterFirst] of modifierEnds(view, start)) {
    for (const [, afterSecond] of modifierEnds(view, afterFirst)) {
      const end = phraseEnds(view, afterSecond, HEADS)[0];
      if (end !== undefined) return { end, groups: { mods: view.slice(start, afterSecond), head: view.slice(afterSecond, end) } };
    }
    const end = phraseEnds(view, afterFirst, HEADS)[0];
    if (end !== undefined) return { end, groups: { mods: view.slice(start, afterFirst), head: view.slice(afterFirst, end) } };
  }
  return null;
}

/** The word right after `end` (spaces only), lower-cased, or null. */
function nextWord(view: string, end: number): string | null {
  const m = /^[ \t]+([\p{L}][\p{L}-]*)/u.exec(view.slice(end, end + 30));
  return m ? m[1]!.toLowerCase() : null;
}

function phraseHit(m: RegExpExecArray, ctx: RecognizeContext): CategoryHit | null {
  const head = m.groups?.['head'];
  if (head === undefined) return null;
  const key = phraseKey(head);
  if (BLOCKED.has(key)) return { kind: 'blocked' };
  const info = PHRASES.get(key);
  if (!info) return null;
  const end = m.index + m[0].length;
  // "personal data protection", "credit card skimmers", "password manager"
  const next = nextWord(ctx.view, end);
  if (next !== null && NOT_AFTER_SET.has(next)) return null;
  // "change their passwords", "handing over login credentials"
  const before = ctx.view.slice(Math.max(0, m.index - 40), m.index);
  if (ADVICE.test(before)) return null;
  // "used her administrator account to export …": the way in, not the data taken
  if (info.category === 'credential') {
    // "changed all maintenance passwords", "reset staff passwords": a remedy, not data taken
    if (REMEDY_BEFORE.test(before)) return null;
    const inst = INSTRUMENT.exec(before);
    if (inst !== null && (inst.groups?.['own'] !== undefined || INSIDER_OWNER.test(ctx.view.slice(end, end + 60)))) return null;
  }
  return { kind: 'data', info, premodified: m.groups?.['mods'] !== undefined };
}

const DETERMINERS = ['the', 'their', 'its', 'his', 'her', 'your', 'our', 'this', 'that', 'these', 'those', 'some',
  'all', 'any', 'all of the', 'all the', 'all of their', 'such', 'other', 'more', 'much', 'some of the', 'a lot of'];
/** "hackers accessed the …", "theft of …" right before a generic head. */
const FRAME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${trieAlternation(FRAME_VERBS_BEFORE)})\\s+(?:(?:${trieAlternation(DETERMINERS)})\\s+)?$`,
  'iu',
);
/** "… was stolen", "… that had been accessed", "… included names" right after a generic head. */
const FRAME_AFTER = new RegExp(
  '^(?:\\s+(?:that|which))?' +
    '(?:\\s+(?:was|were|is|are|has been|have been|had been|could have been|may have been|might have been|' +
    'could be|may be|might be|being|been|to be|has|have|had|also))?' +
    '(?:\\s+(?:also|all|potentially|possibly|allegedly|reportedly|illegally|improperly|not|then|later|' +
    'subsequently|apparently|likely|inadvertently|publicly|now|already))?' +
    `\\s+(?:${trieAlternation(FRAME_PARTICIPLES_AFTER)})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** "… of 6 million customers", "… on its users", "… belonging to patients". */
const FRAME_WHOSE = new RegExp(
  '^\\s+(?:of|on|about|from|belonging to)\\s+' +
    '(?:(?:over|more than|about|nearly|almost|some|up to|around|roughly|at least|its|their|the|all|of)\\s+)*' +
    '(?:[\\d,.]+(?:\\s+(?:million|billion|thousand))?\\s+|(?:millions|thousands|hundreds) of\\s+)?' +
    '(?:(?:of\\s+)?(?:its|their|the)\\s+)?(?:\\p{L}+\\s+)?' +
    '(?:customers|users|clients|patients|employees|members|subscribers|people|individuals|citizens|voters|' +
    'students|guests|account holders|consumers|victims|staff|passengers|players|visitors|residents|children)' +
    '(?![\\p{L}\\p{N}])',
  'iu',
);

function frameHit(m: RegExpExecArray, ctx: RecognizeContext): CategoryHit | null {
  const start = m.index;
  const end = start + m[0].length;
  const before = ctx.view.slice(Math.max(0, start - 40), start);
  const after = ctx.view.slice(end, end + 90);
  if (FRAME_WHOSE.test(after)) return { kind: 'frame', people: true };
  return FRAME_BEFORE.test(before) || FRAME_AFTER.test(after) ? { kind: 'frame', people: false } : null;
}

// ---------------------------------------------------------------------------
// Rules, in order (earlier rules win ties of equal length)

const CHILD = `(?:${trieAlternation(CHILD_NOUNS)})`;
/** "under the age of 14", "below 12", "aged under 10". */
const UNDER_AGE = '\\s+(?:under|below|younger\\s+than|aged\\s+under|aged\\s+below)\\s+(?:the\\s+age\\s+of\\s+)?(?<age>\\d{1,2}|ten|eleven|twelve|thirteen|fourteen)';
const AGE_WORDS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14 };
/** Data nouns whose owners may follow: "records of 3,000 children". */
const OWNED_DATA =
  '(?:records?|data|information|details|files|particulars|profiles|names|addresses|numbers|dates\\s+of\\s+birth|photos|photographs|histories|dossiers)';
const QTY = '(?:(?:about|nearly|over|more\\s+than|some|around|roughly|up\\s+to|at\\s+least|almost|tens\\s+of\\s+thousands\\s+of|thousands\\s+of|hundreds\\s+of)\\s+)?(?:[\\d][\\d,.]*\\s+(?:(?:million|thousand)\\s+)?)?';

/** A child-data hit, unless an age bound says the people are no children under 14 ("children under 18"). */
function minorHit(m: RegExpExecArray): CategoryHit | null {
  const raw = m.groups?.['age'];
  if (raw !== undefined) {
    const age = AGE_WORDS[raw.toLowerCase()] ?? Number(raw);
    if (!(age <= 14)) return null;
  }
  return { kind: 'data', info: { category: 'minor-data', sensitive: true, weak: false }, premodified: false };
}

export const CATEGORY_RULES: readonly Rule<CategoryHit>[] = [
  // "addresses", "telephone numbers", "transaction serial numbers", "personal information",
  // "passenger name records"; "domain names" (blocked)
  {
    id: 'categories/phrase',
    pattern: new LookupPattern(phraseAt, '(?<![\\p{L}\\p{N}])(?<head><phrases>)(?![\\p{L}\\p{N}])', 'giu'),
    extract: phraseHit,
  },
  // "customer names", "users' full names", "stolen passwords". A rule of its own:
  // with an optional premodifier, the first match at "passenger name records"
  // would be "passenger" + "name"; apart, the longer hit wins.
  {
    id: 'categories/premodified',
    pattern: new LookupPattern(
      premodifiedAt,
      '(?<![\\p{L}\\p{N}])(?<mods>(?:<premodifiers>)\\s+(?:(?:<premodifiers>)\\s+)?)(?<head><phrases>)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    extract: phraseHit,
  },
  // "hackers accessed the data", "the information was stolen", "data on 6 million customers"
  {
    id: 'categories/breach-frame',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${trieAlternation(GENERIC_HEADS)})(?![\\p{L}\\p{N}])`, 'giu'),
    extract: frameHit,
  },
  // "records of about 3,000 children under the age of 12", "home addresses of 80 pupils" (evidence: the children)
  {
    id: 'categories/minor-owners',
    pattern: new RegExp(
      `(?<=(?<![\\p{L}\\p{N}])${OWNED_DATA}\\s+(?:of|on|about|belonging\\s+to)\\s+${QTY}(?:(?:young|local|school|primary-school|kindergarten|the|their)\\s+)?)` +
        `(?<span>${CHILD}(?:${UNDER_AGE})?)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    extract: minorHit,
  },
  // "children under 14", "minors below the age of 12": data about them in a compromise sentence
  {
    id: 'categories/minor-age',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${CHILD}${UNDER_AGE}(?![\\p{L}\\p{N}])`, 'giu'),
    extract: minorHit,
  },
];

/** Possessives that make a weak phrase data ("their names"). */
export const POSSESSIVE_SET = new Set(POSSESSIVES);
