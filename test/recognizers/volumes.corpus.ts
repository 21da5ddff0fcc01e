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
  // words between the number and a person unit: the head noun is the unit
  { expected: about(27000, 'mothers'), phrases: ['roughly 27,000 expectant and new mothers', 'about 27,000 first-time mothers', 'some 27,000 mothers'] },
  { expected: about(184000, 'customers'), phrases: ['about 184,000 loyalty-card customers', 'around 184,000 long-standing business customers'] },
  { expected: about(63000, 'guests'), phrases: ['roughly 63,000 guests', 'some 63,000 overseas hotel guests'] },
  { expected: exact(3400000, 'users'), phrases: ['3.4 million registered users', '3.4 million newly registered users', '3.4 million active mobile app users'] },
  { expected: about(7600, 'residents'), phrases: ['some 7,600 elderly residents', 'about 7,600 elderly care home residents'] },
  { expected: exact(4300, 'owners'), phrases: ['4,300 car owners', '4,300 property owners', '4,300 owners'] },
  { expected: exact(52000, 'families'), phrases: ['52,000 families', '52,000 low-income families'] },
  { expected: exact(2600, 'newborns'), phrases: ['2,600 newborns'] },
  { expected: exact(1900, 'teenagers'), phrases: ['1,900 teenagers', '1,900 teens'] },
  { expected: exact(8800, 'travellers'), phrases: ['8,800 business travellers', '8,800 travelers'] },
  { expected: exact(16000, 'civil servants'), phrases: ['16,000 civil servants', '16,000 senior public servants'] },
  { expected: exact(11000, 'examinees'), phrases: ['11,000 examinees', '11,000 test takers'] },
  { expected: exact(940, 'inmates'), phrases: ['940 inmates', '940 former prison inmates'] },
  { expected: exact(3700, 'shareholders'), phrases: ['3,700 shareholders', '3,700 minority shareholders'] },
  { expected: over(2000, 'passengers'), phrases: ['more than 2,000 frequent-flyer passengers', 'over 2,000 passengers'] },
  {
    expected: exact(6500, 'employees'),
    phrases: ['6,500 employees', '6,500 hourly and salaried employees', '6,500 current, former and retired employees', '6,500 full-time, part-time, and seasonal employees'],
  },
  { expected: exact(730000, 'cards'), phrases: ['730,000 Visa, Mastercard and Amex cards', '730,000 Visa, Mastercard, Discover and Amex cards'] },
  // partitive: "N of the/its/those <unit>"
  { expected: about(8300, 'records'), phrases: ['around 8,300 of the records', 'about 8,300 of its records', 'some 8,300 of those records', 'roughly 8,300 of the stolen records'] },
  { expected: over(450, 'accounts'), phrases: ['more than 450 of the hijacked accounts', 'over 450 of those accounts'] },
  { expected: exact(21000, 'customers'), phrases: ['21,000 of the lender\'s customers', '21,000 of its retail customers'] },
  { expected: under(900, 'patients'), phrases: ['nearly 900 of the clinic\'s patients', 'almost 900 of those patients'] },
  // a bound after the number or after the unit
  { expected: over(50, 'pieces'), phrases: ['50 or more pieces', '50 or more pieces of location information', '50 pieces or more of location information'] },
  { expected: over(4500, 'records'), phrases: ['4,500 records or more', '4,500 or more customer records', '4,500 and more records'] },
  { expected: under(120, 'users'), phrases: ['120 or fewer users', '120 users or fewer'] },
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
  // counts of places, businesses and machines: the unit list is the gate
  'The chain said 140 hotels were hit by the data breach.',
  'Hackers got into several hundred small hotels and stole guest data.',
  'The breach hit 12 of its hotels.',
  'Customer data leaked from 12 branches of the bank.',
  'Attackers accessed 30 servers holding customer data.',
  'Intruders accessed 140 hotels across the region and leaked guest data.',
  'The data breach spread to 25 clinics and 14 pharmacies.',
  'The hotel group, which operates 5,000 properties, disclosed a data breach.',
  'Payment data was stolen at 1,200 of its franchised restaurants.',
  'Thousands of hotels use the booking system that leaked the data.',
  // a list of qualifiers must close with a conjunction, and counts no place
  'The breach exposed 12 current, former accounts.',
  'The breach hit 40 hotels, resorts and guest records.',
  'The password was shared by 2 or more users before the leak.',
  // people acting: questioned, fired, interrogated
  '200 employees were questioned about the data leak.',
  'Police interrogated 45 staff members over the leaked records.',
  'The firm fired 30 employees after the data breach.',
];

