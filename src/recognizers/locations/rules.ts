/**
 * Location rules: the gazetteer compiled into one case-sensitive pattern, the
 * guards that keep organisation names and person names out, and the
 * "<Name> District of <City>" pattern for districts the gazetteer lacks.
 */
import type { Location } from '../../schema.js';
import type { RecognizeContext, Rule } from '../types.js';
import { LookupPattern, phraseEnds, phraseTable } from '../runner.js';
import {
  AMBIGUOUS_DEFAULTS,
  COUNTRIES,
  CN_CITIES,
  CN_COUNTY_CITIES,
  CN_DISTRICTS,
  CN_NEW_AREAS,
  CN_TOWNS,
  HK_DISTRICTS,
  CN_PROVINCES,
  LOCATIVE_PREPOSITIONS,
  NEEDS_PREPOSITION,
  NOT_PLACES,
  ORG_HEADS,
  ORG_OF_HEADS,
  PERSON_LIKE,
  SENTENCE_STARTERS,
  SUBDIVISIONS,
  UNRESOLVED,
  WORLD_CITIES,
  type Level,
} from './gazetteer.js';

/** A place without its evidence. */
export type Place = Omit<Location, 'evidence'>;

/**
 * What a gazetteer hit stands for: candidate places; an organisation name; or
 * a place name used as a person's name here ("Rick Holland"), which makes
 * index.ts drop the same name elsewhere in the document ("Holland said").
 */
export type PlaceHit =
  | { kind: 'place'; key: string; candidates: readonly Place[] }
  | { kind: 'blocked'; key: string }
  | { kind: 'person'; key: string };

// ---------------------------------------------------------------------------
// Pattern building



