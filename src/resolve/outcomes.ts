/**
 * Outcomes: arrests, detentions, investigations, charges, sentences, fines,
 * complaints, remediation. Rules over the abstracted sentence, like the role
 * frames: each gives a type, the mentions that are its subjects and agent,
 * and a count or a term where the text states one.
 */
import type { Money, OutcomeType } from '../schema.js';
import { type Abstracted, CLOSE, INNER_DOT, OPEN, OPEN_REL, idsIn, toText } from './abstract.js';
import type { Mention } from './types.js';
import { ONES, TEENS, TENS } from '../recognizers/numbers.js';
import { execAll } from '../recognizers/runner.js';

const TOKEN = `[${OPEN}${OPEN_REL}]\\d+${CLOSE}`;
const CONJ = `${OPEN}\\d+${CLOSE}`;
const A = `(?<a>${TOKEN})`;
/** ", including Tan," / ", among them two clerks,": members named inside the subject group (not subjects of their own). */
const INCLUDING = `(?:\\s*,\\s*(?:including|among\\s+them|among\\s+whom)\\s+[^,.;!?]{1,80}?,)?`;
const BS = `(?<b>${TOKEN}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${CONJ})*)${INCLUDING}`;
const B = `(?<b>${TOKEN})`;
/** A relative pronoun's token: ", who ran a business," between a subject and its verb. */
const REL = `${OPEN_REL}\\d+${CLOSE}`;
/** Up to 50 characters with no mention token; negation in it is judged by `negated` (its clause, not the whole gap). */
const GAP = `(?:(?![${OPEN}${OPEN_REL}]|;)(?:[^.!?${CLOSE}]|${INNER_DOT})){0,50}?`;
const BE = `(?:was|were|had\\s+been|has\\s+been|have\\s+been|being|got|is|are|will\\s+be)\\s+(?:\\w+\\s+){0,2}?`;
const ONES_W = Object.keys(ONES).join('|');
const TEENS_W = Object.keys(TEENS).join('|');
const TENS_W = Object.keys(TENS).join('|');
/** A number word up to "ninety-nine" ("twenty-three", "Twenty three"); teens before ones so "seventeen" is not "seven". */
const WORDS = `(?:(?:${TENS_W})(?:[\\s-](?:${ONES_W})\\b)?|${TEENS_W}|${ONES_W})`;
const NUM = `(?:\\d{1,3}|${WORDS})`;
/** A count of people: "23", "1,200", "twenty-three". */
const CNT = `(?:\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,5}|${WORDS})(?![\\w-])`;
/** A count of people written out where no mention token stands ("placed four people under ..."). */
const LIT = `(?:(?:a\\s+total\\s+of|at\\s+least|more\\s+than|over|another)\\s+)?\\b(?<n>${CNT})\\s+(?:[\\w-]+\\s+)?(?:people|persons|suspects|individuals|men|women|members|others|employees)\\b`;
/** "three years and six months", "18 months", "a three-year prison term". */
const TERM = `(?<term>(?<y>${NUM}|a|an)[\\s-]+years?(?:\\s+and\\s+(?<ym>${NUM})\\s+months?)?|(?<m>${NUM})[\\s-]+months?)`;
/** Words before the term: "to a suspended", "to a prison sentence of", "to imprisonment of". */
const PRE_TERM = `(?:\\w+\\s+){0,2}?(?:(?:sentence|term|imprisonment)\\s+of\\s+)?`;

export interface OutcomeRule {
  id: string;
  type: OutcomeType;
  pattern: RegExp;
  /** A necessary condition of `pattern`, tested first (see roles-rules.ts `Frame.cue`). */
  cue?: RegExp;
  /**
   * A word of the rule that the mention reader may have taken for a party ("Thirty-one"
   * and "Criminal" opening a sentence): the `w` group's token must pass this test.
   */
  word?: (m: Mention) => boolean;
}

const cue = (src: string): RegExp => new RegExp(src, 'i');
/** A `w` token that is only a number word ("Thirty-one complaints ..."). */
const numberWord = (m: Mention): boolean => m.mods.length === 0 && readCount(m.head) !== null;
/** A `w` token that is only the word "criminal" ("A criminal case was opened", "Criminal coercive measures ..."). */
const criminalWord = (m: Mention): boolean => m.mods.length === 0 && m.head === 'criminal';

