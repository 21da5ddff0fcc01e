/**
 * Outcome rules (src/resolve/outcomes.ts), table-driven: a sentence or a short
 * article in, the outcome types with their count and term out. Our own
 * sentences, in the style of Chinese police and court reports and of Western
 * breach news. A row lists the outcomes it must yield (`want`) and the types it
 * must not yield (`none`); `only` makes `want` the complete list of types.
 */
import { describe, expect, test } from 'vitest';
import type { OutcomeType } from '../../src/schema.js';
import { parseText } from '../../src/index.js';
import { resolveIncident } from '../../src/resolve/index.js';
import { matchView } from '../../src/normalize/view.js';
import { recognizeAll } from '../../src/recognizers/index.js';
import { readCount } from '../../src/resolve/outcomes.js';

interface Want {
  type: OutcomeType;
  /** `undefined`: not checked; `null`: must be null. */
  count?: number | null;
  termMonths?: number | null;
  /** The evidence must contain this. */
  evidence?: string;
}

interface Row {
  text: string;
  want?: Want[];
  none?: OutcomeType[];
  /** The outcome types are exactly those of `want`. */
  only?: boolean;
}

const ALL: OutcomeType[] = ['arrest', 'detention', 'investigation', 'charge', 'sentence', 'fine', 'complaint', 'remediation'];

function run(text: string) {
  const view = matchView(text);
  const values = recognizeAll({ text, view, referenceDate: '2021-06-30' });
  return resolveIncident({ text, view, segment: { start: 0, end: text.length, headline: null, exclude: [] }, values });
}

type Outcomes = ReturnType<typeof run>['outcomes'];

function check(row: Row, outcomes: Outcomes, text: string): void {
  const trace = JSON.stringify(
    outcomes.map((o) => ({ type: o.type, count: o.count, termMonths: o.termMonths, evidence: o.evidence.text })),
    null,
    1,
  );
  for (const w of row.want ?? []) {
    const hit = outcomes.find(
      (o) =>
        o.type === w.type &&
        (w.count === undefined || o.count === w.count) &&
        (w.termMonths === undefined || o.termMonths === w.termMonths) &&
        (w.evidence === undefined || o.evidence.text.includes(w.evidence)),
    );
    expect(hit, `${JSON.stringify(w)}\n${trace}`).toBeDefined();
  }
  for (const t of row.none ?? []) expect(outcomes.filter((o) => o.type === t).map((o) => o.evidence.text), `no ${t}`).toEqual([]);
  if (row.only) expect([...new Set(outcomes.map((o) => o.type))].sort(), trace).toEqual([...new Set((row.want ?? []).map((w) => w.type))].sort());
  for (const o of outcomes) expect(text.slice(o.evidence.start, o.evidence.end)).toBe(o.evidence.text);
}

// ---------------------------------------------------------------------------
// 1. Negation and doubt: no outcome of the negated type
// ---------------------------------------------------------------------------

// prettier-ignore
const NEGATION: Row[] = [
  { text: 'No arrests have been made in connection with the leak of the clinic records.', none: ['arrest'] },
  { text: 'No further arrests were made after the raid.', none: ['arrest'] },
  { text: 'No one has been arrested over the theft of the student files.', none: ['arrest'] },
  { text: 'Nobody has been detained in the case so far.', none: ['detention'] },
  { text: 'No suspects have been arrested.', none: ['arrest'] },
  { text: 'No Alibaba employees were arrested.', none: ['arrest'] },
  { text: 'No Chinese suspects have been detained.', none: ['detention'] },
  { text: 'None of the suspects has been charged.', none: ['charge'] },
  { text: 'Police have not arrested anyone over the leak of courier waybills.', none: ['arrest'] },
  { text: 'Police have not arrested the two men who ran the website.', none: ['arrest'] },
  { text: 'The former database administrator was not charged.', none: ['charge'] },
  { text: 'The hacker has never been charged with any offence.', none: ['charge'] },
  { text: 'The former employee has yet to be charged.', none: ['charge'] },
  { text: 'The clerk was released without being charged.', none: ['charge'] },
  { text: 'The two men were not arrested until March.', none: ['arrest'] },
  { text: "The suspects weren't detained after questioning.", none: ['detention'] },
  { text: 'No fine was imposed on the hospital.', none: ['fine'] },
  { text: 'The hospital was not fined 50,000 yuan as first reported.', none: ['fine'] },
  { text: 'The company did not say whether anyone had been detained.', none: ['detention'] },
  { text: 'The company did not say whether the two men had been detained.', none: ['detention'] },
  { text: 'It is unclear whether the hacker was arrested.', none: ['arrest'] },
  { text: 'The insurer has not notified affected customers and did not reset passwords.', none: ['remediation'] },
  { text: 'The hospital said it had not received any complaints.', none: ['complaint'] },
  { text: 'No complaints have been received so far.', none: ['complaint'] },
  { text: 'The suspect has not been sentenced yet.', none: ['sentence'] },
  // the negation is in another clause: the outcome stands
  { text: 'Police in Hangzhou have detained three men, but no charges have been filed.', want: [{ type: 'detention', count: 3 }], none: ['charge'] },
  { text: 'The hospital was not fined, but its director was fined 5,000 yuan.', want: [{ type: 'fine', evidence: 'fined' }] },
  { text: 'Police did not release the names of the suspects but said two men were arrested.', want: [{ type: 'arrest', count: 2 }] },
  { text: 'The suspect, who has not been named, was arrested on Tuesday.', want: [{ type: 'arrest' }] },
  { text: 'Police not only arrested the seller but also froze his bank accounts.', want: [{ type: 'arrest' }] },
  { text: 'Police have not said how many people were arrested.', want: [{ type: 'arrest', count: null }] },
];

