/**
 * Volume dictionaries — what can be counted — and the regex parts built from
 * them (longest first). Data only: the rules that use them are in rules.ts.
 */
import { alternation } from '../runner.js';

/**
 * What a unit counts; person counts get extra checks (arrests, gangs). The
 * list is the gate: a plural noun that is no data, no person and no size
 * ("140 hotels", "12 branches", "30 servers") is no volume.
 */
export type UnitKind = 'data' | 'person' | 'size';

interface UnitEntry {
  /** Plural lower-case name reported in `unit`. */
  unit: string;
  kind: UnitKind;
  /** A singular form: "a 3 million record database"; only with a large count. */
  singular?: boolean;
}

const data = (unit: string, singular = false): UnitEntry => ({ unit, kind: 'data', singular });
const person = (unit: string): UnitEntry => ({ unit, kind: 'person' });
const size = (unit: string): UnitEntry => ({ unit, kind: 'size' });

/** Surface form (lower-case, single spaces) -> unit. */
export const UNITS: Readonly<Record<string, UnitEntry>> = {
  // data
  records: data('records'),
  record: data('records', true),
  pieces: data('pieces'),
  items: data('items'),
  item: data('items', true),
  entries: data('entries'),
  entry: data('entries', true),
  accounts: data('accounts'),
  account: data('accounts', true),
  files: data('files'),
  file: data('files', true),
  documents: data('documents'),
  emails: data('emails'),
  'e-mails': data('emails'),
  email: data('emails', true),
  'email addresses': data('email addresses'),
  'e-mail addresses': data('email addresses'),
  'email accounts': data('email accounts'),
  addresses: data('addresses'),
  passwords: data('passwords'),
  credentials: data('credentials'),
  usernames: data('usernames'),
  'user names': data('usernames'),
  logins: data('logins'),
  'phone numbers': data('phone numbers'),
  'telephone numbers': data('phone numbers'),
  'mobile numbers': data('phone numbers'),
  'mobile phone numbers': data('phone numbers'),
  'cell phone numbers': data('phone numbers'),
  'card numbers': data('card numbers'),
  'credit card numbers': data('card numbers'),
  'debit card numbers': data('card numbers'),
  'bank card numbers': data('card numbers'),
  'account numbers': data('account numbers'),
  'social security numbers': data('social security numbers'),
  'id numbers': data('id numbers'),
  'id card numbers': data('id numbers'),
  'identity card numbers': data('id numbers'),
  'identification numbers': data('id numbers'),
  'passport numbers': data('passport numbers'),
  'licence numbers': data('licence numbers'),
  'license numbers': data('licence numbers'),
  'credit cards': data('credit cards'),
  'debit cards': data('debit cards'),
  'payment cards': data('payment cards'),
  'bank cards': data('bank cards'),
  'bank accounts': data('bank accounts'),
  cards: data('cards'),
  ssns: data('social security numbers'),
  pins: data('pins'),
  ids: data('ids'),
  identities: data('identities'),
  passports: data('passports'),
  rows: data('rows'),
  lines: data('lines'),
  profiles: data('profiles'),
  messages: data('messages'),
  'text messages': data('messages'),
  texts: data('messages'),
  photos: data('photos'),
  images: data('images'),
  pictures: data('pictures'),
  videos: data('videos'),
  recordings: data('recordings'),
  spreadsheets: data('spreadsheets'),
  forms: data('forms'),
  resumes: data('resumes'),
  details: data('details'),
  names: data('names'),
  pages: data('pages'),
  databases: data('databases'),
  transactions: data('transactions'),
  orders: data('orders'),
  waybills: data('waybills'),
  contacts: data('contacts'),
  combinations: data('combinations'),
  combos: data('combinations'),
  pairs: data('pairs'),
  hashes: data('hashes'),
  tokens: data('tokens'),
  fingerprints: data('fingerprints'),
  invoices: data('invoices'),
  receipts: data('receipts'),
  tickets: data('tickets'),
  'tax returns': data('tax returns'),
  'data sets': data('data sets'),
  datasets: data('data sets'),
  // Documents and logs of people's lives, counted like records ("1.3 million
  // résumés", "52,000 journeys", "1,700 queries", "480,000 check-ins").
  'résumés': data('resumes'),
  'resumés': data('resumes'),
  cvs: data('resumes'),
  dossiers: data('dossiers'),
  queries: data('queries'),
  lookups: data('queries'),
  'look-ups': data('queries'),
  searches: data('queries'),
  journeys: data('journeys'),
  trips: data('journeys'),
  rides: data('journeys'),
  bookings: data('bookings'),
  reservations: data('bookings'),
  'check-ins': data('check-ins'),
  checkins: data('check-ins'),
  registrations: data('registrations'),
  'loan applications': data('applications'),
  'job applications': data('applications'),
  'visa applications': data('applications'),
  'credit reports': data('reports'),
  'medical reports': data('reports'),
  'call logs': data('call logs'),
  'call records': data('call logs'),
  screenshots: data('screenshots'),
  scans: data('scans'),
  certificates: data('certificates'),
  // people
  users: person('users'),
  customers: person('customers'),
  people: person('people'),
  persons: person('people'),
  individuals: person('individuals'),
  residents: person('residents'),
  patients: person('patients'),
  members: person('members'),
  clients: person('clients'),
  employees: person('employees'),
  staff: person('staff'),
  'staff members': person('staff'),
  workers: person('workers'),
  'co-workers': person('co-workers'),
  coworkers: person('co-workers'),
  colleagues: person('colleagues'),
  students: person('students'),
  pupils: person('students'),
  alumni: person('alumni'),
  citizens: person('citizens'),
  subscribers: person('subscribers'),
  consumers: person('consumers'),
  victims: person('victims'),
  passengers: person('passengers'),
  voters: person('voters'),
  donors: person('donors'),
  children: person('children'),
  kids: person('children'),
  adults: person('adults'),
  parents: person('parents'),
  applicants: person('applicants'),
  taxpayers: person('taxpayers'),
  guests: person('guests'),
  visitors: person('visitors'),
  shoppers: person('shoppers'),
  'account holders': person('account holders'),
  accountholders: person('account holders'),
  cardholders: person('cardholders'),
  'card holders': person('cardholders'),
  policyholders: person('policyholders'),
  'policy holders': person('policyholders'),
  borrowers: person('borrowers'),
  investors: person('investors'),
  players: person('players'),
  gamers: person('players'),
  viewers: person('viewers'),
  readers: person('readers'),
  followers: person('followers'),
  fans: person('fans'),
  servicemen: person('servicemen'),
  'service members': person('service members'),
  soldiers: person('soldiers'),
  veterans: person('veterans'),
  troops: person('troops'),
  teachers: person('teachers'),
  nurses: person('nurses'),
  doctors: person('doctors'),
  'job seekers': person('job seekers'),
  jobseekers: person('job seekers'),
  homeowners: person('homeowners'),
  drivers: person('drivers'),
  riders: person('riders'),
  households: person('households'),
  retirees: person('retirees'),
  pensioners: person('pensioners'),
  beneficiaries: person('beneficiaries'),
  enrollees: person('enrollees'),
  recipients: person('recipients'),
  tenants: person('tenants'),
  contractors: person('contractors'),
  personnel: person('personnel'),
  americans: person('americans'),
  britons: person('britons'),
  australians: person('australians'),
  canadians: person('canadians'),
  europeans: person('europeans'),
  singaporeans: person('singaporeans'),
  indians: person('indians'),
  koreans: person('koreans'),
  israelis: person('israelis'),
  filipinos: person('filipinos'),
  malaysians: person('malaysians'),
  // Families, ages and life events ("38,000 expectant and new mothers").
  // Adjectives used as nouns ("the elderly") stay out: a unit is tried before
  // a qualifier, so "5,000 elderly residents" would end at "elderly".
  mothers: person('mothers'),
  fathers: person('fathers'),
  families: person('families'),
  babies: person('babies'),
  infants: person('infants'),
  newborns: person('newborns'),
  minors: person('minors'),
  teenagers: person('teenagers'),
  teens: person('teenagers'),
  seniors: person('seniors'),
  // Travel, housing, money, work, study, care, public life.
  travellers: person('travellers'),
  travelers: person('travellers'),
  tourists: person('tourists'),
  holidaymakers: person('tourists'),
  commuters: person('commuters'),
  motorists: person('motorists'),
  owners: person('owners'),
  landlords: person('landlords'),
  renters: person('renters'),
  inhabitants: person('inhabitants'),
  villagers: person('villagers'),
  shareholders: person('shareholders'),
  depositors: person('depositors'),
  savers: person('savers'),
  claimants: person('claimants'),
  insureds: person('insureds'),
  staffers: person('staff'),
  'civil servants': person('civil servants'),
  'public servants': person('civil servants'),
  volunteers: person('volunteers'),
  physicians: person('physicians'),
  clinicians: person('clinicians'),
  caregivers: person('caregivers'),
  carers: person('caregivers'),
  candidates: person('candidates'),
  examinees: person('examinees'),
  'test takers': person('examinees'),
  'test-takers': person('examinees'),
  graduates: person('graduates'),
  athletes: person('athletes'),
  participants: person('participants'),
  migrants: person('migrants'),
  immigrants: person('immigrants'),
  refugees: person('refugees'),
  'asylum seekers': person('asylum seekers'),
  inmates: person('inmates'),
  prisoners: person('prisoners'),
  // sizes
  gb: size('gigabytes'),
  gigabytes: size('gigabytes'),
  tb: size('terabytes'),
  terabytes: size('terabytes'),
  mb: size('megabytes'),
  megabytes: size('megabytes'),
  pb: size('petabytes'),
  petabytes: size('petabytes'),
};

