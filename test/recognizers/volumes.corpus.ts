/**
 * Volume corpus, Duckling style: expected value <- phrases. A phrase passes
 * when one volume covers all of it and every expected field is equal.
 * Phrases are written for these tests (not taken from any corpus article).
 */
import type { Quantity } from '../../src/schema.js';

export type VolumeExpectation = Partial<Omit<Quantity, 'evidence'>>;

export interface VolumeCase {
  expected: VolumeExpectation;
  phrases: string[];
}

const exact = (value: number, unit: string): VolumeExpectation => ({ value, min: value, max: value, approximate: false, unit });
const over = (value: number, unit: string): VolumeExpectation => ({ value, min: value, max: null, approximate: true, unit });
const under = (value: number, unit: string): VolumeExpectation => ({ value, min: null, max: value, approximate: true, unit });
const about = (value: number, unit: string): VolumeExpectation => ({ value, min: null, max: null, approximate: true, unit });
const atLeast = (min: number, unit: string): VolumeExpectation => ({ value: null, min, max: null, approximate: true, unit });
const range = (min: number, max: number, unit: string): VolumeExpectation => ({ value: null, min, max, approximate: false, unit });

export const VOLUME_CORPUS: VolumeCase[] = [
  {
    expected: under(1000000, 'pieces'),
    phrases: [
      'nearly one million pieces',
      'nearly one million pieces of personal information',
      'almost 1 million pieces of citizens\' personal data',
      'up to 1,000,000 pieces',
    ],
  },
  { expected: exact(500000, 'records'), phrases: ['5 lakh records', 'five lakh records'] },
  { expected: exact(13500000, 'users'), phrases: ['1.35 crore users', '1,35 crore users'] },
  { expected: atLeast(1000000, 'items'), phrases: ['millions of items', 'millions of items of personal information', 'Millions of Items of Personal Information'] },
  { expected: atLeast(10000, 'users'), phrases: ['tens of thousands of users', 'tens of thousands of its users'] },
  { expected: atLeast(100000, 'customers'), phrases: ['hundreds of thousands of customers', 'hundreds of thousands of its customers'] },
  { expected: atLeast(1000, 'files'), phrases: ['thousands of files', 'thousands of confidential files'] },
  { expected: atLeast(1000000, 'records'), phrases: ['millions of records', 'millions of voter records'] },
  { expected: exact(3000000, 'records'), phrases: ['3 million customer records', '3,000,000 records', '3m records', 'three million records', '3 million record'] },
  { expected: exact(500000, 'card numbers'), phrases: ['500,000 stolen credit card numbers', '500,000 card numbers'] },
  { expected: exact(2500000, 'users'), phrases: ['2.5 million Facebook users', '2.5m users', '2,500,000 registered users'] },
  { expected: exact(1200000, 'accounts'), phrases: ['1.2 million accounts', '1.2 million of its accounts', '1.2 million Gmail and Yahoo accounts'] },
  { expected: exact(860000, 'passport numbers'), phrases: ['860,000 passport numbers'] },
  { expected: exact(25000, 'patients'), phrases: ['25,000 patients', 'twenty-five thousand patients'] },
  { expected: exact(4000, 'employees'), phrases: ['4,000 employees', '4000 current and former employees'] },
  { expected: exact(1900000, 'email addresses'), phrases: ['1.9 million email addresses', '1.9 million e-mail addresses'] },
  { expected: exact(18000, 'people'), phrases: ['18,000 people', '18,000 persons'] },
  { expected: exact(650, 'individuals'), phrases: ['650 individuals'] },
  { expected: exact(1500000, 'users'), phrases: ['one and a half million users', '1.5 million users'] },
  { expected: exact(500000000, 'accounts'), phrases: ['half a billion accounts', '500m accounts'] },
  { expected: exact(12, 'hotels'), phrases: ['12 hotels', '12 of its hotels'] },
  { expected: exact(6000, 'pins'), phrases: ['6,000 PINs'] },
  { expected: exact(200000, 'messages'), phrases: ['200,000 private messages', '200,000 text messages'] },
  { expected: exact(74, 'gigabytes'), phrases: ['74GB', '74 GB', '74 gigabytes of data'] },
  { expected: exact(1.4, 'gigabytes'), phrases: ['1.4GB'] },
  { expected: over(100000, 'records'), phrases: ['over 100,000 records', 'more than 100,000 records', 'at least 100,000 records', 'in excess of 100,000 records'] },
  { expected: over(2000000, 'users'), phrases: ['more than 2 million users', 'over two million users'] },
  { expected: under(55, 'employees'), phrases: ['fewer than 55 employees', 'less than 55 employees', 'fewer than 55 current or former employees'] },
  { expected: under(14000000, 'records'), phrases: ['up to 14 million customer records', 'as many as 14 million records'] },
  { expected: about(245000, 'customers'), phrases: ['about 245,000 customers', 'around 245,000 customers', 'some 245,000 customers', 'roughly 245,000 customers', 'an estimated 245,000 customers'] },
  { expected: about(9400000, 'passengers'), phrases: ['approximately 9.4 million passengers'] },
  { expected: range(550000, 1100000, 'records'), phrases: ['between 550,000 and 1.1 million records', '550,000 to 1.1 million loan records'] },
  { expected: range(1000000, 2000000, 'accounts'), phrases: ['1 to 2 million accounts', '1-2 million accounts', 'between 1 and 2 million accounts'] },
  { expected: atLeast(2, 'files'), phrases: ['several backup files', 'a few files'] },
  // documents and logs of people's lives, counted like records
  { expected: about(2100000, 'resumes'), phrases: ['about 2.1 million résumés', 'some 2.1 million CVs', 'roughly 2.1 million job-seeker résumés'] },
  { expected: about(64000, 'journeys'), phrases: ['about 64,000 trips', 'around 64,000 taxi rides', 'some 64,000 journeys'] },
  { expected: under(9200, 'queries'), phrases: ['nearly 9,200 look-ups', 'almost 9,200 location queries', 'close to 9,200 searches'] },
  { expected: exact(75000, 'check-ins'), phrases: ['75,000 hotel check-ins', '75,000 check-ins'] },
  { expected: exact(18000, 'bookings'), phrases: ['18,000 flight bookings', '18,000 reservations'] },
  { expected: exact(5400, 'dossiers'), phrases: ['5,400 dossiers', '5,400 patient dossiers'] },
  { expected: exact(230000, 'call logs'), phrases: ['230,000 call logs', '230,000 call records'] },
  { expected: over(6100, 'pieces'), phrases: ['more than 6,100 pieces of information', 'over 6,100 pieces of customer data'] },
];

