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
  ])('%j -> %d', (text, expected) => {
    expect(incidentCueScore(text, 0, text.length)).toBe(expected);
  });
});
