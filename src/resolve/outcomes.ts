/**
 * Outcomes: arrests, detentions, investigations, charges, sentences, fines,
 * complaints, remediation. Rules over the abstracted sentence, like the role
 * frames: each gives a type, the mentions that are its subjects and agent,
 * and a count or a term where the text states one.
 */
import type { Money, OutcomeType } from '../schema.js';
import { type Abstracted, CLOSE, OPEN, OPEN_REL, idsIn, toText } from './abstract.js';
import { readNumber } from './patterns.js';
import type { Mention } from './types.js';
import { execAll } from '../recognizers/runner.js';

const TOKEN = `[${OPEN}${OPEN_REL}]\\d+${CLOSE}`;
const CONJ = `${OPEN}\\d+${CLOSE}`;
const A = `(?<a>${TOKEN})`;
const BS = `(?<b>${TOKEN}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${CONJ})*)`;
const B = `(?<b>${TOKEN})`;
/** A relative pronoun's token: ", who ran a business," between a subject and its verb. */
const REL = `${OPEN_REL}\\d+${CLOSE}`;
const GAP = `(?:(?![${OPEN}${OPEN_REL}]|\\bnot\\b|\\bnever\\b|;)[^.!?${CLOSE}]){0,50}?`;
const BE = `(?:was|were|had\\s+been|has\\s+been|have\\s+been|being|got|is|are|will\\s+be)\\s+(?:\\w+\\s+){0,2}?`;
const NUM = `(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`;
/** "three years and six months", "18 months", "a three-year prison term". */
const TERM = `(?<term>(?<y>${NUM}|a|an)[\\s-]+years?(?:\\s+and\\s+(?<ym>${NUM})\\s+months?)?|(?<m>${NUM})[\\s-]+months?)`;

export interface OutcomeRule {
  id: string;
  type: OutcomeType;
  pattern: RegExp;
  /** A necessary condition of `pattern`, tested first (see roles-rules.ts `Frame.cue`). */
  cue?: RegExp;
}

const cue = (src: string): RegExp => new RegExp(src, 'i');

const ARREST = 'arrested|apprehended|caught|busted|nabbed|captured|rounded\\s+up';
const ARREST_ING = 'arresting|apprehending|nabbing|rounding\\s+up';
/** Detention without "was": "placed under criminal detention"; "detained" needs it ("police have detained" is active). */
const DETAIN = 'held\\s+in\\s+(?:criminal\\s+)?detention|placed\\s+under\\s+(?:criminal\\s+)?(?:detention|custody)|taken\\s+into\\s+(?:police\\s+)?custody';
/** "charged Lin between 50 and 140 yuan": a price, no charge. */
const NOT_PRICE = '(?!\\s+(?:between\\s+)?(?:[$€£¥]|\\d|RMB|USD|CNY|HKD|up\\s+to|about|around|roughly|a\\s+fee|fees))';
const CHARGE = 'charged|indicted|prosecuted';