const PLURAL_UNITS = Object.entries(UNITS)
  .filter(([, e]) => e.kind !== 'size' && e.singular !== true)
  .map(([k]) => k);
const SINGULAR_UNITS = Object.entries(UNITS)
  .filter(([, e]) => e.singular === true)
  .map(([k]) => k);
const SIZE_UNITS = Object.entries(UNITS)
  .filter(([, e]) => e.kind === 'size')
  .map(([k]) => k);

/**
 * A counted noun, not followed by more word ("cards-holders"). A singular one
 * ("a 3 million record leak") gives way to a plural unit just after it:
 * "821,296 account records" is unit "records".
 */
export const UNIT = String.raw`(?:(?:${alternation(PLURAL_UNITS)})(?![\w-])|(?:${alternation(SINGULAR_UNITS)})(?![\w-])(?!\s{1,3}(?:[a-z]+\s{1,3})?(?:${alternation(PLURAL_UNITS)})(?![\w-])))`;

/** "1.4GB", "74 GB", "2.3 terabytes". */
export const SIZE_UNIT = String.raw`(?:${alternation(SIZE_UNITS)})(?![a-z])`;

/**
 * Plural nouns that never count data, even after a data verb or before "of
 * <people>": people who act, organizations, devices, money, time, events.
 * "sold 300 phones", "obtained 12 warrants", "stole 5 cars".
 */
