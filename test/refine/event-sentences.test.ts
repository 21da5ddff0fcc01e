/** Which values belong to the incident: those in sentences that tell the event. */
import { describe, expect, test } from 'vitest';
import { sentenceRanges } from '../../src/refine/sentences.js';
import { datesOtherThing, isDatelineDate, isDatelinePlace, keepEventValues } from '../../src/refine/event-sentences.js';
import { matchView } from '../../src/normalize/view.js';
import { recognizeAll } from '../../src/recognizers/index.js';

describe('sentenceRanges', () => {
  test.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['On Dec. 3, hackers struck. Police came.', ['On Dec. 3, hackers struck.', 'Police came.']],
    ['The U.S. firm said "we were hit." Then it closed.', ['The U.S. firm said "we were hit."', 'Then it closed.']],
    ['Line one\nLine two', ['Line one', 'Line two']],
    ['Mr. Li sold 3.5 million records.', ['Mr. Li sold 3.5 million records.']],
  ])('%j', (text, expected) => {
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(expected);
  });
});

describe('keepEventValues', () => {
  test.each([
    {
      text: 'Founded in 1998 in Ohio, the retailer grew fast. In March 2021, hackers stole card data from its stores in Texas.',
      dates: ['March 2021'],
      places: ['Texas'],
    },
    {
      text: 'Police in Wuhan arrested two men in May. The city has 11 million residents and hosted a fair in 2019.',
      dates: ['May'],
      places: ['Wuhan'],
    },
    {
      text: 'The clerk made over RMB 50,000 in illegal profits. The bank opened a branch in Hangzhou in 2015.',
      dates: [],
      places: [],
    },
    {
      text: 'Hackers stole 2 million records in March 2021. The group previously sold data stolen from a hotel chain in Macau in 2019.',
      dates: ['March 2021'],
      places: [],
    },
    {
      text: 'In a separate case, police in Nanning said on May 4 that they had detained a clerk for selling bank records. In an earlier case in 2019, a teller in Liuzhou was jailed.',
      dates: ['May 4'],
      places: ['Nanning'],
    },
    {
      text: 'Police in Jinan arrested a clerk in March for selling bank records. In 2022, police across Shandong handled 210 such cases, up 12 percent from the previous year.',
      dates: ['March'],
      places: ['Jinan'],
    },
    {
      text: 'The regulator in Hong Kong received 96 data breach notifications last year. A clinic said hackers stole patient files in April.',
      dates: ['April'],
      places: [],
    },
    {
      text: 'A clerk in Wuxi sold 40,000 pieces of personal information in May. The law treats the sale of more than 5,000 pieces as a serious offence.',
      dates: ['May'],
      places: ['Wuxi'],
      volumes: ['40,000 pieces of personal information'],
    },
    {
      text: 'A researcher found the unprotected database in Singapore on March 2. The lender secured the server on March 9.',
      dates: ['March 2', 'March 9'],
      places: ['Singapore'],
    },
    {
      text: 'Police in Macau arrested a clerk in June. Police figures show 930 such cases were reported in the first half of the year, with losses of MOP 40 million.',
      dates: ['June'],
      places: ['Macau'],
      amounts: [],
    },
    {
      text: 'Hackers stole patient files from a clinic in Ohio in May. Health care organizations reported more than 500 large breaches to regulators in Texas last year.',
      dates: ['May'],
      places: ['Ohio'],
    },
    {
      text: 'The clerk was fined RMB 20,000 in May. The law allows fines of up to RMB 1 million for such leaks.',
      dates: ['May'],
      places: [],
      amounts: ['RMB 20,000'],
    },
    {
      text: 'The broker resold the lists to lenders. Its own accounts showed it made at least £310,000 from the sales in 2021.',
      dates: ['2021'],
      places: [],
      amounts: ['at least £310,000'],
    },
    {
      text: 'Hackers stole card data from a retailer in Ohio in May. Retailers reported more than 300 data breaches last year, as criminals target firms that hold financial data.',
      dates: ['May'],
      places: ['Ohio'],
      categories: ['card data'],
    },
    {
      text: 'A clerk in Macau sold client files in April. The regulator received 812 complaints last year, about 9 per cent more than in 2022.',
      dates: ['April'],
      places: ['Macau'],
    },
    {
      text: 'TORONTO, May 3 (Reuters) - A retailer in Ontario said hackers stole card data.',
      dates: [],
      places: ['Ontario'],
    },
  ])('$text', ({ text, dates, places, amounts, volumes, categories }) => {
    const view = matchView(text);
    const all = recognizeAll({ text, view, referenceDate: '2021-12-31' });
    const kept = keepEventValues(view, { start: 0, end: text.length, headline: null, exclude: [] }, all);
    expect(kept.dates.map((d) => d.evidence.text)).toEqual(dates);
    expect(kept.locations.map((l) => l.evidence.text)).toEqual(places);
    if (volumes) expect(kept.volumes.map((v) => v.evidence.text)).toEqual(volumes);
    if (categories) expect(kept.dataCategories.map((c) => c.evidence.text)).toEqual(categories);
    if (amounts) expect(kept.amounts.map((a) => a.evidence.text)).toEqual(amounts);
    else expect(kept.amounts.length).toBe(all.amounts.length);
  });
});

