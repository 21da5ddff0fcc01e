/**
 * Money dictionaries and the regex parts built from them (longest first).
 * Data only: the rules that use them are in rules.ts.
 */
import type { MoneyPurpose } from '../../schema.js';
import { alternation } from '../runner.js';
import { FoldedPattern } from '../dates/folded.js';

/** Marks the yen/yuan sign, whose currency depends on the document. */
export const YEN_SIGN = '¥';

/**
 * Currency written before the number: "RMB 320,000", "US$150,000", "$5m",
 * "HK$2,000", "£10,000", "R$600". Keys are lower-case; `¥` is resolved per
 * document (CNY in a Chinese context, else JPY).
 */
export const PREFIX_CURRENCIES: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  'u.s.$': 'USD',
  usd: 'USD',
  hk$: 'HKD',
  hkd: 'HKD',
  nt$: 'TWD',
  twd: 'TWD',
  s$: 'SGD',
  sgd: 'SGD',
  a$: 'AUD',
  au$: 'AUD',
  aud: 'AUD',
  c$: 'CAD',
  ca$: 'CAD',
  cad: 'CAD',
  nz$: 'NZD',
  nzd: 'NZD',
  r$: 'BRL',
  brl: 'BRL',
  rmb: 'CNY',
  cny: 'CNY',
  'cn¥': 'CNY',
  'rmb¥': 'CNY',
  eur: 'EUR',
  '€': 'EUR',
  gbp: 'GBP',
  '£': 'GBP',
  jpy: 'JPY',
  'jp¥': 'JPY',
  [YEN_SIGN]: YEN_SIGN,
  inr: 'INR',
  'rs.': 'INR',
  rs: 'INR',
  '₹': 'INR',
  chf: 'CHF',
  krw: 'KRW',
  '₩': 'KRW',
  rub: 'RUB',
  '₽': 'RUB',
  ksh: 'KES',
  'ksh.': 'KES',
  kes: 'KES',
  rm: 'MYR',
  myr: 'MYR',
  rp: 'IDR',
  'rp.': 'IDR',
  idr: 'IDR',
  '₱': 'PHP',
  '฿': 'THB',
  thb: 'THB',
  '₦': 'NGN',
  ngn: 'NGN',
  pkr: 'PKR',
  aed: 'AED',
  mxn: 'MXN',
  'mx$': 'MXN',
  vnd: 'VND',
  '₫': 'VND',
  zar: 'ZAR',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  pln: 'PLN',
  // Bitcoin has no ISO 4217 code; "BTC" fits the schema's three letters.
  btc: 'BTC',
  xbt: 'BTC',
  '₿': 'BTC',
};

/**
 * Currency written after the number: "320,000 yuan", "3.2 million yuan",
 * "100,000-yuan fine", "5 million US dollars", "50 bitcoins".
 */
export const SUFFIX_CURRENCIES: Readonly<Record<string, string>> = {
  yuan: 'CNY',
  renminbi: 'CNY',
  'yuan renminbi': 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  '元': 'CNY',
  dollars: 'USD',
  dollar: 'USD',
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  usd: 'USD',
  'hong kong dollars': 'HKD',
  'hk dollars': 'HKD',
  hkd: 'HKD',
  'new taiwan dollars': 'TWD',
  'taiwan dollars': 'TWD',
  'nt dollars': 'TWD',
  twd: 'TWD',
  'singapore dollars': 'SGD',
  sgd: 'SGD',
  'australian dollars': 'AUD',
  aud: 'AUD',
  'canadian dollars': 'CAD',
  cad: 'CAD',
  'new zealand dollars': 'NZD',
  euros: 'EUR',
  euro: 'EUR',
  eur: 'EUR',
  pounds: 'GBP',
  pound: 'GBP',
  'pounds sterling': 'GBP',
  'british pounds': 'GBP',
  sterling: 'GBP',
  gbp: 'GBP',
  yen: 'JPY',
  'japanese yen': 'JPY',
  jpy: 'JPY',
  rupees: 'INR',
  'indian rupees': 'INR',
  inr: 'INR',
  reais: 'BRL',
  'brazilian reais': 'BRL',
  brl: 'BRL',
  'swiss francs': 'CHF',
  chf: 'CHF',
  'korean won': 'KRW',
  'south korean won': 'KRW',
  rubles: 'RUB',
  roubles: 'RUB',
  won: 'KRW',
  'kenyan shillings': 'KES',
  shillings: 'KES',
  ringgit: 'MYR',
  rupiah: 'IDR',
  'philippine pesos': 'PHP',
  'mexican pesos': 'MXN',
  baht: 'THB',
  naira: 'NGN',
  'pakistani rupees': 'PKR',
  dirhams: 'AED',
  riyals: 'SAR',
  'swedish kronor': 'SEK',
  kronor: 'SEK',
  'norwegian kroner': 'NOK',
  'danish kroner': 'DKK',
  zloty: 'PLN',
  zlotys: 'PLN',
  'turkish lira': 'TRY',
  'vietnamese dong': 'VND',
  'south african rand': 'ZAR',
  bitcoins: 'BTC',
  bitcoin: 'BTC',
  btc: 'BTC',
};

