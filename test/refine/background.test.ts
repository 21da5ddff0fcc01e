/**
 * Background paragraphs: another organization's breach told as context stays
 * out of the incident. Our own articles, written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from '../../src/index.js';
import { paragraphRanges } from '../../src/refine/background.js';

const STORY = [
  'Retailer Oakmere says hackers stole data on 800,000 shoppers',
  '',
  'Oakmere Stores said on Monday that hackers had broken into its online shop and stolen the names, email addresses and card numbers of about 800,000 shoppers between May 2 and May 30.',
  '',
  'The company said it had reported the breach to the Information Commissioner\'s Office and hired an outside firm to investigate.',
  '',
  'Shares in Oakmere fell 4% in early trading.',
  '',
  'Retailers are a favourite target of criminals. In 2021, rival chain Pellworth Outfitters said attackers had stolen the card details of 2 million customers; it was later fined 3 million pounds.',
  '',
  'Oakmere said customers should watch their card statements.',
].join('\n');

/** A police report names no company in its lead: nothing is background there. */
const POLICE = [
  'Police in Wuxi have detained four people for selling the personal information of 120,000 car owners.',
  '',
  'According to police, the suspects bought the records from an employee of a vehicle inspection station in 2022 and resold them to insurance agents.',
  '',
  'The station, Huaxin Inspection, said it had fired the employee.',
  '',
  'The four suspects made more than 300,000 yuan, police said.',
].join('\n');

/** Another company's incident told "In a separate incident": no incident of its own. */
const SEPARATE = [
  'Clinic chain says hackers took records of 90,000 patients',
  '',
  'Brightfield Clinics said on Friday that hackers had copied the records of about 90,000 patients from its booking system in June.',
  '',
  'The company said it had notified the regulator and was offering patients free credit monitoring.',
  '',
  'Clinics are frequent targets for extortion gangs.',
  '',
  'In a separate incident, Texas-based lab operator Quillon Labs said in May that attackers had stolen data on 300,000 people from its servers. That company paid a ransom, a person familiar with the matter said.',
].join('\n');

describe('background paragraphs', () => {
  test.each([
    {
      name: 'another company\'s breach in a later paragraph',
      text: STORY,
      parties: { present: ['Oakmere Stores', 'hackers'], absent: ['Pellworth Outfitters'] },
      volumes: ['about 800,000 shoppers'],
      amounts: [],
    },
    {
      name: 'another company\'s incident told as a separate incident',
      text: SEPARATE,
      parties: { present: ['Brightfield Clinics'], absent: ['Quillon Labs'] },
      volumes: ['about 90,000 patients'],
      amounts: [],
    },
    {
      name: 'a police report whose lead names no company',
      text: POLICE,
      parties: { present: ['Police in Wuxi', 'employee'], absent: [] },
      volumes: null,
      amounts: ['more than 300,000 yuan'],
    },
  ])('$name', ({ text, parties, volumes, amounts }) => {
    const result = parseText(text, { published: '2024-06-10' });
    expect(result.incidents).toHaveLength(1);
    const inc = result.incidents[0]!;
    const mentions = inc.parties.flatMap((p) => p.mentions.map((m) => m.text));
    for (const p of parties.present) expect(mentions.some((m) => m.includes(p)), p).toBe(true);
    for (const p of parties.absent) expect(mentions.some((m) => m.includes(p)), p).toBe(false);
    if (volumes) expect(inc.volumes.map((v) => v.evidence.text)).toEqual(volumes);
    expect(inc.amounts.map((a) => a.evidence.text)).toEqual(amounts);
  });
});

describe('paragraphRanges', () => {
  test.each([
    ['One.\n\nTwo.\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['One line\nsame paragraph\n\nNext.', ['One line\nsame paragraph', 'Next.']],
    ['\n\nLead.\n \nTail.\n', ['Lead.', 'Tail.\n']],
  ])('%j', (text, expected) => {
    expect(paragraphRanges(text, 0, text.length).map((r) => text.slice(r.start, r.end).replace(/^\n+/, ''))).toEqual(expected);
  });
});