/** The rules, in order; every match is one outcome before merging. */
export const OUTCOME_RULES: readonly OutcomeRule[] = [
  // "Police apprehended a 10-member gang"
  { id: 'outcomes/arrest', cue: cue(`\\b(?:${ARREST}|${ARREST_ING}|took\\s+into\\s+custody)\\s`), type: 'arrest', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>${ARREST}|${ARREST_ING}|took\\s+into\\s+custody)\\s+${BS}`, 'gi') },
  // "All three men were arrested", "who was then apprehended", "Lin and Wu were arrested"
  { id: 'outcomes/arrest-passive', cue: cue(`\\s(?:${ARREST})\\b`), type: 'arrest', pattern: new RegExp(`${BS}${GAP}\\b${BE}(?<v>${ARREST})\\b(?:\\s+by\\s+${A})?`, 'gi') },
  // "the arrest of two suspects", "arrests were made"
  { id: 'outcomes/arrest-noun', cue: /\barrests?\s/i, type: 'arrest', pattern: new RegExp(`\\b(?<v>arrests?)\\s+of\\s+${BS}|\\b(?<v2>arrests?)\\s+(?:were|was|have\\s+been|has\\s+been)\\s+made\\b`, 'gi') },
  // "police detained the suspect"
  { id: 'outcomes/detention', cue: /\bdetain(?:ed|ing)\s/i, type: 'detention', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>detained|detaining)\\s+${BS}`, 'gi') },
  { id: 'outcomes/detention-passive', cue: cue(`(?:detained|${DETAIN})`), type: 'detention', pattern: new RegExp(`${BS}${GAP}\\b(?:${BE}(?<v>detained|${DETAIN})|(?<v2>${DETAIN}))\\b`, 'gi') },
  // "X was charged with", "prosecutors charged two men"
  { id: 'outcomes/charge', cue: cue(`\\b(?:${CHARGE})\\s`), type: 'charge', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>${CHARGE})\\s+${BS}${NOT_PRICE}`, 'gi') },
  { id: 'outcomes/charge-passive', cue: cue(`\\s(?:${CHARGE})\\b`), type: 'charge', pattern: new RegExp(`${BS}${GAP}\\b${BE}(?<v>${CHARGE})\\b${NOT_PRICE}`, 'gi') },
  // "was sentenced to three years and six months in prison", "the court sentenced Wang to 18 months"
  { id: 'outcomes/sentence-passive', cue: /\s(?:sentenced|jailed)\s+(?:to|for)\s/i, type: 'sentence', pattern: new RegExp(`${B}${GAP}\\b${BE}(?<v>sentenced|jailed)\\s+(?:to|for)\\s+(?:\\w+\\s+){0,2}?${TERM}`, 'gi') },
  { id: 'outcomes/sentence', cue: /\b(?:sentenced|jailed)\s/i, type: 'sentence', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>sentenced|jailed)\\s+${BS}\\s+(?:to|for)\\s+(?:\\w+\\s+){0,2}?${TERM}`, 'gi') },
  // "sentenced Gu Wei, 41, a former manager, to three years": an appositive between the defendant and the term
  { id: 'outcomes/sentence-appositive', cue: /\b(?:sentenced|jailed)\s/i, type: 'sentence', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>sentenced|jailed)\\s+(?:,?\\s*(?:aged\\s+)?\\d{1,2}\\s*,\\s*)?${B}(?:\\s*,[^.;!?${OPEN}]{0,40}?,)?\\s*,?\\s*(?:to|for)\\s+(?:\\w+\\s+){0,2}?${TERM}`, 'gi') },
  // "was sentenced to six months" with the defendant far before: the term, no subject
  { id: 'outcomes/sentence-term', cue: /\b(?:sentenced|jailed)\s+(?:to|for)\s/i, type: 'sentence', pattern: new RegExp(`\\b(?<v>sentenced|jailed)\\s+(?:to|for)\\s+(?:\\w+\\s+){0,2}?${TERM}`, 'gi') },
  // "cut his sentence to one year and eight months", "reduced Wang's term to 18 months"
  {
    id: 'outcomes/sentence-reduced', cue: /\b(?:cut|cuts|reduced|reduces|reducing|cutting|lowered|commuted)\s/i, type: 'sentence',
    pattern: new RegExp(`\\b(?<v>cut|cuts|reduced|reduces|reducing|cutting|lowered|commuted)\\s+(?:(?:the|his|her|their)\\s+|${B}(?:'s?)?\\s+)(?:\\w+\\s+)?(?:sentence|term|prison\\s+term|jail\\s+term)\\s+to\\s+${TERM}`, 'gi'),
  },
  // "Xu received two years and three months": a term received (not "two years of free monitoring")
  {
    id: 'outcomes/sentence-received', cue: /\b(?:received|receives|was\s+given|were\s+given|got)\s/i, type: 'sentence',
    pattern: new RegExp(`${B}(?:\\s*,\\s*(?:(?:aged\\s+)?\\d{1,2}\\s*,\\s*)?(?:${REL}|who\\b)[^.;!?,]{0,80},)?${GAP}\\b(?<v>received|receives|was\\s+given|were\\s+given|got)\\s+(?:an?\\s+)?${TERM}(?![\\w-]*\\s+(?:of|worth)\\b)`, 'gi'),
  },
  // "... and Li to two years": a second defendant in the same sentence
  { id: 'outcomes/sentence-and', cue: /year|month/i, type: 'sentence', pattern: new RegExp(`(?:,\\s*|\\band\\s+|;\\s*)${B}\\s+(?:was\\s+sentenced\\s+)?to\\s+${TERM}`, 'gi') },
  // "was sentenced" with no term stated
  { id: 'outcomes/sentence-bare', cue: /\s(?:sentenced|convicted|jailed|imprisoned)\b/i, type: 'sentence', pattern: new RegExp(`${B}${GAP}\\b${BE}(?<v>sentenced|convicted|jailed|imprisoned)\\b`, 'gi') },
  // "fined RMB 10,000", "a fine of 50,000 yuan"
  // "the regulator fined the operator of X RMB 1.5 million": the fined party after the verb
  { id: 'outcomes/fine-active', cue: /\bfined\s/i, type: 'fine', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>fined)\\s+${B}(?![$€£¥\\d])`, 'gi') },
  { id: 'outcomes/fine', cue: /\b(?:fined|fine\s+of|penalty\s+of|ordered\s+to\s+pay)\b/i, type: 'fine', pattern: new RegExp(`(?:${B}${GAP})?\\b(?<v>fined(?!\\s+${TOKEN}(?![$€£¥\\d]))|(?:a\\s+)?(?:fine|penalty)\\s+of|ordered\\s+to\\s+pay)\\b`, 'gi') },
  // "X is investigating the case", "police launched an investigation"
  {
    id: 'outcomes/investigation', cue: /investigat|prob|inquiry/i,
    type: 'investigation',
    pattern: new RegExp(
      `(?:${A}${GAP})?\\b(?<v>(?:investigat(?:ed|ing|es)|probed|probing)(?:\\s+(?:the|this|that|its|an?)\\s+(?:\\w+\\s+)?(?:case|incident|breach|leak|matter|attack|hack|theft|claims?|reports?))?|(?:launched|opened|started|began|begun|conducting|conduct|conducted|initiated)\\s+(?:an?\\s+)?(?:\\w+\\s+){0,2}?(?:investigation|probe|inquiry)|(?:is|are|was)\\s+under\\s+investigation|an\\s+investigation\\s+(?:is|was)\\s+(?:ongoing|underway|under\\s+way))`,
      'gi',
    ),
  },
  // "a woman filed a complaint with the police"
  // "faces a class action in the High Court", "filed a class-action lawsuit"
  {
    id: 'outcomes/class-action', cue: /\bclass[\s-]action/i, type: 'complaint',
    pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>(?:faces?|facing|filed|files|file|brought|launched|lodged|hit\\s+with|sued\\s+in)\\s+(?:\\w+\\s+){0,2}?(?:a|an|the)\\s+class[\\s-]action(?:\\s+(?:lawsuit|suit|claim))?)`, 'gi'),
  },
  { id: 'outcomes/complaint', cue: /complaint/i, type: 'complaint', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>(?:filed|lodged|submitted|made)\\s+(?:a\\s+|an\\s+)?(?:formal\\s+|official\\s+)?complaints?)`, 'gi') },
  // "has taken emergency measures", "notified affected users", "reset passwords"
  {
    id: 'outcomes/remediation', cue: /measures|steps|notif|alerted|password|reset|monitoring|vulnerability|flaw|bug|hole|offline|rectify|remedy|fix|correct|overhaul|shut/i,
    type: 'remediation',
    pattern: new RegExp(
      `(?:${A}${GAP})?\\b(?<v>emergency\\s+measures|(?:took|taken|taking|(?<!\\b(?:to|must|should|shall|would|could|may|might|can|will)\\s+)take)\\s+(?:\\w+\\s+){0,2}?(?:measures|steps)|(?:ordered|required|told)\\s+to\\s+(?:rectify|remedy|fix|correct|overhaul)\\b(?:\\s+(?:its|their|the)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)?|(?:shut|shutting|shuts)\\s+(?:(?:the|its|their)\\s+(?:[\\w-]+\\s+)?(?:server|servers|site|website|system|systems|database|databases|service|platform|app)\\s+down|down\\s+(?:the|its|their)\\s+(?:[\\w-]+\\s+)?(?:server|servers|site|website|system|systems|database|databases|service|platform|app)\\b)|(?:notified|notifying|is\\s+notifying|began\\s+notifying|will\\s+notify|has\\s+notified|alerted)\\s+(?:\\w+\\s+){0,2}?(?:customers|users|patients|members|guests|individuals|people|clients|account\\s+holders|cardholders|those\\s+affected|${CONJ})|reset(?:ting)?\\s+(?:\\w+\\s+){0,2}?passwords|password\\s+resets?|forced\\s+(?:a\\s+)?password\\s+resets?|free\\s+credit\\s+monitoring|(?:patched|fixed|closed)\\s+the\\s+(?:\\w+\\s+)?(?:vulnerability|flaw|bug|hole|loophole)|took\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:site|website|server|system|database)s?\\s+offline)`,
      'gi',
    ),
  },
];

/** One outcome before party ids are known. */
export interface OutcomeHit {
  type: OutcomeType;
  subjects: number[];
  agent: number | null;
  count: number | null;
  termMonths: number | null;
  amount: string | null;
  start: number;
  end: number;
  rule: string;
}

function months(g: Record<string, string | undefined>): number | null {
  if (g['y'] !== undefined) {
    const y = /^an?$/i.test(g['y']) ? 1 : readNumber(g['y']);
    if (y === null) return null;
    const extra = g['ym'] ? readNumber(g['ym']) ?? 0 : 0;
    return y * 12 + extra;
  }
  if (g['m'] !== undefined) return readNumber(g['m']);
  return null;
}

/** Runs the outcome rules over one abstracted sentence. */
export function findOutcomes(a: Abstracted, ms: readonly Mention[], amounts: readonly Money[], out: OutcomeHit[]): void {
  for (const rule of OUTCOME_RULES) {
    if (rule.cue && !rule.cue.test(a.s)) continue;
    const re = rule.pattern;
    for (const m of execAll(re, a.s)) {
      const g = m.groups ?? {};
      const subjects = idsIn(g['b']);
      const agents = idsIn(g['a']);
      const verb = g['v'] ?? g['v2'] ?? m[0];
      const vAt = m.index + m[0].indexOf(verb);
      // Evidence: from the verb to the end for active forms ("apprehended a
      // 10-member gang"), the whole match for passive ones ("All three men were arrested").
      const passive = g['b'] !== undefined && m[0].indexOf(g['b']) < m[0].indexOf(verb);
      const absStart = passive ? m.index + m[0].indexOf(g['b']!) : vAt;
      const start = toText(a, absStart);
      const end = toText(a, m.index + m[0].length, true);
      // "he was sentenced": the agent of an outcome is an authority or nobody.
      const agent = agents.find((id) => ms[id]!.cls === 'authority' || ms[id]!.form !== 'nominal') ?? null;
      const sizes = subjects.map((id) => ms[id]!.size ?? ms[id]!.count ?? null).filter((n): n is number => n !== null);
      const count = sizes.length === subjects.length && sizes.length > 0 ? sizes.reduce((x, y) => x + y, 0) : null;
      // "notified the data protection commission": a report to an authority, no remediation of the users' harm.
      if (rule.type === 'remediation' && /^(?:notif|is\s+notif|began\s+notif|will\s+notif|has\s+notif|alerted)/i.test(verb)) {
        const told = idsIn(verb);
        if (told.length > 0 && told.every((id) => ms[id]!.cls === 'authority')) continue;
      }
      let amount: string | null = null;
      if (rule.type === 'fine') {
        // The fine's Money: the first amount after the verb in this sentence.
        const money = amounts.find((x) => x.evidence.start >= toText(a, vAt) && x.evidence.start <= toText(a, vAt) + 80 && x.evidence.end <= a.sentence.end);
        if (!money) continue;
        amount = money.id;
      }
      out.push({
        type: rule.type,
        subjects: rule.type === 'investigation' || rule.type === 'remediation' || rule.type === 'complaint' ? [] : subjects,
        agent: rule.type === 'complaint' || rule.type === 'remediation' || rule.type === 'investigation' ? (agents[0] ?? null) : agent,
        count: rule.type === 'arrest' || rule.type === 'detention' || rule.type === 'charge' ? count : null,
        termMonths: rule.type === 'sentence' ? months(g) : null,
        amount,
        start,
        end,
        rule: rule.id,
      });
    }
  }
}

/** Outcomes that tell one event more than once are merged per incident (the later mentions add subjects). */
export const MERGED_TYPES: ReadonlySet<OutcomeType> = new Set(['arrest', 'detention', 'investigation', 'complaint', 'remediation', 'charge']);
