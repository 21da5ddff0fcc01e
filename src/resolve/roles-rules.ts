/**
 * Role frames: which verb or phrase gives which role to which argument, and
 * which frames are a hand-over of the data (a transfer). Data, not code: the
 * engine (roles.ts) compiles the placeholders and applies the roles.
 *
 * Placeholders in `pattern` (matched on the abstracted sentence, see
 * abstract.ts):
 *   {A}  one mention, the agent          {B}  one mention, the other argument
 *   {Bs} one or more coordinated mentions ("to A and B")
 *   {G}  a short gap with no mention and no negation ("then", "are suspected of")
 *   {W}  a wider gap that may hold mentions (the object: "millions of items ... about its customers")
 *   {v}  captures the verb, used as the transfer's `verb`
 *   {act} the verb that follows is active ("was leaked by" is no act of the subject)
 */
import type { Role } from '../schema.js';

/** `holder`: victim for people, data-holder for organizations. */
export type FrameRole = Role | 'holder' | 'suspect';

export interface Frame {
  id: string;
  pattern: string;
  a?: FrameRole[];
  b?: FrameRole[];
  /** The data passed from A to B ('ab') or from B to A ('ba'). */
  transfer?: 'ab' | 'ba';
  /** B must be a possessive: "her personal information", "X's database". */
  possessiveB?: boolean;
  /** The sentence must say something about a breach ("X said" alone is no statement about one). */
  needs?: RegExp;
  /**
   * A necessary condition of `pattern` (a word it cannot match without), tested
   * first: most sentences hold none, and the frame's big regex then neither
   * runs nor gets compiled.
   */
  cue?: RegExp;
}

/** A cue regex from a word alternation: case-insensitive, as the frames are. */
const cue = (src: string): RegExp => new RegExp(src, 'i');

/** Past participles of taking data without right: "was hacked", "accessed by". */
export const THEFT_PP =
  'hacked|breached|compromised|stolen|accessed|copied|leaked|downloaded|exfiltrated|infiltrated|attacked|targeted|exposed|scraped|harvested|skimmed|intercepted|siphoned|dumped|published|posted|disclosed|infected|hijacked|phished|defrauded|scammed|extorted|affected|impacted|encrypted';
/** Words that make a sentence about the breach. */
export const BREACH_CUE =
  /\b(?:breach\w*|hack\w*|stole|stolen|theft|leak\w*|expos\w*|compromis\w*|unauthori[sz]ed|accessed|intrusion|cyber-?attack\w*|attack\w*|incident|affected|impacted|personal (?:data|information|details)|exfiltrat\w*|ransom\w*|skimm\w*|malware)\b/i;

/** Active forms of the same. */
const THEFT_ACTIVE =
  'penetrated|penetrating|ransacked|ransacking|stole|steals|steal|stealing|copied|copying|copy|hacked|hacking|breached|breaching|accessed|accessing|downloaded|downloading|exfiltrated|exfiltrating|infiltrated|infiltrating|compromised|compromising|leaked|leaking|dumped|dumping|attacked|attacking|targeted|targeting|broke\\s+into|break\\s+into|breaking\\s+into|gained\\s+(?:\\w+\\s+)?access\\s+to|harvested|harvesting|scraped|scraping|skimmed|skimming|intercepted|siphoned|swiped|defrauded|scammed|phished|extorted|infected|hijacked|illegally\\s+obtained|illegally\\s+obtaining|illegally\\s+collected|obtained\\s+illegally';

/** What counts as data after a possessive: "her personal information", "X's servers". */
export const DATA_NOUNS =
  'data|information|info|details|records|record|accounts|account|database|databases|servers?|systems?|networks?|intranet|websites?|site|computers?|emails?|e-mails?|passwords|credentials|files|documents|names|addresses|numbers|identities|identity|privacy|photos|messages|cards?|credit\\s+cards?|card\\s+numbers|payment\\s+cards?|social\\s+security\\s+numbers|ID\\s+numbers';

const SELL =
  'sold|sells|sell|selling|resold|resells|resell|reselling|peddled|peddling|traded|trading|offered\\s+for\\s+sale|auctioned|advertis(?:ed|ing)';
const HAND =
  'passed|passing|provided|providing|handed|handing|supplied|supplying|transferred|transferring|gave|giving|sent|sending|shared|sharing|forwarded|leaked|leaking|disclosed';
const BUY =
  'bought|buys|buy|buying|purchased|purchases|purchase|purchasing|obtained|obtains|obtaining|acquired|acquiring|bought\\s+up';