// ---------------------------------------------------------------------------
// 2. Vocabulary: coercive measures, enquiries, cases, complaints received,
//    remediation, counts written out
// ---------------------------------------------------------------------------

// prettier-ignore
const VOCABULARY: Row[] = [
  // criminal coercive measures -> detention with the count
  { text: 'Police in Wuxi placed four people under criminal coercive measures.', want: [{ type: 'detention', count: 4 }], none: ['remediation'] },
  { text: 'Police placed four people under criminal coercive measures.', want: [{ type: 'detention', count: 4 }], none: ['remediation'] },
  { text: 'The public security bureau took criminal coercive measures against 12 suspects.', want: [{ type: 'detention', count: 12 }], only: true },
  { text: 'Police have taken compulsory measures against twenty-six people.', want: [{ type: 'detention', count: 26 }], only: true },
  { text: 'Nine suspects were placed under criminal coercive measures.', want: [{ type: 'detention', count: 9 }], only: true },
  { text: 'Criminal coercive measures have been taken against 15 suspects.', want: [{ type: 'detention', count: 15, evidence: 'Criminal coercive measures' }], only: true },
  { text: 'The county police filed a case for investigation and took criminal coercive measures against the four suspects.', want: [{ type: 'investigation' }, { type: 'detention', count: 4 }], only: true },
  // investigation
  { text: 'Police said they were making enquiries into the leak of the parcel data.', want: [{ type: 'investigation', evidence: 'making enquiries' }] },
  { text: 'The Metropolitan Police is making inquiries.', want: [{ type: 'investigation' }] },
  { text: 'The cyberspace security unit of the city police is handling the case.', want: [{ type: 'investigation', evidence: 'handling the case' }] },
  { text: 'Police opened a case after the complaint from the hotel.', want: [{ type: 'investigation', evidence: 'opened a case' }] },
  { text: 'The district police placed the case on file for investigation.', want: [{ type: 'investigation' }] },
  { text: 'A criminal case has been opened.', want: [{ type: 'investigation' }], only: true },
  { text: 'The regulator launched a probe into the hospital.', want: [{ type: 'investigation', evidence: 'launched a probe' }] },
  // complaints received, with the count
  { text: 'The clinic received 14 complaints.', want: [{ type: 'complaint', count: 14 }], only: true },
  { text: 'The clinic has received 14 complaints from patients.', want: [{ type: 'complaint', count: 14 }], only: true },
  { text: 'The consumer association received more than 200 complaints from victims.', want: [{ type: 'complaint', count: 200 }] },
  { text: 'Thirty-one complaints have been received from parents.', want: [{ type: 'complaint', count: 31 }] },
  { text: 'The bank received a complaint from a customer in Shenzhen.', want: [{ type: 'complaint', count: null }] },
  // remediation
  { text: 'The company shut off the affected servers.', want: [{ type: 'remediation', evidence: 'shut off the affected servers' }] },
  { text: 'The firm shut down the compromised database.', want: [{ type: 'remediation' }] },
  { text: 'The company took the servers offline.', want: [{ type: 'remediation', evidence: 'took the servers offline' }] },
  { text: 'The retailer took its payment systems offline.', want: [{ type: 'remediation' }] },
  { text: 'The affected servers were taken offline on Friday.', want: [{ type: 'remediation' }] },
  { text: 'The firm reset passwords for all users.', want: [{ type: 'remediation', evidence: 'reset passwords' }] },
  { text: 'The retailer hired a forensics firm.', want: [{ type: 'remediation', evidence: 'hired a forensics firm' }] },
  { text: 'The company hired a cybersecurity firm to look into the breach.', want: [{ type: 'remediation' }] },
  { text: 'The company brought in outside cybersecurity experts.', want: [{ type: 'remediation' }] },
  { text: 'The company engaged Mandiant to investigate the intrusion.', want: [{ type: 'remediation' }] },
  { text: 'The company hired a law firm to advise it.', none: ['remediation'] },
  { text: 'The company said it will take the affected systems offline.', none: ['remediation'] },
  { text: 'The company has taken steps to secure its systems.', want: [{ type: 'remediation' }] },
  { text: "The hospital's IT team shut down the network to isolate the problem.", want: [{ type: 'remediation' }] },
  { text: 'The attack forced the company to shut down its servers.', want: [{ type: 'remediation' }] },
  { text: 'The company forced users to reset their passwords.', want: [{ type: 'remediation' }] },
  { text: 'The company reset the password for every account.', want: [{ type: 'remediation' }] },
  // the harm, or advice to users: no remediation
  { text: 'The breach shut down the dispatch system from Sunday until Monday.', none: ['remediation'] },
  { text: 'The ransomware attack took the website offline for two days.', none: ['remediation'] },
  { text: "Hackers shut down the hospital's servers.", none: ['remediation'] },
  { text: 'If you clicked the link, please reset your password at the portal.', none: ['remediation'] },
  { text: 'Reporters confirmed the accounts were real by attempting to reset their passwords.', none: ['remediation'] },
  { text: 'A court in Suzhou has sentenced six people for selling the data of car buyers.', want: [{ type: 'sentence', termMonths: null, evidence: 'sentenced six people' }] },
  {
    text: 'In April, the court sentenced a bank clerk, surnamed Lin, to two years and one month in prison.',
    want: [{ type: 'sentence', termMonths: 25 }],
    only: true,
  },
  { text: 'Chan was sentenced to 200 hours of community service.', want: [{ type: 'sentence', termMonths: null, evidence: 'community service' }], only: true },
  { text: 'The privacy regulator opened its own inquiry into the leak.', want: [{ type: 'investigation' }] },
  { text: 'The state education department opened a review of the incident.', want: [{ type: 'investigation' }] },
  { text: 'The manuscript is under review at a journal.', none: ['investigation'] },
  { text: 'For disclosing client data, an offender can be fined up to S$100,000, jailed for up to two years, or both.', none: ['sentence'] },
  { text: 'Customers should reset their passwords as a precaution.', none: ['remediation'] },
  { text: 'After the recovery, officials asked employees to reset passwords.', want: [{ type: 'remediation' }] },
  // counts written out, capitalized at the sentence start
  { text: 'Twenty-three suspects have been arrested.', want: [{ type: 'arrest', count: 23 }], only: true },
  { text: 'Forty-seven suspects were detained.', want: [{ type: 'detention', count: 47 }], only: true },
  { text: 'Ninety-nine people were arrested in the crackdown.', want: [{ type: 'arrest', count: 99 }] },
  { text: 'Police arrested thirty-five suspects in six provinces.', want: [{ type: 'arrest', count: 35 }] },
  { text: 'Authorities rounded up twenty-one members of the gang.', want: [{ type: 'arrest', count: 21 }] },
  { text: 'Police arrested 23 people.', want: [{ type: 'arrest', count: 23 }] },
  { text: 'All five suspects were arrested last week.', want: [{ type: 'arrest', count: 5 }] },
  { text: 'Police arrested a 12-member gang that sold the data of bank customers.', want: [{ type: 'arrest', count: 12 }] },
];

