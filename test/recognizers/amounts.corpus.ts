/**
 * Money corpus, Duckling style: expected value <- phrases. A phrase passes
 * when one amount covers all of it and every expected field is equal.
 * Phrases are written for these tests (not taken from any corpus article).
 */
import type { Money } from '../../src/schema.js';

export type MoneyExpectation = Partial<Omit<Money, 'evidence'>>;

export interface MoneyCase {
  expected: MoneyExpectation;
  phrases: string[];
}

const exact = (value: number, currency: string): MoneyExpectation => ({
  value,
  min: value,
  max: value,
  approximate: false,
  currency,
});
const over = (value: number, currency: string): MoneyExpectation => ({
  value,
  min: value,
  max: null,
  approximate: true,
  currency,
});
const under = (value: number, currency: string): MoneyExpectation => ({
  value,
  min: null,
  max: value,
  approximate: true,
  currency,
});
const about = (value: number, currency: string): MoneyExpectation => ({
  value,
  min: null,
  max: null,
  approximate: true,
  currency,
});
const range = (min: number, max: number, currency: string): MoneyExpectation => ({
  value: null,
  min,
  max,
  approximate: false,
  currency,
});
const atLeast = (min: number, currency: string): MoneyExpectation => ({
  value: null,
  min,
  max: null,
  approximate: true,
  currency,
});