/** Collapses whitespace runs: the key of a matched name in the lookup table. */
export function keyOf(s: string): string {
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

// ---------------------------------------------------------------------------
// Gazetteer compilation

const names = (s: string): string[] => s.split('|');
const PLACES = new Map<string, Place[]>();
const BLOCKED = new Set<string>();

function add(alias: string, place: Place): void {
  const list = PLACES.get(alias) ?? [];
  if (!list.some((p) => p.name === place.name && p.region === place.region && p.country === place.country)) list.push(place);
  PLACES.set(alias, list);
}

function addAll(aliases: readonly string[], place: Place): void {
  for (const a of aliases) add(a, place);
}

for (const [code, list] of COUNTRIES) {
  const all = names(list);
  addAll(all, { name: all[0]!, country: code, region: null, level: 'country' });
}

for (const [region, list, kind] of CN_PROVINCES) {
  const all = names(list);
  const name = all[0]!;
  if (kind === 'sar') {
    // Hong Kong, Macau, Taiwan: their COUNTRIES entry gains the CN-xx region.
    for (const [alias, places] of PLACES) {
      for (const [i, p] of places.entries()) {
        if (p.name === name && p.level === 'country') places[i] = { ...p, region, level: 'province' };
      }
      PLACES.set(alias, places);
    }
    continue;
  }
  const level: Level = kind === 'municipality' ? 'city' : 'province';
  const place: Place = { name, country: 'CN', region, level };
  const suffixes =
    kind === 'municipality'
      ? [' Municipality', ' municipality', ' City', ' city']
      : kind === 'province'
        ? [' Province', ' province']
        : [' Autonomous Region', ' region'];
  addAll(all, place);
  addAll(
    all.flatMap((a) => suffixes.map((s) => a + s)),
    place,
  );
}

for (const [region, list] of Object.entries(CN_CITIES)) {
  const country = region === 'CN-HK' ? 'HK' : region === 'CN-TW' ? 'TW' : 'CN';
  for (const entry of list) {
    const all = names(entry);
    const place: Place = { name: all[0]!, country, region, level: 'city' };
    addAll(all, place);
    addAll(
      all.filter((a) => !a.endsWith(' City')).flatMap((a) => [`${a} City`, `${a} city`]),
      place,
    );
  }
}

for (const [region, list] of Object.entries(CN_COUNTY_CITIES)) {
  for (const entry of list) {
    const all = names(entry);
    const place: Place = { name: all[0]!, country: 'CN', region, level: 'city' };
    addAll(all, place);
    addAll(
      all.map((a) => `${a} City`),
      place,
    );
  }
}

for (const [region, list] of Object.entries(CN_TOWNS)) {
  for (const entry of list) {
    const all = names(entry);
    addAll(all, { name: all[0]!, country: 'CN', region, level: 'district' });
  }
}

for (const entry of HK_DISTRICTS) {
  const all = names(entry);
  const place: Place = { name: all[0]!, country: 'HK', region: 'CN-HK', level: 'district' };
  addAll([...all, ...all.map((a) => `${a} District`)], place);
}

for (const [region, { bare, suffixed }] of Object.entries(CN_DISTRICTS)) {
  for (const [entries, alone] of [
    [bare, true],
    [suffixed, false],
  ] as const) {
    for (const entry of entries) {
      const all = names(entry);
      const place: Place = { name: `${all[0]!} District`, country: 'CN', region, level: 'district' };
      addAll(
        all.flatMap((a) => [`${a} District`, `${a} district`, ...(alone ? [a] : [])]),
        place,
      );
    }
  }
}

for (const [region, list] of CN_NEW_AREAS) {
  const all = names(list);
  addAll(all, { name: all[0]!, country: 'CN', region, level: 'district' });
}

for (const [region, list] of SUBDIVISIONS) {
  const all = names(list);
  addAll(all, { name: all[0]!, country: region.slice(0, 2), region, level: 'province' });
}

for (const [country, region, list] of WORLD_CITIES) {
  const all = names(list);
  addAll(all, { name: all[0]!, country, region, level: 'city' });
}

for (const n of NOT_PLACES) BLOCKED.add(n);

// Headings, banners and datelines in capitals: "CHINA", "HONG KONG",
// "INDIANAPOLIS (AP)". Short names stay out ("IN", "GA" would be words and
// codes, and "US" is already listed). CAPS_OF maps a copy to its name.
const CAPS_OF = new Map<string, string>();
for (const alias of [...PLACES.keys()]) {
  const upper = alias.toUpperCase();
  if (upper !== alias && upper.replace(/[^A-Z]/g, '').length >= 4 && !PLACES.has(upper)) {
    PLACES.set(upper, PLACES.get(alias)!);
    CAPS_OF.set(upper, alias);
  }
}

// ---------------------------------------------------------------------------
// Guards

const PERSON_LIKE_SET = new Set(PERSON_LIKE);
const NEEDS_PREPOSITION_SET = new Set(NEEDS_PREPOSITION);
const LOCATIVE_SET = new Set(LOCATIVE_PREPOSITIONS);
const ORG_HEAD_SET = new Set(ORG_HEADS);
const ORG_OF_HEAD_SET = new Set(ORG_OF_HEADS);
const STARTER_SET = new Set(SENTENCE_STARTERS);
const US_ALIASES = new Set(['US', 'U.S.', 'USA', 'U.S.A.']);

const WORD_CHAR = /[\p{L}\p{N}'.&-]/u;

/**
 * The word right before `start`, separated by spaces only (same line), or
 * null. Scans at most 40 characters: the guards must stay linear.
 */
function wordBefore(view: string, start: number): string | null {
  let i = start;
  while (i > 0 && (view[i - 1] === ' ' || view[i - 1] === '\t')) i--;
  if (i === start) return null;
  const end = i;
  const lo = Math.max(0, end - 40);
  while (i > lo && WORD_CHAR.test(view[i - 1]!)) i--;
  return i < end ? view.slice(i, end) : null;
}

/** Up to `n` words right after `end`, each separated by spaces only; trailing "." and "'" dropped. */
function wordsAfter(view: string, end: number, n: number): string[] {
  const out: string[] = [];
  let i = end;
  for (let k = 0; k < n; k++) {
    const s = i;
    while (i < view.length && (view[i] === ' ' || view[i] === '\t')) i++;
    if (i === s || i >= view.length || !/[\p{L}\p{N}&]/u.test(view[i]!)) break;
    const w = i;
    const hi = Math.min(view.length, w + 40);
    while (i < hi && WORD_CHAR.test(view[i]!)) i++;
    out.push(view.slice(w, i).replace(/[.']+$/, ''));
  }
  return out;
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isAllCaps = (w: string): boolean => /^\p{Lu}{2,}$/u.test(w);

/**
 * True when the words around a place and the capitalised words after it
 * (`[start, chainEnd)`) are mostly capitalised too, as in a title ("Hackers In
 * China Steal Health Data"): there a capitalised word after a place says
 * nothing about an organisation name.
 */
function inTitleCase(view: string, start: number, chainEnd: number): boolean {
  const around = `${view.slice(Math.max(0, start - 60), start)} ${view.slice(chainEnd, chainEnd + 60)}`;
  const words = around.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 2) return false;
  return words.filter(isCapitalised).length / words.length >= 0.8;
}

/**
 * "China Mobile", "Washington Post", "Shanghai Pudong Development Bank",
 * "New York Times Co": a place followed by an organisation head noun, directly
 * or (outside titles) after at most two more capitalised words.
 */
function startsOrgName(view: string, start: number, end: number): boolean {
  // Most places are followed by a lower-case word or punctuation: decide on one character.
  let i = end;
  while (view[i] === ' ' || view[i] === '\t') i++;
  if (i === end || !/\p{Lu}/u.test(view[i] ?? '')) return false;
  const after = wordsAfter(view, end, 3);
  if (after[0] === undefined) return false;
  if (ORG_HEAD_SET.has(after[0])) return true;
  for (const [k, w] of after.entries()) {
    if (k === 0) continue;
    if (!isCapitalised(w) && w !== '&' && w !== 'and') return false;
    if (ORG_HEAD_SET.has(w)) {
      const chainEnd = view.indexOf(w, end) + w.length;
      return !inTitleCase(view, start, chainEnd);
    }
  }
  return false;
}

/** "Bank of America", "University of California", "Museum of the City of London". */
function endsOrgOfName(view: string, start: number): boolean {
  // Cheap test first: most places are not right after "of".
  if (!/\bof[ \t]+(?:the[ \t]+)?$/.test(view.slice(Math.max(0, start - 8), start))) return false;
  const m = /([\p{L}]+)[ \t]+of[ \t]+(?:the[ \t]+)?$/u.exec(view.slice(Math.max(0, start - 40), start));
  return m !== null && ORG_OF_HEAD_SET.has(m[1]!);
}

/** "Michael Jordan", "Paris Hilton": a PERSON_LIKE name next to a capitalised word. */
function looksLikePersonName(view: string, start: number, end: number): boolean {
  const before = wordBefore(view, start);
  if (before !== null && isCapitalised(before) && !STARTER_SET.has(before) && !/[.]$/.test(before) && !PLACES.has(before)) {
    return true;
  }
  const after = wordsAfter(view, end, 1)[0];
  return after !== undefined && isCapitalised(after) && !PLACES.has(after);
}

/**
 * Checks one gazetteer match against the guards; returns what it stands for,
 * or null when it is no place.
 */
function gazetteerHit(m: RegExpExecArray, ctx: RecognizeContext): PlaceHit | null {
  const key = keyOf(m[0]);
  if (BLOCKED.has(key)) return { kind: 'blocked', key };
  const candidates = PLACES.get(key);
  if (!candidates) return null;
  const { view } = ctx;
  const start = m.index;
  const end = start + m[0].length;
  const name = CAPS_OF.get(key) ?? key;
  // "NICE's cloud server": a capitals copy counts only in a capitals line or at a line start.
  if (name !== key && !inCapitals(view, start, end)) return null;
  if (US_ALIASES.has(key)) {
    // "US$191", "US-CERT": a currency or an acronym prefix.
    if (/^[$-]/.test(view.slice(end, end + 1))) return null;
    // "LET US KNOW": "US" inside text set in capitals.
    const before = wordBefore(view, start);
    if (key === 'US' && before !== null && isAllCaps(before)) return null;
  }
  if (NEEDS_PREPOSITION_SET.has(name)) {
    const before = wordBefore(view, start);
    if (before === null || !LOCATIVE_SET.has(before.toLowerCase())) return null;
  }
  if (PERSON_LIKE_SET.has(name) && looksLikePersonName(view, start, end)) return { kind: 'person', key: name };
  if (startsOrgName(view, start, end) || endsOrgOfName(view, start)) return null;
  return { kind: 'place', key: name, candidates };
}

/** At a line start, or next to another word in capitals ("BEIJING, CHINA"). */
function inCapitals(view: string, start: number, end: number): boolean {
  if (start === 0 || view[start - 1] === '\n') return true;
  const before = wordBefore(view, start);
  const after = wordsAfter(view, end, 1)[0];
  return (before !== null && isAllCaps(before)) || (after !== undefined && isAllCaps(after));
}

/**
 * Every alias and blocked name, case-sensitive, longest first at each position:
 * `(?<![\p{L}\p{N}])(?:<aliases>)(?![\p{L}\p{N}])` with flags 'gu', found
 * by lookup (runner.ts `LookupPattern`: a regex of ~4,000 names took ~130 ms
 * to compile on its first exec).
 */
const ALIASES = phraseTable([...PLACES.keys(), ...BLOCKED]);
const GAZETTEER = new LookupPattern((view, start) => {
  const end = phraseEnds(view, start, ALIASES)[0];
  return end === undefined ? null : { end };
}, '(?<![\\p{L}\\p{N}])(?:<gazetteer>)(?![\\p{L}\\p{N}])');

/** Chinese cities and municipalities, for the district-of-city rule. */
function chineseCityAt(s: string): Place | null {
  const first = PLACES.get(keyOf(s));
  const city = first?.find((p) => p.country === 'CN' && p.level === 'city');
  return city ?? null;
}

const CITY_WORD = "\\p{Lu}[\\p{Ll}]+(?:'[\\p{Ll}]+)?(?:\\s+\\p{Lu}[\\p{Ll}]+)?";

/**
 * One Hanyu Pinyin syllable (toneless): an initial and a final. Names made
 * only of these ("Licheng", "Zhengxiang", "Xi'an") are Chinese; "Financial",
 * "Central" and "Business" are not.
 */
const PINYIN_SYLLABLE =
  "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|ue|er|a|o|e|i|u|ü)";
const PINYIN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}'?){2,4}$`, 'u');

/** True when `name` ("Licheng", "Zhengxiang") reads as two to four pinyin syllables. */
export function isPinyinName(name: string): boolean {
  return PINYIN_NAME.test(name.toLowerCase());
}

// ---------------------------------------------------------------------------
// Rules, in order (earlier rules win ties of equal length)

export const LOCATION_RULES: readonly Rule<PlaceHit>[] = [
  // "Zhabei District", "Pudong New Area", "China", "U.S.", "Xi'an"; "Bank of China" (blocked)
  { id: 'locations/gazetteer', pattern: GAZETTEER, extract: gazetteerHit },
  // "Jinshui District of Zhengzhou", "Jinshui District, Zhengzhou", "Zhengzhou's Jinshui District":
  // a district the gazetteer lacks, placed by the Chinese city next to it. The
  // evidence is the `span` group (the district); the city is a hit of its own.
  {
    id: 'locations/district-of-city',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?<before>(?:${CITY_WORD})(?:\\s+City)?'s\\s+)?(?<span>\\p{Lu}\\p{Ll}+(?:'\\p{Ll}+)?\\s+(?:District|County))(?<after>(?:,|\\s+of|\\s+in)\\s+${CITY_WORD})?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    extract: (m) => {
      const before = m.groups?.['before'];
      const after = m.groups?.['after'];
      const cityName = before
        ? before.replace(/'s\s+$/, '').replace(/\s+City$/, '')
        : after
          ? after.replace(/^(?:,|\s+of|\s+in)\s+/, '')
          : null;
      if (cityName === null) return null;
      const city = chineseCityAt(cityName);
      if (!city) return null;
      const name = keyOf(m.groups?.['span'] ?? '').replace(/ district$/, ' District').replace(/ county$/, ' County');
      return { kind: 'place', key: name, candidates: [{ name, country: 'CN', region: city.region, level: 'district' }] };
    },
  },
  // "Licheng district", "Zhengxiang District", "Yuhang county": a district the
  // gazetteer lacks and no city places, in a text about China, when its name
  // reads as pinyin ("the Central Business District" does not).
  {
    id: 'locations/pinyin-district',
    pattern: /(?<![\p{L}\p{N}])(?<span>(?<name>\p{Lu}\p{Ll}+(?:'\p{Ll}+)?)\s+(?:[Dd]istrict|[Cc]ounty))(?![\p{L}\p{N}])/gu,
    extract: (m, ctx) => {
      const base = m.groups?.['name'] ?? '';
      if (!isPinyinName(base) || !chineseText(ctx.view)) return null;
      const name = `${base} ${/county$/i.test(m.groups?.['span'] ?? '') ? 'County' : 'District'}`;
      return { kind: 'place', key: name, candidates: [{ name, country: 'CN', region: null, level: 'district' }] };
    },
  },
];

/** A text about China: pinyin-shaped districts are read only there. */
const CHINESE_TEXT = /\b(?:China|Chinese|yuan|RMB|renminbi|Beijing|Shanghai)\b/;
let lastView: string | null = null;
let lastChinese = false;
/** `CHINESE_TEXT` on the whole view, once per document (the rule may fire often). */
function chineseText(view: string): boolean {
  if (view !== lastView) {
    lastView = view;
    lastChinese = CHINESE_TEXT.test(view);
  }
  return lastChinese;
}

export { AMBIGUOUS_DEFAULTS, UNRESOLVED };