/** Phrases that hold no volume. */
export const VOLUME_NEGATIVES: string[] = [
  'The 45-year-old man was detained.',
  'Police broke up a 10-member gang.',
  'Three men were arrested.',
  'Five suspects were detained.',
  'Police handled 200 cases last year.',
  'He was sentenced to three years.',
  'Call 138 0013 8000 for the list.',
  'Prices rose 40% among users.',
  'His ID number is 110101199003071234.',
  'The trial opened on 12 March 2013.',
  'The gang made RMB 320,000.',
  'The fine was $5 million.',
  'In 2015 customers complained about spam.',
  'Police arrested 12 people in the raid on the data market.',
  'Twelve people were arrested for selling the information.',
  'The bureau broke up the ring that sold client files, arresting 23 people and seizing its servers.',
  'Officers raided three offices, detaining the owner, his driver and 17 employees of the firm that bought the records.',
  'A gang of 10 members sold the data.',
  'Two people familiar with the data breach said so.',
  'One of the users reported the leak.',
  'Employees filled in W-2 forms for the payroll office.',
  'A survey of 1,000 adults asked about data breaches.',
  'Netflix has 93 million subscribers in more than 190 countries.',
  'Millions of items will be processed and shipped before the holiday rush.',
  'The firm investigated several sophisticated pieces of malware.',
  'The hospital gave 2 computers to the school.',
  // open nouns: people acting, goods, money and time stay out
  'Officers detained 14 suspects who sold the data.',
  'The firm that leaked the data sold 3,000 laptops last year.',
  'The gang stole 250 bitcoins from the exchange and leaked the data.',
  'The broker sold 40 apartments with forged deeds to fraud victims.',
  'Police obtained 12 warrants to search the data broker.',
  'The hacker stole 15 vehicles before the breach.',
  // a noun in no unit list, with neither a data verb nor "of <people>"
  'Police said the ring ran 4,000 errands across the city.',
];

