/**
 * Which dates, places and amounts belong to the incident: those in a sentence
 * that tells the event — a verb of the breach or its aftermath (stole, leaked,
 * sold, accessed, arrested, investigating, fined …) or a mention of the data
 * itself (a data category or a volume). A news story also carries background
 * ("Founded in 1998 in Ohio, the company…", "ransomware rose 50% in 2016"):
 * its dates and places are not the incident's.
 *
 * Words of other cyber events (attack, hack, ransomware, phishing, incident,
 * "affected") are left out on purpose: on CASIE's news, a date or place whose
 * sentence had only such a word belonged to the breach 4 times in 259.
 */
import type { Recognized } from '../recognizers/types.js';
import type { Segment } from '../segment/types.js';
import { rangeAt, sentenceRanges, type Range } from './sentences.js';
import { BUSINESS_FIGURES, LEGAL_CEILINGS } from '../recognizers/amounts/index.js';
import { LEGAL_THRESHOLDS } from '../recognizers/volumes/index.js';

const EVENT_CUE = new RegExp(
  '\\b(?:' +
    [
      'st(?:ole|olen|eal(?:s|ing)?)', 'leak(?:s|ed|ing)?', 'breach(?:es|ed)?',
      'compromis(?:e|ed|ing)', 'expos(?:e|ed|ing|ure)', 'access(?:ed|ing)?', 'infiltrated', 'exfiltrat(?:ed|ion)',
      'scraped', 'dump(?:s|ed)?', 'cop(?:y|ied|ying)', 'download(?:ed|ing)?', 'obtain(?:ed|ing)?', 'disclos(?:ed|ure)',
      'intrusion', 'unauthori[sz]ed', 'theft', 'posted', 'sold', 'sales?', 'sell(?:s|ing)?', 'resold', 'bought', 'purchas(?:ed|er|ers)', 'traded', 'trafficking',
      'investigat\\w*', 'probe[ds]?', 'arrest\\w*', 'apprehend\\w*', 'detain\\w*', 'caught', 'charged', 'prosecut\\w*',
      'sentenced', 'convicted', 'jailed', 'fined', 'complaint', 'notif(?:y|ied|ying)', 'detected',
      'lur(?:e|ed|ing)', 'trick(?:ed|ing)?', 'export\\w*', 'abus(?:e|ed|ing)',
      'misus\\w*', 'forward(?:ed|ing)', 'illegal\\w*', 'unlawful\\w*', 'profits?', 'earn(?:s|ed|ing)?', 'gains',
      'fine[ds]?', 'penalt(?:y|ies)', 'prison', 'police', 'court', 'prosecutors?', 'loss(?:es)?', 'suffered',
      'cheated', 'defrauded', 'scammed', 'swindled',
      'pass(?:ed|ing)', 'hand(?:ed|ing) over', 'provid(?:ed|ing)', 'shar(?:ed|ing)', 'flagged', 'came to light',
      'look(?:ed|ing) up', 'quer(?:y|ied|ies)', 'victims?', 'paid', 'pa(?:y|ys|ying)', 'charg(?:e|es|ing)',
      'exploit(?:ed|ing)', 'suspects?', 'alleged(?:ly)?', 'accused', 'complain(?:ed|ing|ts?)', 'listed',
      'advertis(?:ed|ing)', 'offered', 'detention', 'custody', 'scheme',
      'failed to (?:protect|secure|apply|implement|encrypt|safeguard)', 'security (?:measures|failings|lapses|flaws)',
      // an exposed database: found, reported, then secured
      'unprotected', 'unsecured', 'misconfigur\\w+', 'left (?:open|exposed|unsecured|unprotected|accessible)', 'secur(?:ed|ing) (?:the|its|their)',
      '(?:found|discovered|spotted|located) (?:the|an?|its) (?:\\w+ )?(?:database|server|bucket|cluster|repository|files|records)',
    ].join('|') +
    ')\\b',
  'i',
);

/**
 * A sentence about an earlier, other case: "The same seller previously
 * advertised data stolen from two agencies last year", "In an earlier breach
 * in 2019, …". Its dates and places are that case's.
 */
const EARLIER_CASE =
  /\b(?:previously|in (?:an?|the) (?:earlier|previous|prior|separate|unrelated) (?:case|incident|breach|attack|leak)|(?:an?|the) similar (?:case|incident|breach|attack|hack|leak)|(?:its|their) own (?:breach|leak|hack|incident))\b/i;