const NOT_UNIT_NOUNS: readonly string[] = [
  // people acting
  'suspects', 'officers', 'agents', 'officials', 'defendants', 'accomplices', 'hackers', 'criminals', 'gangs',
  'groups', 'teams', 'investigators', 'detectives', 'prosecutors', 'judges', 'lawyers', 'attorneys', 'researchers',
  'analysts', 'experts', 'brokers', 'dealers', 'sellers', 'buyers', 'vendors', 'traders', 'scammers', 'fraudsters',
  'others', 'ones', 'times', 'parts',
  // organizations and places: "accessed 140 hotels" counts where, not whose data
  'companies', 'firms', 'businesses', 'banks', 'branches', 'stores', 'shops', 'outlets', 'agencies', 'organizations',
  'organisations', 'institutions', 'schools', 'hospitals', 'clinics', 'sites', 'websites', 'domains', 'apps',
  'countries', 'cities', 'provinces', 'states', 'regions', 'districts', 'towns', 'villages', 'offices', 'platforms',
  'hotels', 'motels', 'hostels', 'resorts', 'casinos', 'restaurants', 'cafes', 'bars', 'pharmacies', 'properties',
  'locations', 'venues', 'premises', 'franchises', 'franchisees', 'chains', 'universities', 'colleges', 'campuses',
  'facilities', 'factories', 'warehouses', 'departments', 'councils', 'municipalities', 'counties', 'practices',
  'surgeries', 'centres', 'centers', 'dealerships', 'airlines', 'airports', 'retailers', 'merchants', 'insurers',
  'lenders', 'carriers', 'operators', 'providers', 'partners',
  // devices and goods
  'servers', 'computers', 'machines', 'devices', 'laptops', 'phones', 'smartphones', 'handsets', 'sims', 'cars',
  'vehicles', 'goods', 'products', 'packages', 'parcels', 'weapons', 'guns', 'drugs', 'tons', 'tonnes', 'kilograms',
  'apartments', 'houses', 'homes', 'flats', 'buildings', 'plots', 'cameras', 'routers', 'modems', 'terminals',
  'skimmers', 'chips', 'drones', 'watches', 'bags', 'clothes', 'shoes', 'cigarettes', 'pills', 'medicines', 'tools',
  'kilos', 'grams', 'meters', 'metres', 'kilometers', 'kilometres', 'miles', 'feet', 'square',
  // money
  'dollars', 'euros', 'pounds', 'yuan', 'bitcoins', 'coins', 'shares', 'stocks', 'bonds', 'cents', 'rupees',
  // time and events
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'cases', 'incidents', 'attacks',
  'breaches', 'crimes', 'offences', 'offenses', 'charges', 'counts', 'arrests', 'raids', 'operations', 'warrants',
  'votes', 'points', 'percent', 'steps', 'rounds', 'levels', 'versions', 'vulnerabilities', 'bugs', 'flaws',
];

