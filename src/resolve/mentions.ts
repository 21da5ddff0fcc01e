/**
 * Party mentions: authorities, names, descriptive noun phrases, pronouns,
 * relative pronouns and collective references, found by pattern rules on the
 * view, one sentence at a time (every pattern is bounded, so the pass is
 * linear in the segment).
 *
 * Two passes: base phrases ("An employee", "a local taxation bureau",
 * "Wuhan" is a location), then extensions that keep the whole noun phrase
 * where it identifies the actor: "in X" after a mention, a restrictive
 * relative clause ("a man who was responsible for maintaining ..."), and a
 * prepositional phrase naming the employer ("Staff at a leading Shanghai
 * courier firm"). The inner phrase stays a mention of its own, nested.
 */
import type { Location, PartyKind } from '../schema.js';
import { alternation, execAll, trimRange } from '../recognizers/runner.js';
import {
  AUTHORITY_NAMES,
  POLICE_RANKS,
  COURT_WORDS,
  HEADS,
  type HeadClass,
  MODIFIED_NOUNS,
  NON_MODIFIERS,
  NEWS_OUTLET,
  NOT_NAMES,
  REGION_NAME,
  NUMBER_WORDS,
  PRONOUNS,
  readNumber,
} from './patterns.js';
import { type Matcher, type NominalLists, NominalMatcher, PartitiveMatcher } from './np-lookup.js';
import type { Sentence } from './sentences.js';
import type { Definiteness, Mention } from './types.js';

type Draft = Omit<Mention, 'id' | 'sentence' | 'parent' | 'linked' | 'forced' | 'hidden'> & {
  rule: string;
};

/** Head word -> its entry, for class and number lookup. */
const HEAD_INFO = new Map<string, { cls: HeadClass; plural: boolean }>();
for (const h of HEADS) {
  for (const w of h.singular) if (!HEAD_INFO.has(w)) HEAD_INFO.set(w, { cls: h.cls, plural: false });
  for (const w of h.plural) if (!HEAD_INFO.has(w)) HEAD_INFO.set(w, { cls: h.cls, plural: true });
}
export const ALL_HEADS = [...HEAD_INFO.keys()];
const NUM_ALT = alternation(Object.keys(NUMBER_WORDS));

/** Verbs that must never be read as modifiers ("the hackers stole customers"). */
export const VERBS_NOT_MODIFIERS = [
  'stole', 'sold', 'bought', 'leaked', 'copied', 'obtained', 'purchased', 'resold', 'accessed', 'hacked',
  'breached', 'targeted', 'attacked', 'notified', 'told', 'warned', 'urged', 'asked', 'informed', 'contacted',
  'alerted', 'added', 'confirmed', 'announced', 'revealed', 'disclosed', 'discovered', 'arrested', 'apprehended',
  'detained', 'charged', 'sentenced', 'investigated', 'selling', 'stealing', 'buying', 'affecting', 'exposed',
  'exposing', 'says', 'believe', 'believed', 'received', 'sent', 'paid', 'filed', 'posted', 'published',
  'offered', 'offering', 'claim', 'claims', 'say', 'think', 'thought', 'know', 'knew', 'known', 'gave', 'given',
  'provided', 'providing', 'used', 'allowed', 'let', 'including', 'included', 'includes', 'affected',
];

/** Determiners of a noun phrase. */
export const DETERMINER_WORDS = [
  'a third',
  'a second',
  'a fourth',
  'a',
  'an',
  'another',
  'one',
  'some',
  'several',
  'many',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'all the',
  'all',
  'both',
];

/**
 * "an unemployed local resident", "a 10-member gang", "three men", "its customers":
 * determiner, number, up to four modifiers (fewest first), a head noun that is
 * not itself the modifier of a following noun ("customer records", "state employees").
 * A modifier is a word that is no function word, no verb and no plural head.
 * Matched by word lookups (np-lookup.ts): as one regex it cost V8 tens of
 * milliseconds to compile on every start.
 */
export const NOMINAL_LISTS: NominalLists = {
  determiners: DETERMINER_WORDS,
  numberWords: Object.keys(NUMBER_WORDS),
  nonModifiers: [...NON_MODIFIERS, ...VERBS_NOT_MODIFIERS],
  pluralHeads: HEADS.flatMap((h) => h.plural),
  heads: ALL_HEADS,
  modifiedNouns: MODIFIED_NOUNS,
};
export const NOMINAL = new NominalMatcher(NOMINAL_LISTS);

/** "Zhabei District police", "the Ministry of Public Security", "the FBI", "the Shanghai Pudong People's Court". */
const AUTHORITY = new RegExp(
  `(?<![\\w-])(?:(?:the|The)\\s+)?(?:(?:local|city|state|federal|provincial|municipal|district|county|national|[A-Z][\\w'.-]*)\\s+){0,4}(?:${alternation(
    AUTHORITY_NAMES,
  )})(?:\\s+(?:department|Department|bureau|Bureau|force|station|officers|(?:of|for)\\s+[A-Z][\\w]*(?:\\s+(?:of\\s+)?[A-Z][\\w]*){0,3}))?(?![\\w-])`,
  'g',
);

/** A capitalized name token: "YTO", "Express", "iCloud", "Scotty's", "AT&T". */
const NAME_TOKEN = `(?:[A-Z][\\w&'.-]*[\\w]|[A-Z]|[a-z][A-Z][\\w-]*)`;
/** "YTO Express", "Bank of America", "NHS Ayrshire & Arran", "The Shadow Brokers". */
const NAME = new RegExp(
  `(?<![\\w&'-])(?:(?:the|The)\\s+)?${NAME_TOKEN}(?:(?:\\s+(?:of|for|de|and|&)\\s+|\\s+|\\s*&\\s*)${NAME_TOKEN})*`,
  'g',
);

/** Pronouns; "it" only where it is a subject that is not a placeholder ("it is unclear"). */
const PRONOUN = /(?<![\w'-])(he|him|his|she|her|it|its|they|them|their)(?![\w'-])/gi;
const IT_SUBJECT =
  /^\s+(?:\w+ly\s+)?(?:was|is|has|had|have|said|says|would|will|could|can|did|does|may|might|must|should|also|then|now|later|first|discovered|learned|detected|found|notified|confirmed|announced|believes|became|takes|took|began|started|reported|stated|added|fixed|patched|hired|launched|expects|continues|plans|apologi[sz]ed|works|worked|[a-z]+ed)\b/;
const IT_EXPLETIVE =
  /^\s+(?:(?:has|had)\s+(?:since\s+|also\s+|now\s+)?been\s+\w+ed\s+that|(?:is|was)\s+\w+ed\s+that)|^\s+(?:is|was|has been|will be|would be|remains|remained|seems|seemed|appears|appeared|may be|might be|could be)\s+(?:not\s+|also\s+|still\s+)?(?:possible|likely|unlikely|unclear|clear|known|unknown|believed|thought|estimated|important|time|difficult|hard|easy|the|a|an|too|expected|understood|reported|alleged|said|worth|necessary|critical|vital|essential|true|false|impossible|surprising|no|one|that|what|how|now|because)\b/;
/** "them" only as the object of a verb that takes people ("notified them"). */
const THEM_AFTER =
  /(?:arrested|detained|charged|notified|told|warned|alerted|contacted|urged|asked|sentenced|fined|caught|apprehended|emailed|informed|targeted|defrauded|scammed|tricked|sued)\s+$/i;

/** "All three men were arrested", "both suspects": the people already named, together. */
const COLLECTIVE = new RegExp(
  `(?<![\\w-])(?:all|the|these|those)\\s+(?<num>\\d{1,3}|${NUM_ALT})\\s+(?:men|women|suspects|defendants|people|persons|individuals|members|gang\\s+members)(?![\\w-])|(?<![\\w-])both\\s+(?:men|women|suspects|defendants)(?![\\w-])|(?<![\\w-])the\\s+(?<pair>pair|duo|trio|two|three|four|five|six)(?=\\s*[,;:)]|\\.(?!\\d)|\\s+(?:were|was|are|had|have|has|in|on|at|last|this|that|with|for|who|later|also|then|each|all|after|before|over|from|until|between|during|together|jointly)(?![\\w'-]))|(?<=\\b(?:arrested|arresting|detained|detaining|apprehended|apprehending|nabbed|caught|rounded\\s+up|rounding\\s+up|held)\\s+(?:a\\s+total\\s+of\\s+|at\\s+least\\s+|more\\s+than\\s+|over\\s+|another\\s+)?)(?<num2>\\d{1,3}(?:,\\d{3})+|\\d{1,6}|${NUM_ALT})\\s+(?:people|persons|individuals)(?![\\w-])`,
  'gi',
);

/**
 * Key words of the rules above, for a cheap test before the regex runs: every
 * match holds one of them as a whole run of ASCII letters (AUTHORITY: the
 * first word of a name, case as written; COLLECTIVE: its noun, and a digit or
 * a number word, any case).
 */
