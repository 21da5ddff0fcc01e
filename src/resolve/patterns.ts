/**
 * Dictionaries of the party resolver: head nouns by what they denote, words
 * that may stand between a determiner and a head, names that are never
 * parties. Data apart from code: the mention rules (mentions.ts) and the role
 * frames (roles-rules.ts) build their regexes from these lists.
 */
import { ONES, TEENS, TENS } from '../recognizers/numbers.js';

/** A noun head and the class of actor it names. */
export type HeadClass =
  | 'attacker' // "hackers", "a cybercriminal": did the unlawful act
  | 'suspect' // "the suspects": accused of it
  | 'insider' // "an employee", "staff": works for the data holder
  | 'trader' // "online traders", "the purchaser": in the chain of sale
  | 'people' // "customers", "patients": whose data it is
  | 'person' // "a man", "a local resident": a human, no role by itself
  | 'owner' // "the owner": stands for the business he runs
  | 'spokesperson'
  | 'gang' // "a 10-member gang", "a ring"
  | 'org' // "an education information consulting company"
  | 'authority'; // "police", "the court"

export interface HeadEntry {
  /** Singular form(s) as written, lower case; spaces match any whitespace. */
  singular: readonly string[];
  plural: readonly string[];
  cls: HeadClass;
}

/** Head nouns, grouped by class. Longest forms win (alternation sorts them). */
export const HEADS: readonly HeadEntry[] = [
  // "hackers stole", "an attacker accessed", "cybercriminals behind the attack"
  {
    cls: 'attacker',
    singular: [
      'hacker',
      'attacker',
      'cyberattacker',
      'cyber-attacker',
      'cyber attacker',
      'cybercriminal',
      'cyber criminal',
      'cyber-criminal',
      'criminal',
      'scammer',
      'scam artist',
      'fraudster',
      'crook',
      'thief',
      'intruder',
      'infiltrator',
      'perpetrator',
      'threat actor',
      'malicious actor',
      'bad actor',
      'extortionist',
      'culprit',
      'hacking group',
      'hacker group',
      'hacking collective',
      'cyber gang',
      'data thief',
      'unauthorized party',
      'unauthorised party',
      'unauthorized third party',
      'unauthorised third party',
      'malicious party',
      'unknown party',
      'unauthorized individual',
      'unauthorised individual',
      'unauthorized person',
      'unauthorised person',
    ],
    plural: [
      'hackers',
      'attackers',
      'cyberattackers',
      'cyber-attackers',
      'cyber attackers',
      'cybercriminals',
      'cyber criminals',
      'cyber-criminals',
      'criminals',
      'scammers',
      'fraudsters',
      'crooks',
      'thieves',
      'intruders',
      'infiltrators',
      'perpetrators',
      'threat actors',
      'malicious actors',
      'bad actors',
      'extortionists',
      'culprits',
      'hacking groups',
      'unauthorized parties',
      'unauthorised parties',
      'malicious parties',
      'unknown parties',
      'unauthorized individuals',
      'unauthorised individuals',
      'unauthorized persons',
    ],
  },
  // "the suspects were detained", "a suspect surnamed Wang"
  { cls: 'suspect', singular: ['suspect', 'defendant', 'accused'], plural: ['suspects', 'defendants'] },
  // "an employee at a local taxation bureau", "a member of staff", "Staff at a courier firm"
  {
    cls: 'insider',
    singular: [
      'employee',
      'staff member',
      'member of staff',
      'staffer',
      'worker',
      'insider',
      'contractor',
      'administrator',
      'clerk',
      'engineer',
      'technician',
      'programmer',
      'it contractor',
      'it technician',
      'it engineer',
      'it administrator',
      'it worker',
    ],
    plural: [
      'employees',
      'staff members',
      'members of staff',
      'staffers',
      'staff',
      'workers',
      'insiders',
      'contractors',
      'administrators',
      'clerks',
      'engineers',
      'technicians',
      'programmers',
    ],
  },
  // "the purchaser then resold", "online traders, who then sold"
  {
    cls: 'trader',
    singular: ['purchaser', 'buyer', 'seller', 'dealer', 'broker', 'middleman', 'intermediary', 'trader', 'marketer', 'debt collector', 'collector', 'agent', 'telemarketer', 'salesman', 'saleswoman', 'salesperson', 'private investigator', 'private detective', 'lender', 'loan shark', 'supplier', 'vendor', 'reseller'],
    plural: ['purchasers', 'buyers', 'sellers', 'dealers', 'brokers', 'middlemen', 'intermediaries', 'traders', 'retailers', 'merchants', 'marketers', 'telemarketers', 'collectors', 'agents', 'salesmen', 'salespeople', 'private investigators', 'private detectives', 'lenders', 'loan sharks', 'suppliers', 'vendors', 'resellers'],
  },
  // "its customers", "patients", "users" (whose data it was)
  {
    cls: 'people',
    singular: [
      'customer',
      'user',
      'client',
      'patient',
      'account holder',
      'cardholder',
      'subscriber',
      'guest',
      'passenger',
      'consumer',
      'victim',
      'citizen',
      'student',
      'applicant',
      'policyholder',
      'shopper',
      'taxpayer',
      'member',
      'parent',
      'voter',
      'job seeker',
    ],
    plural: [
      'customers',
      'users',
      'clients',
      'patients',
      'account holders',
      'cardholders',
      'subscribers',
      'guests',
      'passengers',
      'consumers',
      'victims',
      'citizens',
      'students',
      'applicants',
      'policyholders',
      'shoppers',
      'taxpayers',
      'members',
      'parents',
      'voters',
      'job seekers',
      'individuals',
      'people',
      'residents',
      'children',
      'homeowners',
      'car owners',
      'investors',
      'depositors',
      'holders',
    ],
  },
  // "a woman in Shanghai", "an unemployed local resident", "another person"
  {
    cls: 'person',
    singular: [
      'man', 'woman', 'person', 'individual', 'resident', 'boy', 'girl', 'teenager', 'youth', 'teacher', 'doctor',
      'nurse', 'driver', 'courier', 'receptionist', 'cashier', 'accountant', 'lawyer', 'consultant', 'manager',
      'director', 'executive', 'supervisor', 'guard', 'boyfriend', 'girlfriend', 'husband', 'wife', 'relative',
      'friend', 'colleague', 'accomplice', 'partner', 'postman', 'villager', 'farmer', 'graduate', 'teller', 'officer',
      'police officer', 'detective', 'constable', 'analyst', 'researcher', 'specialist', 'co-defendant',
    ],
    plural: ['men', 'women', 'persons', 'teenagers', 'accomplices', 'friends', 'relatives', 'colleagues', 'researchers', 'analysts', 'co-defendants'],
  },
  // "the owner", "the education company owner"
  { cls: 'owner', singular: ['owner', 'boss', 'founder'], plural: ['owners', 'bosses', 'founders'] },
  // "A spokesperson for YTO Express said"
  {
    cls: 'spokesperson',
    singular: ['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'press officer', 'official'],
    plural: ['spokespeople', 'representatives', 'officials'],
  },
  // "a 10-member gang", "a criminal ring"
  {
    cls: 'gang',
    singular: ['gang', 'ring', 'syndicate', 'crime group', 'criminal group', 'criminal organization', 'criminal organisation'],
    plural: ['gangs', 'rings', 'syndicates'],
  },
  // "an education information consulting company", "a local taxation bureau"
  {
    cls: 'org',
    singular: [
      'company',
      'firm',
      'corporation',
      'business',
      'bureau',
      'agency',
      'bank',
      'hospital',
      'clinic',
      'hotel',
      'hotel chain',
      'hotel group',
      'chain',
      'retailer',
      'website',
      'platform',
      'provider',
      'carrier',
      'airline',
      'school',
      'university',
      'college',
      'insurer',
      'exchange',
      'store',
      'organization',
      'organisation',
      'association',
      'institution',
      'enterprise',
      'manufacturer',
      'maker',
      'startup',
      'start-up',
      'giant',
      'group',
      'subsidiary',
      'conglomerate',
      'operator',
      'dealership',
      'authority',
      'app',
      'service',
      'telecom',
      'health system',
      'health network',
      'credit union',
      'credit bureau',
      'department',
      'office',
      'branch',
      'outlet',
      'depot',
      'warehouse',
      'brokerage',
      'studio',
      'centre',
      'center',
      'shop',
      'ministry',
      'municipality',
      'council',
      'city',
      'county',
      'state',
      'government',
    ],
    plural: [
      'companies',
      'firms',
      'businesses',
      'banks',
      'hospitals',
      'hotels',
      'retailers',
      'websites',
      'organizations',
      'organisations',
      'institutions',
      'enterprises',
      'platforms',
      'providers',
      'agencies',
      'operators',
      'dealerships',
      'sites',
      'branches',
      'outlets',
      'depots',
      'warehouses',
      'brokerages',
      'studios',
      'centres',
      'centers',
      'shops',
    ],
  },
];

/** Authorities, matched before everything else (longest first). */
export const AUTHORITY_NAMES: readonly string[] = [
  'Ministry of Public Security',
  'Public Security Bureau',
  'public security bureau',
  'public security authorities',
  'public security department',
  'public security organs',
  'Cyberspace Administration of China',
  'Cyberspace Administration',
  'cyberspace administration',
  'cyberspace affairs office',
  'market regulation administration',
  'administration for market regulation',
  'Administration for Market Regulation',
  'Information Commissioner\'s Office',
  'Information Commissioner',
  'Privacy Commissioner',
  'Federal Bureau of Investigation',
  'Federal Trade Commission',
  'Securities and Exchange Commission',
  'Department of Justice',
  'Justice Department',
  'Department of Homeland Security',
  'Secret Service',
  'National Crime Agency',
  'Europol',
  'Interpol',
  'FBI',
  'FTC',
  'SEC',
  'DOJ',
  'ICO',
  'NCA',
  'Metropolitan Police',
  'Scotland Yard',
  'Police Scotland',
  'attorney general',
  'Attorney General',
  'procuratorate',
  'Procuratorate',
  'prosecutors',
  'Prosecutors',
  'prosecutor',
  'law enforcement',
  'law enforcement agencies',
  'authorities',
  'Authorities',
  'investigators',
  'Investigators',
  'regulators',
  'Regulators',
  'regulator',
  'data protection authority',
  'police',
  'Police',
  'police officers',
  'officers',
  'Officers',
  'detectives',
  'Detectives',
  'police department',
  'Police Department',
  'police force',
  'cyber police',
  'court',
  'Court',
  'Courts',
];

/** Authorities that judge rather than investigate (no default role). */
export const COURT_WORDS = /\b(?:courts?|judges?|tribunals?)\b/i;

/** Pronouns: text -> number, animacy ('any' for they/them). */
export const PRONOUNS: Readonly<Record<string, { plural: boolean; animate: boolean | null }>> = {
  he: { plural: false, animate: true },
  him: { plural: false, animate: true },
  his: { plural: false, animate: true },
  she: { plural: false, animate: true },
  her: { plural: false, animate: true },
  it: { plural: false, animate: false },
  its: { plural: false, animate: false },
  they: { plural: true, animate: null },
  them: { plural: true, animate: null },
  their: { plural: true, animate: null },
};

/** Number words for sizes: "three men", "a gang of five", "both". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { ...ONES, ...TEENS, ...TENS, both: 2 };

/** Reads "10", "ten", "Ten" as a number; null otherwise. */
export function readNumber(s: string): number | null {
  const t = s.replace(/,/g, '').toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

/**
 * Words that never sit between a determiner and a head noun: function words
 * and verbs that would let "the company said hackers" read as one phrase.
 */
export const NON_MODIFIERS = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for',
  'with', 'by', 'from', 'as', 'into', 'onto', 'about', 'after', 'before', 'who', 'which', 'whom', 'whose', 'was',
  'were', 'is', 'are', 'be', 'been', 'being', 'has', 'had', 'have', 'do', 'does', 'did', 'said', 'says', 'say',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'not', 'no', 'he', 'she', 'it', 'they', 'we',
  'i', 'you', 'his', 'her', 'its', 'their', 'our', 'your', 'than', 'then', 'also', 'when', 'where', 'while', 'if',
  'because', 'since', 'so', 'such', 'how', 'what', 'there', 'here', 'all', 'some', 'any', 'each', 'every', 'per',
  'via', 'including', 'including', 'sold', 'bought', 'stole', 'stolen', 'hacked', 'used', 'using', 'made', 'took',
  'told', 'claimed', 'reported', 'found', 'got', 'get', 'let', 'like', 'only', 'just', 'even', 'over', 'under',
  'between', 'against', 'without', 'within', 'through', 'during', 'among', 'toward', 'towards', 'upon', 'out',
  'up', 'down', 'off', 'more', 'most', 'less', 'least', 'very', 'now', 'still', 'yet', 'already', 'said',
] as const;

/** Determiners that open a mention; `new` marks an indefinite (new party). */
export const DETERMINERS: Readonly<Record<string, 'definite' | 'indefinite' | 'possessive' | 'demonstrative'>> = {
  a: 'indefinite',
  an: 'indefinite',
  another: 'indefinite',
  'a third': 'indefinite',
  'a second': 'indefinite',
  'a fourth': 'indefinite',
  one: 'indefinite',
  some: 'indefinite',
  several: 'indefinite',
  many: 'indefinite',
  the: 'definite',
  this: 'demonstrative',
  that: 'demonstrative',
  these: 'demonstrative',
  those: 'demonstrative',
  its: 'possessive',
  his: 'possessive',
  her: 'possessive',
  their: 'possessive',
  our: 'possessive',
  all: 'definite',
  affected: 'definite',
};

/** Indian police ranks written before a name: "DCP (Central Noida) Anita Rawat", "SHO Ravi Kumar". */
export const POLICE_RANKS: readonly string[] = ['DCP', 'ACP', 'SSP', 'DSP', 'SHO'];

/**
 * Capitalized words that are not names: sentence openers, months, days,
 * titles of data, acronyms of money and devices ("RMB", "USB", "QQ").
 */
export const NOT_NAMES = new Set(
  [
    'The', 'A', 'An', 'In', 'On', 'At', 'For', 'By', 'With', 'From', 'To', 'Of', 'As', 'After', 'Before', 'When',
    'While', 'Since', 'Further', 'Furthermore', 'However', 'But', 'And', 'Or', 'If', 'Also', 'According', 'This',
    'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'Our', 'His', 'Her', 'Their',
    'My', 'Your', 'All', 'Some', 'Many', 'Most', 'Other', 'Another', 'Such', 'There', 'Here', 'Now', 'Then',
    'Still', 'Yet', 'So', 'Because', 'Although', 'Though', 'Once', 'Under', 'Over', 'Between', 'During', 'Among',
    'Armed', 'Tags', 'Search', 'Subscribe', 'Categories', 'Archives', 'Recent', 'Posts', 'Jump', 'Page', 'Read',
    'More', 'Time', 'Minute', 'Share', 'Click', 'Image', 'Photo', 'Update', 'Updated', 'Editor', 'Note', 'Source',
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday',
    'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'RMB', 'USD', 'CNY', 'EUR', 'GBP', 'HKD',
    'USB', 'QQ', 'ID', 'IDs', 'HKID', 'HKIDs', 'NRIC', 'SIN', 'SSN#', 'IT', 'PII', 'SSN', 'SSNs', 'VPN', 'SQL', 'API', 'HTML', 'PDF', 'URL', 'CEO', 'CTO',
    'CFO', 'CISO', 'DDoS', 'IP', 'PIN', 'PINs', 'CVV', 'GDPR', 'PIPL', 'Internet', 'Web', 'Bitcoin', 'BTC', 'Mr',
    'Mrs', 'Ms', 'Dr', 'No', 'Yes', 'OK', 'Chinese', 'American', 'British', 'English', 'Russian', 'European',
    'Personal', 'Information', 'Data', 'Breach', 'Security', 'Privacy', 'Law', 'Act', 'Article', 'Section',
    'Police', 'Court', 'Spam', 'Email', 'Emails', 'Social', 'Security', 'Wi-Fi', 'WiFi', 'Windows', 'Android',
    'iOS', 'Linux', 'Java', 'Flash', 'CVE', 'Chrome', 'Firefox', 'Christmas', 'Easter', 'Neither', 'Either', 'Both',
    'Each', 'Every', 'Besides', 'Meanwhile', 'Separately', 'Earlier', 'Later', 'Last', 'Next', 'Using', 'Among',
    // adjectives that open a sentence about the data: "Full payment card numbers were taken"
    'Full', 'Partial', 'Sensitive', 'Stolen', 'Leaked', 'Compromised', 'Affected', 'Exposed', 'Several', 'Certain',
    'Additional', 'Unauthorized', 'Unauthorised', 'Only', 'Just', 'Nearly', 'Almost', 'About', 'Around', 'Roughly',
    'Initial', 'Initially', 'Preliminary', 'Early', 'Further', 'Subsequent', 'Subsequently',
    // devices and channels: "handled SIM card registration", "sent by SMS"
    'SIM', 'SIMs', 'eSIM', 'SMS', 'OTP', 'OTPs', 'GPS', 'NFC', 'QR', 'IMEI',
    // parts of an address: "Sector 63", "Phase 3 police station", "Block 5"
    'Sector', 'Phase', 'Block', 'Tower', 'Plot', 'Unit', 'Flat', 'Floor',
    // Indian police ranks and codes before a name or a section: "DCP Anita Rawat", "section 420 of the IPC"
    ...POLICE_RANKS, 'IPC', 'FIR',
    // people nouns opening a sentence: "Customer records were stolen"
    'Customer', 'Customers', 'User', 'Users', 'Patient', 'Patients', 'Client', 'Clients', 'Employee', 'Employees',
    'Staff', 'Subscriber', 'Subscribers', 'Member', 'Members', 'Student', 'Students', 'Passenger', 'Passengers',
  ],
);

/** Nouns after a people head that make it a modifier: "customer records", "user data". */
export const MODIFIED_NOUNS = [
  'records?', 'data', 'information', 'info', 'details?', 'names?', 'accounts?', 'database', 'databases', 'numbers?',
  'service', 'services', 'support', 'base', 'list', 'lists', 'credentials', 'passwords?', 'files?', 'profiles?',
  'addresses', 'address', 'emails?', 'ids?', 'logins?', 'experience', 'privacy', 'trust', 'complaints?',
  'agreements?', 'portal', 'interface', 'reviews?', 'traffic', 'devices?', 'care', 'communications?', 'relations',
  'owner', 'owners', 'company', 'firm', 'group', 'forum', 'community', 'behaviou?r', 'activity', 'identities',
  'identity', 'satisfaction', 'base', 'consent', 'rights', 'card', 'cards', 'pay', 'payroll', 'benefits', 'portal',
  'education', 'members', 'bureau', 'station', 'investigation', 'officers?', 'department',
  // "a courier depot", "express delivery outlets": the courier is the business here
  'depots?', 'outlets?', 'branch(?:es)?', 'offices?', 'warehouses?', 'hubs?', 'stores?', 'shops?', 'points?',
  // "a victim surcharge of £500": a court charge, no victim
  'surcharges?',
];

/** Words before a people head that make it not a party: "potential customers". */
export const NON_PARTY_PREMODIFIERS = /\b(?:potential|prospective|new|future|would-be|other)\s+$/i;

/** News outlets and wires that report breaches (they are sources, not parties). */
export const NEWS_OUTLET =
  /^(?:the\s+)?(?:TechCrunch|Reuters|Bloomberg|Associated\s+Press|AP|AFP|Agence\s+France-Presse|BBC|CNN|CNBC|ZDNet|ZDNET|Motherboard|Vice|Wired|The\s+Register|Register|BleepingComputer|Bleeping\s+Computer|KrebsOnSecurity|Krebs\s+on\s+Security|The\s+Verge|Verge|Gizmodo|Engadget|Ars\s+Technica|Forbes|Guardian|The\s+Guardian|New\s+York\s+Times|Washington\s+Post|Wall\s+Street\s+Journal|Financial\s+Times|Xinhua|China\s+Daily|Global\s+Times|People's\s+Daily|CCTV|ECNS|China\s+News\s+Service|South\s+China\s+Morning\s+Post|SCMP|Straits\s+Times|Taipei\s+Times|Japan\s+Times|Kyodo|Nikkei|Yonhap|Sixth\s+Tone|Caixin|The\s+Paper|USA\s+TODAY|USA\s+Today|NBC|ABC|CBS|Fox\s+News|Sky\s+News|Daily\s+Mail|Telegraph|Independent|Times)$/;

/** Regions larger than a country, which the gazetteer does not hold. */
export const REGION_NAME =
  /^(?:the\s+)?(?:European\s+(?:Economic\s+Area|Union)|EEA|Asia[\s-]Pacific|Middle\s+East|(?:South|Southeast|South-East|East|Central|North|West)\s+Asia|Latin\s+America|(?:Eastern|Western|Central|Northern|Southern)\s+Europe|Sub-Saharan\s+Africa|North\s+Africa|Greater\s+China|Mainland\s+China|Greater\s+Bay\s+Area|Yangtze\s+River\s+Delta|Pearl\s+River\s+Delta|Scandinavia|Balkans|Caribbean)$/;