export const NOT_OPEN_UNITS: ReadonlySet<string> = new Set(NOT_UNIT_NOUNS);

/** Nouns of `NOT_UNIT_NOUNS` that also name products or places: "Microsoft Teams users", "United States voters". */
const NAME_LIKE = new Set(['teams', 'groups', 'apps', 'states', 'square', 'coins', 'homes']);

/**
 * Words that never sit between a number and its unit. Without them
 * "200 cases involving users" or "2015 and the users" would be read as volumes.
 * The nouns that count no data are here too, with their possessive: the count
 * of "30 servers and user accounts" or "12 branches' customer records" is of
 * servers and branches.
 */
const BASE_STOP_WORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'into',
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'that', 'which', 'who', 'whose',
  'its', 'their', 'his', 'her', 'our', 'your', 'this', 'these', 'those', 'per', 'each', 'than', 'more',
  'less', 'over', 'under', 'about', 'after', 'before', 'since', 'while', 'when', 'where', 'not', 'no',
  'all', 'both', 'out', 'up', 'also', 'said', 'says', 'say', 'will', 'would', 'could', 'can', 'may',
  'might', 'including', 'involving', 'containing', 'affecting', 'concerning', 'regarding', 'using',
  'having', 'cases', 'case', 'times', 'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day',
  'hours', 'minutes', 'seconds', 'percent', 'incidents', 'attacks', 'breaches', 'counts', 'charges',
  'suspects', 'men', 'women', 'arrests', 'yuan', 'dollars', 'euros', 'pounds', 'million', 'billion',
  'thousand', 'hundred', 'then', 'now', 'so', 'but', 'if', 'only', 'just',
];

