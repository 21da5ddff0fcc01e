import { describe, expect, test } from 'vitest';
import { resolveIncident } from '../../src/resolve/index.js';
import { matchView } from '../../src/normalize/view.js';
import { recognizeAll } from '../../src/recognizers/index.js';

function run(text: string) {
  const view = matchView(text);
  const values = recognizeAll({ text, view, referenceDate: '2021-06-30' });
  return resolveIncident({ text, view, segment: { start: 0, end: text.length, headline: null, exclude: [] }, values });
}

describe('notifying', () => {
  test('telling a regulator is no remediation', () => {
    const r = run('Hackers breached the network of Brightwell Insurance. The company has notified the Data Protection Commission.');
    expect(r.outcomes.filter((o) => o.type === 'remediation')).toEqual([]);
  });
  test('telling the customers is one', () => {
    const r = run('Hackers breached the network of Brightwell Insurance. The company has notified affected customers.');
    expect(r.outcomes.some((o) => o.type === 'remediation')).toBe(true);
  });
});