/**
 * After "bitcoin", a noun that makes it an adjective: "two Bitcoin addresses",
 * "220 Bitcoin nodes"; or a domain: "3,153 Bitcoin.Lixter.com".
 */
export const NOT_MONEY_AFTER_BITCOIN =
  new FoldedPattern(String.raw`^(?:\.\w|\s+(?:addresses|address|wallets?|nodes?|miners?|exchanges?|users?|accounts?|transactions|ATMs?|mining|forums?|sites?)\b)`, 'i');

/** Currency before the number; `$` glued to letters ("US$") comes in whole. */
export const CUR_PREFIX = `(?:${alternation(Object.keys(PREFIX_CURRENCIES))})`;

/** Currency after the number; not followed by a letter ("5 euros", not "5 eurozone"). */
export const CUR_SUFFIX = `(?:${alternation(Object.keys(SUFFIX_CURRENCIES))})(?![a-z])`;

/** Between the number and a currency word: "320,000 yuan", "100,000-yuan", "320000元". */
export const SUFFIX_JOIN = String.raw`[\s-]{0,2}`;

/**
 * Text mentioning China: then a bare `¥` is the yuan. "¥5,000" in an article
 * about a Tokyo firm is yen.
 */
export const CHINESE_CONTEXT = new FoldedPattern(String.raw`\b(?:China|Chinese|yuan|RMB|renminbi|CNY)\b|元`, 'i');

/**
 * Characters that, right before a `$`, mark code or a template rather than
 * money: "'$1'", "`$HOME`", "\\$1", "s/a/$1/".
 */
