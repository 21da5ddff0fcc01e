/** Name matching for coreference: a short form, an acronym, a possessor in front. */
import { describe, expect, test } from 'vitest';
import { sameName } from '../../src/resolve/coref.js';

describe('sameName', () => {
  test.each([
    ['Cathay', 'Cathay Pacific Airways', true],
    ['OPM', 'Office of Personnel Management', true],
    ['ICO', "Britain's Information Commissioner's Office", true],
    ['PCPD', "Hong Kong's Privacy Commissioner for Personal Data", true],
    ["London's Metropolitan Police", 'Metropolitan Police', true],
    ['The Northwind Group', 'Northwind', true],
    ['ICO', "Ireland's Data Protection Commission", false],
    ['Meridale', 'Brightwater Cruises', false],
    ['Co', 'Cathay Pacific Airways', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
    expect(sameName(b, a)).toBe(expected);
  });
});