export const STOP_WORDS: readonly string[] = [
  ...BASE_STOP_WORDS,
  ...NOT_UNIT_NOUNS.filter((w) => !NAME_LIKE.has(w)).flatMap((w) => [w, `${w}'`]),
];

/** One word that may qualify a unit: "stolen", "Facebook", "W-2", "app's", "BitLeak.net". */
const WORD = String.raw`(?!(?:${alternation(STOP_WORDS)})(?![\w'-]))[A-Za-z][A-Za-z0-9'&]*(?:[.-][A-Za-z0-9'&]+){0,3}`;

/** A conjunction between qualifiers. */
const AND = String.raw`\s{1,3}(?:and|or|&)\s{1,3}`;

/**
 * A qualifier, two joined or a list closed by a conjunction: "government and
 * military", "current or former", "current, former and retired", "Visa,
 * Mastercard, and Amex".
 */
const QUALIFIER = String.raw`${WORD}(?:(?:,\s{1,3}${WORD}){1,2},?${AND}${WORD}|${AND}${WORD})?`;

/**
 * Up to three qualifiers before the unit, fewest first so that the longest
 * unit wins: "1.9 million email addresses" is unit "email addresses".
 */
export const QUALIFIERS = String.raw`(?:${QUALIFIER}\s{1,3}){0,3}?`;

/** After "of": "6 million of its customers", "25,000 of the private photos". */
export const DETERMINER = String.raw`(?:(?:its|their|the|his|her|our|these|those|whose)\s{1,3})?`;

/** "pieces of personal information", "items of citizens' personal data". */
export const OF_INFORMATION = String.raw`(?:\s{1,3}of\s{1,3}(?:${WORD}\s{1,3}){0,2}?(?:information|data|info|details)(?![a-z]))?`;

/**
 * Verbs that make the plural noun they govern a count of data even when the
 * noun is in no unit list: "scraped 52,000 listings", "leaked some 3,000
 * dossiers". Read as the last word before the count.
 */
export const DATA_VERBS: ReadonlySet<string> = new Set([
  'stole', 'stolen', 'steal', 'steals', 'stealing', 'leaked', 'leak', 'leaks', 'leaking', 'sold', 'sell', 'sells',
  'selling', 'resold', 'downloaded', 'download', 'downloading', 'exposed', 'expose', 'exposing', 'exported', 'export',
  'exporting', 'scraped', 'scrape', 'scraping', 'obtained', 'obtain', 'obtaining', 'harvested', 'harvest',
  'harvesting', 'exfiltrated', 'copied', 'dumped', 'accessed', 'bought', 'purchased', 'traded', 'trafficked',
]);

/** "several backup files", "a few files": counts with no number (data units only). */
export const FEW = String.raw`(?:several|a\s+few|a\s+handful\s+of)(?![a-z])`;

/** Lower bound for `FEW`. */
export const FEW_MIN = 2;

/**
 * Right before a person count: "police arrested 12 people", "detained five
 * persons", "arresting 14 people", "detaining the broker and 12 employees"
 * (the last of a list), "questioned 200 employees", "fired 30 staff" are
 * suspects, not victims.
 */
export const ARREST_BEFORE =
  /\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|caught|catching|charg(?:ed|ing)|sentenc(?:ed|ing)|convicted|jail(?:ed|ing)|indict(?:ed|ing)|nabbed|busted|held|holding|question(?:ed|ing)|interrogat(?:ed|ing)|summon(?:ed|ing)|prosecut(?:ed|ing)|extradited|fir(?:ed|ing)|dismiss(?:ed|ing)|sack(?:ed|ing))\s+(?:[^.;:]{0,50}?(?:,|\band)\s+)?(?:a\s+total\s+of\s+|another\s+|at\s+least\s+)?$/i;

/**
 * Right after a person count: "12 people were arrested", "two people familiar
 * with the matter", "three people suspected of", "200 employees were
 * questioned".
 */