export const MONEY_CORPUS: MoneyCase[] = [
  { expected: exact(320000, 'CNY'), phrases: ['RMB 320,000', 'RMB320,000', '320,000 yuan', '320,000 RMB', 'CNY 320,000', '320000元', '320,000 renminbi', '320,000-yuan'] },
  { expected: exact(3200000, 'CNY'), phrases: ['3.2 million yuan', 'RMB 3.2 million', 'RMB3.2m', '3.2m yuan'] },
  // currencies of Asia, Africa and Europe beyond the majors
  { expected: exact(15000000, 'KRW'), phrases: ['15 million won', 'KRW 15 million', '₩15 million'] },
  { expected: exact(4200000, 'KES'), phrases: ['KSh 4.2 million', 'KSh4.2 million', 'KES 4.2 million', '4.2 million Kenyan shillings'] },
  { expected: exact(50000, 'MYR'), phrases: ['RM50,000', 'RM 50,000', '50,000 ringgit'] },
  { expected: exact(2000000000, 'IDR'), phrases: ['Rp 2 billion', 'Rp2 billion', '2 billion rupiah'] },
  { expected: exact(80000, 'THB'), phrases: ['80,000 baht', '฿80,000'] },
  { expected: exact(600000, 'NGN'), phrases: ['₦600,000', '600,000 naira'] },
  { expected: exact(90000, 'SEK'), phrases: ['90,000 kronor', 'SEK 90,000', '90,000 Swedish kronor'] },
  { expected: exact(45000, 'PLN'), phrases: ['45,000 zlotys', 'PLN 45,000'] },
  { expected: exact(1200000000, 'CNY'), phrases: ['RMB1.2bn', '1.2 billion yuan', 'RMB 1.2 billion', '1.2bn yuan'] },
  { expected: exact(100000, 'CNY'), phrases: ['100,000-yuan', 'one hundred thousand yuan', 'a hundred thousand yuan'] },
  { expected: exact(500, 'CNY'), phrases: ['500 yuan', 'five hundred yuan'] },
  { expected: exact(5000000, 'USD'), phrases: ['$5m', '$5 million', 'US$5 million', 'USD 5 million', '5 million dollars', '5 million US dollars', 'five million dollars', '$5M', '$5,000,000'] },
  { expected: exact(1500000, 'USD'), phrases: ['$1.5 million', 'one and a half million dollars', 'US$1.5m'] },
  { expected: exact(10000, 'GBP'), phrases: ['£10,000', '10,000 pounds', 'GBP 10,000', '£10k'] },
  { expected: exact(2500000, 'EUR'), phrases: ['€2.5 million', '2.5 million euros', 'EUR 2.5m', '€2.5m'] },
  { expected: exact(80000, 'HKD'), phrases: ['HK$80,000', '80,000 Hong Kong dollars'] },
  { expected: exact(45000, 'TWD'), phrases: ['NT$45,000', '45,000 New Taiwan dollars'] },
  { expected: exact(7000, 'SGD'), phrases: ['S$7,000', '7,000 Singapore dollars'] },
  { expected: exact(12000, 'AUD'), phrases: ['A$12,000', 'AU$12,000', '12,000 Australian dollars'] },
  { expected: exact(9000, 'CAD'), phrases: ['C$9,000', '9,000 Canadian dollars'] },
  { expected: exact(600, 'BRL'), phrases: ['R$600'] },
  { expected: exact(320000, 'CNY'), phrases: ['32万元', '32万 yuan'] },
  { expected: exact(120000000, 'CNY'), phrases: ['1.2亿元', 'RMB 1.2亿'] },
  { expected: exact(3200000, 'EUR'), phrases: ['€3,2 million', '3,2 million euros', 'EUR 3,2m'] },
  { expected: exact(100000000, 'INR'), phrases: ['Rs 10 crore', 'Rs. 10 crore', '₹10 crore', '10 crore rupees', 'INR 100 million'] },
  { expected: exact(500000, 'INR'), phrases: ['₹5 lakh', 'Rs 5 lakh', '5 lakh rupees'] },
  { expected: exact(2, 'BTC'), phrases: ['2 bitcoins', '2 BTC', 'BTC 2', 'two bitcoin'] },
  { expected: exact(0.5, 'BTC'), phrases: ['0.5 bitcoin', '0.5 BTC'] },
  { expected: exact(191.02, 'USD'), phrases: ['US$191.02', '$191.02'] },
  { expected: exact(45000, 'USD'), phrases: ['$45 000', '$45,000'] },
  { expected: exact(3000000, 'JPY'), phrases: ['¥3 million', '3 million yen', 'JPY 3,000,000'] },
  { expected: exact(2100000000000, 'USD'), phrases: ['$2.1 trillion', '$2.1 Trillion'] },
  { expected: over(320000, 'CNY'), phrases: ['over RMB 320,000', 'more than 320,000 yuan', 'at least RMB 320,000', 'in excess of 320,000 yuan', 'upwards of RMB320,000', 'well over RMB 320,000'] },
  { expected: over(600000000, 'USD'), phrases: ['more than $600m', 'over $600 million'] },
  { expected: under(1000000, 'CNY'), phrases: ['nearly RMB 1 million', 'almost one million yuan', 'up to 1 million yuan', 'less than RMB 1m', 'close to RMB 1,000,000', 'as much as 1 million yuan', 'just under RMB 1 million'] },
  { expected: about(5000000, 'USD'), phrases: ['about $5 million', 'around $5m', 'approximately US$5 million', 'roughly $5 million', 'some $5 million', 'an estimated $5 million'] },
  { expected: range(50, 140, 'CNY'), phrases: ['between 50 and 140 yuan', '50 to 140 yuan', '50-140 yuan', '50–140 yuan', 'RMB 50-140', 'between RMB 50 and RMB 140', 'RMB 50 to RMB 140'] },
  { expected: range(50, 140, 'USD'), phrases: ['$50-$140', '$50 to $140', 'between $50 and $140', 'from $50 to $140'] },
  { expected: range(1000000, 2000000, 'USD'), phrases: ['$1 million to $2 million', '1 to 2 million dollars', '$1-2 million', 'between 1 and 2 million dollars'] },
  { expected: atLeast(1000000, 'USD'), phrases: ['millions of dollars', 'millions of US dollars'] },
  { expected: atLeast(10000, 'CNY'), phrases: ['tens of thousands of yuan'] },
  { expected: atLeast(100000, 'GBP'), phrases: ['hundreds of thousands of pounds'] },
  { expected: atLeast(2000000, 'EUR'), phrases: ['several million euros'] },
];

/** Phrases that hold no money. */
export const MONEY_NEGATIVES: string[] = [
  'the team won 3 games',
  'servers running PHP 7.4',
  'In 2013 the gang was busted.',
  'The figure rose by 15% last year.',
  'Call 021-5555-1234 for details.',
  'Use the replacement string \'$1\' in the regex.',
  'Run `echo $HOME` in a shell.',
  'The template ${amount} was never filled.',
  'About 300,000 pieces of personal information were sold.',
  'The 10-member gang was arrested in Beijing.',
  'He was sentenced to three years in prison.',
  'Police seized 2 computers and 5 phones.',
  'Two Bitcoin addresses were listed in the note.',
  'The router has an RS-232 port and 1,5 GB of flash.',
  'Items 1,2 and 3 were recalled.',
  'The botnet had 220 bitcoin nodes.',
  'Version 5.2 of the app was released.',
  'The site listed 1,200 accounts.',
];