/** In-sentence cases: every volume with its offsets and the fields that matter. */
export interface VolumeSentence {
  text: string;
  expected: (VolumeExpectation & { start: number; end: number })[];
}

export const VOLUME_SENTENCES: VolumeSentence[] = [
  {
    text: 'Police apprehended a 12-member ring for illegally selling nearly two million pieces of personal information.',
    expected: [{ text: 'nearly two million pieces of personal information', start: 58, end: 107, max: 2000000, unit: 'pieces' }],
  },
  {
    text: 'Investigators said 860,000 passport numbers and about 245,000 identity card numbers were exposed.',
    expected: [
      { text: '860,000 passport numbers', start: 19, end: 43, value: 860000, unit: 'passport numbers' },
      { text: 'about 245,000 identity card numbers', start: 48, end: 83, value: 245000, approximate: true, unit: 'id numbers' },
    ],
  },
  {
    text: 'Hackers leaked more than 30 million and 40 million accounts from two unsecured databases.',
    expected: [
      { text: 'more than 30 million', start: 15, end: 35, min: 30000000, unit: 'accounts' },
      { text: '40 million accounts', start: 40, end: 59, value: 40000000, unit: 'accounts' },
    ],
  },
  {
    text: 'The bank said 7 million of its customers had their personal data stolen.',
    expected: [{ text: '7 million of its customers', start: 14, end: 40, value: 7000000, unit: 'customers' }],
  },
  {
    text: 'A staffer at the courier firm sold millions of waybills to online traders in 2013.',
    expected: [{ text: 'millions of waybills', start: 35, end: 55, min: 1000000, value: null, unit: 'waybills' }],
  },
  {
    text: 'The leaked 2.3GB database held the names of 40,000 students.',
    expected: [
      { text: '2.3GB', start: 11, end: 16, value: 2.3, unit: 'gigabytes' },
      { text: '40,000 students', start: 44, end: 59, value: 40000, unit: 'students' },
    ],
  },
];

/** Volumes read from their sentence: a data verb, "of <people>", "of <data>". */
export const VOLUME_OPEN_SENTENCES: VolumeSentence[] = [
  {
    text: 'During the year Zhou placed orders for more than 6,100 pieces of information and paid in cash.',
    expected: [{ text: 'more than 6,100 pieces of information', start: 39, end: 76, min: 6100, unit: 'pieces' }],
  },
  {
    text: 'Police said 31,000 transcripts of students were found on the seized drive.',
    expected: [{ text: '31,000 transcripts of students', start: 12, end: 42, value: 31000, unit: 'transcripts' }],
  },
  {
    text: 'The crew scraped 90,000 listings from a rental site last spring.',
    expected: [{ text: '90,000 listings', start: 17, end: 32, value: 90000, unit: 'listings' }],
  },
  {
    text: 'Investigators said an intern exported about 12,500 ledgers of the bank\'s clients.',
    expected: [{ text: 'about 12,500 ledgers of the bank\'s clients', start: 38, end: 80, value: 12500, approximate: true, unit: 'ledgers' }],
  },
  {
    text: 'A clerk downloaded roughly 210,000 hotel check-in entries in two months.',
    expected: [{ text: 'roughly 210,000 hotel check-in entries', start: 19, end: 57, value: 210000, unit: 'entries' }],
  },
];

/** Known gaps: each phrase should give the volume, but does not yet. */
export const VOLUME_GAPS: { phrase: string; expected: VolumeExpectation; reason: string }[] = [
  { phrase: '536,727accounts', expected: exact(536727, 'accounts'), reason: 'a unit glued to the digits is not at a word boundary' },
  { phrase: 'the data of 209,000', expected: exact(209000, 'people'), reason: 'a count with no unit noun is not read' },
  { phrase: 'a large number of files', expected: atLeast(2, 'files'), reason: '"a large number of" has no value to give' },
  { phrase: '1.7 million user data', expected: exact(1700000, 'users'), reason: '"user data" is not a counted noun' },
  { phrase: '3.2万条公民个人信息', expected: exact(32000, 'pieces'), reason: 'Chinese numerals and 万 are not read' },
];