const ARREST = 'arrested|apprehended|caught|busted|nabbed|captured|rounded\\s+up';
const ARREST_ING = 'arresting|apprehending|nabbing|rounding\\s+up';
/** Detention without "was": "placed under criminal detention"; "detained" needs it ("police have detained" is active). */
const DETAIN = 'held\\s+in\\s+(?:criminal\\s+)?detention|placed\\s+under\\s+(?:criminal\\s+)?(?:detention|custody)|taken\\s+into\\s+(?:police\\s+)?custody|(?:placed\\s+)?under\\s+administrative\\s+detention|given\\s+(?:\\w+\\s+)?days?\\s+of\\s+administrative\\s+detention';
/** "charged Lin between 50 and 140 yuan": a price, no charge. */
const NOT_PRICE = '(?!\\s+(?:between\\s+)?(?:[$€£¥]|\\d|RMB|USD|CNY|HKD|up\\s+to|about|around|roughly|a\\s+fee|fees))';
const CHARGE = 'charged|indicted|prosecuted';
/** "criminal coercive measures" (Chinese 刑事强制措施): detention, bail or residential surveillance; reported as detention. */
const COERCE = '(?:criminal\\s+)?(?:coercive|compulsory)\\s+measures';
/** What a breached organization takes down: "the affected servers", "its customer database". */
const SYS = '(?:servers?|sites?|websites?|systems?|databases?|services?|platforms?|apps?|networks?|portals?)';
/** Before SYS: "the affected", "its customer", "all" (a possessive may be a token). */
const SYS_DET = `(?:(?:the|its|their|all|affected|some|${TOKEN})\\s*)?(?:[\\w-]+\\s+){0,2}?`;
/**
 * "please reset your password", "users should reset their passwords": advice to the readers, no remediation;
 * "confirmed the accounts by attempting to reset their passwords": a reporter's check, no remediation either
 * ("asked employees to reset passwords", "urged users to reset ..." are the organization's response and stay).
 */