/** In-sentence cases: every amount with its offsets and the fields that matter. */
export interface MoneySentence {
  text: string;
  expected: (MoneyExpectation & { start: number; end: number })[];
}

export const MONEY_SENTENCES: MoneySentence[] = [
  // what victims were cheated out of is their loss
  {
    text: 'The syndicate sent fake texts, cheating victims out of HK$2.4 million (US$307,000).',
    expected: [
      { text: 'HK$2.4 million', start: 55, end: 69, purpose: 'loss' },
      { text: 'US$307,000', start: 71, end: 81, purpose: 'loss', conversionOf: 'M1' },
    ],
  },
  // a seller's asking price, restated in two currencies
  {
    text: 'The seller asked for 3 bitcoin (about US$190,000, or HK$1.5 million) for the clinic records.',
    expected: [
      { text: '3 bitcoin', start: 21, end: 30, purpose: 'price', currency: 'BTC' },
      { text: 'about US$190,000', start: 32, end: 48, purpose: 'price', conversionOf: 'M1' },
      { text: 'HK$1.5 million', start: 53, end: 67, purpose: 'price', conversionOf: 'M1' },
    ],
  },
  // unit prices with a qualified unit, asking prices and their conversions
  {
    text: 'She got NT$200 for each member\'s profile from the broker.',
    expected: [
      { text: 'NT$200', start: 8, end: 14, purpose: 'price', per: 'profile', currency: 'TWD' },
    ],
  },
  {
    text: 'He was paid £40 per lead and S$3 for each client.',
    expected: [
      { text: '£40', start: 12, end: 15, purpose: 'price', per: 'lead', currency: 'GBP' },
      { text: 'S$3', start: 29, end: 32, purpose: 'price', per: 'client', currency: 'SGD' },
    ],
  },
  {
    text: 'The broker charged 15 yuan per verified phone number.',
    expected: [
      { text: '15 yuan', start: 19, end: 26, purpose: 'price', per: 'number' },
    ],
  },
  {
    text: 'The analyst sold 40 yuan for every location lookup he ran.',
    expected: [
      { text: '40 yuan', start: 17, end: 24, purpose: 'price', per: 'lookup' },
    ],
  },
  {
    text: 'A seller offered the stolen archive for 3.2 bitcoin (roughly $190,000) on the forum.',
    expected: [
      { text: '3.2 bitcoin', start: 40, end: 51, id: 'M1', purpose: 'price', currency: 'BTC', conversionOf: null },
      { text: 'roughly $190,000', start: 53, end: 69, id: 'M2', purpose: 'price', currency: 'USD', conversionOf: 'M1' },
    ],
  },
  {
    text: 'The dump was listed on a marketplace for 0.9 BTC.',
    expected: [
      { text: '0.9 BTC', start: 41, end: 48, purpose: 'price', currency: 'BTC' },
    ],
  },
  {
    text: 'The intern earned 8,000 yuan each month from the scheme.',
    expected: [
      { text: '8,000 yuan', start: 18, end: 28, purpose: 'profit', per: null },
    ],
  },
  {
    text: 'The app cost $5 a month for accounts with extra storage.',
    expected: [
      { text: '$5', start: 13, end: 15, per: null },
    ],
  },
  {
    text: 'The ring earned over RMB 450,000 in illegal profits before police moved in.',
    expected: [{ id: 'M1', text: 'over RMB 450,000', start: 16, end: 32, purpose: 'profit', min: 450000, conversionOf: null }],
  },
  {
    text: 'Each record went for 0.8 yuan per piece on the chat group.',
    expected: [{ id: 'M1', text: '0.8 yuan', start: 21, end: 29, purpose: 'price', per: 'piece', value: 0.8 }],
  },
  {
    text: 'The hackers offered the stolen accounts for $3 apiece.',
    expected: [{ text: '$3', start: 44, end: 46, purpose: 'price', per: 'account', currency: 'USD' }],
  },
  {
    text: 'A court fined the courier firm 300,000 yuan ($44,000) for the leak.',
    expected: [
      { id: 'M1', text: '300,000 yuan', start: 31, end: 43, purpose: 'fine', currency: 'CNY', conversionOf: null },
      { id: 'M2', text: '$44,000', start: 45, end: 52, purpose: 'fine', currency: 'USD', conversionOf: 'M1' },
    ],
  },
  {
    text: 'Regulators imposed a penalty of RMB 2 million (about US$290,000) on the platform.',
    expected: [
      { id: 'M1', text: 'RMB 2 million', start: 32, end: 45, purpose: 'fine', value: 2000000 },
      { id: 'M2', text: 'about US$290,000', start: 47, end: 63, purpose: 'fine', approximate: true, conversionOf: 'M1' },
    ],
  },
  {
    text: 'The breach cost the retailer more than $12m in lost sales.',
    expected: [{ text: 'more than $12m', start: 29, end: 43, purpose: 'loss', min: 12000000 }],
  },
  {
    text: 'The insurer agreed to a £1.2 million settlement with affected clients.',
    expected: [{ text: '£1.2 million', start: 24, end: 36, purpose: 'compensation', currency: 'GBP' }],
  },
  {
    text: 'The attackers demanded 40 bitcoins to unlock the database.',
    expected: [{ text: '40 bitcoins', start: 23, end: 34, purpose: 'ransom', currency: 'BTC' }],
  },
  {
    text: 'Police said two suspects were each fined 5,000 yuan, and the shop paid HK$3,000 in rent.',
    expected: [
      { id: 'M1', text: '5,000 yuan', start: 41, end: 51, purpose: 'fine' },
      { id: 'M2', text: 'HK$3,000', start: 71, end: 79, purpose: 'other', currency: 'HKD' },
    ],
  },
  {
    text: 'A Tokyo broker bought the lists for ¥800,000.',
    expected: [{ text: '¥800,000', start: 36, end: 44, currency: 'JPY', purpose: 'price' }],
  },
  {
    text: 'Chinese police said the seller charged ¥800 for each batch.',
    expected: [{ text: '¥800', start: 39, end: 43, currency: 'CNY', purpose: 'price', per: 'batch' }],
  },
];