/**
 * A sentence of statistics: "In 2023, police across the province handled 316
 * such cases, up 18 percent from the previous year", "The regulator received
 * 157 data breach notifications last year". Its dates are the statistic's.
 */
export const STATISTIC = new RegExp(
  String.raw`\b(?:handled|solved|cracked|recorded|received|investigated|logged|registered|processed|saw|reported)\s+(?:a\s+(?:total\s+of|record)\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+|roughly\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:cases|notifications|reports|incidents|breaches|crimes|offences|offenses)\b` +
    String.raw`|\b\d[\d,]*\s+(?:such\s+|similar\s+|related\s+|data[\s-]breach\s+|fraud\s+|phishing\s+|scam\s+)?(?:cases|notifications|reports|incidents|breaches|crimes|offences|offenses)\s+(?:were|was|have\s+been|had\s+been)\s+(?:reported|recorded|handled|filed|logged|registered|solved|cracked|received)\b` +
    String.raw`|\b(?:police|official|government|latest)\s+(?:figures|statistics|data)\s+(?:show|showed|shows|released)\b` +
    String.raw`|\b(?:up|down|rose|fell|increased|decreased|grew|jumped|dropped)\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\b` +
    // "about 9 per cent more than in 2022"
    String.raw`|\b\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s+(?:more|fewer|less|higher|lower)\s+than\b`,
  'i',
);

/** A count of breaches or notifications: what a statistic of the trend counts. */
const BREACH_COUNT = /\b\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:breaches|notifications|incidents|attacks|leaks)\b/i;