const AUTHORITY_FIRST_WORDS = [...new Set(AUTHORITY_NAMES.map((n) => /^[A-Za-z]+/.exec(n)![0]))];
const PARTITIVE_CUE = /\sof\s+(?:the|these|those|its|their|his|her)\s/i;
const COLLECTIVE_NOUNS = ['men', 'women', 'suspects', 'defendants', 'people', 'persons', 'individuals', 'members', 'pair', 'duo', 'trio', 'the'];
/** "the pair", "the trio": how many people. */
const PAIR_SIZE: Readonly<Record<string, number>> = { pair: 2, duo: 2, trio: 3 };
const NUMBER_KEYS = Object.keys(NUMBER_WORDS);

/** ", who then resold": relative pronoun after a mention and a comma. */
const RELATIVE = /,\s*(who|which)(?![\w-])/g;

const KIND_OF: Record<HeadClass, (plural: boolean) => PartyKind> = {
  attacker: (p) => (p ? 'group' : 'person'),
  suspect: (p) => (p ? 'group' : 'person'),
  insider: (p) => (p ? 'group' : 'person'),
  trader: (p) => (p ? 'group' : 'person'),
  people: (p) => (p ? 'group' : 'person'),
  person: (p) => (p ? 'group' : 'person'),
  owner: () => 'person',
  spokesperson: () => 'person',
  gang: () => 'group',
  org: () => 'organization',
  authority: () => 'authority',
};

function definiteness(det: string | undefined): Definiteness {
  if (!det) return 'bare';
  const d = det.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:a|an|another|one|some|several|many|a third|a second|a fourth)$/.test(d)) return 'indefinite';
  if (/^(?:this|that|these|those)$/.test(d)) return 'demonstrative';
  if (/^(?:its|his|her|their|our)$/.test(d)) return 'possessive';
  return 'definite';
}

function blank(start: number, end: number, rule: string): Draft {
  return {
    start,
    end,
    rule,
    form: 'nominal',
    kind: null,
    cls: 'person',
    head: '',
    mods: [],
    plural: false,
    animate: null,
    definite: 'bare',
    size: null,
    name: null,
    location: null,
    insiderCue: false,
    appositive: false,
    // Every optional field set here, in one order: all mentions share one
    // hidden class, so the resolver's hot functions stay monomorphic.
    count: null,
    generic: false,
    possessor: false,
    nameCue: false,
    memberOf: null,
  };
}

/** A proper name as a draft: an organization until something shows a person. */
function nameDraft(start: number, end: number, name: string, rule: string, kind: 'person' | 'organization'): Draft {
  const d = blank(start, end, rule);
  d.form = 'name';
  d.cls = 'named';
  d.kind = kind;
  d.head = name.toLowerCase();
  d.name = name;
  d.definite = 'definite';
  d.animate = kind === 'person';
  return d;
}

/** A draft as a mention of sentence `sentence`: every field listed, in the order of `blank`. */
function toMention(d: Draft, sentence: number): Mention {
  const m: Mention & { _parent?: Mention; _linked?: Mention; _forced?: Mention } = {
    start: d.start,
    end: d.end,
    form: d.form,
    kind: d.kind,
    cls: d.cls,
    head: d.head,
    mods: d.mods,
    plural: d.plural,
    animate: d.animate,
    definite: d.definite,
    size: d.size,
    name: d.name,
    location: d.location,
    insiderCue: d.insiderCue,
    appositive: d.appositive,
    count: d.count ?? null,
    generic: d.generic ?? false,
    possessor: d.possessor ?? false,
    nameCue: d.nameCue ?? false,
    memberOf: d.memberOf ?? null,
    id: -1,
    sentence,
    parent: null,
    linked: null,
    forced: null,
    hidden: false,
    _parent: undefined,
    _linked: undefined,
    _forced: undefined,
  };
  return m;
}

const matches = (re: RegExp | Matcher, s: string): Generator<RegExpExecArray> => execAll(re, s);

/** Occupations held inside the organization whose data they handle ("a kindergarten teacher", "a bank teller"). */
const OCCUPATIONS = /^(?:teacher|doctor|nurse|receptionist|cashier|accountant|teller|courier|postman|manager|supervisor)$/;
const FORMER = /^(?:former|ex-\w+|retired|one-time)$/i;
/** A sale that is only planned or offered: "would be sold [\"]to", "will sell it to", "looking for". */
const HOPED_FOR_BEFORE =
  /\b(?:(?:would|will|could|may|might|to)\s+(?:only\s+)?(?:be\s+)?(?:sold|sell|offered|given)(?:\s+(?:it|them|the\s+\w+))?\s+["\u201c]?(?:only\s+)?to|looking\s+for|seeking|find)\s+(?:an?\s+|one\s+|the\s+)?(?:[\w-]+\s+)?$/i;
/** Bare people nouns that name everybody ("citizens' personal information"). */
const GENERIC_PEOPLE = /^(?:citizens|citizen|netizens|the public)$/;
/** After a plural: a habit or a possibility, not an event ("who leak data", "could", "often"). */
const GENERIC_AFTER =
  /^\s+(?:(?:who|that)\s+(?:often\s+|typically\s+|usually\s+|routinely\s+)?(?!(?:had|have|has|were|was|is|are|did|then|allegedly|later|also)\b)[a-z]+(?<!ed)\b(?!\s+(?:been|to\s+the\s+incident))|(?:could|can|may|might|would|often|typically|usually|generally|commonly|frequently|routinely|tend\s+to|are\s+(?:known|likely|able)\s+to|increasingly|continue\s+to)\b)/;
/** "Two of the suspects": a count out of a group. */
export const PARTITIVE = new PartitiveMatcher(
  Object.keys(NUMBER_WORDS).filter((w) => w !== 'both'),
  ALL_HEADS,
);
/** Hyphenated adjectives that look like names. */
const ADJECTIVE_NAME = /-(?:language|speaking|based|born|owned|linked|backed|registered|made|headquartered|listed|sponsored|affiliated|focused|style)$/i;
/** Capitalized titles at the head of a name: "Company President", "Deputy Commissioner", "Superintendent". */
const NAME_TITLE = new RegExp(
  String.raw`^(?:(?:Company|Deputy|Vice|Assistant|Acting|Senior|Chief|Executive|Managing|General|Police|Detective|Chief\s+Executive|Additional|Joint|Principal|District|County|State)\s+)*` +
    String.raw`(?:President|Chairman|Chairwoman|Chair|Director|Superintendent|Commissioner|Inspector|Sub-Inspector|Sergeant|Constable|Spokesperson|Spokesman|Spokeswoman|Officer|Minister|Secretary|Judge|Justice|Magistrate|Professor|Prosecutor|Manager|Counsel|Mayor|Governor|Senator|Principal|Dean|CEO|CTO|CISO|CFO|COO|${POLICE_RANKS.join('|')})\s+(?:\([^()]{2,30}\)\s+)?(?=\p{Lu})`,
  'u',
);
/** Titles of someone who speaks for the organization. */
const SPEAKER_TITLE_WORD = /\b(?:President|Chairman|Chairwoman|Chair|Spokes(?:person|man|woman)|CEO|CTO|CISO|CFO|COO|Chief\s+Executive|Managing\s+Director|General\s+Counsel)\b/;
/** A title right before a name of someone who speaks for an organization. */
const SPEAKER_TITLE_BEFORE =
  /\b(?:spokes(?:person|man|woman)|representative|chief\s+(?:executive|[a-z]+\s+officer)|CEO|CTO|CISO|CFO|COO|president|chairman|chairwoman|general\s+counsel)(?:\s+|,\s+)$/i;
/** A title right before a person's name: "Superintendent Raymond Kwok", "lawyer Zhu Ran", "researcher Mikael Rosendahl". */
const PERSON_TITLE_BEFORE = new RegExp(
  String.raw`\b(?:superintendent|inspector|detective|sergeant|constable|officer|commissioner|judge|magistrate|prosecutor|lawyer|attorney|researcher|analyst|professor|director|manager|founder|patient|plaintiff|resident|student|teacher|doctor|nurse|mayor|governor|principal|${POLICE_RANKS.join('|')})\s+(?:\([^()]{2,30}\)\s+)?$`,
  'i',
);
/** Officials who speak for the police, a ministry or a district: "DCP (Central Noida)", "Superintendent". */
const OFFICIAL_WORDS = ['superintendent', 'inspector', 'commissioner', 'mayor', 'governor', 'minister', 'secretary', 'principal', ...POLICE_RANKS];
const OFFICIAL_TITLE_BEFORE = new RegExp(`\\b(?:${[...OFFICIAL_WORDS, 'spokes(?:person|man|woman)'].join('|')})\\s+(?:\\([^()]{2,30}\\)\\s+)?$`, 'i');
const OFFICIAL_SET = new Set(OFFICIAL_WORDS.map((w) => w.toLowerCase()));
/** The head of a title ("Acting Principal Magistrate" -> magistrate, "DCP (Central Noida)" -> dcp). */
const titleHead = (title: string): string => (/(\S+)\s+(?:\([^()]*\)\s*)?$/.exec(title)?.[1] ?? '').toLowerCase();
/** "Suspecting a leak, investigators ...": what may follow a participle opening a sentence. */
const PARTICIPLE_AFTER = /^\s+(?:a|an|the|that|this|his|her|its|their|on|in|at|to|for|with|from|up|out|over|through|into|about|as|after)\b/;
/** A verb of speech right after a name: "Anita Rawat said", "Lau told reporters". */
const SPEECH_AFTER = /^\s*(?:,[^,]{1,60},\s*)?(?:said|says|told|added|explained|stated|announced|confirmed|noted|warned)\b/;
/** A copula and a determiner right before a noun: the noun is said of the subject ("were the victims of"). */
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|became|become|becomes|becoming|fell)\s+(?:(?:the|a|an|one\s+of\s+the|among\s+the)\s+)?(?:(?:latest|first|biggest|largest|newest|main|primary|unwitting|unsuspecting)\s+)?$/i;
/** The lower-case word right before a phrase: "telecom" of "to telecom fraud gangs". */
const NOUN_BEFORE = /(?<![A-Za-z'-])([a-z][a-z-]+)\s+$/;
/** Where a phrase is, between it and a relative clause: "employees at 20 outlets in Jieyang and Shantou in Guangdong, who". */
const PLACE_TAIL = /^(?:\s+(?:in|from|of|at|near)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3}){1,3}$/u;
/** Words after a handle cue that are no handle: "going by the name", "called it a day". */
const NOT_HANDLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'name', 'names', 'and', 'or', 'of', 'to', 'in']);

