/**
 * Cues that a stretch of text tells a real case rather than background: an
 * event verb (stole, sold, leaked, hacked, arrested, breached …) near
 * something about data or people's information. Commentary on laws and
 * statistics ("the law sets fines of up to …") has no event verb.
 */
import { sentenceAround } from '../recognizers/numbers.js';

/**
 * Finite or participle forms only: an event that happened. Gerunds and nouns
 * ("selling or providing personal information is a crime", "data breaches
 * are rising") describe the law or the trend, not a case.
 */
const EVENT_VERBS = [
  'sold', 'resold', 'bought', 'purchased', 'traded', 'stole', 'stolen', 'leaked',
  'hacked', 'breached', 'compromised', 'exposed', 'accessed', 'infiltrated', 'exfiltrated', 'scraped', 'dumped',
  'copied', 'downloaded', 'obtained', 'disclosed', 'posted online', 'published online', 'harvested', 'collected illegally',
  'arrested', 'apprehended', 'detained', 'caught', 'busted', 'cracked down', 'raided', 'dismantled', 'seized',
  'charged', 'prosecuted', 'indicted', 'sentenced', 'convicted', 'fined', 'jailed', 'imprisoned',
  'extorted', 'encrypted', 'skimmed', 'phished', 'suspected of', 'accused of',
  'investigated', 'investigating', 'probed', 'probing', 'notified', 'confirmed', 'discovered', 'detected',
  'was hit by', 'were hit by', 'fell victim',
  'forwarded', 'handed over', 'passed on', 'offered for sale', 'put up for sale', 'complained', 'traced',
  'received an? (?:administrative )?fine',
];

const DATA_CUES = [
  'personal (?:information|data|details)', 'information', 'data', 'records?', 'database', 'accounts?', 'passwords?',
  'customers?', 'users?', 'patients?', 'residents?', 'citizens?', 'clients?', 'employees?', 'members?',
  'names?', 'addresses', 'numbers', 'credentials', 'emails?', 'files?', 'details', 'profiles?', 'dossiers?',
  'lists?', 'r[ée]sum[ée]s', 'documents?', 'photos', 'logs', 'subscribers?', 'passengers?', 'guests?', 'students?',
];

/**
 * Nouns and gerunds of the field: enough to call a one-section news story a
 * case ("a data breach at the hospital", "hackers behind the attack"), not
 * enough to make a background paragraph of a round-up one.
 */
const TOPIC_WORDS = [
  'breach(?:es)?', 'data breach(?:es)?', 'hack(?:s|ing)?', 'hackers?', 'cyber ?attacks?', 'attacks?', 'attackers?',
  'leaks?', 'leaking', 'theft', 'ransomware', 'phishing', 'malware', 'spyware', 'scams?', 'fraud(?:sters)?',
  'intrusion', 'unauthori[sz]ed access', 'stealing', 'selling', 'exposure', 'compromise', 'vulnerabilit(?:y|ies)',
  'exploit(?:ed|s)?', 'skimming', 'dump',
];

const TOPIC = new RegExp(`\\b(?:${TOPIC_WORDS.join('|')})\\b`, 'gi');

/** Counts topic words (nouns, gerunds) in the range. */
export function topicScore(view: string, start: number, end: number): number {
  TOPIC.lastIndex = start;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = TOPIC.exec(view)) !== null && m.index < end) n++;
  return n;
}

const EVENT = new RegExp(`\\b(?:${EVENT_VERBS.join('|')})\\b`, 'gi');
const DATA = new RegExp(`\\b(?:${DATA_CUES.join('|')})\\b`, 'i');

/**
 * A sentence that imagines a case: "Consider a hypothetical gym that ...",
 * "If an employee copied the list and sold it for, say, 10,000 yuan, that
 * would ...", "Imagine a clinic that emails ...".
 */
/** The sentence around `[from, to)`, at most 200 characters to each side. */
const sentenceText = (view: string, from: number, to: number): string => view.slice(...sentenceAround(view, from, to, 200));

const HYPOTHETICAL = /\b(?:if|imagine|suppose|supposing|hypothetical(?:ly)?|consider\s+an?)\b|,\s*say,/i;

/**
 * A participle used as an adjective, no event of a case: "the trade in
 * stolen data", "how quickly leaked records appear". It stands after a
 * determiner or a preposition and before a data noun.
 */
const ADJECTIVE_BEFORE = /(?:^|[\s,(])(?:the|a|an|of|in|for|with|on|about|from|and|or|how\s+(?:quickly|often|much|many)|such|more|most|any|all|some|no)\s+$/i;
const DATA_NOUN_AFTER = /^\s+(?:[a-z-]+\s+)?(?:data|records?|information|details|accounts?|files|credentials|passwords|databases?|documents|e-?mails?|cards?|numbers)\b/i;
/** "will be fined", "could be leaked", "may have been accessed": what might happen, not what did. */
const MODAL_BEFORE = /\b(?:will|would|could|can|may|might|should|must|shall)\s+(?:not\s+)?(?:(?:possibly|probably|likely|also|then|still|easily|ever|never|even)\s+)?(?:be\s+|have\s+been\s+|get\s+)?(?:[a-z]+(?:ed|en),\s+(?:[a-z]+(?:ed|en),?\s+)*(?:and\s+|or\s+)?(?:possibly\s+|probably\s+)?)?$/i;

/** True when the event word at [at, end) is an adjective or a modal's, not a case's event. */
function notAnEvent(view: string, at: number, end: number): boolean {
  const before = view.slice(Math.max(0, at - 60), at);
  if (MODAL_BEFORE.test(before)) return true;
  return ADJECTIVE_BEFORE.test(before) && DATA_NOUN_AFTER.test(view.slice(end, end + 40));
}

/** Counts event cues that have a data cue within the same sentence-sized window (imagined cases aside). */
export function incidentCueScore(view: string, start: number, end: number): number {
  EVENT.lastIndex = start;
  let score = 0;
  let m: RegExpExecArray | null;
  while ((m = EVENT.exec(view)) !== null && m.index < end) {
    const a = Math.max(start, m.index - 200);
    const b = Math.min(end, m.index + m[0].length + 200);
    if (notAnEvent(view, m.index, m.index + m[0].length)) continue;
    if (DATA.test(view.slice(a, b)) && !HYPOTHETICAL.test(sentenceText(view, m.index, m.index + m[0].length))) score++;
  }
  return score;
}
