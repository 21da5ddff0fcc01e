/**
 * Whole-article fixtures (fixtures/*.txt, *.html) with their facts files.
 *
 * For each fixture: the library result is schema-valid, every evidence slice
 * equals its text, the incident count is right, and the facts-F1 (scored with
 * test/helpers/score-facts.ts) stays at or above the fixture's floor. Floors
 * are the F1 the pipeline reached when they were last set (rounded down):
 * raise them as the extraction improves, never lower them to make a run pass.
 * Per-family misses are printed only when a floor is not met.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseFile } from '../src/index.js';
import { Result, formatIssues } from '../src/schema.js';
import { formatCounts, scoreFacts, type FactsGold } from './helpers/score-facts.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface Row {
  /** Fixture name: fixtures/<name>.facts.json names the document. */
  name: string;
  /** Minimum facts-F1 (see the header); null when the only measure is the known count gap. */
  floor: number | null;
  /** Set when the pipeline is known to get the incident count wrong: the count test is `test.fails`. */
  countGap?: string;
}

// prettier-ignore
const TABLE: Row[] = [
  { name: 'roundup-three-cases',    floor: 0.96 },
  { name: 'police-case-single',     floor: 0.97 },
  { name: 'court-sentencing',       floor: 0.96 },
  { name: 'company-disclosure',     floor: 0.96 },
  { name: 'hacker-intrusion',       floor: 1 },
  { name: 'campaign-summary',       floor: 0.95 },
  { name: 'commentary-no-incident', floor: 1 },
  { name: 'saved-page',             floor: 1 },
  { name: 'two-sellers-one-buyer',  floor: 0.97 },
  { name: 'xinhua-style-brief',     floor: 0.96 },
  { name: 'law-firm-roundup-two',   floor: 0.98 },
  { name: 'western-breach-news',    floor: 0.95 },
  { name: 'hk-taiwan-case',         floor: 0.95 },
  { name: 'dark-web-sale',          floor: 0.95 },
  { name: 'court-appeal',           floor: 0.96 },
  // Written this session as held-out checks (five, then six more), added after the rules were improved on their misses.
  { name: 'ring-hunan-telecom-hotel', floor: 0.94 },
  { name: 'two-cases-maternity-app',  floor: 0.81 },
  { name: 'hotel-group-breach',       floor: 0.89 },
  { name: 'court-verdict-homeowners', floor: 0.89 },
  { name: 'dark-web-clinic-hk',       floor: 0.85 },
  { name: 'feature-insurance-agent',  floor: 0.81 },
  { name: 'phishing-syndicate-hk',    floor: 0.84 },
  { name: 'exposed-database',         floor: 0.70 },
  { name: 'xinhua-waybill-ring',      floor: 0.81 },
  { name: 'roundup-bank-and-app',     floor: 0.88 },
  { name: 'ransomware-leak-hospital', floor: 0.85 },
  // A third batch (read held-out at 0.776 facts-F1, then improved on) and a fourth (held-out at 0.799, added as is).
  { name: 'campaign-typical-cases',   floor: 0.91 },
  { name: 'council-spreadsheet-leak', floor: 0.70 },
  { name: 'taiwan-ecommerce-fraud',   floor: 0.84 },
  { name: 'appeal-upheld-bank',       floor: 0.85 },
  { name: 'dental-vendor-breach-sg',  floor: 0.82 },
  { name: 'explainer-no-incident',    floor: null, countGap: 'a commentary with imagined cases and topic words is read as one incident' },
  { name: 'hospital-contractor-jiangsu', floor: 0.66 },
  { name: 'roundup-three-numbered',   floor: 0.80 },
  { name: 'courier-accounts-leased',  floor: 0.83 },
  { name: 'education-contractor-japan', floor: 0.69 },
  { name: 'hospital-network-hack-us', floor: 0.87 },
  { name: 'telecom-shop-hk-sentence', floor: 0.93 },
  // Three more batches written blind to the rules (held-out first reads 0.778, 0.756, 0.761), added after the
  // rules were improved on the first two and on a few general misses of the third.
  { name: 'telecom-insider-wenzhou', floor: 0.94 },
  { name: 'insurer-hack-ohio', floor: 0.89 },
  { name: 'hk-court-telco-clerk', floor: 0.86 },
  { name: 'uk-bulletin-broker', floor: 0.81 },
  { name: 'darkweb-fitness-app', floor: 0.91 },
  { name: 'opinion-no-incident', floor: 1 },
  { name: 'court-verdict-maternity-wuxi', floor: 0.79 },
  { name: 'school-spreadsheet-us', floor: 0.64 },
  { name: 'call-centre-noida', floor: 0.89 },
  { name: 'ecommerce-scam-taiwan', floor: 0.87 },
  { name: 'digest-roundup-three', floor: 0.86 },
  { name: 'feature-lending-kenya', floor: 0.60 },
  { name: 'waybill-gang-xinhua', floor: 0.82 },
  { name: 'hospital-snooping-uk', floor: 0.75 },
  { name: 'exposed-database-visa', floor: 0.74 },
  { name: 'banker-moneylender-sg', floor: 0.71 },
  { name: 'procuratorate-typical-cases', floor: 0.84 },
  { name: 'telecom-hotel-two-cases', floor: 0.83 },
  // A last batch (held-out read 0.758 with one crash, 0.801 once the crash it found was fixed), added as is.
  { name: 'hotel-flight-records-broker', floor: 0.80 },
  { name: 'health-insurer-extortion-au', floor: 0.75 },
  { name: 'property-agent-id-copies-hk', floor: 0.82 },
  { name: 'gdpr-fine-energy-nl', floor: 0.82 },
  { name: 'client-alert-china-singapore', floor: 0.82 },
  { name: 'ransomware-school-leak-brief', floor: 0.85 },
];