/** After an outlet's name: it reports ("has learned", "reported", "first reported"). */
const REPORTED_AFTER = /^(?:'s)?\s+(?:has\s+|have\s+|had\s+|first\s+)?(?:learned|learnt|reported|reports|revealed|understands|obtained\s+a\s+copy|saw|has\s+seen|confirmed)\b/i;
/** Before an outlet's name: it is the source ("according to", "told", "contacted by", "reported by"). */
const SOURCE_BEFORE = /\b(?:according\s+to|told|telling|contacted\s+by|being\s+contacted\s+by|reported\s+by|first\s+reported\s+by|in\s+an\s+interview\s+with|speaking\s+to|spoke\s+to)\s+(?:the\s+)?$/i;
/** Campaign and operation names. */
const CAMPAIGN_NAME = /^(?:Operation|Project|Campaign|Action|Exercise)\s/;
const CAMPAIGN_AFTER = /^(?:\s+\d{2,4})?["”'’]?\s+(?:drive|campaign|operation|crackdown|initiative|programme|program|project|action|movement|inspection)\b/i;
/** Between a name and its alias: " alias ", " aka ", ", also known as ". */
const ALIAS_GAP = /^,?\s+(?:alias|aka|a\.k\.a\.?|also\s+known\s+as)\s+["\u201c']?$/i;
/** Words that introduce a person's name: "surnamed Lu", "a man named Lin", "his surname Fang". */
const NAME_CUE =
  /\b(?:named|surnamed|surname|called|identified\s+(?:only\s+)?as|known\s+as|nicknamed|alias|family\s+name|call(?:s|ing)?\s+(?:him|her|it|them)sel(?:f|ves)|go(?:es|ing)?\s+by(?:\s+the\s+(?:handle|name|alias|username))?|(?:the\s+)?(?:handle|username|user\s+name|moniker|screen\s+name|pseudonym|online\s+alias))\s+["\u201c']?$/i;
/**
 * An online handle, lower case or with digits, after a handle cue: "a seller
 * calling himself darkfox99", "the handle \"jadeviper\"", "going by x_leaks".
 * Capitalized handles are names already.
 */
const HANDLE =
  /\b(?:call(?:s|ing|ed)?\s+(?:him|her|it|them)sel(?:f|ves)|go(?:es|ing)?\s+by(?:\s+the\s+(?:handle|name|alias|username))?|(?:handle|username|user\s+name|moniker|screen\s+name|pseudonym|online\s+alias))\s+["\u201c']?(?<h>[a-z0-9_][\w.-]{1,30}[\w])(?=["\u201d']?(?:[\s,.;:)]|$))/g;
/** Names of authorities by their last word: regulators, prosecutors, courts. */
const AUTHORITY_NAME_END =
  /(?:^|\s)(?:Commission|Commissioner|Commissioner's\s+Office|Procuratorate|Regulator|Regulatory\s+Authority|Protection\s+Authority|Ombudsman|Inspectorate|Police|Court|Prosecutor's\s+Office|Prosecution\s+Service)$/;

/** Names of government bodies by their first words: "Ministry of Digital Affairs", "Department of Health and Human Services". */
const AUTHORITY_NAME_START =
  /^(?:the\s+)?(?:(?:U\.S\.|US|UK|Federal|State|National)\s+)?(?:Ministry|Department|Bureau|Agency|Administration|Commission)\s+(?:of|for)\s+\p{Lu}|^(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){1,2}(?:Department|Bureau|Office|Division)\s+of\s+(?:Insurance|Health|Public\s+Health|Justice|Labor|Labour|Education|Revenue|Taxation|Motor\s+Vehicles|Financial|Banking|Consumer|Commerce|Human\s+Services|Homeland|Corrections|Public\s+Safety|State\s+Police|Investigation|Information\s+Technology)\b/u;
/** -ing words that are adjectives or nouns in a description ("a leading firm", "consulting company"). */
const ING_MODIFIERS = /^(?:leading|existing|remaining|hacking|banking|gaming|shopping|dating|consulting|marketing|training|publishing|messaging|trading|computing|accounting|advertising|manufacturing|operating|ruling|booking|ticketing|shipping|housing|nursing|recruiting|lending|betting|streaming|accommodating|outstanding|missing|unsuspecting|participating|paying|ongoing|outsourcing|hosting|staffing|printing|cleaning|catering|engineering|processing|networking|broadcasting|packaging|parking|learning|ride-hailing|matching|recruiting|hiring|logistics)$/i;

/** Verbs that read as modifiers after "to" or a modal: "to trick people", "could infect users". */
const BASE_VERBS =
  /^(?:trick|infect|protect|target|steal|hack|attack|defraud|scam|lure|fool|help|warn|notify|alert|affect|impact|harm|reach|contact|encourage|force|allow|urge|ask|compromise|exploit|entice|deceive|dupe|victimize|spy|track|monitor|spam|phish|extort|blackmail|threaten|ransom|inform|tell|remind|advise|redirect|expose|serve|keep|leave|put|get|make|give|send|lock|prevent|stop|block|identify|find|pay|reimburse|compensate|reassure|mislead|impersonate|convince|persuade)$/i;

/**
 * Index of the last modifier that cannot be one (an adverb, a verb form), or
 * -1. `before` is the text before the phrase: after "to" or a modal the first
 * word of a bare phrase is a verb ("to trick people", "could infect users").
 */
function lastBadModifier(mods: readonly string[], before: string, bare: boolean): number {
  let bad = -1;
  mods.forEach((w, i) => {
    if (/ly$/i.test(w) && !/^(?:early|family|elderly|friendly|daily|weekly|monthly|yearly|only)$/i.test(w)) bad = i;
    // "ride-hailing", "money-lending": a hyphenated compound is an adjective.
    else if (/ing$/i.test(w) && !ING_MODIFIERS.test(w) && !/^[A-Z]/.test(w) && !/^[a-z]+-[a-z]+ing$/i.test(w)) bad = i;
    else if (/'s?$/.test(w)) bad = i;
  });
  if (bare && mods.length && bad < 0 && BASE_VERBS.test(mods[0]!) && /\b(?:to|can|could|will|would|may|might|must|should|did|does|do|help|helps|let|lets)\s+$/i.test(before)) bad = 0;
  return bad;
}

/** Authority words that are common nouns in lower case ("officers", "prosecutors"). */
const AUTHORITY_COMMON = new Set(AUTHORITY_NAMES.filter((w) => /^[a-z]+$/.test(w)));

/** Base phrases of one sentence (`sv` is the view of it, `off` its start offset). */
function baseMentions(sv: string, off: number): Draft[] {
  const out: Draft[] = [];
  // The sentence's letter runs: the rare rules below run only where their key words occur.
  const words = new Set(sv.match(/[A-Za-z]+/g));
  const lowerWords = new Set<string>();
  for (const w of words) lowerWords.add(w.toLowerCase());
  const hasAny = (set: ReadonlySet<string>, keys: readonly string[]): boolean => keys.some((k) => set.has(k));

  if (hasAny(words, AUTHORITY_FIRST_WORDS))
  for (const m of matches(AUTHORITY, sv)) {
    let start = m.index;
    const end = m.index + m[0].length;
    // "When police", "After Police": a capitalized opener is not part of the name.
    const words = m[0].split(/\s+/);
    let skip = 0;
    while (skip < words.length - 1 && (NOT_NAMES.has(words[skip]!) && words[skip] !== 'Police' && words[skip] !== 'Court')) {
      start += words[skip]!.length;
      while (/\s/.test(sv[start]!)) start++;
      skip++;
    }
    const phrase = sv.slice(start, end);
    const d = blank(off + start, off + end, 'parties/authority');
    d.form = 'nominal';
    d.kind = 'authority';
    d.cls = 'authority';
    d.head = COURT_WORDS.test(phrase) ? 'court' : /polic/i.test(phrase) ? 'police' : phrase.replace(/^the\s+/i, '').toLowerCase();
    d.plural = /(?:s|police)$/i.test(phrase) && !/\b(?:office|services?|news)$/i.test(phrase);
    d.definite = 'definite';
    const bare = phrase.replace(/^the\s+/i, '');
    // "Detectives traced ...": a common noun capitalized at the start of a sentence is no name.
    const common = /^[A-Z][a-z]+$/.test(bare) && AUTHORITY_COMMON.has(bare.toLowerCase());
    if (!common && /[A-Z]/.test(bare.replace(/^(?:Police|Court)\b/, '')) && !/^(?:[a-z]+\s+)*(?:police|court)$/.test(bare)) d.name = bare;
    out.push(d);
  }

  for (const m of matches(NOMINAL, sv)) {
    const g = m.groups!;
    const headText = g['head']!;
    const info = HEAD_INFO.get(headText.toLowerCase().replace(/\s+/g, ' '));
    if (!info) continue;
    // "a contractor accused of selling": the participle, no "accused" of its own.
    if (/^accused$/i.test(headText) && /^\s+(?:of|by)\b/i.test(sv.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    let det = g['det'];
    let definite = definiteness(det);
    // "a local maternal and child health hospital": adjectives joined by "and" before the phrase.
    if (definite === 'bare' && !g['num'] && !info.plural) {
      const co = COORDINATED_MODS.exec(sv.slice(Math.max(0, m.index - 48), m.index));
      if (!co || co[2]!.trim().split(/\s+/).some((w) => NON_MODIFIER_SET.has(w.toLowerCase()))) continue;
      m.index -= co[0].length;
      m[0] = sv.slice(m.index, m.index + co[0].length + m[0].length);
      det = co[1];
      definite = definiteness(det);
    }
    // "several children's photography studios": a plural possessive that classifies the head after it.
    let headEnd = m.index + m[0].length;
    let headInfo = info;
    let headWord = headText;
    if ((info.cls === 'people' || info.cls === 'person') && info.plural) {
      const cl = CLASSIFIER_POSSESSIVE.exec(sv.slice(headEnd, headEnd + 48));
      // The first of up to three words that is an organization head: "'s photography studios".
      const words = cl ? [...cl[0].matchAll(/[a-z][\w-]*/g)] : [];
      const hit = words.find((w) => HEAD_INFO.get(w[0].toLowerCase())?.cls === 'org' && !NON_MODIFIER_SET.has(w[0].toLowerCase()));
      if (hit && !words.slice(0, words.indexOf(hit)).some((w) => NON_MODIFIER_SET.has(w[0].toLowerCase()))) {
        headEnd += hit.index! + hit[0].length;
        headInfo = HEAD_INFO.get(hit[0].toLowerCase())!;
        headWord = hit[0];
      }
    }
    let mods = (g['mods'] ?? '').trim().split(/\s+/).filter(Boolean);
    // "said that hackers": "that" before a plural is a conjunction, no determiner.
    if (det && /^(?:this|that)$/i.test(det) && info.plural) {
      const rest = m[0].slice(det.length).replace(/^\s+/, '');
      if (!rest) continue;
      m.index += m[0].length - rest.length;
      m[0] = rest;
      det = undefined;
      definite = 'bare';
    }
    // "potential customers", "prospective buyers": nobody yet.
    if (mods.some((w) => /^(?:potential|prospective|would-be|future)$/i.test(w))) continue;
    let mStart = m.index;
    // Modifiers that are not adjectives or nouns ("usually attackers", "to
    // trick people", "targeting individuals") end the phrase before them.
    const bad = lastBadModifier(mods, sv.slice(Math.max(0, m.index - 12), m.index), definite === 'bare');
    if (bad >= 0) {
      const kept = mods.slice(bad + 1);
      const headAt = m.index + m[0].length - headText.length;
      mStart = kept.length ? m.index + m[0].lastIndexOf(kept.join(' ').split(' ')[0]!, headAt - m.index) : headAt;
      mods = kept;
      if (!info.plural && !g['num']) continue;
    }
    // "telecom fraud gangs": a singular head noun right before a bare plural phrase (read alone, and dropped,
    // as a bare singular) modifies it.
    if (definite === 'bare' && info.plural && bad < 0 && !g['num']) {
      const tail = sv.slice(Math.max(0, mStart - 24), mStart);
      const prev = NOUN_BEFORE.exec(tail);
      const w = prev?.[1];
      if (w !== undefined && HEAD_INFO.get(w)?.plural === false && !NON_MODIFIER_SET.has(w)) {
        mStart -= tail.length - prev!.index;
        mods = [w, ...mods];
      }
    }
    const d = blank(off + mStart, off + headEnd, 'parties/nominal');
    d.cls = headInfo.cls;
    d.head = headWord.toLowerCase().replace(/\s+/g, ' ');
    d.mods = mods.map((w) => w.toLowerCase());
    d.plural = headInfo.plural;
    d.kind = KIND_OF[headInfo.cls](headInfo.plural);
    d.animate = headInfo.cls === 'org' ? false : headInfo.cls === 'gang' ? null : true;
    d.definite = bad >= 0 ? 'bare' : definite;
    // "three men", "10 suspects": the number is the size of the group.
    const num = g['num'] ? readNumber(g['num']) : null;
    if (num !== null && num > 0 && headInfo.cls !== 'people' && headInfo.cls !== 'org') {
      d.size = num;
      d.kind = 'group';
    }
    // "a 10-member gang", "a five-man ring"
    const sized = mods.join(' ').match(/(\d+|[a-z]+)-(?:member|man|person|strong)\b/i);
    if (sized) {
      const n = readNumber(sized[1]!);
      if (n !== null && n > 0) d.size = n;
    }
    if (headInfo.cls === 'insider') d.insiderCue = true;
    // "a kindergarten teacher", "a bank teller": an occupation inside the organization that holds the data.
    if (headInfo.cls === 'person' && OCCUPATIONS.test(d.head) && !d.mods.some((w) => FORMER.test(w))) d.insiderCue = true;
    if (num !== null) d.count = num;
    // "infringing on citizens' personal information", "members of the public": nobody in particular.
    if (d.definite === 'bare' && !mods.length && num === null && GENERIC_PEOPLE.test(d.head)) continue;
    // "without the consent of the data user": the legal term for whoever controls the data, nobody of the case.
    if (/^users?$/.test(d.head) && mods.length === 1 && mods[0] === 'data') continue;
    if (headInfo.cls === 'people' && /^\s+of\s+the\s+public\b/i.test(sv.slice(headEnd, headEnd + 16))) continue;
    if (/^victims?$/.test(d.head) && mods.length === 0) {
      // "X were the victims of a phishing scam", "the town became the victim of": the subject is the victim.
      if (COPULA_BEFORE.test(sv.slice(Math.max(0, mStart - 40), mStart))) continue;
      // "on a victim's computer": anyone's, nobody in particular.
      if (d.definite === 'indefinite' && /^['\u2019]s\s/.test(sv.slice(headEnd, headEnd + 3))) continue;
    }
    // "insiders who leak data", "hackers could", "the brokers who resell it": a kind of actor, no actor.
    if (headInfo.plural && num === null && (d.definite === 'bare' || d.definite === 'definite') && GENERIC_AFTER.test(sv.slice(headEnd, headEnd + 40)))
      d.generic = true;
    // "would be sold to one buyer only", "will sell to the highest bidder": a buyer the seller hopes for.
    if (headInfo.cls === 'trader' && HOPED_FOR_BEFORE.test(sv.slice(Math.max(0, mStart - 50), mStart))) d.generic = true;
    out.push(d);
  }

  // "Two of the suspects", "three of the buyers": a new group of that many, taken out of the others.
  if (lowerWords.has('of') && PARTITIVE_CUE.test(sv))
  for (const m of matches(PARTITIVE, sv)) {
    // "310,000 of those customers": the end of a larger number is no count of its own.
    if (/[\d][,.]?$/.test(sv.slice(Math.max(0, m.index - 2), m.index))) continue;
    const headText = m.groups!['head']!;
    const info = HEAD_INFO.get(headText.toLowerCase().replace(/\s+/g, ' '));
    if (!info || !info.plural || info.cls === 'org' || info.cls === 'authority') continue;
    const d = blank(off + m.index, off + m.index + m[0].length, 'parties/partitive');
    d.cls = info.cls;
    d.head = headText.toLowerCase().replace(/\s+/g, ' ');
    d.plural = true;
    d.kind = 'group';
    d.animate = true;
    d.definite = 'indefinite';
    const n = readNumber(m.groups!['num']!);
    d.size = n;
    d.count = n;
    if (info.cls === 'insider') d.insiderCue = true;
    out.push(d);
  }

  for (const m of matches(HANDLE, sv)) {
    const h = m.groups!['h']!;
    if (NOT_HANDLES.has(h.toLowerCase())) continue;
    const at = m.index + m[0].length - h.length;
    // "calling himself innocent": a plain word is a handle only in quotes or after "handle", "username".
    const quoted = /["\u201c']$/.test(sv.slice(0, at));
    if (!quoted && !/[\d_]/.test(h) && !/(?:handle|name|moniker|pseudonym|alias)\s+$/i.test(sv.slice(0, at))) continue;
    const d = nameDraft(off + at, off + at + h.length, h, 'parties/handle', 'person');
    d.nameCue = true;
    out.push(d);
  }

  for (const m of matches(NAME, sv)) {
    let text = m[0];
    let start = m.index;
    // Leading openers and "The" are not the name: "When YTO Express" -> "YTO Express".
    for (;;) {
      const w = text.match(/^([A-Za-z]+)\s+/);
      if (!w || !NOT_NAMES.has(w[1]!)) break;
      start += w[0].length;
      text = text.slice(w[0].length);
    }
    // "Company President Kenji Morioka", "Superintendent Raymond Kwok": the title is no part of the name.
    let titled: 'speaker' | 'person' | null = null;
    const title = NAME_TITLE.exec(text);
    if (title && text.length > title[0].length) {
      titled = SPEAKER_TITLE_WORD.test(title[0]) ? 'speaker' : 'person';
      start += title[0].length;
      text = text.slice(title[0].length);
    }
    // "Cathay's passenger data": the possessive is not part of the name.
    let end = start + text.length;
    if (/'s$/.test(text)) {
      end -= 2;
      text = text.slice(0, -2);
    }
    if (!text || text.split(/\s+/).every((w) => NOT_NAMES.has(w) || /^(?:of|for|de|and|&)$/.test(w))) continue;
    if (/^[A-Z][a-z]+$/.test(text) && NOT_NAMES.has(text)) continue;
    // "Suspecting a leak, investigators ...", "Acting on a tip, police ...": a participle opening a sentence.
    if (/^[A-Z][a-z]+ing$/.test(text) && PARTICIPLE_AFTER.test(sv.slice(end, end + 8)) && /(?:^|[.!?]["”']?\s+)$/.test(sv.slice(Math.max(0, start - 4), start))) continue;
    // "Finland's Office of the Data Protection Ombudsman": the office is the authority named after "of".
    if (/(?:^|\s)(?:Office|Ministry|Department|Bureau|Agency|Commission)$/.test(text) && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(sv.slice(end, end + 12))) continue;
    // "Russian-language", "Singapore-based": an adjective, no name.
    if (ADJECTIVE_NAME.test(text)) continue;
    // "the European Economic Area", "Southeast Asia": a region, no actor.
    if (REGION_NAME.test(text)) continue;
    // "TechCrunch has learned", "according to Reuters", "told Reuters": the outlet reports, it takes no part.
    if (NEWS_OUTLET.test(text) && (REPORTED_AFTER.test(sv.slice(end, end + 40)) || SOURCE_BEFORE.test(sv.slice(Math.max(0, start - 30), start)))) continue;
    // "Operation Shadow", "the "Clean Net 2020" drive": the name of a campaign, no actor.
    if (CAMPAIGN_NAME.test(text)) continue;
    const after = sv.slice(end, end + 40);
    // "S$12,400", "HK$1.2 million", "NT$500": a currency, no name.
    if (after.startsWith('$')) continue;
    const before = sv.slice(Math.max(0, start - 24), start);
    if (/["“'‘]$/.test(before) && /^(?:\s+\d{2,4})?["”'’]/.test(after)) continue;
    if (CAMPAIGN_AFTER.test(after)) continue;
    const d = nameDraft(off + start, off + end, text, 'parties/name', 'organization');
    // "Mr Hogg", "Dr Alison Graham": a title makes a person; so do "surnamed Lu", "named Lin", "Xu Lin, 33,".
    // "Rohit Malhotra (29)", "Sameer Khan alias Sunny": an age in brackets, an alias.
    if (/(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$/.test(sv.slice(Math.max(0, start - 6), start)) || /^,\s*(?:aged\s+)?\d{1,2},/.test(after) || /^\s*\(\d{1,2}\)/.test(after) || /^\s+alias\s+\p{Lu}/u.test(after)) {
      d.kind = 'person';
      d.animate = true;
    }
    // "Ridgeview spokesperson Karen Odom", "Chief technology officer Paolo Villanueva": who speaks for the company.
    // "DCP (Central Noida) Anita Rawat said", "Superintendent Renata Alvarez said": an official who speaks
    // for the police or the district.
    const official = (OFFICIAL_SET.has(titleHead(title?.[0] ?? '')) || OFFICIAL_TITLE_BEFORE.test(sv.slice(Math.max(0, start - 40), start))) && SPEECH_AFTER.test(after);
    if (titled === 'speaker' || official || SPEAKER_TITLE_BEFORE.test(sv.slice(Math.max(0, start - 40), start))) {
      d.kind = 'person';
      d.animate = true;
      d.cls = 'spokesperson';
    } else if (titled === 'person' || PERSON_TITLE_BEFORE.test(sv.slice(Math.max(0, start - 40), start))) {
      d.kind = 'person';
      d.animate = true;
    }
    if (NAME_CUE.test(before)) {
      // "a gang calling itself Nightjar", "a group calling themselves X": a group's name, no person's.
      if (!/\bcall(?:s|ing|ed)?\s+(?:it|them)sel(?:f|ves)\s+["\u201c']?$/i.test(before)) {
        d.kind = 'person';
        d.animate = true;
      }
      d.nameCue = true;
    }
    // "A Carraway & Lowe spokesperson": the company's spokesperson, one phrase.
    const det = /(?:^|[^\w'-])(an?|the)\s+$/i.exec(sv.slice(Math.max(0, start - 5), start));
    const sp = det ? NAMED_SPOKESPERSON.exec(sv.slice(end, end + 24)) : null;
    if (det && sp) {
      const n = blank(off + start - det[0].length + (det[0].length - det[0].trimStart().length), off + end + sp[0].length, 'parties/nominal');
      n.cls = 'spokesperson';
      n.head = sp[1]!.toLowerCase();
      n.mods = [text.toLowerCase()];
      n.kind = 'person';
      n.animate = true;
      n.definite = definiteness(det[1]);
      out.push(n);
    }
    // "the Personal Data Protection Commission": a regulator, "X People's Procuratorate": an authority.
    if (AUTHORITY_NAME_END.test(text) || AUTHORITY_NAME_START.test(text)) {
      d.kind = 'authority';
      d.cls = 'authority';
      d.form = 'nominal';
      d.rule = 'parties/authority';
    }
    out.push(d);
  }

  for (const m of matches(PRONOUN, sv)) {
    const p = m[1]!.toLowerCase();
    const after = sv.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (p === 'it' && (!IT_SUBJECT.test(after) || IT_EXPLETIVE.test(after))) continue;
    if (p === 'them' && !THEM_AFTER.test(sv.slice(Math.max(0, m.index - 20), m.index))) continue;
    const info = PRONOUNS[p]!;
    const d = blank(off + m.index, off + m.index + m[0].length, 'parties/pronoun');
    d.form = 'pronoun';
    d.cls = 'pronoun';
    d.head = p;
    d.plural = info.plural;
    d.animate = info.animate;
    d.definite = 'definite';
    out.push(d);
  }

  if (hasAny(lowerWords, COLLECTIVE_NOUNS) && (/\d/.test(sv) || hasAny(lowerWords, NUMBER_KEYS) || hasAny(lowerWords, ['pair', 'duo', 'trio'])))
  for (const m of matches(COLLECTIVE, sv)) {
    const d = blank(off + m.index, off + m.index + m[0].length, 'parties/collective');
    d.form = 'collective';
    d.cls = 'suspect';
    d.head = 'collective';
    d.plural = true;
    d.animate = true;
    d.definite = 'definite';
    const pair = m.groups?.['pair']?.toLowerCase();
    const n = m.groups?.['num'] ?? m.groups?.['num2'] ?? (pair && !PAIR_SIZE[pair] ? pair : undefined);
    d.size = n ? readNumber(n) : pair ? PAIR_SIZE[pair]! : 2;
    d.kind = 'group';
    out.push(d);
  }
  return out;
}

/** Keeps the longer of overlapping drafts; ties: authority, then collective, nominal, name, pronoun. */
const RULE_RANK: Record<string, number> = {
  'parties/authority': 0,
  'parties/collective': 1,
  'parties/partitive': 1.5,
  'parties/name': 2,
  'parties/nominal': 3,
  'parties/pronoun': 4,
};

/** On equal spans a name of two words or more ("Northwind Traders") beats the description reading. */
function rank(d: Draft): number {
  if (d.rule === 'parties/name' && !/\s/.test(d.name ?? '')) return 3.5;
  return RULE_RANK[d.rule]!;
}

function settle(drafts: Draft[]): Draft[] {
  const ranked = [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: Draft[] = [];
  for (const d of ranked) if (!kept.some((k) => k.start < d.end && d.start < k.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

/** The incident's locations, indexed for the lookups of the mention rules. */
interface Places {
  list: readonly Location[];
  /** By start offset, the first location of the list that starts there. */
  byStart: Map<number, Location>;
  /** The list is in text order without overlaps (as the recognizers give it): binary search applies. */
  ordered: boolean;
}

function indexPlaces(list: readonly Location[]): Places {
  const byStart = new Map<number, Location>();
  let ordered = true;
  list.forEach((l, i) => {
    if (!byStart.has(l.evidence.start)) byStart.set(l.evidence.start, l);
    if (l.evidence.end <= l.evidence.start || (i > 0 && l.evidence.start < list[i - 1]!.evidence.end)) ordered = false;
  });
  return { list, byStart, ordered };
}

/** Index of the first location of an ordered list that starts at or after `pos`. */
function firstFrom(list: readonly Location[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.evidence.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What may stand between the places of a place phrase: "Southwest China's Sichuan Province", "the north of Hebei". */
const PLACE_GLUE =
  /^(?:\s|,|['\u2019]s\b|\b(?:the|and|of|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|northern|southern|eastern|western)\b)*$/i;

/** A name made of places and compass words only: "Southwest China's Sichuan Province". */
function isPlacePhrase(view: string, start: number, end: number, places: Places): boolean {
  const inside: Location[] = [];
  if (places.ordered) {
    for (let i = firstFrom(places.list, start); i < places.list.length && places.list[i]!.evidence.end <= end; i++) inside.push(places.list[i]!);
  } else {
    inside.push(...places.list.filter((l) => l.evidence.start >= start && l.evidence.end <= end));
  }
  if (inside.length === 0 || inside[inside.length - 1]!.evidence.end !== end) return false;
  let at = start;
  for (const l of inside) {
    if (l.evidence.start < at) return false;
    if (!PLACE_GLUE.test(view.slice(at, l.evidence.start))) return false;
    at = l.evidence.end;
  }
  return true;
}

/** A name that is a recognized place ("Pudong New Area", "Wuhan") is not a party. */
function isPlace(d: Draft, places: Places, view: string): boolean {
  const locations = places.list;
  if (isPlacePhrase(view, d.start, d.end, places)) return true;
  const start = /^the\s/i.test(d.name ?? '') ? d.start + (d.name!.length - d.name!.replace(/^the\s+/i, '').length) : d.start;
  if (!places.ordered) {
    if (locations.some((l) => l.evidence.start <= start && d.end <= l.evidence.end)) return true;
    // "Shenzhen and Changsha": places joined by "and".
    const inside = locations.filter((l) => l.evidence.start >= start && l.evidence.end <= d.end);
    return inside.length >= 2 && inside[0]!.evidence.start === start && inside[inside.length - 1]!.evidence.end === d.end;
  }
  // Ordered without overlaps: only the last location starting at or before `start` may hold the name,
  // and the locations inside it are consecutive.
  const from = firstFrom(locations, start);
  const before = locations[from] && locations[from]!.evidence.start === start ? locations[from] : locations[from - 1];
  if (before && before.evidence.start <= start && d.end <= before.evidence.end) return true;
  let last = from;
  while (last < locations.length && locations[last]!.evidence.end <= d.end) last++;
  return last - from >= 2 && locations[from]!.evidence.start === start && locations[last - 1]!.evidence.end === d.end;
}

const OPENER_CHAR = /^["'(\s]$/;

/** A one-word name at the start of a sentence that the text also writes in lower case. */
function isCommonOpener(d: Draft, s: Sentence, view: string, lower: ReadonlySet<string>): boolean {
  if (/\s/.test(d.name ?? '')) return false;
  // Only quotes, brackets or spaces before it in the sentence (a scan that stops at the first other character).
  for (let i = s.start; i < d.start; i++) if (!OPENER_CHAR.test(view[i]!)) return false;
  return lower.has((d.name ?? '').toLowerCase());
}

/** Restrictive relative clause that identifies the actor: "who was responsible for maintaining ...". */
const RESTRICTIVE =
  /^\s+(?:who|that)\s+(?:was|were|is|are|had\s+been|has\s+been|worked|works|ran|runs|managed|manages|maintained|maintains|operated|operates|had\s+worked|used\s+to\s+work|bought|sold|stole|leaked|hacked|obtained|purchased|had\s+bought|had\s+sold|had\s+stolen)\b[^,.;:]{0,120}/;
/** "worked at", "was employed by", "were staff of" after a mention: its employer follows. */
const WORKED_AT =
  /^,?\s+(?:(?:who|had|have|has|both|all|also|previously|once|then)\s+)*(?:worked|works|work|was\s+employed|were\s+employed|is\s+employed|are\s+employed|were\s+(?:staff|employees|workers)|was\s+(?:a\s+)?(?:staff\s+member|an\s+employee|a\s+worker))\s+(?:as\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:at|for|by|in|with|of)\s+/i;
/** After a company's name: "spokesperson" ("A Carraway & Lowe spokesperson said"). */
const NAMED_SPOKESPERSON = /^\s+(spokesperson|spokesman|spokeswoman)(?![\w-])/i;
/** Before a bare phrase: "a local maternal and " (determiner, adjectives, "and"). */
const COORDINATED_MODS = /(?<![\w'-])(an?|the)\s+((?:[a-z][\w-]*\s+){1,3})and\s+$/i;
const NON_MODIFIER_SET = new Set<string>([...NON_MODIFIERS, ...VERBS_NOT_MODIFIERS]);
/** "'s photography studios" after "children", "women": up to two modifiers and a head. */
const CLASSIFIER_POSSESSIVE = /^'s?\s+(?:[a-z][\w-]*(?![\w'-])\s*){1,3}/;
/** "'s information department", "'s claims unit": a unit of the organization before it. */
const UNIT_OF = /^'s?\s+(?:[\w-]+\s+){0,2}?(?:department|division|unit|office|team|section|ward|desk|branch)(?![\w-])/i;
/** Insider cues inside a relative clause or description. */
const INSIDER_CUE =
  /\b(?:responsible\s+for|in\s+charge\s+of|work(?:ed|s|ing)?\s+(?:at|for|on\s+the\s+[\w\s-]{1,40}?\b(?:desk|team|counter|line)\s+(?:of|at))|employed\s+(?:at|by)|employee|staff|maintain(?:ed|ing)?|administ(?:er|ered|ering|rator)|managed|manages|insider)\b/i;

/**
 * Finds every mention in the sentences of one incident, in text order, with
 * nesting, links and forced coreference set.
 */
export function findMentions(view: string, sentences: readonly Sentence[], locations: readonly Location[]): Mention[] {
  const all: Mention[] = [];
  const places = indexPlaces(locations);
  // Words seen in lower case in the incident: "Researchers said" opens a sentence, it names nobody.
  const lower = new Set<string>();
  if (sentences.length) {
    const body = view.slice(sentences[0]!.start, sentences[sentences.length - 1]!.end);
    for (const w of body.match(/(?<![\w'-])[a-z][a-z'-]+/g) ?? []) lower.add(w);
  }
  for (const s of sentences) {
    const sv = view.slice(s.start, s.end);
    const base = settle(baseMentions(sv, s.start)).filter(
      (d) => !(d.form === 'name' && (isPlace(d, places, view) || isCommonOpener(d, s, view, lower))),
    );
    const ms: Mention[] = base.map((d) => toMention(d, s.index));
    extend(ms, view, s, places);
    for (const m of ms) {
      // "a colleague's account": the possessor of a thing, rarely what a later "he" means.
      if (/^'s?\s/.test(view.slice(m.end, m.end + 3))) m.possessor = true;
      // "the consent of a parent or guardian": anyone of either kind, nobody in particular.
      if (m.form === 'nominal' && m.definite === 'indefinite' && !m.plural && m.cls === 'people' && /^\s+or\s+(?:an?\s+)?[a-z]+/.test(view.slice(m.end, m.end + 24))) m.generic = true;
    }
    all.push(...ms);
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Gu" after "Gu Wei, 41,": a short form of a person's name is that person too.
  const people = all.filter((m) => m.form === 'name' && m.kind === 'person' && m.name);
  if (people.length) {
    // samePersonName(p.name, m.name) against every person at once, by its keys:
    // the whole name, and the first and last word of a longer one.
    const whole = new Set<string>();
    const part = new Set<string>();
    for (const p of people) {
      const f = p.name!.toLowerCase().split(/\s+/);
      whole.add(f.join(' '));
      if (f.length > 1) {
        part.add(f[0]!);
        part.add(f[f.length - 1]!);
      }
    }
    for (const m of all) {
      if (m.form !== 'name' || m.kind !== 'organization' || !m.name) continue;
      const t = m.name.toLowerCase().split(/\s+/);
      if (whole.has(t.join(' ')) || (t.length === 1 && t[0]!.length >= 2 && part.has(t[0]!))) {
        m.kind = 'person';
        m.animate = true;
      }
    }
  }
  const index = new Map<Mention, number>();
  all.forEach((m, i) => index.set(m, i));
  // Re-express links (held as object references during extension) as ids.
  const refs = all.map((m) => m as Mention & { _parent?: Mention; _linked?: Mention; _forced?: Mention });
  refs.forEach((m, i) => {
    m.id = i;
    m.parent = m._parent ? index.get(m._parent)! : null;
    m.linked = m._linked ? index.get(m._linked)! : null;
    m.forced = m._forced ? index.get(m._forced)! : null;
    // Cleared, not deleted: a delete would turn the object into a slow dictionary.
    m._parent = undefined;
    m._linked = undefined;
    m._forced = undefined;
  });
  enumeratedMembers(view, all);
  return all;
}

/**
 * "Two of the buyers, a debt agency in X and a man running Y, were detained": the appositive list after a
 * group names its members, each an actor of its own; the list is kept out of the frames, the group stands for them.
 */
function enumeratedMembers(view: string, all: Mention[]): void {
  for (let gi = 0; gi < all.length; gi++) {
    const g = all[gi]!;
    if (g.form !== 'nominal' || !g.plural || g.parent !== null || g.kind === 'organization' || g.cls === 'authority') continue;
    if (!/^,\s/.test(view.slice(g.end, g.end + 2))) continue;
    const members: Mention[] = [];
    let last = g;
    let sawAnd = false;
    let closed = false;
    // `all` is in text order, so in sentence order: the candidates are the
    // mentions after `g` in its own sentence (a long incident stays linear).
    for (let mi = g.end > g.start ? gi + 1 : 0; mi < all.length; mi++) {
      const m = all[mi]!;
      if (m.sentence > g.sentence) break;
      if (m.sentence !== g.sentence || m.parent !== null || m.start < g.end) continue;
      const gap = view.slice(last.end, m.start);
      // a separator only at the end of the gap opens the next member; none at all: a phrase inside the member
      const sep = /(?:,\s+and\s+|,\s+|\s+and\s+)$/.exec(gap);
      const inner = sep ? gap.slice(0, sep.index) : gap;
      if (/,|\band\b|[;.]/.test(inner)) break;
      if (!sep) {
        if (members.length === 0) break;
        continue;
      }
      if (members.length === 0 && !/^,\s+$/.test(gap)) break;
      if (sawAnd) break;
      if ((m.form !== 'nominal' && m.form !== 'name') || m.plural || m.definite === 'possessive') break;
      if (members.length > 0 && /and\s+$/.test(sep[0])) sawAnd = true;
      members.push(m);
      last = m;
    }
    if (!sawAnd || members.length < 2) continue;
    // the list closes with a comma before the verb phrase of the group: ", were also placed under ..."
    const tail = members[members.length - 1]!;
    const after = view.slice(tail.end, tail.end + 160);
    const close = /^[^,;.]*?,\s+(?:(?:also|then|later|both|each|all|allegedly|reportedly|have|has|had)\s+)*(?:were|was|are|is|got|received|faced|[a-z]+ed)\b/.exec(after);
    if (close && !/\band\b/.test(close[0].slice(0, close[0].lastIndexOf(',')))) closed = true;
    if (!closed) continue;
    if (g.size !== null && g.size !== members.length) continue;
    const listEnd = tail.end + close![0].lastIndexOf(',');
    members.forEach((m, k) => {
      m.memberOf = g.id;
      m.appositive = true;
      // "a man running a loan brokerage": the member's phrase runs to the next separator, what it names inside it
      const to = k + 1 < members.length ? members[k + 1]!.start - /(?:,\s+and\s+|,\s+|\s+and\s+)$/.exec(view.slice(m.end, members[k + 1]!.start))![0].length : listEnd;
      for (const x of all) {
        if (x === m || x.sentence !== m.sentence || x.start < m.end || x.end > to) continue;
        x.appositive = true;
        if (x.parent === null) x.parent = m.id;
      }
      m.end = Math.max(m.end, to);
    });
  }
}

/** "Gu" ~ "Gu Wei", "Mr Xu" ~ "Xu Lin": a person's surname or given name alone. */
export function samePersonName(full: string, short: string): boolean {
  const f = full.toLowerCase().split(/\s+/);
  const t = short.toLowerCase().split(/\s+/);
  if (f.join(' ') === t.join(' ')) return true;
  return t.length === 1 && f.length > 1 && t[0]!.length >= 2 && (f[0] === t[0] || f[f.length - 1] === t[0]);
}

type Ext = Mention & { _parent?: Mention; _linked?: Mention; _forced?: Mention };

/** Extension pass over the base mentions of one sentence (text order). */
function extend(ms: Ext[], view: string, s: Sentence, places: Places): void {
  const startsAt = (pos: number): Ext | undefined => ms.find((m) => m.start === pos && !m._parent);
  const skipWs = (pos: number): number => {
    while (pos < s.end && /\s/.test(view[pos]!)) pos++;
    return pos;
  };

  // "a woman in Shanghai", "a local taxation bureau in Wuhan": the place joins the phrase.
  for (const m of ms) {
    if (m.form === 'pronoun' || m.form === 'collective') continue;
    const rest = view.slice(m.end, Math.min(s.end, m.end + 30));
    // "a tertiary hospital in the city": the place said again.
    const same = rest.match(/^\s+in\s+the\s+(?:city|province|county|district|region|area|capital|country|town)(?![\w-])/);
    if (same) {
      for (const x of ms) if (x !== m && x.start >= m.end && x.end <= m.end + same[0].length) x._parent = m;
      m.end += same[0].length;
      continue;
    }
    // "a 35-year-old man from Hunan": the home of a person.
    const at = rest.match(m.animate === true && !m.plural ? /^\s+(?:in|from)\s+(?:the\s+)?/ : /^\s+in\s+(?:the\s+)?/);
    if (!at) continue;
    const pos = m.end + at[0].length;
    const loc = places.byStart.get(pos);
    if (!loc) continue;
    m.location = loc.name;
    m.end = loc.evidence.end;
  }

  // "a 10-member gang" is sized above; "a gang of five" here.
  for (const m of ms) {
    if (m.cls !== 'gang' && m.cls !== 'attacker') continue;
    const g = view.slice(m.end, Math.min(s.end, m.end + 24)).match(/^\s+of\s+(\d{1,3}|[a-z]+)(?![\w-])/i);
    if (!g) continue;
    const n = readNumber(g[1]!);
    if (n === null) continue;
    m.size = n;
    m.end += g[0].length;
  }

  // Restrictive relative clause after an indefinite human mention.
  for (const m of ms) {
    if (m.form !== 'nominal' || m.kind === 'organization' || m.kind === 'authority') continue;
    if (m.definite !== 'indefinite' && m.definite !== 'bare') continue;
    const rc = view.slice(m.end, s.end).match(RESTRICTIVE);
    if (!rc) continue;
    // Stop the clause before "and then", "and sold": a second verb phrase.
    let clause = rc[0];
    const cut = clause.search(/\s+and\s+(?:then\s+)?[a-z]+ed\b/);
    if (cut > 0) clause = clause.slice(0, cut);
    // "who was in charge of a database sold files": the main verb ends the clause.
    const verbAt = clause.search(/\b(?:who|that)\s+\S+/);
    const body = verbAt >= 0 ? clause.slice(verbAt).replace(/^\S+\s+\S+/, '') : '';
    const main = body.search(/\s(?:sold|bought|stole|leaked|copied|hacked|obtained|purchased|was|were|is|are|has|had|said|took|used|passed|provided|offered|made|got|then|allegedly|later)\b/);
    if (main >= 0) clause = clause.slice(0, clause.length - body.length + main);
    const [, e] = trimRange(view, m.end, m.end + clause.length);
    if (INSIDER_CUE.test(clause)) m.insiderCue = true;
    const newEnd = e;
    for (const inner of ms) if (inner !== m && inner.start >= m.end && inner.end <= newEnd) inner._parent = m;
    m.end = newEnd;
  }

  // "Staff at [a courier firm]", "A spokesperson for [YTO Express]", "customers of [X]", "the owners of [X]".
  for (const m of ms) {
    if (m._parent || m.form !== 'nominal') continue;
    // "the operator of a job-matching app": the business that runs it, as "the owner of X".
    const operator = m.cls === 'org' && /^(?:operator|operators)$/.test(m.head) && m.definite === 'definite';
    if (!operator && !['insider', 'spokesperson', 'owner', 'people', 'person', 'trader', 'attacker'].includes(m.cls)) continue;
    // "employees at more than 20 express delivery outlets": a bound on the count of the organizations.
    const pp = view.slice(m.end, Math.min(s.end, m.end + 24)).match(/^\s+(at|of|for|from|with)\s+(?:(?:more\s+than|over|nearly|about|some|at\s+least|around)\s+)?/);
    if (!pp) continue;
    const inner = startsAt(m.end + pp[0].length);
    if (!inner || (inner.kind !== 'organization' && inner.kind !== 'authority')) continue;
    // "hackers from China" is a place; "customers of X" links X as the data holder.
    inner._parent = m;
    m._linked = inner;
    if (m.cls === 'owner' || operator) m._forced = inner;
    if (m.cls === 'insider' || m.cls === 'person') m.insiderCue = m.insiderCue || /^(?:at|of|for|with)$/.test(pp[1]!);
    for (const x of ms) if (x !== inner && x.start >= inner.start && x.end <= inner.end && !x._parent) x._parent = m;
    m.end = inner.end;
    // "a staff member of the hospital's information department": the unit belongs to the phrase.
    const unit = view.slice(m.end, Math.min(s.end, m.end + 50)).match(UNIT_OF);
    if (unit) m.end += unit[0].length;
  }

  // "A contractor working for [an online platform]": the employer joins the phrase, as "staff at X".
  for (const m of ms) {
    if (m._parent || m._linked || m.form !== 'nominal' || m.kind === 'organization' || m.kind === 'authority') continue;
    const pp = view.slice(m.end, Math.min(s.end, m.end + 40)).match(/^\s+(?:working|employed|hired|contracted|engaged)\s+(?:at|for|by|with|in)\s+/);
    if (!pp) continue;
    const inner = startsAt(m.end + pp[0].length);
    if (!inner || inner.kind !== 'organization') continue;
    inner._parent = m;
    m._linked = inner;
    m.insiderCue = true;
    for (const x of ms) if (x !== inner && x.start >= inner.start && x.end <= inner.end && !x._parent) x._parent = m;
    m.end = inner.end;
  }
  // "Two of the suspects worked at outlets run by [a telecom operator]": a clause naming the employer.
  for (const m of ms) {
    if (m._parent || m._linked || m.kind === 'organization' || m.kind === 'authority' || m.form === 'relative') continue;
    if (m.form === 'pronoun' && !/^(?:he|she|they)$/.test(m.head)) continue;
    const cl = view.slice(m.end, Math.min(s.end, m.end + 60)).match(WORKED_AT);
    if (!cl) continue;
    const from = m.end + cl[0].length;
    const org = ms.find((x) => !x._parent && x.start >= from && x.start <= from + 60 && x.kind === 'organization' && x.form !== 'pronoun');
    if (!org || /[.;]/.test(view.slice(from, org.start))) continue;
    m._linked = org;
    m.insiderCue = true;
  }
  // "debt collectors and private investigators", "loan agencies and telemarketing companies": one set of buyers.
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i]!;
    if (m._parent || m.form !== 'nominal' || !m.plural || m.definite !== 'bare' || m.size !== null || m.generic) continue;
    const j = ms.findIndex((x, k) => k > i && !x._parent && x.start >= m.end);
    if (j < 0) continue;
    const n = ms[j]!;
    if (n.form !== 'nominal' || !n.plural || n.definite !== 'bare' || n.size !== null) continue;
    if (!/^\s+(?:and|or)\s+$/.test(view.slice(m.end, n.start))) continue;
    const kinds = new Set([m.cls, n.cls]);
    if (!(kinds.size === 1 || [...kinds].every((c) => c === 'trader' || c === 'org'))) continue;
    if (m.cls === 'authority' || m.cls === 'people' && n.cls !== 'people') continue;
    m.end = n.end;
    for (const x of ms) if (x._parent === n) x._parent = m;
    ms.splice(j, 1);
  }

  // "its customers", "their data": the possessive is a mention of its own, the owner of the people.
  for (const m of [...ms]) {
    if (m.form !== 'nominal' || m.definite !== 'possessive') continue;
    const det = view.slice(m.start, m.end).match(/^(its|his|her|their)\s/i);
    if (!det) continue;
    const p = det[1]!.toLowerCase();
    const info = PRONOUNS[p]!;
    ms.push({
      ...m,
      start: m.start,
      end: m.start + p.length,
      form: 'pronoun',
      cls: 'pronoun',
      kind: null,
      head: p,
      mods: [],
      plural: info.plural,
      animate: info.animate,
      definite: 'definite',
      size: null,
      name: null,
      location: null,
      insiderCue: false,
      appositive: false,
      hidden: false,
      _parent: m,
      _linked: undefined,
      _forced: undefined,
    });
    if (!m._linked) m._linked = ms[ms.length - 1];
  }
  // "Equifax's customers", "Yahoo's users": the owner of the people.
  for (const m of ms) {
    if (m.form !== 'nominal' || m.cls !== 'people' || m._linked) continue;
    const before = view.slice(Math.max(s.start, m.start - 3), m.start);
    const ap = before.match(/'s?\s+$/);
    if (!ap) continue;
    const ownerEnd = m.start - ap[0].length;
    const owner = ms.find((x) => x.end === ownerEnd && !x._parent && x !== m);
    if (owner) m._linked = owner;
  }
  ms.sort((a, b) => a.start - b.start || b.end - a.end);

  // Appositives: "a courier firm, YTO Express," / "Equifax, the credit bureau," -> one actor.
  for (const m of ms) {
    if (m.form !== 'nominal' && m.form !== 'name') continue;
    const target = m._linked && m._linked.kind === 'organization' ? m._linked : m;
    if (target.kind !== 'organization' && target.kind !== 'person') continue;
    // "Gu Wei, 41, a former sales manager": the age sits between a name and its description.
    const comma = view.slice(m.end, Math.min(s.end, m.end + 16)).match(m.form === 'name' ? /^,\s*(?:(?:aged\s+)?\d{1,2},\s*)?/ : /^,\s*/);
    if (!comma) continue;
    const next = startsAt(skipWs(m.end + comma[0].length));
    if (!next || next === m || next._parent) continue;
    const after = view.slice(next.end, Math.min(s.end, next.end + 3));
    // "KiloCart, an online grocery service operating in Malaysia": a participle clause may follow the description.
    const closes =
      after === '' ||
      /^[,.;)]/.test(after) ||
      (m.form === 'name' && next.form === 'nominal' && /^\s+(?:[a-z]+ing|based|headquartered|located|owned|operated)\s/.test(view.slice(next.end, Math.min(s.end, next.end + 24))));
    if (!closes) continue;
    const ok =
      (target.form === 'nominal' && next.form === 'name') ||
      // "A second man, a former bank teller, also sold": one person
      (m.kind === 'person' && next.kind === 'person' && m.form === 'nominal' && next.form === 'nominal' && next.definite === 'indefinite' && !next.plural && !m.plural) ||
      (target.form === 'name' && next.form === 'nominal' && next.kind === 'organization' && next.definite !== 'possessive') ||
      // "Gu Wei, 41, a former sales manager at a real estate agency,": a person and what he is
      (m.form === 'name' && next.form === 'nominal' && next.kind === 'person' && next.definite === 'indefinite' && !next.plural);
    if (!ok) continue;
    if (m.form === 'name' && next.kind === 'person') {
      m.kind = 'person';
      m.animate = true;
      next._forced = m;
      next.appositive = false;
      m.appositive = true;
      continue;
    }
    next._forced = target;
    next.appositive = true;
  }

  // "a data broker in Nanning ... The broker, surnamed Huang,", "his surname Fang": the name is of the person just described.
  for (const m of ms) {
    if (m.form !== 'name' || !m.nameCue) continue;
    const prev = ms
      .filter((x) => !x._parent && x !== m && x.end <= m.start && m.start - x.end <= 60 && x.form === 'nominal' && !x.plural && (x.animate === true || (m.kind !== 'person' && x.kind !== 'person')))
      .pop();
    // "Sameer Khan alias Sunny": the alias of the name just before.
    const named = ms.filter((x) => !x._parent && x !== m && x.end <= m.start && x.form === 'name').pop();
    const alias = named && ALIAS_GAP.test(view.slice(named.end, m.start)) ? named : null;
    if (!prev && !alias) continue;
    m._forced = alias ?? prev!;
    m.appositive = true;
  }

  // ", who then resold": the relative pronoun stands for the phrase before the comma.
  const sv = view.slice(s.start, s.end);
  for (const r of matches(RELATIVE, sv)) {
    const commaAt = s.start + r.index;
    const prev = ms.filter((m) => !m._parent && m.end <= commaAt && m.form !== 'pronoun').pop();
    // "Xu Lin, 33, who ran", "Rohit Malhotra (29), who worked": the age sits between the name and the clause.
    if (!prev || (prev.end !== commaAt && !(prev.form === 'name' && /^(?:,\s*(?:aged\s+)?\d{1,2}|\s*\(\d{1,2}\))$/.test(view.slice(prev.end, commaAt))) && !PLACE_TAIL.test(view.slice(prev.end, commaAt)))) continue;
    if (r[1]!.toLowerCase() === 'which' && prev.kind !== 'organization') continue;
    const at = commaAt + r[0].length - r[1]!.length;
    // "a man surnamed Tan, who worked on the customer service desk of a branch,": an insider.
    if (r[1]!.toLowerCase() === 'who' && INSIDER_CUE.test(view.slice(at, Math.min(s.end, at + 120)).split(/[,;]/)[0]!)) prev.insiderCue = true;
    ms.push({
      ...prev,
      id: -1,
      start: at,
      end: at + r[1]!.length,
      form: 'relative',
      name: null,
      location: null,
      hidden: true,
      appositive: false,
      _parent: undefined,
      _linked: undefined,
      _forced: prev,
    });
  }
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
}