// ---------------------------------------------------------------------------
// 3. Sentences: the prison term, not the suspension or probation
// ---------------------------------------------------------------------------

// prettier-ignore
const SENTENCES: Row[] = [
  { text: 'A former manager was sentenced to one year in prison, suspended for 18 months.', want: [{ type: 'sentence', termMonths: 12 }], only: true },
  { text: 'Zhang was sentenced to two years in prison, suspended for three years, and fined 20,000 yuan.', want: [{ type: 'sentence', termMonths: 24 }, { type: 'fine' }], only: true },
  { text: 'Liu was sentenced to one year and six months, with a two-year reprieve.', want: [{ type: 'sentence', termMonths: 18 }], only: true },
  { text: 'Li received a suspended sentence of 18 months.', want: [{ type: 'sentence', termMonths: 18 }] },
  { text: 'The man was given a two-year suspended sentence.', want: [{ type: 'sentence', termMonths: 24 }] },
  { text: 'The defendant was sentenced to twenty-four months in prison.', want: [{ type: 'sentence', termMonths: 24 }] },
  { text: 'The two defendants were sentenced to eighteen months each.', want: [{ type: 'sentence', termMonths: 18 }] },
  { text: 'The court sentenced Wang to three years and six months in prison.', want: [{ type: 'sentence', termMonths: 42 }] },
  { text: "The court sentenced Wang to three years' probation.", want: [{ type: 'sentence', termMonths: null }] },
  { text: 'Five people, including a clerk surnamed Tan, were placed under criminal detention.', want: [{ type: 'detention', count: 5 }] },
  { text: 'The courier firm introduced two-factor log-in and suspended the contractor\'s access.', want: [{ type: 'remediation' }] },
  { text: 'The lender secured the database within hours.', want: [{ type: 'remediation' }] },
  { text: 'The council took the spreadsheet down the same day.', want: [{ type: 'remediation' }] },
  { text: 'Hackers restored nothing; the firm restored its systems from backups.', want: [{ type: 'remediation' }] },
  { text: 'Three clerks were given 10 days of administrative detention.', want: [{ type: 'detention' }] },
  { text: 'Users must secure their accounts with two-factor authentication.', none: ['remediation'] },
  // what the law allows is no sentence passed
  { text: 'Offenders in serious cases can be jailed for up to seven years.', none: ['sentence'] },
  { text: 'He faces up to three years in prison if convicted.', none: ['sentence'] },
  { text: 'Qin was jailed for up to three years by a court that ignored the guidelines.', want: [{ type: 'sentence' }] },
];

