/** Segmentation: headings, background, furniture -> incident spans. */
import { describe, expect, test } from 'vitest';
import { segmentIncidents } from '../../src/segment/index.js';
import { isHeading, splitLines } from '../../src/segment/lines.js';
import { matchView } from '../../src/normalize/view.js';

const ROUNDUP = `Data Crime Digest for the Spring Quarter
4 min read

Regulators have spent the spring drafting new rules on how companies may keep customer files. This digest looks at recent enforcement.

Clinic Receptionist Sold Patient Lists

A receptionist at a private clinic in Chengdu sold the names and phone numbers of 8,000 patients to a health-products seller. Police detained her in April.

Telecom Agents Leaked Subscriber Details

Two sales agents of a mobile carrier in Xiamen leaked subscriber details to a fraud ring, which used them to call victims.

Related Articles
Share this
Tags: Privacy, Enforcement
`;

describe('headings', () => {
  test.each([
    ['Clinic Receptionist Sold Patient Lists', true],
    ['Arrest of Four Men in the Sale of Millions of Records', true],
    ['Telecom Agents Leaked Subscriber Details', true],
    ['The police said the ring was busted.', false],
    ['a lower case line without an end', false],
    ['Regulators have spent the spring drafting new rules on how companies may keep customer files', false],
  ])('%s -> %s', (line, expected) => {
    expect(isHeading(line)).toBe(expected);
  });

  test.each([
    ['Tags: Privacy, Enforcement', 'furniture'],
    ['Share this', 'furniture'],
    ['4 min read', 'furniture'],
    ['Related Articles', 'furniture'],
    ['Clinic Receptionist Sold Patient Lists', 'heading'],
    ['Police detained her in April.', 'prose'],
  ])('%s is %s', (line, kind) => {
    expect(splitLines(line)[0]!.kind).toBe(kind);
  });
});

describe('segmentIncidents', () => {
  test('a round-up gives one incident per headed case, none for background or furniture', () => {
    const segs = segmentIncidents(ROUNDUP, matchView(ROUNDUP));
    expect(segs.map((s) => s.headline?.text)).toEqual([
      'Clinic Receptionist Sold Patient Lists',
      'Telecom Agents Leaked Subscriber Details',
    ]);
    const last = segs[1]!;
    expect(ROUNDUP.slice(last.start, last.end)).toMatch(/^Telecom Agents[\s\S]*call victims\.$/);
    for (const s of segs) expect(ROUNDUP.slice(s.headline!.start, s.headline!.end)).toBe(s.headline!.text);
  });

  test.each([
    ['one paragraph, no headings', 'Hackers stole the records of 2 million customers from a retailer, the company said.', 1],
    ['commentary only', 'The new law sets fines of up to RMB 50 million for companies that mishandle personal information.', 0],
    ['empty', '', 0],
  ])('%s -> %d incidents', (_name, text, n) => {
    expect(segmentIncidents(text, matchView(text))).toHaveLength(n);
  });
});

const CAMPAIGN = `Province Sums Up Campaign on Data Crime

Police across the province solved 300 cases and arrested 870 suspects in a six-month drive against the theft and sale of personal information, officials said.

In one case, officers in Luoyang broke up a ring that had bought 2 million records from a courier company insider and sold them to scam callers. Eleven people were detained.

Officials said the campaign will continue next year.
`;

describe('nested cases', () => {
  test.each([
    ['In one case, officers in Luoyang broke up a ring that sold records.', 'In one case'],
    ['Among the cases highlighted by the bureau was one in which a nurse sold records.', 'Among the cases'],
    ["The second supplier's case has been handled separately. He sold data.", "The second supplier's case"],
    ['In a separate case, a bank clerk leaked account details.', 'In a separate case'],
  ])('%s opens a nested incident', (para, opening) => {
    const text = `Campaign Results Announced\n\nPolice arrested 40 suspects for selling personal data this year.\n\n${para}\n`;
    const segs = segmentIncidents(text, matchView(text));
    expect(segs).toHaveLength(2);
    expect(text.slice(segs[1]!.start, segs[1]!.end).startsWith(opening)).toBe(true);
    expect(segs[0]!.exclude).toEqual([{ start: segs[1]!.start, end: segs[1]!.end }]);
  });

  test('a campaign report gives the campaign and its example case', () => {
    const segs = segmentIncidents(CAMPAIGN, matchView(CAMPAIGN));
    expect(segs.map((s) => [s.headline?.text ?? null, CAMPAIGN.slice(s.start, s.start + 20)])).toEqual([
      ['Province Sums Up Campaign on Data Crime', 'Province Sums Up Cam'],
      [null, 'In one case, officer'],
    ]);
  });
});