export const ARREST_AFTER =
  /^\s*(?:who\s+)?(?:(?:were|have\s+been|had\s+been|was|are|being|have|had)\s+)?(?:arrested|detained|apprehended|charged|sentenced|convicted|jailed|indicted|familiar|suspected|accused|behind|held|nabbed|busted|caught|questioned|interrogated|summoned|investigated|prosecuted|punished|disciplined|fired|dismissed|sacked)\b/i;

/** Before a person count: "a gang of 10 members". */
export const GANG_BEFORE = /\b(?:gang|ring|crew|syndicate|band|cell)\s+of\s+$/i;

/** After a person count: "10 members of the gang". */
export const GANG_AFTER = /^\s*of\s+(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:gang|ring|crew|syndicate|group|team|band|cell|network)\b/i;

/** Before a four-digit number, a year: "in 2015 customers", "since 2013 users". */
export const YEAR_BEFORE =
  /\b(?:in|since|from|until|till|by|during|of|before|after|early|late|mid|fiscal|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[\s-]+$/i;

/** Right before a number: money, a number sign, a clock or a date ("$5", "#12", "10:30", "12/30"). */
export const NOT_A_COUNT_BEFORE = /[$£€¥₹#:/+]$|\bNo\.\s?$/;

/**
 * Before a count, a survey sample: "a survey of 1,000 adults" is no breach.
 */
export const SURVEY_BEFORE = /\b(?:survey|poll|study|questioned|polled|interviewed|surveyed)\s+(?:of\s+)?$/i;

/**
 * Before a count of people or places, the size of a business: "Netflix has 93
 * million subscribers", "DocuSign has over 100 million users", "the company
 * operates 5,000 hotels". (The bound, if any, is part of the hit.)
 */
export const COMPANY_SIZE_BEFORE =
  /\b(?:has|have|had|operates|operating|manages|managing|employs|employing|used\s+by|totaling|totalling)\s+(?:(?:its|their)\s+)?(?:many\s+)?$/i;

/**
 * After "pieces"/"items", what they are pieces of when it is not data:
 * "several sophisticated pieces of malware".
 */
export const NOT_DATA_PIECES_AFTER =
  /^\s+of\s+(?:\w+\s+)?(?:malware|code|software|hardware|evidence|equipment|furniture|art|advice|legislation|mail|luggage|clothing|jewelry|jewellery)\b/i;

/**
 * The sentence of a volume must be about data or harm to it. Without one of
 * these words, "Netflix has 93 million subscribers in more than 190
 * countries" or "millions of items will be processed and shipped" is a
 * company's size, not a breach.
 */
export const BREACH_CUE = new RegExp(
  String.raw`\b(?:breach\w*|leak\w*|download\w*|export\w*|scrap(?:e|ed|ing)|harvest\w*|quer(?:y|ied|ies)|cop(?:y|ied|ying)|expos\w*|stole\w*|steal\w*|theft|thieves|hack\w*|compromis\w*|affect\w*|impact\w*|access\w*|sold|sell\w*|bought|buy\w*|purchas\w*|trad(?:ed|ing)|traffick\w*|obtain\w*|collect\w*|dump\w*|publish\w*|post(?:ed|ing)|victim\w*|ransom\w*|exfiltrat\w*|notif\w*|credentials|passwords|at\s+risk|vulnerable|infect\w*|target\w*|personal|private|sensitive|confidential|data|information|details|records|files|database\w*|illegal\w*|unauthori[sz]ed|fraud\w*|attack\w*|phish\w*|scam\w*|crim\w*|arrest\w*|police|investigat\w*|insecure\w*|unsecured|misconfigured|hash\w*|plaintext|list(?:ing|ed)|for\s+sale)\b`,
  'i',
);

// ---------------------------------------------------------------------------
// Legal thresholds: "the law treats the sale of more than 5,000 pieces of
// personal information as serious" states a rule, not the size of a case.
// Read by legal.ts on the sentence of a volume; every pattern is anchored or
// a plain alternation, and the sentence is at most a few hundred characters.
// ---------------------------------------------------------------------------

/** A threshold word right before the count: "the threshold of 50 pieces", "the criteria are 500 records". */
export const THRESHOLD_WORD = /\b(?:thresholds?|criteri(?:on|a)|cut-?offs?|(?:sentencing|conviction|prosecution|legal|statutory|criminal)\s+(?:standards?|bars?|lines?))\b/gi;

/**
 * "standard" is a threshold only in a sentence of crime or law: "the standard
 * for 'serious circumstances' is 5,000 pieces", not "security standards for
 * 2 million accounts".
 */
export const STANDARD_WORD = /\bstandards?\b/gi;
export const CRIME_WORD = /\b(?:serious|crimes?|criminal|offen[cs]es?|convict\w*|prosecut\w*|sentenc\w*|punish\w*|laws?|interpretations?)\b/i;

/** The words of a law: "the law", "the judicial interpretation", "Article 253", "HIPAA". */
export const LAW_WORD =
  /\b(?:laws?|statutes?|legislation|interpretations?|provisions|regulations?|rules|criminal\s+code|penal\s+code|articles?\s+\d+\w*|gdpr|pipl|hipaa|ccpa)\b/i;

/** A law's verb of definition, in the present: "the law treats ... as", "the interpretation defines". */
export const NORM_VERB =
  /\b(?:treats?|defines?|deems?|considers?|classif(?:y|ies)|stipulates?|specif(?:y|ies)|sets|lays\s+down|provides\s+that|punishes|criminali[sz]es|makes\s+it\s+a\s+crime)\b/i;

/** A definition of serious circumstances before the count: "'serious circumstances' include selling 5,000 pieces". */
export const SERIOUS_INCLUDE = /\bserious\s+circumstances?["'\u2019\u201d]?\s+(?:include|includes|cover|covers|means|refers?\s+to|(?:is|are)\s+defined\s+as)\b/i;

/**
 * An obligation, then (looked for after it) a condition that ends at the
 * count: "firms must notify the regulator if a breach affects more than 500
 * residents".
 */
export const OBLIGATION = /\b(?:required|requires?|must|obliged|obligated|mandated|mandates?|ha(?:ve|s)\s+to|needs?\s+to|shall)\b/i;
export const CONDITION_BEFORE = /\b(?:if|when|whenever|where|once|in\s+cases?\s+where|in\s+which)\b[^.;!?\d]{0,80}$/i;

/**
 * A generic subject at the start of the sentence (after one leading clause),
 * ending at the count: "Selling over 500 pieces", "Under the rules, the sale
 * of more than 5,000 pieces", "Anyone who obtains 50 or more pieces".
 */
export const GENERIC_SUBJECT_BEFORE =
  /^\s*["'\u2018\u201c(]?(?:[^,.;:!?\d]{0,60},\s*)?(?:(?:illegally|unlawfully)\s+)?(?:selling|providing|obtaining|buying|purchasing|stealing|leaking|trading|collecting|sharing|disclosing|acquiring|handling|processing|the\s+(?:illegal\s+|unlawful\s+)?(?:sale|provision|purchase|theft|disclosure|collection|trade|trading)|anyone|those\s+who|whoever|a\s+person\s+who|any\s+person\s+who)\b[^.;!?\d]{0,60}$/i;

/** After the count, a rule's judgement in the present: "counts as a serious circumstance", "is a crime". */
export const NORM_AFTER =
  /^[^.;!?]{0,80}?\b(?:counts?\s+as|(?:is|are)\s+(?:considered|deemed|treated|regarded|classed|classified|defined)\s+as|constitutes?|qualif(?:y|ies)\s+as|amounts?\s+to|(?:is|are)\s+(?:a\s+crime|an?\s+(?:criminal\s+)?offen[cs]e|punishable|illegal)|(?:is|are)\s+["'\u2018\u201c]?(?:especially\s+|particularly\s+|very\s+)?serious|must\s+be\s+(?:reported|notified|disclosed))\b/i;
