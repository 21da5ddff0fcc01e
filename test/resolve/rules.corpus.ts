/**
 * Cases for the general party rules (one group per rule), in the format of
 * resolve.corpus.ts. Our own sentences, written for these rules.
 */
import type { PartyCase } from './resolve.corpus.js';

export const RULE_CORPUS: readonly { rule: string; c: PartyCase }[] = [
  // A person's name: age appositive, "named"/"surnamed", short form of the name.
  {
    rule: 'name, age, description: one person; the surname alone is the same person',
    c: {
      text: 'Prosecutors said Tang Hao, 38, a former clerk at a logistics firm, copied waybill records. Tang sold the records to a marketer.',
      parties: [
        { mention: 'Tang Hao', roles: ['insider', 'perpetrator', 'seller'], kind: 'person' },
        { mention: 'a logistics firm', roles: ['data-holder'] },
        { mention: 'a marketer', roles: ['buyer'] },
      ],
      transfers: [['Tang Hao', 'a marketer']],
    },
  },
  {
    rule: '"surnamed X" names the person just described',
    c: {
      text: 'Police arrested a hotel receptionist in Wuxi. The woman, surnamed Qiao, had sold guest lists to a travel agent.',
      parties: [
        { mention: 'a hotel receptionist', roles: ['insider', 'seller'], kind: 'person' },
        { mention: 'a travel agent', roles: ['buyer'] },
      ],
      transfers: [['a hotel receptionist', 'a travel agent']],
    },
  },
  // The head noun decides the kind: "a retired police officer named X" is a person.
  {
    rule: 'police inside a description of a person',
    c: {
      text: 'A retired police officer named Deng bought the files from a hacker. Deng later resold them to loan companies.',
      parties: [
        { mention: 'A retired police officer named Deng', roles: ['buyer', 'seller', 'reseller'], kind: 'person' },
        { mention: 'a hacker', roles: ['perpetrator', 'seller'] },
        { mention: 'loan companies', roles: ['buyer'] },
      ],
    },
  },
  // A regulator is never a data holder.
  {
    rule: 'regulator named by its last word',
    c: {
      text: 'The retailer said it had notified the Consumer Data Commission after hackers breached its network.',
      parties: [
        { mention: 'Consumer Data Commission', roles: ['investigator'], kind: 'authority' },
        { mention: 'hackers', roles: ['perpetrator'] },
      ],
    },
  },
  // "worked at / working for X" makes an insider of X when they leaked.
  {
    rule: 'worked at X, then passed the data on: insider',
    c: {
      text: 'Three of the suspects worked at a regional bank. They exported account lists, then passed the lists to a loan broker.',
      parties: [
        { mention: 'Three of the suspects', roles: ['insider', 'perpetrator'], size: 3 },
        { mention: 'a loan broker', roles: [] },
      ],
      transfers: [['Three of the suspects', 'a loan broker']],
    },
  },
  {
    rule: 'a contractor working for X',
    c: {
      text: 'A contractor working for a parcel company in Jinhua sold delivery addresses to scammers.',
      parties: [
        { mention: 'A contractor working for a parcel company', roles: ['insider', 'seller'] },
        { mention: 'a parcel company', roles: ['data-holder'] },
      ],
    },
  },
  {
    rule: 'an occupation that leaked data is an insider',
    c: {
      text: 'A school nurse forwarded health records of 90 pupils to a friend at an insurance firm.',
      parties: [{ mention: 'A school nurse', roles: ['insider'] }],
      transfers: [['A school nurse', 'a friend at an insurance firm']],
    },
  },
  // "X resold the information to Y": X reseller; coordinated bare plurals are one set of buyers.
  {
    rule: 'resold to coordinated bare plurals',
    c: {
      text: 'The middleman, surnamed Pan, resold the data to car dealers and insurance brokers.',
      parties: [
        { mention: 'The middleman', roles: ['seller', 'reseller'] },
        { mention: 'car dealers and insurance brokers', roles: ['buyer'] },
      ],
      transfers: [['The middleman', 'car dealers and insurance brokers']],
    },
  },
  {
    rule: 'customers of a seller are buyers, not victims',
    c: {
      text: 'Investigators found that the vendor had sold passport scans to at least 40 other customers.',
      parties: [
        { mention: 'the vendor', roles: ['seller'] },
        { mention: '40 other customers', roles: ['buyer'] },
      ],
    },
  },
  // Outcomes: counts from numbers with separators, collectives, -ing forms, passive detention.
  {
    rule: 'arrested N suspects, with a thousands separator',
    c: {
      text: 'Police said they had arrested 2,150 suspects in a nationwide sweep against data trafficking.',
      parties: [{ mention: 'Police', roles: ['investigator'] }],
      outcomes: [{ type: 'arrest', count: 2150 }],
    },
  },
  {
    rule: 'All N members were detained',
    c: {
      text: 'A seven-member ring sold stolen card data to fraudsters. All seven members were detained in May.',
      parties: [{ mention: 'A seven-member ring', roles: ['perpetrator', 'seller'], size: 7 }],
      outcomes: [{ type: 'detention', count: 7 }],
    },
  },
  {
    rule: 'detaining N people: a count, no party of its own',
    c: {
      text: 'Police broke up a gang that sold medical records, detaining 11 people.',
      parties: [
        { mention: 'Police', roles: ['investigator'] },
        { mention: 'a gang', roles: ['perpetrator'] },
      ],
      outcomes: [{ type: 'detention', count: 11 }],
      absent: ['11 people'],
    },
  },
  {
    rule: '"police have detained" is active, the count is the object',
    c: {
      text: 'Police in Harbin have detained eight people suspected of selling phone records.',
      parties: [{ mention: 'Police in Harbin', roles: ['investigator'] }],
      outcomes: [{ type: 'detention', count: 8 }],
    },
  },
  {
    rule: '"charged X N yuan" is a price, no charge',
    c: {
      text: 'The broker charged buyers 3 yuan per record. He and an accomplice were charged with selling personal information.',
      parties: [{ mention: 'The broker', roles: ['perpetrator'] }],
      outcomes: [{ type: 'charge' }],
    },
  },
  // Generic and non-actor mentions.
  {
    rule: 'generic plurals, campaign names, bare citizens are no parties',
    c: {
      text: 'The "Safe Web 2022" campaign targeted insiders who leak data and brokers who resell it, crimes that infringe on citizens\' personal information.',
      parties: [],
      absent: ['Safe Web', 'insiders', 'brokers', 'citizens'],
    },
  },
  {
    rule: 'a speaker is no agent of what it reports',
    c: {
      text: 'Northwind Outfitters disclosed that an unauthorized party had gained access to its order database.',
      parties: [
        { mention: 'Northwind Outfitters', roles: ['data-holder'] },
        { mention: 'an unauthorized party', roles: ['perpetrator'] },
      ],
    },
  },
  {
    rule: 'hyphenated adjectives and countries are no names',
    c: {
      text: 'Researchers traced the attack to a Portuguese-language forum, where hackers sold the files. The United Kingdom said it was studying the case.',
      parties: [{ mention: 'hackers', roles: ['perpetrator'] }],
      absent: ['Portuguese-language', 'United Kingdom'],
    },
  },
  {
    rule: '"the ministry" is the ministry named before',
    c: {
      text: 'The Ministry of Public Security said police had cracked 300 cases. The ministry urged platforms to tighten controls.',
      parties: [{ mention: 'The Ministry of Public Security', roles: ['investigator'], kind: 'authority' }],
    },
  },
];