describe('sentence-case headings', () => {
  const BULLETIN = `Privacy Enforcement Notes: Autumn

The regulator kept up its pressure on the data trade this season. Two recent cases stand out.

Survey firm fined for reselling customer lists to lenders

A survey firm in Bristol bought the answers of 90,000 people from quiz websites and resold the lists to payday lenders. The regulator fined it £80,000.

Hospital porter prosecuted for selling patient details to a claims company

A porter at a hospital in Derby looked up patients injured in road accidents and sold their phone numbers to a claims company. He was fined £900.

This note is general information only.
`;

  test('long sentence-case lines between paragraphs head their cases', () => {
    const segs = segmentIncidents(BULLETIN, matchView(BULLETIN));
    expect(segs.map((s) => s.headline?.text)).toEqual([
      'Survey firm fined for reselling customer lists to lenders',
      'Hospital porter prosecuted for selling patient details to a claims company',
    ]);
  });
});

describe('a separate case told over several paragraphs', () => {
  const TWO = `Clerks held for selling call records in Nashik

Police in Nashik arrested two clerks of the Godavari Telecom outlet in Panchavati for selling call records to private detectives.

In a separate case, the Udaipur police have arrested the manager of a guest house after copies of guests' passports were sold on a chat channel.

Police said the manager, Ravi Mehra, photographed the documents of about 3,000 guests who stayed at Lakeview Lodge.

The lodge's owners said they had moved the records to a locked system.
`;
  const BACK = `Ministry reports campaign results

The Ministry of Public Security said police had cracked 900 cases of data theft this year.

In one case, officers in Jinan dismantled a gang that sold the phone numbers of 20,000 people to lenders.

The ministry also urged companies to tighten controls over who can export user data.
`;

  test.each([
    ['the paragraphs after it that name its own people', TWO, 'Udaipur', 'locked system.'],
    ['not a paragraph that returns to the first story ("The ministry")', BACK, 'In one case', 'to lenders.'],
  ])('%s', (_what, text, from, to) => {
    const segs = segmentIncidents(text, matchView(text));
    expect(segs.length).toBe(2);
    const nested = text.slice(segs[1]!.start, segs[1]!.end);
    expect(nested.includes(from)).toBe(true);
    expect(nested.endsWith(to)).toBe(true);
  });
});

describe('round-up furniture and introductions', () => {
  const ALERT = `Enforcement Update: Two Cases From the Courts and Regulators in One Busy Month This Autumn
Client Alert | March 3, 2022
Authors: Jo Park, Li Wen

Share on LinkedIn
Print

In this alert we look at two matters: a clerk who sold customer files and a platform whose partner scraped profiles.

Clerk Jailed for Selling Customer Files

A bank clerk in Jinan sold the files of 9,000 customers to a loan agent and was jailed for two years.

Platform Fined After Partner Scraped Profiles

A partner of a dating app scraped 400,000 profiles; the regulator fined the app RMB 2 million.

Key takeaways

- Insiders who sell data face prison terms.
- Regulators expect audits of partners.

Related Insights
`;

  test('the intro, the takeaways and the furniture give no incident', () => {
    const segs = segmentIncidents(ALERT, matchView(ALERT));
    expect(segs.map((s) => s.headline?.text)).toEqual(['Clerk Jailed for Selling Customer Files', 'Platform Fined After Partner Scraped Profiles']);
    expect(ALERT.slice(segs[1]!.start, segs[1]!.end).endsWith('RMB 2 million.')).toBe(true);
  });

  test.each([
    ['Share on LinkedIn', 'furniture'],
    ['Share on X', 'furniture'],
    ['Client Alert | March 3, 2022', 'furniture'],
    ['Authors: Jo Park, Li Wen', 'furniture'],
  ])('%s is %s', (line, kind) => {
    expect(splitLines(line)[0]!.kind).toBe(kind);
  });
});