// ---------------------------------------------------------------------------
// Articles through the whole pipeline
// ---------------------------------------------------------------------------

// prettier-ignore
const ARTICLES: Row[] = [
  {
    text:
      'Police Bust Gang Selling Parcel Data\n\nPolice in Suzhou said on Monday that a gang had sold the names and phone numbers of online shoppers to telemarketers. ' +
      'Twenty-three suspects have been arrested and police placed four others under criminal coercive measures. The cyberspace police unit is handling the case.',
    want: [{ type: 'arrest', count: 23 }, { type: 'detention', count: 4 }, { type: 'investigation' }],
    none: ['remediation'],
  },
  {
    text:
      'Dental Chain Reports Breach\n\nA dental chain said on Tuesday that hackers had stolen the records of 40,000 patients. The company took the affected servers offline, ' +
      'reset passwords for all staff and hired a forensics firm. It has received 14 complaints from patients. No arrests have been made and no fine was imposed.',
    want: [{ type: 'remediation' }, { type: 'complaint', count: 14 }],
    none: ['arrest', 'fine', 'detention', 'charge'],
  },
  {
    text:
      'Former Clerk Sentenced\n\nA court in Ningbo sentenced a former bank clerk to one year in prison, suspended for 18 months, for selling customer records. ' +
      'The buyer has yet to be charged.',
    want: [{ type: 'sentence', termMonths: 12 }],
    none: ['charge'],
  },
];

describe('outcomes: negation', () => {
  test.each(NEGATION.map((r) => [r.text, r] as [string, Row]))('%s', (text, row) => check(row, run(text).outcomes, text));
});

describe('outcomes: vocabulary', () => {
  test.each(VOCABULARY.map((r) => [r.text, r] as [string, Row]))('%s', (text, row) => check(row, run(text).outcomes, text));
});

describe('outcomes: sentence terms', () => {
  test.each(SENTENCES.map((r) => [r.text, r] as [string, Row]))('%s', (text, row) => check(row, run(text).outcomes, text));
});

describe('outcomes: articles', () => {
  test.each(ARTICLES.map((r, i) => [i, r] as [number, Row]))('article %i', (_i, row) => {
    const r = parseText(row.text, { published: '2021-06-30' });
    expect(r.incidents.length).toBeGreaterThan(0);
    check({ ...row, only: false }, r.incidents.flatMap((i) => i.outcomes), row.text);
  });
});

// prettier-ignore
const COUNTS: [string, number | null][] = [
  ['23', 23], ['1,200', 1200], ['ten', 10], ['Twenty-three', 23], ['twenty three', 23], ['ninety-nine', 99],
  ['seventeen', 17], ['forty', 40], ['twenty-ten', null], ['ten-two', null], ['several', null],
];

describe('readCount', () => {
  test.each(COUNTS)('%s -> %s', (s, n) => expect(readCount(s)).toBe(n));
});

describe('every type stays reachable', () => {
  test('the tables cover all outcome types', () => {
    const seen = new Set([...NEGATION, ...VOCABULARY, ...SENTENCES, ...ARTICLES].flatMap((r) => [...(r.want ?? []), ...(r.none ?? []).map((type) => ({ type }))].map((w) => w.type)));
    expect([...seen].sort()).toEqual([...ALL].sort());
  });
});
