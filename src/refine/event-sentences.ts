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
import { LEGAL_CEILINGS } from '../recognizers/amounts/index.js';

const EVENT_CUE = new RegExp(
  '\\b(?:' +
    [
      'st(?:ole|olen|eal(?:s|ing)?)', 'leak(?:s|ed|ing)?', 'breach(?:es|ed)?',
      'compromis(?:e|ed|ing)', 'expos(?:e|ed|ing|ure)', 'access(?:ed|ing)?', 'infiltrated', 'exfiltrat(?:ed|ion)',
      'scraped', 'dump(?:s|ed)?', 'cop(?:y|ied|ying)', 'download(?:ed|ing)?', 'obtain(?:ed|ing)?', 'disclos(?:ed|ure)',
      'intrusion', 'unauthori[sz]ed', 'theft', 'posted', 'sold', 'sale', 'sell(?:s|ing)?', 'resold', 'bought', 'purchas(?:ed|er|ers)', 'traded', 'trafficking',
      'investigat\\w*', 'probe[ds]?', 'arrest\\w*', 'apprehend\\w*', 'detain\\w*', 'caught', 'charged', 'prosecut\\w*',
      'sentenced', 'convicted', 'jailed', 'fined', 'complaint', 'notif(?:y|ied|ying)', 'detected',
      'lur(?:e|ed|ing)', 'trick(?:ed|ing)?', 'export\\w*', 'abus(?:e|ed|ing)',
      'misus\\w*', 'forward(?:ed|ing)', 'illegal\\w*', 'unlawful\\w*', 'profits?', 'earn(?:s|ed|ing)?', 'gains',
      'fine[ds]?', 'penalt(?:y|ies)', 'prison', 'police', 'court', 'prosecutors?', 'losses',
      'pass(?:ed|ing)', 'hand(?:ed|ing) over', 'provid(?:ed|ing)', 'shar(?:ed|ing)', 'flagged', 'came to light',
      'look(?:ed|ing) up', 'quer(?:y|ied|ies)', 'victims?', 'paid', 'pa(?:y|ys|ying)', 'charg(?:e|es|ing)',
      'exploit(?:ed|ing)', 'suspects?', 'alleged(?:ly)?', 'accused', 'complain(?:ed|ing|ts?)', 'listed',
      'advertis(?:ed|ing)', 'offered', 'detention', 'custody', 'scheme',
      'failed to (?:protect|secure|apply|implement|encrypt|safeguard)', 'security (?:measures|failings|lapses|flaws)',
    ].join('|') +
    ')\\b',
  'i',
);

/**
 * A sentence about an earlier, other case: "The same seller previously
 * advertised data stolen from two agencies last year", "In an earlier breach
 * in 2019, …". Its dates and places are that case's.
 */
const EARLIER_CASE = /\b(?:previously|in (?:an?|the) (?:earlier|previous|prior|separate|unrelated) (?:case|incident|breach|attack|leak))\b/i;

type Ranged = { evidence: { start: number; end: number } };

/** Keeps dates, locations and amounts that sit in event sentences of the segment (and no legal ceilings). */
export function keepEventValues(view: string, seg: Segment, values: Recognized): Recognized {
  const sentences = sentenceRanges(view, seg.start, seg.end);
  const anchors = [...values.dataCategories, ...values.volumes].map((v) => v.evidence.start);
  const cache = new Map<Range, boolean>();
  const eventful = (r: Range): boolean => {
    let v = cache.get(r);
    if (v === undefined) {
      const sentence = view.slice(r.start, r.end);
      v = !EARLIER_CASE.test(sentence) && (EVENT_CUE.test(sentence) || anchors.some((a) => a >= r.start && a < r.end));
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
  const amounts = values.amounts.filter((a) => !LEGAL_CEILINGS.has(a) && (kept.has(a) || (a.purpose === 'price' && a.per !== null)));
  return { ...values, dates: keep(values.dates), locations: keep(values.locations), amounts };
}
