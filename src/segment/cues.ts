/**
 * Cues that a stretch of text tells a real case rather than background: an
 * event verb (stole, sold, leaked, hacked, arrested, breached …) near
 * something about data or people's information. Commentary on laws and
 * statistics ("the law sets fines of up to …") has no event verb.
 */

const EVENT_VERBS = [
  'sold', 'selling', 'sell', 'resold', 'reselling', 'bought', 'buying', 'purchased', 'traded', 'trading',
  'stole', 'stolen', 'stealing', 'theft', 'leaked', 'leaking', 'leak', 'leaks',
  'hacked', 'hacking', 'hackers?', 'breached', 'breach', 'breaches', 'intrusion', 'compromised',
  'exposed', 'exposing', 'accessed', 'unauthori[sz]ed access', 'infiltrated', 'exfiltrated', 'scraped', 'dumped',
  'copied', 'downloaded', 'obtained', 'obtaining', 'disclosed', 'disclosure', 'posted online',
  'arrested', 'apprehended', 'detained', 'caught', 'busted', 'cracked down', 'cracked', 'raided',
  'charged', 'prosecuted', 'indicted', 'sentenced', 'convicted', 'fined',
  'ransomware', 'extort(?:ed|ion)?', 'phishing', 'skimm(?:ed|ing)',
  'suspected of', 'investigat(?:ed|ing|ion)', 'probe', 'probed',
];

const DATA_CUES = [
  'personal (?:information|data|details)', 'information', 'data', 'records?', 'database', 'accounts?', 'passwords?',
  'customers?', 'users?', 'patients?', 'residents?', 'citizens?', 'clients?', 'employees?', 'members?',
  'names?', 'addresses', 'numbers', 'credentials', 'emails?', 'files?', 'details',
];

const EVENT = new RegExp(`\\b(?:${EVENT_VERBS.join('|')})\\b`, 'gi');
const DATA = new RegExp(`\\b(?:${DATA_CUES.join('|')})\\b`, 'i');

/** Counts event cues that have a data cue within the same sentence-sized window. */
export function incidentCueScore(view: string, start: number, end: number): number {
  EVENT.lastIndex = start;
  let score = 0;
  let m: RegExpExecArray | null;
  while ((m = EVENT.exec(view)) !== null && m.index < end) {
    const a = Math.max(start, m.index - 200);
    const b = Math.min(end, m.index + m[0].length + 200);
    if (DATA.test(view.slice(a, b))) score++;
  }
  return score;
}
