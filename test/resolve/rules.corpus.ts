/**
 * Cases for the general party rules (one group per rule), in the format of
 * resolve.corpus.ts. Our own sentences, written for these rules.
 */
import type { PartyCase } from './resolve.corpus.js';

export const RULE_CORPUS: readonly { rule: string; c: PartyCase }[] = [
  // Receiving: a transfer only when what was received is data.
  {
    rule: '"received the customer list from" is a transfer; "received calls from" is not',
    c: {
      text: 'A loan broker received the customer list from a clerk at a car dealership. Parents said they received calls from marketers.',
      parties: [
        { mention: 'A loan broker', roles: ['buyer'] },
        { mention: 'a clerk at a car dealership', roles: ['insider', 'seller'] },
      ],
      transfers: [['a clerk at a car dealership', 'A loan broker']],
    },
  },
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
      parties: [{ mention: 'hackers', roles: ['perpetrator', 'seller'] }],
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

  // Collective objects without a noun: "the pair", "the three".
  {
    rule: '"arrested the pair", "charged the three": the people already named, counted',
    c: {
      text: 'A courier named Sun sold parcel records to a loan agent named Pei. Detectives arrested the pair in March, and prosecutors charged the two in June.',
      parties: [
        { mention: 'A courier', roles: ['insider', 'seller'] },
        { mention: 'a loan agent', roles: ['buyer'] },
      ],
      outcomes: [
        { type: 'arrest', count: 2 },
        { type: 'charge', count: 2 },
      ],
    },
  },
  {
    rule: '"the two companies" is no collective of people',
    c: {
      text: 'Hackers breached the two companies last spring.',
      parties: [
        { mention: 'Hackers', roles: ['perpetrator'] },
        { mention: 'the two companies', roles: ['data-holder'], kind: 'organization' },
      ],
    },
  },
  // Prison terms said in other ways.
  {
    rule: 'a sentence with an appositive between the defendant and the term',
    c: {
      text: 'Ma Qiang sold policy files to a broker. The Haidian District People\'s Court sentenced Ma Qiang, 29, a former database administrator at an insurer, to two years and nine months in prison.',
      parties: [
        { mention: 'Ma Qiang', roles: ['insider', 'seller'], kind: 'person' },
        { mention: 'Haidian District People\'s Court', roles: [] },
      ],
      outcomes: [{ type: 'sentence', termMonths: 33 }],
      present: ['Haidian District People\'s Court'],
    },
  },
  {
    rule: 'a term far from its subject, a suspended term, a reduced term, a term received',
    c: {
      text:
        'Lu Fang, 52, a landlord who had bought tenant files from a hacker, admitted three counts of handling stolen data and was sentenced to eight months in prison, suspended for one year. On appeal the court cut her sentence to five months. Her accomplice, Bo Ren, 27, who ran a repair shop, received one year and two months.',
      parties: [{ mention: 'Lu Fang', roles: ['buyer'] }],
      outcomes: [
        { type: 'sentence', termMonths: 8 },
        { type: 'sentence', termMonths: 5 },
        { type: 'sentence', termMonths: 14 },
      ],
    },
  },
  {
    rule: '"received two years of free monitoring" is no sentence',
    c: {
      text: 'Hackers stole records from Brightline Dental. Patients received two years of free identity monitoring.',
      parties: [
        { mention: 'Hackers', roles: ['perpetrator'] },
        { mention: 'Brightline Dental', roles: ['data-holder'] },
      ],
      absent: [],
    },
  },
  // Complaints and remediation.
  {
    rule: 'a class action is a complaint; shutting a server down and an order to rectify are remediation',
    c: {
      text:
        'Hackers breached Orchard Pharmacy in May. The chain shut the affected server down the same day and now faces a class action in the county court. Regulators ordered it to rectify its logging, and the pharmacy was ordered to rectify its access policy.',
      parties: [{ mention: 'Orchard Pharmacy', roles: ['data-holder'] }],
      outcomes: [{ type: 'complaint' }, { type: 'remediation' }],
      absent: ['Supreme Court'],
    },
  },
  {
    rule: 'a law that requires handlers "to take measures" is no remediation',
    c: {
      text: 'Hackers stole customer files from Pinewood Travel. The statute requires data handlers to take measures against leaks.',
      parties: [
        { mention: 'Hackers', roles: ['perpetrator'] },
        { mention: 'Pinewood Travel', roles: ['data-holder'] },
      ],
      absent: [],
    },
  },
  // Fines: the party after "fined" is fined, and a fined business with no part in the crime held the data.
  {
    rule: '"the regulator fined the operator of X": the operator held the data',
    c: {
      text: 'A scraping firm harvested résumés from a hiring platform. The provincial Cyberspace Administration said it had fined the operator of a hiring platform RMB 800,000.',
      parties: [{ mention: 'the operator of a hiring platform', roles: ['data-holder'] }],
      outcomes: [{ type: 'fine' }],
    },
  },
  // Named authorities and researchers take part without a role.
  {
    rule: 'a named court, a named commissioner and researchers of a named firm are reported',
    c: {
      text:
        'Kwan Ho-yin pleaded guilty at Eastern Magistrates\' Courts to selling clients\' data. The Office of the Privacy Commissioner for Consumer Data said the case was serious. Researchers at Oslo-based security firm Fjordline Labs first spotted the files.',
      parties: [{ mention: 'Eastern Magistrates\' Courts', roles: [] }],
      present: ['Eastern Magistrates\' Courts', 'Privacy Commissioner for Consumer Data', 'Researchers'],
    },
  },
  // Noun phrases.
  {
    rule: 'adjectives joined by "and", hyphenated -ing compounds, classifier possessives',
    c: {
      text:
        'A former clerk at a car-sharing company stole rider data from a regional eye and ear hospital and sold it to several women\'s fitness studios.',
      parties: [
        { mention: 'A former clerk at a car-sharing company', roles: ['insider', 'perpetrator', 'seller'] },
        { mention: 'a regional eye and ear hospital', roles: ['data-holder'] },
        { mention: 'several women\'s fitness studios', roles: ['buyer'] },
      ],
      transfers: [['A former clerk', 'several women\'s fitness studios']],
    },
  },
  {
    rule: 'the unit of an employer joins the description; the name and the description are one person',
    c: {
      text: 'Wen Li, a 40-year-old clerk of the clinic\'s billing department, sold patient files to a broker.',
      parties: [
        { mention: 'Wen Li', roles: ['insider', 'seller'], kind: 'person' },
        { mention: 'a broker', roles: ['buyer'] },
      ],
      transfers: [['Wen Li', 'a broker']],
    },
  },
  {
    rule: '"a parent or guardian" is nobody in particular',
    c: {
      text: 'Hackers stole pupil records from a school. The law requires the consent of a parent or guardian to process such personal data.',
      parties: [
        { mention: 'Hackers', roles: ['perpetrator'] },
        { mention: 'a school', roles: ['data-holder'] },
      ],
      absent: ['a parent'],
    },
  },
  // Resale: a second verb after an irregular past, ", and to B".
  {
    rule: '"X kept part and resold the rest to A, the owner of B, and to C": a reseller with three buyers',
    c: {
      text:
        'A nurse sold the files to Ren Bo. Ren kept some records for himself and resold the rest to Qi Lan, the founder of a dating agency, and to two marketing firms.',
      parties: [
        { mention: 'Ren Bo', roles: ['buyer', 'seller', 'reseller'] },
        { mention: 'Qi Lan', roles: ['buyer'] },
        { mention: 'two marketing firms', roles: ['buyer'] },
      ],
      transfers: [
        ['Ren Bo', 'Qi Lan'],
        ['Ren Bo', 'two marketing firms'],
      ],
    },
  },
  {
    rule: '"He" opening a sentence is not the owner of "a colleague\'s account"',
    c: {
      text: 'A technician named Yao used a colleague\'s login to copy subscriber lists. He sold the lists to a debt collector.',
      parties: [
        { mention: 'A technician', roles: ['insider', 'seller'] },
        { mention: 'a colleague', roles: [] },
        { mention: 'a debt collector', roles: ['buyer'] },
      ],
      transfers: [['A technician', 'a debt collector']],
      absent: [],
    },
  },
  {
    rule: '"A <Company> spokesperson" is one phrase: the spokesperson',
    c: {
      text: 'Hackers stole card data from Hollis & Crane. A Hollis & Crane spokesperson said: "We are sorry."',
      parties: [
        { mention: 'Hackers', roles: ['perpetrator'] },
        { mention: 'A Hollis & Crane spokesperson', roles: ['spokesperson'] },
      ],
    },
  },
  // A common noun capitalized at a sentence start is no name: "Detectives" are the police of the story.
  {
    rule: 'sentence-initial "Detectives", "Officers": the authority already named, not a named one',
    c: {
      text: 'Police in Hefei broke up a ring that sold patient files. Detectives traced the files to a clerk at a clinic, who sold them to a marketer. Officers arrested the clerk in May.',
      parties: [
        { mention: 'Police in Hefei', roles: ['investigator'], kind: 'authority' },
        { mention: 'a marketer', roles: ['buyer'] },
      ],
      same: [
        ['Police in Hefei', 'Detectives'],
        ['Police in Hefei', 'Officers'],
      ],
    },
  },
  // The people whose data it was, named several ways, are one victim party.
  {
    rule: 'customers, subscribers: one victim group',
    c: {
      text: 'Hackers breached a regional pharmacy chain and took the records of 50,000 customers. The files held subscribers\' names and phone numbers.',
      parties: [
        { mention: '50,000 customers', roles: ['victim'] },
        { mention: 'Hackers', roles: ['perpetrator'] },
      ],
      same: [['50,000 customers', 'subscribers']],
    },
  },
  // A progressive is active ("was buying data from"); the same pronoun twice in a sentence is one person.
  {
    rule: '"he was buying from X, and that he had sold to Y": a buyer and seller',
    c: {
      text: 'A broker in Wuhan was arrested last week. Police found that he was secretly buying data from a hacker, and that he had sold the files to at least 40 other customers.',
      parties: [
        { mention: 'a hacker', roles: ['perpetrator', 'seller'] },
        { mention: '40 other customers', roles: ['buyer'] },
      ],
      transfers: [
        ['a hacker', 'A broker in Wuhan'],
        ['A broker in Wuhan', '40 other customers'],
      ],
    },
  },
  // "the seller" as a role noun refers back to the party that was said to sell.
  {
    rule: '"is offering to sell ... The seller": the same party',
    c: {
      text: 'A hacker is offering to sell a database of two million shoppers on a forum. The seller, who uses a throwaway handle, posted a sample of 500 rows.',
      parties: [{ mention: 'A hacker', roles: ['perpetrator', 'seller'] }],
      same: [['A hacker', 'The seller']],
    },
  },
  // An appositive description may carry a participle clause.
  {
    rule: '"Name, a description operating in ...": one organization',
    c: {
      text: 'Intruders stole card data from Brightmart, a discount retailer operating in three states, in March.',
      parties: [
        { mention: 'Intruders', roles: ['perpetrator'] },
        { mention: 'Brightmart', roles: ['data-holder'] },
      ],
      same: [['Brightmart', 'a discount retailer']],
    },
  },
  // The delayed name of a news lede.
  {
    rule: 'lede "A former nurse ... was jailed", next sentence "Full Name, 41,": one person',
    c: {
      text: 'A former nurse at a county hospital was jailed for ten months on Monday for selling patient records to an insurance broker.\n\nMara Lindqvist, 41, admitted three counts of unlawfully obtaining personal data.',
      parties: [{ mention: 'an insurance broker', roles: ['buyer'] }],
      same: [['A former nurse', 'Mara Lindqvist']],
    },
  },
  {
    rule: 'a name with a description of its own after the lede is someone else',
    c: {
      text: 'A hacker stole the order histories of a florist\'s customers last month.\n\nGreta Moss, 52, a customer of the shop, said she was worried.',
      parties: [{ mention: 'A hacker', roles: ['perpetrator'] }],
      absent: ['Greta Moss'],
    },
  },
  // Who was handed the data and sold it on is a reseller, even when the hand-over was no sale.
  {
    rule: 'passed to X, X sold it on: X is a reseller',
    c: {
      text: 'A hotel clerk copied guest registers and passed them to a middleman. The middleman sold the registers to two travel firms.',
      parties: [
        { mention: 'a middleman', roles: ['seller', 'reseller'] },
        { mention: 'two travel firms', roles: ['buyer'] },
      ],
      transfers: [
        ['A hotel clerk', 'a middleman'],
        ['a middleman', 'two travel firms'],
      ],
    },
  },
  // A plural pronoun opening a sentence is the subject of the sentence before, not the place named after it.
  {
    rule: 'they opening a sentence: the subject before, not its workplace',
    c: {
      text: 'Three of the suspects worked at branch offices of a bank in Hefei. Using their work logins, they exported account lists, then passed the lists to a loan broker.',
      parties: [{ mention: 'Three of the suspects', roles: ['perpetrator', 'insider'] }],
      same: [['Three of the suspects', 'they']],
      transfers: [['Three of the suspects', 'a loan broker']],
    },
  },
  // "outlets run by X": the staff of the outlet work with X's data.
  {
    rule: 'employer run by an organization: the organization holds the data',
    c: {
      text: 'Two of the suspects worked at kiosks operated by a courier company. They copied parcel labels and sold them to a marketer.',
      parties: [
        { mention: 'a courier company', roles: ['data-holder'] },
        { mention: 'kiosks', roles: [] },
      ],
    },
  },
  // Kinds of employer in a statistic are no parties of the case.
  {
    rule: 'employees of banks and shops in a statistic: no data holder',
    c: {
      text: 'Officials said that 40 of the suspects were employees of banks, hospitals and delivery firms. Police arrested a hacker who stole patient records.',
      parties: [
        { mention: 'banks', roles: [] },
        { mention: 'a hacker', roles: ['perpetrator'] },
      ],
    },
  },
  // An offer at a price is a sale; buyers with no seller named bought from the one seller.
  {
    rule: 'offered for a price, then buyers paid: seller and transfer',
    c: {
      text: 'A hacker stole patient files from a clinic. He offered the files for $4,000 on a forum. Two buyers paid for copies.',
      parties: [
        { mention: 'A hacker', roles: ['perpetrator', 'seller'] },
        { mention: 'Two buyers', roles: ['buyer'] },
      ],
      transfers: [['A hacker', 'Two buyers']],
    },
  },
  // The lede names an organization vaguely; the body introduces it again with more detail.
  {
    rule: 'indefinite organization in the lede restated in the body: one party',
    c: {
      text: 'A man was arrested for hacking into a school and selling student data. He broke into the portal of a private school in the suburbs last year.',
      parties: [{ mention: 'a school', roles: ['data-holder'] }],
      same: [['a school', 'a private school in the suburbs']],
    },
  },
  // "It" opening a sentence is the organization the sentence before was about.
  {
    rule: 'It opening a sentence: the company, not the regulator it notified',
    c: {
      text: 'Hackers breached the network of Brightwell Insurance. Brightwell said it had informed the Data Protection Commission. It has reset all customer passwords.',
      parties: [{ mention: 'Data Protection Commission', roles: ['investigator'] }],
      same: [['Brightwell Insurance', 'It']],
      outcomes: [{ type: 'remediation' }],
    },
  },
  // Telling a regulator is a report, not a remediation.
  {
    rule: 'notified the regulator: no remediation',
    c: {
      text: 'Hackers breached the network of Brightwell Insurance. The company has notified the Data Protection Commission.',
      parties: [{ mention: 'Hackers', roles: ['perpetrator'] }],
    },
  },
  // Sources enumerated after "turned to two sources" supplied the subject.
  {
    rule: 'turned to two sources. The first was X. The second was Y: both supplied the subject',
    c: {
      text: 'A debt collector named Fu needed home addresses, so he turned to two sources. The first was a clerk at a utility company in Hefei, who searched billing records for him. The second was a woman in Wuhan who sold courier waybills online.',
      parties: [
        { mention: 'a clerk at a utility company', roles: ['insider', 'seller'] },
        { mention: 'a woman in Wuhan', roles: ['seller'] },
      ],
      transfers: [
        ['a clerk at a utility company', 'A debt collector named Fu'],
        ['a woman in Wuhan', 'A debt collector named Fu'],
      ],
    },
  },
  // The addressees of advice ("urged companies to") are nobody of the case, not the companies named before.
  {
    rule: 'urged companies to: generic, no data holder',
    c: {
      text: 'A hacker stole customer records from a furniture retailer. Officials said 20 of the victims were clients of insurance companies. The regulator urged companies to protect their customer files.',
      parties: [
        { mention: 'A hacker', roles: ['perpetrator'] },
        { mention: 'urged companies', roles: [] },
      ],
      absent: ['insurance companies'],
    },
  },
  // "The ring" with no ring named before is the people of the case together, no party of its own.
  {
    rule: 'the ring with no antecedent: no separate party',
    c: {
      text: 'Police broke up a scheme that sold patient lists. A nurse at a clinic in Xuzhou copied the lists and sold them to a marketer. The ring earned about RMB 50,000.',
      parties: [
        { mention: 'A nurse at a clinic', roles: ['insider', 'perpetrator', 'seller'] },
        { mention: 'a marketer', roles: ['buyer'] },
      ],
      absent: ['The ring'],
    },
  },
  // A group followed by an appositive list: the list names its members, each a party; the group's outcome is its own.
  {
    rule: 'partitive group with a listed pair: members are the parties, the outcome keeps its own count',
    c: {
      text: 'A courier sold parcel labels to telemarketers and was arrested. Two of the buyers, a call center in Wenzhou and a woman selling health supplements, were later arrested as well.',
      parties: [
        { mention: 'A courier', roles: ['insider', 'seller'] },
        { mention: 'a call center in Wenzhou', roles: ['buyer'] },
        { mention: 'a woman selling health supplements', roles: ['buyer'] },
      ],
      outcomes: [
        { type: 'arrest', subjects: ['A courier'] },
        { type: 'arrest', count: 2, subjects: ['a call center in Wenzhou', 'a woman selling health supplements'] },
      ],
      absent: ['Two of the buyers'],
    },
  },
  {
    rule: 'plural group with a listed pair of named members',
    c: {
      text: 'A nurse sold patient files to brokers. The brokers, Fang Jie and a clinic manager in Hefei, were detained on Monday.',
      parties: [
        { mention: 'brokers', roles: ['buyer'] },
        { mention: 'Fang Jie', roles: ['buyer'] },
        { mention: 'a clinic manager in Hefei', roles: ['buyer'] },
      ],
      outcomes: [{ type: 'detention', count: 2, subjects: ['Fang Jie', 'a clinic manager in Hefei'] }],
    },
  },
];