/**
 * Legal thresholds: each phrase holds one volume (the whole of `volume`), and
 * it is marked as a rule's threshold (`LEGAL_THRESHOLDS`), not a count of the case.
 */
export const VOLUME_LEGAL_THRESHOLDS: { text: string; volume: string }[] = [
  {
    text: 'Under the law, the sale of more than 8,000 pieces of ordinary personal data is treated as "serious".',
    volume: 'more than 8,000 pieces of ordinary personal data',
  },
  {
    text: 'The criminal law treats the trade in over 4,000 pieces of personal information as a serious case.',
    volume: 'over 4,000 pieces of personal information',
  },
  { text: 'Selling over 700 pieces of health data counts as a serious circumstance.', volume: 'over 700 pieces of health data' },
  { text: 'Illegally obtaining 60 or more pieces of location data is a crime.', volume: '60 or more pieces of location data' },
  { text: 'The threshold of 80 pieces of travel information makes the offence serious.', volume: '80 pieces of travel information' },
  { text: 'The threshold for credit data is 600 pieces.', volume: '600 pieces' },
  {
    text: 'The sentencing standard for "serious circumstances" is 3,000 pieces of personal information.',
    volume: '3,000 pieces of personal information',
  },
  {
    text: 'Under the judicial interpretation, serious circumstances include selling 6,000 pieces of ordinary information.',
    volume: '6,000 pieces of ordinary information',
  },
  {
    text: 'Under HIPAA, hospitals must alert local media if a breach affects more than 500 patients.',
    volume: 'more than 500 patients',
  },
  {
    text: 'Firms are required to tell the attorney general when a breach reaches more than 1,000 of the state\'s residents.',
    volume: 'more than 1,000 of the state\'s residents',
  },
];

/** The same cue words, in sentences about the case: the volume is the case's (not a threshold). */
export const VOLUME_CASE_COUNTS: { text: string; volume: string }[] = [
  { text: 'Under the law, the gang sold 48,000 pieces of personal information.', volume: '48,000 pieces of personal information' },
  { text: 'Police said the ring sold 48,000 pieces, far above the threshold for serious circumstances.', volume: '48,000 pieces' },
  { text: 'Far exceeding the legal threshold, the broker sold 48,000 pieces of personal information.', volume: '48,000 pieces of personal information' },
  { text: 'Wang sold 48,000 pieces of information, which constitutes especially serious circumstances.', volume: '48,000 pieces of information' },
  { text: 'The law required the firm to notify all 48,000 affected customers.', volume: '48,000 affected customers' },
  { text: 'The firm failed to meet security standards for 2 million accounts that were leaked.', volume: '2 million accounts' },
  { text: 'The court ruled the sale of 48,000 pieces of data constituted serious circumstances.', volume: '48,000 pieces of data' },
  { text: 'The regulations took effect in 2017, when hackers stole 3 million records.', volume: '3 million records' },
  { text: 'The gang sold 5,000 or more pieces of personal information, police said.', volume: '5,000 or more pieces of personal information' },
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
    // a dark-web listing's count: the listing and the hashes are the data words of the sentence
    text: 'According to the listing, roughly 2.4 million accounts in the full set include the hashes.',
    expected: [{ text: 'roughly 2.4 million accounts', start: 26, end: 54, value: 2400000, approximate: true, unit: 'accounts' }],
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
    text: 'The retailer said about 184,000 customers whose cards were kept on file were affected.',
    expected: [{ text: 'about 184,000 customers', start: 18, end: 41, value: 184000, approximate: true, unit: 'customers' }],
  },
  {
    text: 'The leak exposed the booking data of roughly 63,000 guests from outside the EU.',
    expected: [{ text: 'roughly 63,000 guests', start: 37, end: 58, value: 63000, approximate: true, unit: 'guests' }],
  },
  {
    text: 'Police said around 8,300 of the records were sold and about 2,000 of them were resold.',
    expected: [{ text: 'around 8,300 of the records', start: 12, end: 39, value: 8300, approximate: true, unit: 'records' }],
  },
  {
    text: 'The chain said 140 hotels were hit and the card data of 96,000 guests was stolen.',
    expected: [{ text: '96,000 guests', start: 56, end: 69, value: 96000, unit: 'guests' }],
  },
  {
    text: 'Investigators questioned 200 employees and found the data of 5,100 employees on a forum.',
    expected: [{ text: '5,100 employees', start: 61, end: 76, value: 5100, unit: 'employees' }],
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
  { phrase: 'about 2,000 of them', expected: about(2000, 'people'), reason: '"of them" refers back: needs coreference' },

];