const NOT_ADVICE = '(?<!\\b(?:please|should|must|can|could|may|might|would|attempting\\s+to|trying\\s+to|tried\\s+to|attempted\\s+to)\\s+)';
/** "opened a case", "filed the case for investigation", "is handling the case", "making enquiries". */
const CASE_OPEN = [
  '(?:making|made|conducting|conducted|carrying\\s+out|carried\\s+out)\\s+(?:further\\s+|urgent\\s+|initial\\s+|preliminary\\s+)?(?:enquiries|inquiries)',
  '(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:now\\s+|currently\\s+|also\\s+)?handling\\s+(?:the|this|that)\\s+(?:case|matter)',
  '(?:opened|opening|opens|registered|registering)\\s+(?:a|an|the)\\s+(?:criminal\\s+|formal\\s+)?case',
  '(?:filed|placed|put|set\\s+up|accepted)\\s+(?:a|an|the)\\s+(?:criminal\\s+)?case\\s+for\\s+investigation',
  '(?:placed|put)\\s+(?:the\\s+case\\s+)?on\\s+file(?:\\s+for\\s+investigation)?',
  '(?:a|the)\\s+(?:criminal\\s+)?case\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:opened|registered|filed\\s+for\\s+investigation|placed\\s+on\\s+file)',
].join('|');
/** Who is hired after a breach: "a forensics firm", "cybersecurity experts". */
const HELPER = '(?:forensics?|(?:cyber[\\s-]?)?security|cyber|incident[\\s-]response)\\s+(?:firms?|compan(?:y|ies)|experts?|specialists?|investigators?|consultants?|consultancy|teams?|providers?)';

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
  // "took criminal coercive measures against 12 suspects", "adopted compulsory measures on four people"
  {
    id: 'outcomes/detention-coercive', cue: /\b(?:coercive|compulsory)\s+measures\b/i, type: 'detention',
    pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>(?:took|taken|taking|takes|take|adopted|adopting|adopts|imposed|imposing|applied|applying)\\s+(?:\\w+\\s+){0,2}?${COERCE})\\s+(?:against|on)\\s+(?:${BS}|${LIT})`, 'gi'),
  },
  // "placed four people under criminal coercive measures"
  {
    id: 'outcomes/detention-coercive-placed', cue: /\b(?:coercive|compulsory)\s+measures\b/i, type: 'detention',
    pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>placed|placing|places|put|putting|puts)\\s+(?:${BS}|${LIT})\\s+under\\s+${COERCE}`, 'gi'),
  },
  // "12 suspects were placed under criminal coercive measures", "were subjected to compulsory measures";
  // "{police placed four people} under ...": the verb inside a mention, the number next to its head
  {
    id: 'outcomes/detention-coercive-passive', cue: /\b(?:coercive|compulsory)\s+measures\b/i, type: 'detention',
    pattern: new RegExp(`${BS}(?:${GAP}\\b${BE}(?<v>(?:placed|put)\\s+under|subjected\\s+to)|\\s+(?<v2>under))\\s+${COERCE}`, 'gi'),
  },
  // "criminal coercive measures were taken against 12 suspects"
  {
    id: 'outcomes/detention-coercive-taken', cue: /\b(?:coercive|compulsory)\s+measures\b/i, type: 'detention',
    word: criminalWord,
    pattern: new RegExp(`(?<v>(?:\\b|(?<w>${TOKEN})\\s*)${COERCE})\\s+(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+(?:taken|imposed|adopted|applied)\\s+(?:against|on)\\s+(?:${BS}|${LIT})`, 'gi'),
  },
  // "X was charged with", "prosecutors charged two men"
  { id: 'outcomes/charge', cue: cue(`\\b(?:${CHARGE})\\s`), type: 'charge', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>${CHARGE})\\s+${BS}${NOT_PRICE}`, 'gi') },
  { id: 'outcomes/charge-passive', cue: cue(`\\s(?:${CHARGE})\\b`), type: 'charge', pattern: new RegExp(`${BS}${GAP}\\b${BE}(?<v>${CHARGE})\\b${NOT_PRICE}`, 'gi') },
  // "was sentenced to three years and six months in prison", "the court sentenced Wang to 18 months"
  { id: 'outcomes/sentence-passive', cue: /\s(?:sentenced|jailed)\s+(?:to|for)\s/i, type: 'sentence', pattern: new RegExp(`${B}${GAP}\\b${BE}(?<v>sentenced|jailed)\\s+(?:to|for)\\s+${PRE_TERM}${TERM}`, 'gi') },
  { id: 'outcomes/sentence', cue: /\b(?:sentenced|jailed)\s/i, type: 'sentence', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>sentenced|jailed)\\s+${BS}\\s+(?:to|for)\\s+${PRE_TERM}${TERM}`, 'gi') },
  // "sentenced Gu Wei, 41, a former manager, to three years": an appositive between the defendant and the term
  { id: 'outcomes/sentence-appositive', cue: /\b(?:sentenced|jailed)\s/i, type: 'sentence', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>sentenced|jailed)\\s+(?:,?\\s*(?:aged\\s+)?\\d{1,2}\\s*,\\s*)?${B}(?:\\s*,[^.;!?${OPEN}]{0,40}?,)?\\s*,?\\s*(?:to|for)\\s+${PRE_TERM}${TERM}`, 'gi') },
  // "was sentenced to six months" with the defendant far before: the term, no subject
  { id: 'outcomes/sentence-term', cue: /\b(?:sentenced|jailed)\s+(?:to|for)\s/i, type: 'sentence', pattern: new RegExp(`\\b(?<v>sentenced|jailed)\\s+(?:to|for)\\s+${PRE_TERM}${TERM}`, 'gi') },
  // "cut his sentence to one year and eight months", "reduced Wang's term to 18 months"
  {
    id: 'outcomes/sentence-reduced', cue: /\b(?:cut|cuts|reduced|reduces|reducing|cutting|lowered|commuted)\s/i, type: 'sentence',
    pattern: new RegExp(`\\b(?<v>cut|cuts|reduced|reduces|reducing|cutting|lowered|commuted)\\s+(?:(?:the|his|her|their)\\s+|${B}(?:'s?)?\\s+)(?:\\w+\\s+)?(?:sentence|term|prison\\s+term|jail\\s+term)\\s+to\\s+${TERM}`, 'gi'),
  },
  // "Xu received two years and three months": a term received (not "two years of free monitoring")
  {
    id: 'outcomes/sentence-received', cue: /\b(?:received|receives|was\s+given|were\s+given|got|was\s+handed|were\s+handed)\s/i, type: 'sentence',
    pattern: new RegExp(`${B}(?:\\s*,\\s*(?:(?:aged\\s+)?\\d{1,2}\\s*,\\s*)?(?:${REL}|who\\b)[^.;!?,]{0,80},)?${GAP}\\b(?<v>received|receives|was\\s+given|were\\s+given|got|was\\s+handed|were\\s+handed)\\s+(?:an?\\s+)?(?:suspended\\s+)?(?:(?:prison|jail|custodial)\\s+)?(?:(?:sentence|term)\\s+of\\s+)?${TERM}(?![\\w-]*\\s+(?:of|worth)\\b)`, 'gi'),
  },
  // "... and Li to two years": a second defendant in the same sentence
  { id: 'outcomes/sentence-and', cue: /year|month/i, type: 'sentence', pattern: new RegExp(`(?:,\\s*|\\band\\s+|;\\s*)${B}\\s+(?:was\\s+sentenced\\s+)?to\\s+${TERM}`, 'gi') },
  // "sentenced to 160 hours of community service", "ordered to perform 200 hours of community service": no prison term
  {
    id: 'outcomes/community-service', cue: /community\s+service/i, type: 'sentence',
    pattern: new RegExp(`(?:${B}${GAP}\\b${BE})?(?<v>sentenced|ordered)\\s+to\\s+(?:perform\\s+|serve\\s+|do\\s+)?(?:\\d+|[a-z]+)\\s+hours\\s+of\\s+(?:unpaid\\s+)?community\\s+service`, 'gi'),
  },
  // "a court has sentenced five people for selling ...": the defendants after the verb, no term stated
  {
    id: 'outcomes/sentence-active-bare', cue: /\b(?:sentenced|convicted|jailed)\s/i, type: 'sentence',
    pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>sentenced|convicted|jailed)\\s+${BS}(?=\\s+(?:for|over|on|after|in)\\b|\\s*[.,;])(?![^.;!?]{0,160}?\\bto\\s+(?:\\S+\\s+){0,4}?(?:years?|months?|weeks?|days?)\\b)`, 'gi'),
  },
  // "was sentenced" with no term stated
  { id: 'outcomes/sentence-bare', cue: /\s(?:sentenced|convicted|jailed|imprisoned)\b/i, type: 'sentence', pattern: new RegExp(`${B}${GAP}\\b${BE}(?<v>sentenced|convicted|jailed|imprisoned)\\b`, 'gi') },
  // "fined RMB 10,000", "a fine of 50,000 yuan"
  // "the regulator fined the operator of X RMB 1.5 million": the fined party after the verb
  { id: 'outcomes/fine-active', cue: /\bfined\s/i, type: 'fine', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>fined)\\s+${B}(?![$€£¥\\d])`, 'gi') },
  { id: 'outcomes/fine', cue: /\b(?:fined|fine\s+of|penalty\s+of|ordered\s+to\s+pay)\b/i, type: 'fine', pattern: new RegExp(`(?:${B}${GAP})?\\b(?<v>fined(?!\\s+${TOKEN}(?![$€£¥\\d]))|(?:a\\s+)?(?:fine|penalty)\\s+of|ordered\\s+to\\s+pay)\\b`, 'gi') },
  // "X is investigating the case", "police launched an investigation"
  {
    id: 'outcomes/investigation', cue: /investigat|prob|inquiry|review/i,
    type: 'investigation',
    pattern: new RegExp(
      `(?:${A}${GAP})?\\b(?<v>(?:investigat(?:ed|ing|es)|probed|probing)(?:\\s+(?:the|this|that|its|an?)\\s+(?:\\w+\\s+)?(?:case|incident|breach|leak|matter|attack|hack|theft|claims?|reports?))?|(?:launched|opened|started|began|begun|conducting|conduct|conducted|initiated)\\s+(?:an?\\s+)?(?:[\\w'’-]+\\s+|${TOKEN}\\s*){0,2}?(?:investigation|probe|inquiry|review)|(?:is|are|was)\\s+under\\s+investigation|an\\s+investigation\\s+(?:is|was)\\s+(?:ongoing|underway|under\\s+way))`,
      'gi',
    ),
  },
  // "police were making enquiries", "is handling the case", "opened a case", "placed the case on file for investigation"
  { id: 'outcomes/investigation-case', cue: /enquir|inquir|handling|\bcase\b|on\s+file/i, type: 'investigation', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>${CASE_OPEN})\\b`, 'gi') },
  // "{A criminal} case has been opened": the mention reader took "A criminal" for a party
  { id: 'outcomes/investigation-case-token', cue: /\bcase\b/i, type: 'investigation', word: criminalWord, pattern: new RegExp(`(?<v>(?<w>${TOKEN})\\s+case\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:opened|registered|filed\\s+for\\s+investigation|placed\\s+on\\s+file))\\b`, 'gi') },
  // "a woman filed a complaint with the police"
  // "faces a class action in the High Court", "filed a class-action lawsuit"
  {
    id: 'outcomes/class-action', cue: /\bclass[\s-]action/i, type: 'complaint',
    pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>(?:faces?|facing|filed|files|file|brought|launched|lodged|hit\\s+with|sued\\s+in)\\s+(?:\\w+\\s+){0,2}?(?:a|an|the)\\s+class[\\s-]action(?:\\s+(?:lawsuit|suit|claim))?)`, 'gi'),
  },
  { id: 'outcomes/complaint', cue: /complaint/i, type: 'complaint', pattern: new RegExp(`(?:${A}${GAP})?\\b(?<v>(?:filed|lodged|submitted|made)\\s+(?:a\\s+|an\\s+)?(?:formal\\s+|official\\s+)?complaints?)`, 'gi') },
  // "the clinic has received 14 complaints from patients": the senders complain (the `a` group), the receiver does not
  {
    id: 'outcomes/complaint-received', cue: /complaint/i, type: 'complaint',
    pattern: new RegExp(`\\b(?<v>(?:received|receiving|receives|fielded|logged)\\s+(?:(?:a\\s+total\\s+of|at\\s+least|more\\s+than|over|nearly|about|around|some)\\s+)?(?:(?<n>${CNT})\\s+|an?\\s+|several\\s+|numerous\\s+|multiple\\s+|many\\s+|dozens\\s+of\\s+|hundreds\\s+of\\s+)?(?:(?:formal|official|written|separate|further|new)\\s+)?complaints?)(?:\\s+(?:from|by)\\s+${A})?`, 'gi'),
  },
  // "14 complaints have been received"
  {
    id: 'outcomes/complaint-received-passive', cue: /complaint/i, type: 'complaint', word: numberWord,
    pattern: new RegExp(`(?<v>(?:\\b(?<n>${CNT})|(?<w>${TOKEN}))\\s+(?:(?:formal|official|written|separate|further|new)\\s+)?complaints\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:received|filed|lodged|made|submitted))(?:\\s+(?:from|by)\\s+${A})?`, 'gi'),
  },
  // "has taken emergency measures", "notified affected users", "reset passwords"
  {
    id: 'outcomes/remediation', cue: /measures|steps|notif|alerted|password|reset|monitoring|vulnerability|flaw|bug|hole|offline|rectify|remedy|fix|correct|overhaul|shut/i,
    type: 'remediation',
    pattern: new RegExp(
      `(?:${A}${GAP})?\\b(?<v>emergency\\s+measures|(?:took|taken|taking|(?<!\\b(?:to|must|should|shall|would|could|may|might|can|will)\\s+)take)\\s+(?:\\w+\\s+){0,2}?(?:measures|steps)|(?:ordered|required|told)\\s+to\\s+(?:rectify|remedy|fix|correct|overhaul)\\b(?:\\s+(?:its|their|the)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)?|(?:shut|shutting|shuts)\\s+(?:${SYS_DET}${SYS}\\s+(?:down|off)|(?:down|off)\\s+${SYS_DET}${SYS}\\b)|(?:notified|notifying|is\\s+notifying|began\\s+notifying|will\\s+notify|has\\s+notified|alerted)\\s+(?:\\w+\\s+){0,2}?(?:customers|users|patients|members|guests|individuals|people|clients|account\\s+holders|cardholders|those\\s+affected|${CONJ})|${NOT_ADVICE}reset(?:ting|s)?\\s+(?:[\\w'’-]+\\s+|${TOKEN}\\s*){0,2}?passwords?\\b|password\\s+resets?|forced\\s+(?:a\\s+)?password\\s+resets?|free\\s+credit\\s+monitoring|(?:patched|fixed|closed)\\s+the\\s+(?:\\w+\\s+)?(?:vulnerability|flaw|bug|hole|loophole)|(?:took|taken|taking|takes|pulled|pulling)\\s+${SYS_DET}${SYS}\\s+offline|${SYS}\\s+(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+(?:taken|pulled|put)\\s+offline)`,
      'gi',
    ),
  },
  // "introduced two-factor log-in", "suspended the contractor's access", "secured the database", "restored its systems"
  {
    id: 'outcomes/remediation-access', cue: /two-factor|multi-factor|access|secur|restor|down/i, type: 'remediation',
    pattern: new RegExp(
      `(?:${A}${GAP})?\\b(?<v>(?:introduced|introducing|rolled\\s+out|enabled|enabling|added|adding|required|requiring|made|making)\\s+(?:mandatory\\s+)?(?:two|multi)-factor\\s+(?:log-?in|authentication|verification)|(?:suspended|revoked|cut\\s+off|disabled|blocked)\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|${TOKEN}\\s*)?(?:[\\w'’-]+\\s+){0,2}?access|(?:secured|securing)\\s+(?:the\\s+|its\\s+|their\\s+|${TOKEN}\\s*)(?:[\\w-]+\\s+)?(?:database|server|bucket|cluster|systems?|data)|(?:restored|restoring)\\s+(?:the\\s+|its\\s+|their\\s+|${TOKEN}\\s*)(?:[\\w-]+\\s+)?(?:systems?|services?|network)|(?:took|taken|taking)\\s+(?:the|its)\\s+(?:[\\w-]+\\s+)?(?:file|files|spreadsheet|document|page|site|website|listing)\\s+down)\\b`,
      'gi',
    ),
  },
  // "hired a forensics firm", "brought in cybersecurity experts", "engaged {Mandiant} to investigate"
  {
    id: 'outcomes/remediation-hired', cue: /\b(?:hired|hiring|engaged|engaging|retained|retaining|brought\s+in|bringing\s+in|called\s+in|enlisted)\s/i, type: 'remediation',
    pattern: new RegExp(
      `(?:${A}${GAP})?\\b(?<v>(?:hired|hiring|engaged|engaging|retained|retaining|brought\\s+in|bringing\\s+in|called\\s+in|enlisted)\\s+(?:(?<f>${TOKEN})(?<to>\\s+to\\s+(?:help\\s+)?(?:investigate|look\\s+into|probe|examine|assess|contain|secure|review)\\b)?|(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?${HELPER}\\b))`,
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

const NUMBER_VALUES: Readonly<Record<string, number>> = { ...ONES, ...TEENS, ...TENS };

/** Reads "23", "1,200", "ten", "Twenty-three", "twenty three" (up to ninety-nine); null otherwise. */
export function readCount(s: string): number | null {
  const t = s.trim().replace(/,/g, '').toLowerCase();
  if (/^\d{1,7}$/.test(t)) return Number(t);
  const parts = t.split(/[\s-]+/);
  if (parts.length === 1) return NUMBER_VALUES[t] ?? null;
  if (parts.length === 2 && TENS[parts[0]!] !== undefined && ONES[parts[1]!] !== undefined) return TENS[parts[0]!]! + ONES[parts[1]!]!;
  return null;
}

function months(g: Record<string, string | undefined>): number | null {
  if (g['y'] !== undefined) {
    const y = /^an?$/i.test(g['y']) ? 1 : readCount(g['y']);
    if (y === null) return null;
    const extra = g['ym'] ? (readCount(g['ym']) ?? 0) : 0;
    return y * 12 + extra;
  }
  if (g['m'] !== undefined) return readCount(g['m']);
  return null;
}

/**
 * How many people a subject mention stands for: its size or stated number, else a
 * number word next to its head that the mention reader kept as a modifier
 * ("Twenty-three suspects", "forty-seven people").
 */
function mentionCount(m: Mention): number | null {
  const n = m.size ?? m.count ?? null;
  if (n !== null) return n;
  if (m.form !== 'nominal' || !m.plural || m.mods.length === 0) return null;
  // Words only: digits the mention reader did not take as a number are no count ("the 2019 hackers").
  const word = (w: string): number | null => (/\d/.test(w) ? null : readCount(w));
  const last = m.mods[m.mods.length - 1]!;
  const two = m.mods.length >= 2 ? word(`${m.mods[m.mods.length - 2]} ${last}`) : null;
  const v = two ?? word(last);
  return v !== null && v > 0 ? v : null;
}

/** Heads of subject mentions that deny the outcome ("Nobody has been detained", "None of them was charged"). */
const NEGATIVE_HEAD = /^(?:nobody|no\s*one|none|neither)$/i;
const TOKEN_G = new RegExp(`[${OPEN}${OPEN_REL}](\\d+)${CLOSE}`, 'g');
/** A mention token in the negation window. */
const SLOT = '\uFFFC';
/**
 * Where the clause of the outcome verb starts, looking back: punctuation, a
 * conjunction that opens a new clause ("but", "although", "how many"), "and"
 * before a new subject ("..., and police arrested").
 */
const CLAUSE_BREAK = new RegExp(`[;:()\u2014,]|\\b(?:but|although|though|while|whereas|however|after|before|because|since|when|until|how)\\b|\\band\\s+(?=${SLOT})`, 'gi');
/**
 * Negation or doubt in the clause before the verb: "were not charged", "has yet
 * to be charged", "No arrests have been made", "No {suspects} were detained",
 * "did not say whether {X} had been detained", "released without being charged".
 */
const NEGATION = new RegExp(
  `\\b(?:not(?!\\s+only\\b)|never|nobody|none|neither|nor|without|cannot|no\\s+longer|no\\s*one|yet\\s+to|whether)\\b|n['’]t\\b|\\bno\\s+(?:[\\w-]+\\s+)?$|\\bno\\s+(?:[\\w-]+\\s+)?${SLOT}`,
  'i',
);
/** How far back from the verb negation is looked for (abstract characters). */
const NEG_WINDOW = 70;

/** Is the outcome verb at `vAt` negated or put in doubt within its clause? */
function negated(a: Abstracted, ms: readonly Mention[], vAt: number): boolean {
  const from = Math.max(0, vAt - NEG_WINDOW);
  // "{Nobody} has been detained"; "{No Alibaba} employees": a capitalized "No" read into a name.
  const slot = (_t: string, id: string): string => {
    const m = ms[Number(id)];
    if (!m) return SLOT;
    if (NEGATIVE_HEAD.test(m.head)) return ' nobody ';
    return /^no\s/i.test(m.name ?? '') ? ` no ${SLOT}` : SLOT;
  };
  let left = a.s.slice(from, vAt).replace(TOKEN_G, slot);
  let cut = 0;
  for (const b of execAll(CLAUSE_BREAK, left)) cut = b.index + b[0].length;
  left = left.slice(cut);
  return NEGATION.test(left);
}

/** "to two years' probation", "to probation for three years": no prison term. */
const PROBATION_AFTER = /^['’]?s?\s+(?:of\s+)?(?:probation|supervised\s+release|community\s+(?:service|supervision|correction))\b/i;
/** "criminal coercive measures", "compulsory measures": police measures against suspects, no remediation. */
const POLICE_MEASURES = /\b(?:coercive|compulsory|criminal)\b/i;
/** "The breach shut down the CAD system", "the attack took the site offline": the harm, not a response to it. */
const HARM_BEFORE = /\b(?:breach|attack|hack|intrusion|ransomware|malware|virus|worm|infection|outage|incident)(?:es|s)?\s+(?:\w+\s+)?$/i;
/** A hired helper that works on the breach ("a forensics firm", "cybersecurity experts"). */
const HELPER_WORDS = /\b(?:forensics?|security|cybersecurity|cyber|incident)\b/i;

/** A cap before a prison term: "for up to seven years", "a maximum of ten years". */
const LEGAL_MAXIMUM = /\b(?:up\s+to|a\s+maximum\s+of|as\s+much\s+as|no\s+more\s+than|not\s+exceeding)\s+$/i;
/** What the law allows, not what a court did: "can be jailed", "faces", "could be sentenced", "can be fined ..., jailed". */
const MODAL_BEFORE = /\b(?:can|could|may|might|would|faces?|facing|risks?)\s+(?:be\s+)?(?:[^.;!?]{1,60},\s*(?:or\s+|and\s+)?)?$/i;

/** Runs the outcome rules over one abstracted sentence. */
export function findOutcomes(a: Abstracted, ms: readonly Mention[], amounts: readonly Money[], out: OutcomeHit[]): void {
  for (const rule of OUTCOME_RULES) {
    if (rule.cue && !rule.cue.test(a.s)) continue;
    const re = rule.pattern;
    for (const m of execAll(re, a.s)) {
      const g = m.groups ?? {};
      let subjects = idsIn(g['b']);
      const agents = idsIn(g['a']);
      const verb = g['v'] ?? g['v2'] ?? m[0];
      const vAt = m.index + m[0].indexOf(verb);
      // "Thirty-one complaints", "Criminal coercive measures": a word read as a party.
      const w = g['w'] !== undefined ? ms[idsIn(g['w'])[0]!] : undefined;
      if (g['w'] !== undefined && (!w || !rule.word?.(w))) continue;
      // "No arrests have been made", "was not charged", "did not say whether X had been detained".
      if (negated(a, ms, vAt)) continue;
      // Evidence: from the verb to the end for active forms ("apprehended a
      // 10-member gang"), the whole match for passive ones ("All three men were arrested").
      const passive = g['b'] !== undefined && m[0].indexOf(g['b']) < m[0].indexOf(verb);
      const absStart = passive ? m.index + m[0].indexOf(g['b']!) : vAt;
      const start = toText(a, absStart);
      const end = toText(a, m.index + m[0].length, true);
      // "he was sentenced": the agent of an outcome is an authority or nobody.
      const agent = agents.find((id) => ms[id]!.cls === 'authority' || ms[id]!.form !== 'nominal') ?? null;
      // "{Police placed four people} under coercive measures": the police are not held.
      if (rule.id.startsWith('outcomes/detention-coercive')) subjects = subjects.filter((id) => ms[id]!.cls !== 'authority');
      const sizes = subjects.map((id) => mentionCount(ms[id]!)).filter((n): n is number => n !== null);
      let count = sizes.length === subjects.length && sizes.length > 0 ? sizes.reduce((x, y) => x + y, 0) : null;
      // "placed four people under ...", "received 14 complaints": a number written out where no mention stands.
      if (g['n'] !== undefined) count = readCount(g['n']);
      else if (w && rule.word === numberWord) count = readCount(w.head);
      // "notified the data protection commission": a report to an authority, no remediation of the users' harm.
      if (rule.type === 'remediation' && /^(?:notif|is\s+notif|began\s+notif|will\s+notif|has\s+notif|alerted)/i.test(verb)) {
        const told = idsIn(verb);
        if (told.length > 0 && told.every((id) => ms[id]!.cls === 'authority')) continue;
      }
      // "took criminal coercive measures against 12 suspects": a detention, no remediation.
      if (rule.type === 'remediation' && POLICE_MEASURES.test(verb)) continue;
      if (rule.type === 'remediation' && /^(?:shut|took|taken|taking|takes|pulled|pulling)\b/i.test(verb)) {
        if (agents.some((id) => ms[id]!.cls === 'attacker')) continue;
        if (HARM_BEFORE.test(a.s.slice(Math.max(0, vAt - 40), vAt))) continue;
      }
      // "hired {a forensics firm}", "engaged {Mandiant} to investigate": a helper for the breach, not any hire.
      if (rule.id === 'outcomes/remediation-hired' && g['f'] !== undefined && g['to'] === undefined) {
        const hired = ms[idsIn(g['f'])[0]!];
        if (!hired || !HELPER_WORDS.test([...hired.mods, hired.head].join(' '))) continue;
      }
      let amount: string | null = null;
      if (rule.type === 'fine') {
        // The fine's Money: the first amount after the verb in this sentence.
        const money = amounts.find((x) => x.evidence.start >= toText(a, vAt) && x.evidence.start <= toText(a, vAt) + 80 && x.evidence.end <= a.sentence.end);
        if (!money) continue;
        amount = money.id;
      }
      let termMonths = rule.type === 'sentence' ? months(g) : null;
      // "sentenced to three years' probation": a term, but no prison term.
      if (termMonths !== null && g['term'] !== undefined) {
        const termAt = m.index + m[0].lastIndexOf(g['term']);
        const before = a.s.slice(vAt, termAt);
        const after = a.s.slice(termAt + g['term'].length, termAt + g['term'].length + 40);
        if (/\bprobation\b/i.test(before) || PROBATION_AFTER.test(after)) termMonths = null;
        // "can be jailed for up to seven years": the most the law allows, no sentence passed.
        if (LEGAL_MAXIMUM.test(before) && MODAL_BEFORE.test(a.s.slice(Math.max(0, vAt - 40), vAt))) continue;
      }
      out.push({
        type: rule.type,
        subjects: rule.type === 'investigation' || rule.type === 'remediation' || rule.type === 'complaint' ? [] : subjects,
        agent: rule.type === 'complaint' || rule.type === 'remediation' || rule.type === 'investigation' ? (agents[0] ?? null) : agent,
        count: rule.type === 'arrest' || rule.type === 'detention' || rule.type === 'charge' || (rule.type === 'complaint' && (g['n'] !== undefined || g['w'] !== undefined)) ? count : null,
        termMonths,
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