export const CODE_BEFORE_DOLLAR = /[`'"\\/=${}]/;

/**
 * Purpose cues, searched in the same sentence; the nearest cue wins.
 * "made over RMB 320,000 in illegal profits" -> profit; "fined 5,000 yuan" ->
 * fine; "costing the company more than $600m" -> loss; "agreed to pay $350,000
 * to settle" -> compensation.
 */
export const PURPOSE_CUES: Readonly<Record<string, MoneyPurpose>> = {
  ransom: 'ransom',
  ransoms: 'ransom',
  extort: 'ransom',
  extorted: 'ransom',
  extorting: 'ransom',
  extortion: 'ransom',
  demand: 'ransom',
  demanded: 'ransom',
  demanding: 'ransom',
  demands: 'ransom',
  fine: 'fine',
  fined: 'fine',
  fines: 'fine',
  penalty: 'fine',
  penalties: 'fine',
  penalised: 'fine',
  penalized: 'fine',
  compensation: 'compensation',
  compensate: 'compensation',
  compensated: 'compensation',
  settlement: 'compensation',
  settle: 'compensation',
  settled: 'compensation',
  settling: 'compensation',
  payout: 'compensation',
  damages: 'compensation',
  restitution: 'compensation',
  reimburse: 'compensation',
  reimbursed: 'compensation',
  profit: 'profit',
  profits: 'profit',
  profited: 'profit',
  profiting: 'profit',
  gain: 'profit',
  gains: 'profit',
  earn: 'profit',
  earned: 'profit',
  earning: 'profit',
  earnings: 'profit',
  earns: 'profit',
  made: 'profit',
  making: 'profit',
  pocketed: 'profit',
  pocketing: 'profit',
  income: 'profit',
  proceeds: 'profit',
  'raked in': 'profit',
  netted: 'profit',
  reaped: 'profit',
  loss: 'loss',
  losses: 'loss',
  lost: 'loss',
  lose: 'loss',
  losing: 'loss',
  cost: 'loss',
  costs: 'loss',
  costing: 'loss',
  damage: 'loss',
  stole: 'loss',
  stolen: 'loss',
  steal: 'loss',
  theft: 'loss',
  swindled: 'loss',
  swindling: 'loss',
  defrauded: 'loss',
  defrauding: 'loss',
  cheated: 'loss',
  cheating: 'loss',
  scammed: 'loss',
  conned: 'loss',
  fleeced: 'loss',
  drained: 'loss',
  price: 'price',
  prices: 'price',
  'asking price': 'price',
  asking: 'price',
  seller: 'price',
  sellers: 'price',
  vendor: 'price',
  listing: 'price',
  listings: 'price',
  priced: 'price',
  'sold for': 'price',
  'selling for': 'price',
  'sells for': 'price',
  'for sale': 'price',
  'on sale': 'price',
  bought: 'price',
  buy: 'price',
  purchased: 'price',
  charged: 'price',
  charging: 'price',
  fee: 'price',
  fees: 'price',
};

export const PURPOSE_CUE = new FoldedPattern(String.raw`\b(?:${alternation(Object.keys(PURPOSE_CUES))})\b`, 'gi');

/** Things a unit price is quoted for: "500 yuan per piece", "$2 a record". */
export const PER_UNITS: Readonly<Record<string, string>> = {
  piece: 'piece',
  pieces: 'piece',
  record: 'record',
  records: 'record',
  item: 'item',
  items: 'item',
  entry: 'entry',
  entries: 'entry',
  account: 'account',
  accounts: 'account',
  person: 'person',
  head: 'person',
  user: 'user',
  users: 'user',
  customer: 'customer',
  customers: 'customer',
  card: 'card',
  cards: 'card',
  file: 'file',
  files: 'file',
  document: 'document',
  documents: 'document',
  message: 'message',
  messages: 'message',
  email: 'email',
  emails: 'email',
  name: 'name',
  names: 'name',
  number: 'number',
  numbers: 'number',
  profile: 'profile',
  profiles: 'profile',
  copy: 'copy',
  set: 'set',
  sets: 'set',
  batch: 'batch',
  query: 'query',
  queries: 'query',
  search: 'search',
  searches: 'search',
  lookup: 'lookup',
  lookups: 'lookup',
  'look-up': 'lookup',
  dossier: 'dossier',
  report: 'report',
  resume: 'resume',
  'résumé': 'resume',
  cv: 'resume',
  journey: 'journey',
  trip: 'journey',
  booking: 'booking',
  waybill: 'waybill',
  photo: 'photo',
  photos: 'photo',
  image: 'image',
  video: 'video',
  row: 'row',
  line: 'line',
  contact: 'contact',
  database: 'database',
  dump: 'dataset',
  dataset: 'dataset',
  login: 'login',
  logins: 'login',
  password: 'password',
  passwords: 'password',
  id: 'id',
  ids: 'id',
  identity: 'identity',
  identities: 'identity',
  // sales leads and the people behind them: "£40 per lead", "HK$150 for each client"
  lead: 'lead',
  leads: 'lead',
  referral: 'lead',
  client: 'client',
  clients: 'client',
  patient: 'patient',
  patients: 'patient',
  subscriber: 'subscriber',
  subscribers: 'subscriber',
  policyholder: 'policyholder',
  registration: 'registration',
  registrations: 'registration',
};

const PER_UNIT = `(?:${alternation(Object.keys(PER_UNITS))})`;

/**
 * A word that may qualify the unit after "per"/"for each": "client's",
 * "location", "stolen"; not a function word ("each year for accounts").
 */
const PER_QUALIFIER = String.raw`(?!(?:for|to|of|in|on|at|by|and|or|with|from|the|year|month|week|day|hour|time))[A-Za-z][A-Za-z-]*(?:'s)?\s+`;

/**
 * Right after the amount: "per piece", "a record", "for each account", "for
 * each client's profile", "per stolen card" (up to two qualifiers after
 * "per"/"each", none after "a": "$5 a month for accounts" is no unit price).
 */
export const PER_AFTER = new RegExp(
  String.raw`^\s*(?:(?:a|an)\s+|(?:per|for\s+(?:each|every|one|a\s+single)|each)\s+(?:${PER_QUALIFIER}){0,2}?)(${PER_UNIT})(?![\w-]|['\u2019]s\s)`,
  'i',
);

/**
 * Before an amount after "for", a verb of offering that makes it an asking
 * price: "offered the database for 1.5 bitcoin", "listed the dump for $900",
 * "put 3,000 records up for sale for 2 BTC".
 */
export const OFFER_FOR_BEFORE =
  new FoldedPattern(String.raw`\b(?:offer(?:s|ed|ing)?|list(?:s|ed|ing)|advertis(?:es|ed|ing)|auction(?:s|ed|ing)?|peddl(?:es|ed|ing)|hawk(?:s|ed|ing)|market(?:s|ed|ing)|up\s+for\s+(?:sale|grabs))\b[^.;!?]{0,120}\bfor\s+(?:[A-Za-z]{1,5}\s+)?$`, 'i');

/** Right before the amount: "each record for 50 yuan", "per piece at 0.5 yuan". */
export const PER_BEFORE = new RegExp(String.raw`\b(?:each|every|per|a|one)\s+(${PER_UNIT})\s+(?:for|at|costs?|sold\s+for|went\s+for)\s*$`, 'i');

/**
 * Right after the amount, with the unit left to the sentence: "for 50 yuan
 * each", "apiece"; not a rate in time ("10,000 yuan each month").
 */
export const EACH_AFTER = new FoldedPattern(String.raw`^\s*(?:each|apiece|a\s+pop)\b(?!\s+(?:year|month|week|day|hour|time)s?\b)`, 'i');

/** A plural unit earlier in the sentence, for "each": "3,000 records for 2 yuan each". */
export const UNIT_IN_SENTENCE = new RegExp(String.raw`\b(${PER_UNIT})\b`, 'gi');

/**
 * Between two amounts, when the second restates the first in another
 * currency: "300,000 yuan ($43,000)", "R$600 (US$191.02)", "£1m, or $1.3m".
 */
export const CONVERSION_BETWEEN = new FoldedPattern(String.raw`^\s*(?:\(|\[|,?\s*or|\/|,?\s*equivalent\s+to|,?\s*i\.e\.)\s*$`, 'i');

/**
 * A legal ceiling, not a sum imposed: "the law allows fines of up to ...",
 * "offenders can be fined as much as ...", "faces a maximum penalty of ...".
 * Read on the sentence before the amount plus the amount's own bound words
 * ("up to "). A ceiling needs both a word of possibility or of the law and a
 * cap: "was fined up to" alone stays a fine.
 */
export const LEGAL_CEILING_BEFORE =
  new FoldedPattern(String.raw`\b(?:allows?|allowing|permits?|can|could|may|might|faces?|facing|risks?|carr(?:y|ies)|law|laws|act|statute|regulations?|rules?|code|provides?\s+for|punishable)\b[^.;!?]{0,60}?(?:\b(?:fines?|fined|penalt(?:y|ies)|penali[sz]ed)\s+(?:of\s+)?(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of|not\s+exceeding|no\s+more\s+than)|\bmaximum\s+(?:fine|penalty)\s+of|\bfines?\s+capped\s+at)\s+(?:[A-Za-z]{2,4}\s+)?$` +
    // "The maximum penalty for the offence is a fine of HK$1 million"
    // "punishable by a fine of HK$1 million and five years in jail"
    String.raw`|\bpunishable\s+by\s+(?:an?\s+)?(?:maximum\s+)?(?:fine|penalty)\s+of\s+(?:up\s+to\s+)?(?:[A-Za-z]{2,4}\s+)?$` +
    String.raw`|\b(?:maximum|highest|heaviest|top)\s+(?:fine|penalty|punishment|sentence)\b[^.;!?]{0,50}?\b(?:is|are|was|were|includes?)\s+(?:an?\s+)?(?:fine\s+of\s+)?(?:[A-Za-z]{2,4}\s+)?$`, 'i');

/**
 * A company's business figures, not money of the case: "2024 revenue of 460
 * million pounds", "annual turnover of €2bn", "a market value of $3bn", "net
 * profit reached 1.2 billion yuan", "raised $12 million in venture funding". Read on
 * the text right before the amount.
 */
export const BUSINESS_FIGURE_BEFORE = new FoldedPattern(
  String.raw`\b(?:revenues?|turnover|market\s+(?:value|capitali[sz]ation|cap)|valuation|share\s+price|(?:annual|yearly|quarterly|net|operating|pre-tax|pretax)\s+(?:sales|profits?|income|earnings|revenues?))\s+(?:(?:for|in)\s+(?:\d{4}|the\s+(?:year|quarter))\s+)?(?:of|at|to|was|were|is|are|reached|rose\s+to|fell\s+to|totall?ing|stood\s+at|topped|exceeded)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|roughly\s+)?$` +
    // "which raised $12 million in venture funding", "a Series B round of $40 million", "valued at $2 billion"
    String.raw`|\b(?:(?:raised|raises|raising)\s+(?:a\s+)?(?:(?:seed|series\s+[a-e])\s+(?:round\s+of\s+)?)?|(?:seed|series\s+[a-e])\s+(?:funding\s+)?round\s+of\s+|valued\s+at\s+)(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$`,
  'i',
);
