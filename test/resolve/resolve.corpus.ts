/**
 * Party corpus: a short paragraph in, the parties, transfers and outcomes
 * expected out. Our own sentences (not copied from any corpus or seed).
 * A party is named by a phrase one of its mentions must cover; `roles` must be
 * exactly its roles.
 */
export interface PartyCase {
  text: string;
  parties: { mention: string; roles: string[]; size?: number; kind?: string; name?: string; location?: string }[];
  /** `from -> to` by phrases of the two parties. */
  transfers?: [string, string][];
  outcomes?: { type: string; count?: number | null; termMonths?: number | null; subjects?: string[]; fine?: boolean }[];
  /** Phrases that must not be any party's mention. */
  absent?: string[];
  /** Phrases that some reported party's mention must hold (role or not). */
  present?: string[];
  /** Pairs of phrases that must be mentions of one party. */
  same?: [string, string][];
  /** Pairs of exact mention texts that no one party may hold both of. */
  apart?: [string, string][];
}

export const PARTY_CORPUS: readonly PartyCase[] = [
  // two sellers, one buyer, pronoun "he"
  {
    text:
      'A clerk at a regional telecom operator sold subscriber records to a debt collector. A second man, a former bank teller, also sold customer files to the collector. He was detained by police in Nanjing.',
    parties: [
      { mention: 'A clerk at a regional telecom operator', roles: ['insider', 'seller'] },
      { mention: 'a regional telecom operator', roles: ['data-holder'] },
      { mention: 'a debt collector', roles: ['buyer'] },
      { mention: 'A second man', roles: ['seller'] },
      { mention: 'police', roles: ['investigator'], kind: 'authority' },
    ],
    transfers: [
      ['A clerk at a regional telecom operator', 'a debt collector'],
      ['a former bank teller', 'the collector'],
    ],
    outcomes: [{ type: 'detention' }],
  },
  // gang size from "a gang of five", arrest count, coreference of "the gang"
  {
    text:
      'Police in Guangzhou broke up a gang of five that stole the accounts of online shoppers. The gang had sold the accounts to fraudsters. All five suspects were arrested last week.',
    parties: [
      { mention: 'a gang of five', roles: ['perpetrator', 'seller'], size: 5 },
      { mention: 'online shoppers', roles: ['victim'] },
      { mention: 'fraudsters', roles: ['perpetrator', 'buyer'] },
      { mention: 'Police', roles: ['investigator'] },
    ],
    transfers: [['The gang', 'fraudsters']],
    outcomes: [{ type: 'arrest', count: 5 }],
  },
  // court report with two defendants and two terms, a fine linked by money id
  {
    text:
      'A former hotel receptionist and her boyfriend were sentenced to two years and four months in prison for selling guest registration data. A man who bought the data was sentenced to 18 months.',
    parties: [
      { mention: 'A man who bought the data', roles: ['perpetrator'] },
      { mention: 'her boyfriend', roles: ['seller'] },
    ],
    outcomes: [
      { type: 'sentence', termMonths: 28 },
      { type: 'sentence', termMonths: 18 },
    ],
  },
  // a named data holder said it was hacked; its customers are victims; hackers are perpetrators
  {
    text:
      'Northwind Traders said on Monday that hackers had accessed the payment details of its customers. The company has notified affected customers and reset passwords.',
    parties: [
      { mention: 'Northwind Traders', roles: ['data-holder'], name: 'Northwind Traders' },
      { mention: 'hackers', roles: ['perpetrator'] },
      { mention: 'its customers', roles: ['victim'] },
    ],
    outcomes: [{ type: 'remediation' }],
  },
  // passive arrest of a buyer who resold, relative pronoun, "then resold them to A and B"
  {
    text:
      'An insider at a car dealership copied the details of thousands of buyers. He passed the list to a broker, who then resold it to two insurance agents and a loan company.',
    parties: [
      { mention: 'An insider at a car dealership', roles: ['insider', 'perpetrator'] },
      { mention: 'a car dealership', roles: ['data-holder'] },
      { mention: 'a broker', roles: ['reseller', 'seller'] },
      { mention: 'two insurance agents', roles: ['buyer'] },
      { mention: 'a loan company', roles: ['buyer'] },
    ],
    transfers: [
      ['An insider at a car dealership', 'a broker'],
      ['a broker', 'two insurance agents'],
      ['a broker', 'a loan company'],
    ],
    absent: [],
  },
  // complaint by a victim, "her personal data", police investigating
  {
    text:
      'In May a teacher in Chengdu filed a complaint after her personal data appeared on a marketing list. Police are investigating the case.',
    parties: [
      { mention: 'a teacher in Chengdu', roles: ['victim', 'complainant'], location: 'Chengdu' },
      { mention: 'Police', roles: ['investigator'] },
    ],
    outcomes: [{ type: 'complaint' }, { type: 'investigation' }],
  },
  // buyer from seller ("bought ... from"), "the purchaser" coreference
  {
    text:
      'A property agent bought the phone numbers of homeowners from a staff member of a housing authority. The purchaser then sold them to a renovation firm.',
    parties: [
      { mention: 'A property agent', roles: ['buyer', 'reseller', 'seller'] },
      { mention: 'a staff member of a housing authority', roles: ['insider', 'seller'] },
      { mention: 'a renovation firm', roles: ['buyer'] },
    ],
    transfers: [
      ['a staff member of a housing authority', 'A property agent'],
      ['The purchaser', 'a renovation firm'],
    ],
  },
  // Western breach news: former employee, the company, "they"
  {
    text:
      'A former employee of Contoso Health downloaded patient records before leaving. The hospital said the breach affected 4,000 patients.',
    parties: [
      { mention: 'A former employee of Contoso Health', roles: ['insider', 'perpetrator'] },
      { mention: 'Contoso Health', roles: ['data-holder'] },
      { mention: 'patients', roles: ['victim'] },
    ],
  },
  // nothing: background commentary and page furniture
  {
    text: 'Tags: Privacy, Regulation\n\nSubscribe to our newsletter for more posts about data protection law.',
    parties: [],
    absent: ['Tags', 'Subscribe'],
  },
  // a place phrase with a compass word is no party, in an event sentence or not
  {
    text:
      "Police in Lanzhou, Northwest China's Gansu Province, said on Monday that they had detained three employees of a courier firm for selling waybills. The city, the capital of Northwest China's Gansu Province, has four million people.",
    parties: [
      { mention: 'three employees of a courier firm', roles: ['insider', 'seller'] },
      { mention: 'Police in Lanzhou', roles: ['investigator'] },
    ],
    absent: ["Northwest China's Gansu Province"],
  },
  // online handles: in quotes after "the handle", with digits after "calling himself"; no handle in a plain word
  {
    text:
      'A user going by the handle "nightowl" listed 40,000 patient files from a dental chain for sale. A second seller calling himself zer0day_kid offered the same files for 1 bitcoin. Police say the chain is calling itself innocent.',
    parties: [
      { mention: 'nightowl', roles: ['seller'] },
      { mention: 'zer0day_kid', roles: ['seller'] },
    ],
    absent: ['innocent'],
  },
  // a description in the lead and the name given later; the actor's own account is his tool, no data of his
  {
    text:
      "A former clerk at a car dealership in Hefei has been jailed for selling buyers' details. The court found that Gao Ming, 29, used his account on the dealership's sales system to export 20,000 customer records. Gao sold them at 0.8 yuan per record to Lu Wei, the owner of an insurance agency.",
    parties: [
      { mention: 'Gao Ming', roles: ['insider', 'seller'] },
      { mention: 'Lu Wei', roles: ['buyer'] },
    ],
    same: [['A former clerk at a car dealership in Hefei', 'Gao Ming']],
  },
  // a decimal count stays whole in the mention
  {
    text: 'Hackers copied the records of as many as 2.3 million customers of Fernhill Bank.',
    parties: [{ mention: 'Hackers', roles: ['perpetrator'] }],
    present: ['2.3 million customers'],
  },
  // an adjective opening a sentence is no name
  {
    text: 'Hackers broke into the booking system of Saltmarsh Hotels. Full card numbers were taken for 5,000 guests, the company said.',
    parties: [
      { mention: 'Hackers', roles: ['perpetrator'] },
      { mention: 'Saltmarsh Hotels', roles: ['data-holder'] },
    ],
    absent: ['Full'],
    same: [['Saltmarsh Hotels', 'the company']],
  },
  // a group calling itself by a name is one party with it
  {
    text: 'An unknown intruder stole patient files from Brookvale Clinic. A ransomware gang calling itself Marrowcat later posted samples of the stolen files.',
    parties: [{ mention: 'Brookvale Clinic', roles: ['data-holder'] }],
    same: [['A ransomware gang', 'Marrowcat']],
  },
  // an employee "on the desk of" a branch sells; a middleman resells, advertising to buyers
  {
    text:
      'Police traced the leak to a man surnamed Qiu, who worked on the help desk of a bank branch in Zhuzhou. Qiu sold account records to a broker surnamed Fan. Fan resold them, advertising the files to debt collectors.',
    parties: [
      { mention: 'Qiu', roles: ['insider', 'seller'] },
      { mention: 'Fan', roles: ['buyer', 'reseller', 'seller'] },
      { mention: 'debt collectors', roles: ['buyer'] },
    ],
    transfers: [
      ['Qiu', 'a broker'],
      ['Fan', 'debt collectors'],
    ],
  },
  // a title before a name: who speaks for the company is its spokesperson, no data holder
  {
    text:
      'Hackers stole the records of 40,000 members from Tidewater Credit Union. "We regret this," Tidewater spokesperson Nora Albright said. Chief technology officer Ben Okafor said the systems were restored.',
    parties: [
      { mention: 'Tidewater Credit Union', roles: ['data-holder'] },
      { mention: 'Nora Albright', roles: ['spokesperson'], kind: 'person' },
      { mention: 'Ben Okafor', roles: ['spokesperson'], kind: 'person' },
    ],
  },
  // "traced the leaked data to" is no transfer; capitalized "Investigators" are an authority
  {
    text:
      'Investigators traced the leaked records to two clerks at a courier depot in Foshan, who sold them to a middleman surnamed Gu.',
    parties: [
      { mention: 'Investigators', roles: ['investigator'], kind: 'authority' },
      { mention: 'a middleman', roles: ['buyer'] },
    ],
    transfers: [['two clerks at a courier depot in Foshan', 'a middleman']],
  },
  // a ministry is an authority; a currency prefix is no name; what the law allows is no sentence
  {
    text:
      'The Ministry of Digital Affairs fined Brightway Mall NT$200,000 after hackers stole the order data of 46,000 customers. One victim lost S$12,400. Offenders can be jailed for up to seven years.',
    parties: [
      { mention: 'Ministry of Digital Affairs', roles: ['investigator'], kind: 'authority' },
    ],
    outcomes: [{ type: 'fine' }],
  },
  // "were the victims of": the subject is the victim, "victims" no party of its own; "a victim's computer" is anyone's
  {
    text:
      "Marlow Freight and its subsidiaries were the victims of a phishing scam that exposed employee records. The malware runs on a victim's computer.",
    parties: [{ mention: 'Marlow Freight', roles: ['data-holder'] }],
    absent: ['victims', "victim's"],
  },
  // "The suspect" is the person the sentence before is about (first in it), not the last one named; "accused of" is a participle
  {
    text:
      'Police in Yangzhou have detained an IT contractor accused of selling patient records to a dental clinic and an insurance agent. The suspect, surnamed Bo, worked for a firm that maintained a hospital system.',
    parties: [
      { mention: 'an IT contractor', roles: ['insider', 'perpetrator', 'seller'] },
      { mention: 'an insurance agent', roles: ['buyer'] },
    ],
    same: [['an IT contractor', 'The suspect']],
  },
  // a capitalized title at the head of a name is no part of it
  {
    text:
      'An employee of a contractor stole the records of 9,000 students from Kestrel Academy. "We apologize," Company President Aiko Tanabe said. Deputy Commissioner Lin Wei-ting said police were investigating.',
    parties: [
      { mention: 'Kestrel Academy', roles: ['data-holder'] },
      { mention: 'Aiko Tanabe', roles: ['spokesperson'], kind: 'person' },
    ],
    absent: ['Company President', 'Deputy Commissioner'],
  },
  // a news outlet that reports is no party; one that was hacked is
  {
    text:
      'Hackers stole the files of 2,000 staff at the Daily Ledger, TechCrunch has learned. The company said the attack, first reported by Reuters, began in May.',
    parties: [
      { mention: 'Hackers', roles: ['perpetrator'] },
    ],
    absent: ['TechCrunch', 'Reuters'],
  },
  // a bare plural of gangs is new groups, not the ring of the case
  {
    text:
      'Police in Bengbu broke up a criminal ring that sold courier waybills. The ring passed the data to fraud gangs.',
    parties: [
      { mention: 'a criminal ring', roles: ['perpetrator'] },
    ],
    transfers: [['The ring', 'fraud gangs']],
  },
  // a bare singular head before a bare plural modifies it: one phrase
  {
    text: 'A clerk at a courier depot sold the waybills to telecom fraud gangs.',
    parties: [{ mention: 'telecom fraud gangs', roles: ['buyer', 'perpetrator'] }],
    transfers: [['A clerk at a courier depot', 'telecom fraud gangs']],
  },
  // "employees at more than 20 outlets in X, who sold": the bound and the place stay with the phrase
  {
    text: 'Police traced the leak to employees at more than 20 courier outlets in Jieyang and Shantou, who sold it to a middleman surnamed Huang.',
    parties: [
      { mention: 'employees at more than 20 courier outlets', roles: ['insider', 'seller'] },
      { mention: 'a middleman', roles: ['buyer'] },
    ],
    transfers: [['employees at more than 20 courier outlets', 'a middleman']],
  },
  // a pronoun agrees in sex with its antecedent: "She" is the magistrate, not the man sentenced
  {
    text:
      'A former shop clerk was jailed for six months for selling customer data to a loan agent. The magistrate said the defendant had abused his position. She also ordered him to pay HK$5,000 to the court.',
    parties: [{ mention: 'A former shop clerk', roles: ['insider', 'perpetrator', 'seller'] }],
    same: [['A former shop clerk', 'him']],
    apart: [['his', 'She']],
  },
  {
    text:
      'A woman in Suzhou complained to police that her phone number had been sold. Officers found that a courier had copied it from a parcel. He was detained for ten days.',
    parties: [{ mention: 'a courier', roles: ['insider', 'perpetrator'] }],
    same: [['a courier', 'He']],
    apart: [['A woman in Suzhou', 'He']],
  },
  // "his or her": one person of either sex
  {
    text: 'Hackers stole the password of a bank customer in Ohio and emptied his or her savings account.',
    parties: [{ mention: 'Hackers', roles: ['perpetrator'] }],
    same: [['his', 'her']],
  },
  // a sale of data with no buyer named still makes a seller
  {
    text: 'A clerk at a mobile phone shop in Ningbo sold the data of 5,000 customers, police said.',
    parties: [
      { mention: 'A clerk at a mobile phone shop', roles: ['insider', 'seller'] },
      { mention: '5,000 customers', roles: ['victim'] },
    ],
  },
  // "Officers" a few sentences after the police last acted are the same police
  {
    text:
      'Police said Zhao received 9,000 yuan from Qian. Zhao and Qian were caught in Taizhou on May 2. The two have been placed under criminal detention. Officers later arrested eight buyers of the data.',
    parties: [{ mention: 'Police', roles: ['investigator'] }],
    same: [['Police', 'Officers']],
  },
  // a participle opening a sentence, a device acronym: no names
  {
    text:
      'Suspecting a leak, investigators traced the data to a business hall. An employee who handled SIM card registration there had sold customer records to a broker. Initial findings suggest the records were copied in June.',
    parties: [{ mention: 'a broker', roles: ['buyer'] }],
    absent: ['Suspecting', 'SIM', 'Initial'],
  },
  // the insider of the lede, described again in the body, is one party
  {
    text:
      'Police in Jiangsu have cracked a case in which a bank employee sold the account details of 20,000 customers. A total of nine suspects were arrested. Investigators traced the leak to a 28-year-old woman surnamed Sun who worked at a branch of the bank in Wuxi. Sun sold the data to a loan agent.',
    parties: [{ mention: 'a bank employee', roles: ['insider', 'seller'] }],
    same: [['a bank employee', 'Sun']],
  },
  // a state department of insurance is an authority, not the company's data holder
  {
    text: 'Hackers stole policyholder records from the insurer. It said it had notified the FBI and the Ohio Department of Insurance.',
    parties: [{ mention: 'the Ohio Department of Insurance', roles: ['investigator'], kind: 'authority' }],
  },
  // the people of the one holder, named twice, are one victim
  {
    text:
      'A hacker stole the data of 2.1 million users of Runloop, a fitness app. Some users also had their home addresses exposed.',
    parties: [{ mention: '2.1 million users of Runloop', roles: ['victim'] }],
    same: [['2.1 million users of Runloop', 'Some users']],
  },
  // a buyer the seller only hopes for is no party; the office of a named authority is that authority
  {
    text:
      'A seller listed the stolen database for sale. The post said it would be sold "to one buyer only". The company notified Norway\'s Office of the Data Protection Authority.',
    parties: [{ mention: 'A seller', roles: ['seller'] }],
    absent: ['one buyer', "Norway's Office"],
  },
  // the insider of the lede named in the body; a friend or a manager at another firm is someone else
  {
    text:
      'A former clerk at a mobile operator in Hong Kong was jailed for 12 weeks for selling subscriber data. Lam Ka-yee, 29, who worked at a service centre of the operator, passed the records to a friend working for a loan agency. A sales manager at the agency paid her HK$9,000.',
    parties: [{ mention: 'A former clerk at a mobile operator', roles: ['insider', 'seller'] }],
    same: [['A former clerk at a mobile operator', 'Lam Ka-yee']],
    apart: [['A former clerk at a mobile operator in Hong Kong', 'a friend working for a loan agency'], ['A former clerk at a mobile operator in Hong Kong', 'A sales manager at the agency']],
  },
  // Indian crime-report style: an age in brackets, an alias, a titled official who speaks, an address "Sector 18"
  {
    text:
      'NOIDA: Police busted a fake call centre in Sector 18 and arrested nine people. DCP (Central Noida) Meera Joshi said the gang leader, Arjun Verma alias Bunty (31), bought the data from Vikram Sethi (27), who worked at a bank branch in Gurugram.',
    parties: [
      { mention: 'Meera Joshi', roles: ['spokesperson'], kind: 'person' },
      { mention: 'Arjun Verma', roles: ['buyer'], kind: 'person' },
      { mention: 'Vikram Sethi', roles: ['insider', 'seller'], kind: 'person' },
    ],
    transfers: [['Vikram Sethi', 'Arjun Verma']],
    same: [['Arjun Verma', 'Bunty']],
    absent: ['Sector', 'DCP'],
  },
  // a magistrate who speaks is no spokesperson
  {
    text: 'A clerk sold client files to a broker. Acting Principal Magistrate Ho Man-kit said the clerk had betrayed the bank.',
    parties: [{ mention: 'Ho Man-kit', roles: [] }],
  },
  // the police who arrested the sellers sell nothing
  {
    text: 'The Nashik cyber police on Monday arrested two employees of a phone shop for allegedly selling the call records of 900 subscribers.',
    parties: [
      { mention: 'The Nashik cyber police', roles: ['investigator'] },
      { mention: 'two employees of a phone shop', roles: ['insider', 'seller'] },
    ],
  },
  // a party only ever called "they" is nobody to report: the transfer keeps its known side
  {
    text: 'Customer records were stolen from a clinic in May. They sold the records to a broker in Hefei.',
    parties: [{ mention: 'a broker in Hefei', roles: ['buyer'] }],
    absent: ['They', 'Customer'],
  },
  // legal terms that look like people: "the data user" (Hong Kong's data controller), "a victim surcharge"
  {
    text:
      'A clerk sold client records without the consent of the data user. She was fined £900 and ordered to pay a victim surcharge of £90.',
    parties: [{ mention: 'A clerk', roles: ['insider', 'seller'] }],
    absent: ['data user', 'victim'],
  },
  // the end of a larger number is no partitive count ("310,000 of those customers" once made a party of size 0)
  {
    text: 'The utility said hackers had broken in. For 310,000 of those customers, the stolen files also held bank account numbers.',
    parties: [{ mention: 'hackers', roles: ['perpetrator'] }],
  },
  // the authority that gives a statistic takes no part in the case
  {
    text:
      'A nurse in Wuxi sold patient records to a broker. Police nationwide solved about 30,000 such cases last year, the Ministry of Public Security said.',
    parties: [
      { mention: 'A nurse in Wuxi', roles: ['insider', 'seller'] },
      { mention: 'a broker', roles: ['buyer'] },
    ],
    absent: ['Ministry of Public Security'],
  },
];
