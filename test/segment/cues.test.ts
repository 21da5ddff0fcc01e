/** Incident cues: an event verb near data, in a sentence that tells rather than imagines. */
import { describe, expect, test } from 'vitest';
import { incidentCueScore } from '../../src/segment/cues.js';

describe('incidentCueScore', () => {
  test.each([
    ['An employee copied the customer list and sold it to a broker.', 2],
    ['If an employee copied the customer list and sold it for, say, 10,000 yuan, that would be a crime.', 0],
    ['Imagine a clinic that leaked patient records to a marketer.', 0],
    ['Consider a gym that sold its members\' phone numbers.', 0],
    ['Police arrested two men who sold patient records.', 2],
    ['Selling personal information is a crime.', 0],
    // participles as adjectives, and what only might happen
    ['The report says little about the trade in stolen data that hurts consumers.', 0],
    ['It tracks how quickly leaked records appear on forums.', 0],
    ['Such a lapse will be reported, counted and possibly fined, though no data was lost.', 0],
    ['Customer records could be accessed by anyone with the link.', 0],
    ['Hackers had stolen data from the clinic.', 1],
    ['The clerk leaked records to a broker.', 1],
    ['The stolen data was sold to a broker in Wuhan.', 1],
    ['The firm was fined after customer records were exposed.', 2],
  ])('%j -> %d', (text, expected) => {
    expect(incidentCueScore(text, 0, text.length)).toBe(expected);
  });
});