/** Known gaps: each phrase should give the amount, but does not yet. */
export const MONEY_GAPS: { phrase: string; expected: MoneyExpectation; reason: string }[] = [
  { phrase: '三十二万元', expected: exact(320000, 'CNY'), reason: 'Chinese numerals are not read (digits with 万 are)' },
  { phrase: 'approx.$200', expected: about(200, 'USD'), reason: 'a bound glued to the currency sign is not taken' },
];

/** Legal ceilings: the most a law allows is no fine imposed (purpose "other"). */
export const MONEY_CEILINGS: MoneySentence[] = [
  {
    text: 'Under the new statute, regulators may impose fines of up to EUR 8 million on careless firms.',
    expected: [{ text: 'up to EUR 8 million', start: 54, end: 73, purpose: 'other', max: 8000000 }],
  },
  {
    text: 'A company that hides a leak can be fined as much as $250,000 per incident.',
    expected: [{ text: 'as much as $250,000', start: 41, end: 60, purpose: 'other' }],
  },
  {
    text: 'The clerk faces a maximum fine of 90,000 yuan if convicted.',
    expected: [{ text: '90,000 yuan', start: 34, end: 45, purpose: 'other' }],
  },
  {
    text: 'The maximum penalty for the offence is a fine of HK$800,000 and two years in jail.',
    expected: [{ text: 'HK$800,000', start: 49, end: 59, purpose: 'other' }],
  },
  {
    text: 'Disclosing such data is punishable by a fine of HK$500,000 and two years in jail.',
    expected: [{ text: 'HK$500,000', start: 48, end: 58, purpose: 'other' }],
  },
  {
    text: 'The shop was fined 40,000 yuan for selling customer lists.',
    expected: [{ text: '40,000 yuan', start: 19, end: 30, purpose: 'fine' }],
  },
];

/** Business figures of a company: recognized, but no money of a case. */
export const MONEY_BUSINESS: { text: string; figures: string[] }[] = [
  { text: "The fine could reach £9 million, based on the group's 2023 revenue of 310 million pounds.", figures: ['310 million pounds'] },
  { text: 'The firm, with annual turnover of €2bn (about $2.2bn), was fined €5 million.', figures: ['€2bn', 'about $2.2bn'] },
  { text: 'Its market value fell to $3.1 billion after the breach.', figures: ['$3.1 billion'] },
  { text: 'The start-up, which raised $12 million in venture funding last year, was hacked in May.', figures: ['$12 million'] },
  { text: 'It closed a Series B round of $40 million and is now valued at $300 million.', figures: ['$40 million', '$300 million'] },
  { text: 'The gang made illegal profits of RMB 870,000 from the sales of the data.', figures: [] },
  { text: 'The data, worth 5,000 yuan, was sold in May.', figures: [] },
];