/** Verbs of receiving: a transfer only when what was received is data ("received the list from", not "received calls from"). */
const RECEIVE = 'received|receiving|got';
/** "to" that is not the recipient of data: "belonging to", "due to", "access to". */
const TO = '(?<!(?:belonging|due|according|related|relating|access|up|close|able|order|going|used|attempt|tried|trying|want|wanted|need|needed|plans?|planned|set|began|begun|continued|continues|seems|seemed|appears|appeared|refused|agreed|lead|leading|led)\\s)\\bto\\s+(?:at\\s+least\\s+|more\\s+than\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+|roughly\\s+)?';

/** A participle after a determiner is an adjective: "traced the leaked information to employees". */
const NOT_ADJECTIVE = '(?<!\\b(?:the|a|an|its|their|his|her|this|that|these|those)\\s+)';

/** The frames, in order. A match gives every listed role; transfers are collected. */
export const FRAMES: readonly Frame[] = [
  // "X sold the data to Y", "who then resold them to A and B", "are suspected of selling ... to online traders"
  { id: 'roles/sell-to', cue: cue(`\\b(?:${SELL})\\b`), pattern: `{A}{G}{act}${NOT_ADJECTIVE}\\b{v:${SELL}}\\b{W}${TO}{Bs}`, a: ['seller'], b: ['buyer'], transfer: 'ab' },
  // "X passed the records to Y", "leaked the list to Y"
  { id: 'roles/hand-to', cue: cue(`\\b(?:${HAND})\\b`), pattern: `{A}{G}{act}${NOT_ADJECTIVE}\\b{v:${HAND}}\\b{W}${TO}{Bs}`, transfer: 'ab' },
  // "Y had bought the personal information from Z", "obtained the information from a man"
  { id: 'roles/buy-from', cue: cue(`\\b(?:${BUY})\\b`), pattern: `{A}{G}{act}\\b{v:${BUY}}\\b{W}\\bfrom\\s+{B}(?!'s?\\s)`, a: ['buyer'], b: ['seller'], transfer: 'ba' },
  // "received the customer list from Y": data received
  {
    id: 'roles/receive-from', cue: cue(`\\b(?:${RECEIVE})\\b`),
    pattern: `{A}{G}{act}\\b{v:${RECEIVE}}\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${DATA_NOUNS}|lists?|waybills?|spreadsheets?|dossiers?|copies)\\b{W}\\bfrom\\s+{B}(?!'s?\\s)`,
    a: ['buyer'], b: ['seller'], transfer: 'ba',
  },
  // "sold by X", "offered for sale by X"
  { id: 'roles/sold-by', cue: /\b(?:sold|resold|peddled|offered\s+for\s+sale)\s/i, pattern: `\\b(?:sold|resold|peddled|offered\\s+for\\s+sale)\\s+(?:\\w+\\s+){0,3}?by\\s+{A}`, a: ['seller'] },
  // "bundled them with the telecom data before reselling them": a resale with no buyer named
  { id: 'roles/resold', cue: /\bres[eo]l(?:d|ls?|ling)\b/i, pattern: `{A}{G}{act}\\b{v:resold|resells|resell|reselling}\\b`, a: ['seller'] },
  // "an employee sold customer records", "sold the data of 5,000 customers": a sale of data with no buyer named
  {
    id: 'roles/sold-data', cue: /\b(?:sold|sells|sell|selling|peddled|peddling)\s/i,
    pattern: `{A}{G}{act}${NOT_ADJECTIVE}(?<!\\band\\s+)\\b{v:sold|sells|sell|selling|peddled|peddling}\\s+(?:[\\w'’-]+\\s+){0,4}?(?:${DATA_NOUNS}|lists?|waybills?|dossiers?)\\b`,
    a: ['seller'],
  },
  // "suspected of selling", "selling personal information" with no buyer named
  { id: 'roles/suspected-of-selling', cue: /\b(?:suspected|accused|caught)\s+of\s/i, pattern: `{A}{G}\\b(?:suspected|accused|caught)\\s+of\\s+(?:\\w+ly\\s+)?(?:selling|trading|peddling)\\b`, a: ['seller'] },
  // "offered the full set for 2 bitcoin", "is offering the records for $500": an offer at a price is a sale
  {
    id: 'roles/offered-for-price', cue: /\boffer(?:ed|ing|s)?\s/i,
    pattern: `{A}{G}{act}\\boffer(?:ed|ing|s)?\\s[^.!?;]{0,60}?\\bfor\\s+(?:about\\s+|around\\s+|just\\s+)?(?:[$€£¥]|US\\$|RMB\\s*|\\d)`,
    a: ['seller'],
  },
  // "listed 40,000 files for sale", "put the database up for sale", "advertised the records for sale"
  {
    id: 'roles/listed-for-sale', cue: /\bfor\s+sale\b/i,
    pattern: `{A}{G}{act}\\b(?:list(?:s|ed|ing)|advertis(?:es|ed|ing)|put(?:s|ting)?|post(?:s|ed|ing)|offer(?:s|ed|ing)?)\\b[^.!?;]{0,80}?\\b(?:up\\s+)?for\\s+sale\\b`,
    a: ['seller'],
  },
  // "X stole data from Y", "hackers accessed ... from the company's servers"
  { id: 'roles/theft-from', cue: cue(`\\b(?:${THEFT_ACTIVE})\\b`), pattern: `{A}{G}{act}\\b(?:${THEFT_ACTIVE})\\b{W}\\bfrom\\s+{B}`, a: ['perpetrator'], b: ['holder'] },
  // "hackers breached Equifax", "attackers targeted its customers", "copy personal information"
  { id: 'roles/theft', cue: cue(`\\b(?:${THEFT_ACTIVE})\\b`), pattern: `{A}{G}{act}\\b(?:${THEFT_ACTIVE})\\b(?:\\s+into)?(?:\\s+{B})?`, a: ['perpetrator'], b: ['holder'] },
  // "stolen from PlayStation servers", "taken from the company's network"
  {
    id: 'roles/taken-from', cue: /\b(?:stolen|taken|obtained|exfiltrated|leaked|accessed|lifted|downloaded|siphoned|copied)\s/i,
    pattern: `\\b(?:stolen|taken|obtained|exfiltrated|leaked|accessed|lifted|downloaded|siphoned|copied)\\s+(?:[\\w-]+\\s+){0,2}?from\\s+{B}`,
    b: ['holder'],
  },
  // "accessed by a member of staff", "stolen by hackers"
  { id: 'roles/theft-by', cue: cue(`\\b(?:${THEFT_PP}|obtained|sold|posted\\s+online)\\s`), pattern: `\\b(?:${THEFT_PP}|obtained|sold|posted\\s+online)\\s+(?:\\w+\\s+){0,3}?by\\s+{A}`, a: ['perpetrator'] },
  // "X was hacked", "customers were affected", "the company's systems were breached"
  {
    id: 'roles/theft-passive', cue: cue(`\\b(?:${THEFT_PP})\\b`),
    pattern: `{B}{G}\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been|being|got|is|are)\\s+(?:\\w+ly\\s+)?(?:${THEFT_PP})\\b`,
    b: ['holder'],
  },
  // "her personal information was disclosed", "Equifax's database", "its customers' data"; not "used his account to":
  // what the actor uses is his tool
  { id: 'roles/possessive-data', cue: cue(`\\s(?:${DATA_NOUNS})\\b`), pattern: `(?<!\\b(?:used|using|uses|use|via|through|with)\\s+){B}(?:'s?)?\\s+(?:[\\w-]+\\s+){0,2}?(?:${DATA_NOUNS})\\b`, b: ['holder'], possessiveB: true },
  // "personal information of its customers", "data about users", "data from X"
  {
    id: 'roles/data-of', cue: cue(`\\b(?:${DATA_NOUNS})\\s+(?:of|about|on|belonging\\s+to|from|at)\\s`),
    pattern: `\\b(?:${DATA_NOUNS})\\s+(?:of|about|on|belonging\\s+to|from|at)\\s+(?:\\w+\\s+){0,2}?{B}`,
    b: ['holder'],
  },
  // "a breach at X", "the hack of X", "an attack on X", "victims of the breach"
  {
    id: 'roles/breach-at', cue: /\b(?:breach(?:es)?|hack(?:s|ing)?|attacks?|cyberattacks?|cyber-attacks?|intrusions?|compromise|theft|leaks?|incident|ransacking|hijacking|infiltration|exposure)\s+(?:at|of|on|against|affecting|targeting|into|hitting)\s/i,
    pattern: `\\b(?:breach(?:es)?|hack(?:s|ing)?|attacks?|cyberattacks?|cyber-attacks?|intrusions?|compromise|theft|leaks?|incident|ransacking|hijacking|infiltration|exposure)\\s+(?:at|of|on|against|affecting|targeting|into|hitting)\\s+{B}`,
    b: ['holder'],
  },
  // "the Equifax breach", "X data breach", "X hack"
  {
    id: 'roles/name-breach', cue: /\s(?:breach|hack|leak|cyberattack|cyber-attack|security\s+incident)\b/i,
    pattern: `{B}(?:'s?)?\\s+(?:\\w+\\s+)?(?:data\\s+)?(?:breach|hack|leak|cyberattack|cyber-attack|security\\s+incident)\\b`,
    b: ['holder'],
  },
  // "X said it was hacked", "X confirmed the breach", "X notified customers"
  {
    id: 'roles/company-statement', cue: /\b(?:said|says|confirmed|confirms|disclosed|discloses|announced|announces|admitted|revealed|acknowledged|notified|notifying|warned|warns|apologi[sz]ed|discovered|discovers|detected|learned|alerted|informed|is\s+notifying|began\s+notifying|has\s+notified)\b/i,
    pattern: `{B}{G}(?<!\\b(?:was|were|been|being|is|are)\\s+(?:\\w+ly\\s+)?)\\b(?:said|says|confirmed|confirms|disclosed|discloses|announced|announces|admitted|revealed|acknowledged|notified|notifying|warned|warns|apologi[sz]ed|discovered|discovers|detected|learned|alerted|informed|is\\s+notifying|began\\s+notifying|has\\s+notified)\\b`,
    b: ['data-holder'],
    needs: BREACH_CUE,
  },
  // "X notified affected customers", "alerted its users"
  {
    id: 'roles/notified', cue: /\b(?:notified|notifying|notify|alerted|alerting|warned|warning|contacted|contacting|informed|informing|emailed|emailing)\s/i,
    pattern: `\\b(?:notified|notifying|notify|alerted|alerting|warned|warning|contacted|contacting|informed|informing|emailed|emailing)\\s+{B}`,
    b: ['victim'],
  },
  // "customers were victims of", "fell victim to"
  { id: 'roles/victim-of', cue: /\b(?:victims?\s+of|fell\s+victim|was\s+the\s+victim)/i, pattern: `{B}{G}\\b(?:victims?\\s+of|fell\\s+victim|was\\s+the\\s+victim)`, b: ['victim'] },
  // "took advantage of his position"
  {
    id: 'roles/abuse-position', cue: /\b(?:(?:took|taking|take|takes)\s+advantage\s+of|abused|abusing|abuses|misused|misusing|exploited|exploiting|used|using)\s/i,
    pattern: `{A}{G}\\b(?:(?:took|taking|take|takes)\\s+advantage\\s+of|abused|abusing|abuses|misused|misusing|exploited|exploiting|used|using)\\s+(?:his|her|their)\\s+(?:\\w+\\s+)?(?:position|positions|job|jobs|access|role|post|authority|duties|privileges|staff\\s+accounts?|work\\s+accounts?|employee\\s+accounts?)\\b`,
    a: ['insider'],
  },
  // "filed a complaint with the police", "reported the case to police"
  {
    id: 'roles/complaint', cue: /complain|report/i,
    pattern: `{A}{G}\\b(?:(?:filed|lodged|made|submitted|files|lodges)\\s+(?:a\\s+|an\\s+)?(?:formal\\s+|official\\s+)?(?:complaint|report)s?|complained|complain)\\b`,
    a: ['complainant'],
  },
  { id: 'roles/reported-to-police', cue: /\breported\s/i, pattern: `{A}{G}\\breported\\s+(?:the\\s+\\w+|it|this)\\s+to\\s+(?:the\\s+)?police`, a: ['complainant'] },
  // "Police apprehended X", "investigators arrested X": the agent investigates, X is a suspect
  {
    id: 'roles/arrest', cue: /\b(?:arrested|arresting|apprehended|apprehending|detained|detaining|caught|busted|nabbed|captured|charged|indicted|prosecuted|sentenced|convicted|jailed|took\s+into\s+custody)\s/i,
    pattern: `(?:{A}{G})?\\b(?:arrested|arresting|apprehended|apprehending|detained|detaining|caught|busted|nabbed|captured|charged|indicted|prosecuted|sentenced|convicted|jailed|took\\s+into\\s+custody)\\s+{Bs}(?!\\s+(?:between\\s+)?(?:[$€£¥]|\\d|RMB|USD|CNY|up\\s+to|about|around|roughly|a\\s+fee))`,
    a: ['investigator'],
    b: ['suspect'],
  },
  // "X was arrested", "the suspects were detained", "who was then apprehended"
  {
    id: 'roles/arrested-passive', cue: /\b(?:arrested|apprehended|detained|caught|charged|indicted|prosecuted|sentenced|convicted|jailed|fined|busted|taken\s+into\s+custody)\b/i,
    pattern: `{Bs}{G}\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been|being|got|is|are)\\s+(?:\\w+\\s+)?(?:arrested|apprehended|detained|caught|charged|indicted|prosecuted|sentenced|convicted|jailed|fined|busted|taken\\s+into\\s+custody)\\b`,
    b: ['suspect'],
  },
  // "police investigated", "the FBI is investigating", "launched an investigation"
  {
    id: 'roles/investigate', cue: /\b(?:investigated|investigating|investigates|probed|probing|launched\s+an?\s|opened\s+an?\s|cracked\s+down|raided|tracked\s+down|traced)/i,
    pattern: `{A}{G}\\b(?:investigated|investigating|investigates|probed|probing|launched\\s+an?\\s+(?:\\w+\\s+)?(?:investigation|probe)|opened\\s+an?\\s+(?:\\w+\\s+)?(?:investigation|probe)|cracked\\s+down|raided|tracked\\s+down|traced)\\b`,
    a: ['investigator'],
  },
];