function loadGold(name: string): FactsGold {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.facts.json`, 'utf8')) as FactsGold;
}

const results = new Map<string, Promise<Result>>();
/** One parse per fixture, shared by its tests. */
function parsed(name: string): Promise<Result> {
  let r = results.get(name);
  if (!r) {
    const gold = loadGold(name);
    r = parseFile(`${FIXTURES}${gold.doc}`, gold.published ? { published: gold.published } : {});
    results.set(name, r);
  }
  return r;
}

interface Slice {
  path: string;
  text: string;
  start: number;
  end: number;
}

/** Every evidence-shaped object ({ text, start, end } with numeric offsets) anywhere in the result. */
function evidenceObjects(x: unknown, path = '$', out: Slice[] = []): Slice[] {
  if (Array.isArray(x)) x.forEach((v, i) => evidenceObjects(v, `${path}[${i}]`, out));
  else if (typeof x === 'object' && x !== null) {
    const o = x as Record<string, unknown>;
    if (typeof o['text'] === 'string' && typeof o['start'] === 'number' && typeof o['end'] === 'number') {
      out.push({ path, text: o['text'], start: o['start'], end: o['end'] });
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'document') evidenceObjects(v, `${path}.${k}`, out);
  }
  return out;
}

describe.each(TABLE)('fixture $name', ({ name, floor, countGap }) => {
  const gold = loadGold(name);

  test('result is schema-valid', async () => {
    const r = await parsed(name);
    const check = Result.safeParse(r);
    expect(check.success, check.success ? '' : formatIssues(check.error, 20)).toBe(true);
    expect(typeof r.document.text).toBe('string');
  });

  test('every evidence slice equals its text', async () => {
    const r = await parsed(name);
    const text = r.document.text ?? '';
    const slices = evidenceObjects(r.incidents, '$.incidents');
    if (r.mentions) evidenceObjects(r.mentions, '$.mentions', slices);
    const bad = slices
      .filter((s) => text.slice(s.start, s.end) !== s.text)
      .map((s) => `${s.path}: [${s.start},${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, text ${JSON.stringify(s.text)}`);
    expect(bad).toEqual([]);
  });

  const countTest = countGap ? test.fails : test;
  countTest(`finds ${gold.incidentCount ?? gold.incidents.length} incident(s)${countGap ? ` (known gap: ${countGap})` : ''}`, async () => {
    const r = await parsed(name);
    expect(r.incidents.length).toBe(gold.incidentCount ?? gold.incidents.length);
  });

  // No floor (null): a floor of 0 would be a test that cannot fail; such a fixture is held by its count gap.
  if (floor !== null)
  test(`facts-F1 >= ${floor.toFixed(2)}`, async () => {
    const r = await parsed(name);
    const s = scoreFacts(gold, r);
    const report = () =>
      [`${name}: facts-F1 ${s.f1.toFixed(3)} < floor ${floor.toFixed(2)}`, `tp/fp/fn: ${formatCounts(s.perFamily)}`, ...s.misses.map((m) => `  ${m}`)].join(
        '\n',
      );
    expect(s.f1, s.f1 >= floor ? '' : report()).toBeGreaterThanOrEqual(floor);
  });
});