describe('datesOtherThing: a date that only dates the thing named after it', () => {
  test.each([
    ['the 2016 presidential election', '2016', true],
    ['In a March 19 tweet, the bank apologised.', 'March 19', true],
    ['She gave up her 2016 bonus.', '2016', true],
    ['Under the 2009 settlement the firm paid.', '2009', true],
    ["Tuesday's briefing was short.", 'Tuesday', true],
    ['the 2015 breach exposed names', '2015', false],
    ['the 2019 customer data leak', '2019', false],
    ["Tuesday's attack hit three banks.", 'Tuesday', false],
    ['the January attackers first compromised phones', 'January', false],
    ['Hackers struck in 2016 and stole data.', '2016', false],
    ['The breach began on March 3 and ended later.', 'March 3', false],
    ['It was the 2018 . End', '2018', false],
  ])('%j', (text, date, expected) => {
    const start = text.indexOf(date);
    expect(datesOtherThing(text, start, start + date.length)).toBe(expected);
  });
});

describe('isDatelineDate: the date a story was filed', () => {
  test.each([
    ['LONDON, July 23 (Reuters) - A retailer said hackers stole data.', 'July 23', true],
    ['Title\n\nHANGZHOU, Nov. 3 (Xinhua) -- Police have cracked a case.', 'Nov. 3', true],
    ['SAN FRANCISCO, March 4, 2021 \u2014 The company said', 'March 4', true],
    ['LONDON, July 23 - A retailer said', 'July 23', true],
    ['Police said on July 23 that the gang was caught.', 'July 23', false],
    ['LONDON, July 23 was the day the breach began.', 'July 23', false],
    ['Meridale, July 23 (Reuters) - lower-case place is no dateline', 'July 23', false],
  ])('%j', (text, date, expected) => {
    const start = text.indexOf(date);
    expect(isDatelineDate(text, start, start + date.length)).toBe(expected);
  });
});

describe('isDatelinePlace: the place a story was filed from', () => {
  test.each([
    ['TORONTO, April 19 (Reuters) - A hotel chain said', 'TORONTO', true],
    ['INDIANAPOLIS \u2014 An Indiana hospital said', 'INDIANAPOLIS', true],
    ['HONG KONG (REUTERS) - The airline said', 'HONG KONG', true],
    ['Title line\n\nHartford, Conn. (AP) \u2014 A hospital network said', 'Hartford', true],
    ['Headline\nSHENZHEN, Nov. 3 -- Police have cracked a case.', 'SHENZHEN', true],
    ['Hartford \u2014 the city where the breach began \u2014 said', 'Hartford', false],
    ['Police in Shanghai - the city - said', 'Shanghai', false],
    ['The firm said TORONTO, April 19 (Reuters) - was mentioned', 'TORONTO', false],
    ['Shanghai police arrested ten people.', 'Shanghai', false],
  ])('%j', (text, place, expected) => {
    const start = text.indexOf(place);
    expect(isDatelinePlace(text, start, start + place.length)).toBe(expected);
  });
});