/**
 * A date that only dates a thing named after it: "the 2016 presidential
 * election", "a March 19 tweet", "her 2016 bonus", "the 2009 settlement",
 * "Tuesday's briefing". Such a date tells when that thing was, not when the
 * incident was — unless the thing is the event itself ("the 2015 breach",
 * "Tuesday's attack", "the 2019 data leak").
 */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|her|his|its|their|our|my|your)|['\u2019]s)\s+$/i;
const NOUN_AFTER = /^(?:['\u2019]s)?((?:\s+[A-Za-z][A-Za-z-]*){1,4})/;
const EVENT_NOUN =
  /^(?:breach(?:es)?|attacks?|cyberattacks?|cyber-attacks?|hacks?|hacking|leaks?|incidents?|theft|thefts|intrusions?|compromise|heist|raids?|arrests?|sales?|dumps?|cases?|crackdown|investigations?|probe|scandal|campaign|operation|exposure|scam|fraud|ransomware|spree|attackers?|hackers?|thieves|criminals|intruders?)$/i;
const NOT_A_HEAD = new Set(
  ('and or to that when as by in on at of for with but through until the a an was were is are had has have it after before ' +
    'from till which who there this these those be been will would could may might did do does not').split(' '),
);

/**
 * A dateline: "LONDON, July 23 (Reuters) -", "HANGZHOU, Nov. 3 (Xinhua) --".
 * Its date is when the story was filed, not when the case happened.
 */
const DATELINE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}.' -]{1,40}(?:,[ \t]*\p{Lu}[\p{L}.]*)?,[ \t]*$/u;
const DATELINE_AFTER = /^(?:,?[ \t]*\d{4})?[ \t]*(?:\([\p{L}. ]{2,30}\)[ \t]*)?(?:-{1,2}|\u2014|\u2013|:)/u;

/** True when the date at [start, end) is a dateline's. */
export function isDatelineDate(view: string, start: number, end: number): boolean {
  return DATELINE_BEFORE.test(view.slice(Math.max(0, start - 48), start)) && DATELINE_AFTER.test(view.slice(end, end + 40));
}

/**
 * The place of a dateline: "TORONTO, April 19 (Reuters) -", "INDIANAPOLIS —",
 * "HONG KONG (REUTERS) -", "Hartford, Conn. (AP) —". It tells where the
 * story was filed, not where the case happened. The place opens a line (or the
 * text) and is in capitals, or is followed by an agency in parentheses.
 */
const LINE_START = /(?:^|\n)[ \t]*$/;
const DATELINE_PLACE_AFTER =
  /^(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?)?(?:,?[ \t]*\p{Lu}[\p{Ll}]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)?[ \t]*(\([\p{L}. ]{2,30}\)[ \t]*)?(?:-{1,2}|\u2014|\u2013)[ \t]/u;

/** True when the place at [start, end) is a dateline's. */
export function isDatelinePlace(view: string, start: number, end: number): boolean {
  if (!LINE_START.test(view.slice(Math.max(0, start - 8), start))) return false;
  const m = DATELINE_PLACE_AFTER.exec(view.slice(end, end + 60));
  if (!m) return false;
  const name = view.slice(start, end);
  return m[1] !== undefined || (/\p{Lu}{2}/u.test(name) && name === name.toUpperCase());
}

/** True when the date at [start, end) is an attribute of a noun that is not the event ("a March 19 tweet"). */
export function datesOtherThing(view: string, start: number, end: number): boolean {
  const after = view.slice(end, end + 60);
  const possessive = /^['\u2019]s\s/.test(after);
  if (!possessive && !DETERMINER_BEFORE.test(view.slice(Math.max(0, start - 8), start))) return false;
  const m = NOUN_AFTER.exec(after);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  if (NOT_A_HEAD.has(words[0]!.toLowerCase())) return false;
  for (const w of words) {
    if (EVENT_NOUN.test(w)) return false;
    if (NOT_A_HEAD.has(w.toLowerCase())) break;
  }
  return true;
}

type Ranged = { evidence: { start: number; end: number } };

/** Keeps dates, locations and amounts that sit in event sentences of the segment (and no legal ceilings). */
export function keepEventValues(view: string, seg: Segment, values: Recognized): Recognized {
  const sentences = sentenceRanges(view, seg.start, seg.end);
  // "Insurers reported more than 120 data breaches ... companies that hold sensitive financial data":
  // the data and counts of a statistic are not the case's.
  const statistic = new Map<Range, boolean>();
  const inStatistic = (i: Ranged): boolean => {
    const r = rangeAt(sentences, i.evidence.start);
    if (r === null) return false;
    let v = statistic.get(r);
    if (v === undefined) {
      const sentence = view.slice(r.start, r.end);
      // a count of breaches (a trend), not of cases a police campaign cracked and the data it seized
      statistic.set(r, (v = STATISTIC.test(sentence) && BREACH_COUNT.test(sentence)));
    }
    return v;
  };
  // "the law treats selling more than 5,000 pieces as serious": a threshold, no volume of the case.
  const volumes = values.volumes.filter((v) => !LEGAL_THRESHOLDS.has(v) && !inStatistic(v));
  const dataCategories = values.dataCategories.filter((c) => !inStatistic(c));
  const anchors = [...dataCategories, ...volumes].map((v) => v.evidence.start);
  // The first sentence of the story (after its headline).
  const bodyStart = seg.headline && seg.headline.end <= seg.end ? seg.headline.end : seg.start;
  const opening = sentences.find((r) => r.start >= bodyStart) ?? null;
  const cache = new Map<Range, boolean>();
  const eventful = (r: Range): boolean => {
    let v = cache.get(r);
    if (v === undefined) {
      const sentence = view.slice(r.start, r.end);
      // "In a separate case, police in Chengdu ..." opening the segment opens this very case.
      const other = (r !== opening && EARLIER_CASE.test(sentence)) || STATISTIC.test(sentence);
      v = !other && (EVENT_CUE.test(sentence) || anchors.some((a) => a >= r.start && a < r.end));
      cache.set(r, v);
    }
    return v;
  };
  const keep = <T extends Ranged>(items: T[]): T[] =>
    items.filter((i) => {
      const r = rangeAt(sentences, i.evidence.start);
      return r === null || eventful(r);
    });
  // A unit price ("HK$150 for each client's profile") tells the trade
  // wherever it stands.
  const kept = new Set(keep(values.amounts));
  const amounts = values.amounts.filter((a) => !LEGAL_CEILINGS.has(a) && !BUSINESS_FIGURES.has(a) && (kept.has(a) || (a.purpose === 'price' && a.per !== null)));
  const dates = keep(values.dates).filter(
    (d) => !datesOtherThing(view, d.evidence.start, d.evidence.end) && !isDatelineDate(view, d.evidence.start, d.evidence.end),
  );
  const locations = keep(values.locations).filter((l) => !isDatelinePlace(view, l.evidence.start, l.evidence.end));
  return { ...values, volumes, dataCategories, dates, locations, amounts };
}
