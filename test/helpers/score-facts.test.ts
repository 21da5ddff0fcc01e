/**
 * Self-tests of the facts scorer port (test/helpers/score-facts.ts).
 *
 * A "perfect" result is built by hand from each bundled fixture's facts file
 * (every gold item placed at its cue, with the gold values), then degraded in
 * one controlled way per case; each case states exactly which counts move.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Result } from '../../src/schema.js';
import { FAMILIES, scoreFacts, type Counts, type Family, type FactsGold, type GoldIncident } from './score-facts.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function loadGold(name: string): { gold: FactsGold; text: string } {
  const gold = JSON.parse(readFileSync(`${FIXTURES}${name}.facts.json`, 'utf8')) as FactsGold;
  const text = readFileSync(`${FIXTURES}${gold.doc}`, 'utf8');
  return { gold, text };
}

// ------------------------------------------------------------------ building results by hand

interface Ev {
  text: string;
  start: number;
  end: number;
}
type Party = Result['incidents'][number]['parties'][number];
type Incident = Result['incidents'][number];

/** Where the scorer starts looking for an incident's cues: its headline, else the anchor's line. */
function regionOf(text: string, g: GoldIncident): number {
  const a = text.indexOf(g.anchor);
  if (a < 0) throw new Error(`anchor not in text: ${g.anchor}`);
  let region = text.lastIndexOf('\n', a - 1) + 1;
  if (g.headline) {
    const h = text.lastIndexOf(g.headline, a);
    if (h >= 0) region = Math.min(region, h);
  }
  return region;
}

function at(text: string, cue: string, from: number): Ev {
  let i = text.indexOf(cue, from);
  if (i < 0) i = text.indexOf(cue);
  if (i < 0) throw new Error(`cue not in text: ${cue}`);
  return { text: cue, start: i, end: i + cue.length };
}

const overlap = (a: Ev, b: Ev): boolean => a.start < b.end && b.start < a.end;

/** Like `at`, but not inside a span the gold says must not be found ("the Digital Lenders Association of Kenya"). */
function outside(text: string, cue: string, from: number, banned: Ev[]): Ev {
  for (const start of [from, 0]) {
    for (let i = text.indexOf(cue, start); i >= 0; i = text.indexOf(cue, i + 1)) {
      const ev = { text: cue, start: i, end: i + cue.length };
      if (!banned.some((b) => overlap(b, ev))) return ev;
    }
  }
  return at(text, cue, from);
}

/** A schema-valid result that states exactly the gold facts (optional ones included). */
function perfectResult(gold: FactsGold, text: string): Result {
  const banned = (gold.mustNotFind ?? []).flatMap((m) => {
    const i = text.indexOf(m.cue);
    return i < 0 ? [] : [{ text: m.cue, start: i, end: i + m.cue.length }];
  });
  const regions = gold.incidents.map((g) => regionOf(text, g));
  const starts = [...new Set(regions)].sort((a, b) => a - b);
  const incidents = gold.incidents.map((g, n): Incident => {
    const from = regions[n] ?? 0;
    const next = starts.find((s) => s > from) ?? text.length;
    const parties: Party[] = (g.parties ?? []).map((p, k) => ({
      id: `P${n * 100 + k + 1}`,
      kind: 'person',
      name: null,
      description: p.cue,
      size: p.size ?? null,
      roles: (p.roles ?? []) as Party['roles'],
      location: null,
      mentions: [at(text, p.cue, from)],
    }));
    const partyAt = (cue: string, side: 'from' | 'to'): string => {
      const ev = at(text, cue, from);
      let p = parties.find((x) => x.mentions.some((m) => overlap(m, ev)));
      if (!p) {
        // A transfer cue that names a party by a later mention ("Fang also shared ...", "Ran's company",
        // "The gang then bundled"): the party whose cue shares a name or a noun with it gets that mention too;
        // else ("A former relationship manager", "They allegedly sold") the nearest party with a role of that side.
        const names = new Set(cue.match(/\b[A-Z][A-Za-z]+\b/g) ?? []);
        const nouns = new Set((cue.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []).filter((w) => !/^(?:then|also|allegedly|shared|sold|with|from|details)$/.test(w)));
        p =
          parties.find((x) => (x.description ?? '').match(/\b[A-Z][A-Za-z]+\b/g)?.some((w) => names.has(w))) ??
          parties.find((x) => (x.description ?? '').toLowerCase().match(/\b[a-z]{4,}\b/g)?.some((w) => nouns.has(w)));
        if (!p) {
          const fits = side === 'from' ? ['insider', 'seller', 'perpetrator', 'reseller'] : ['buyer', 'reseller'];
          const near = (x: Party) => Math.abs(x.mentions[0]!.start - ev.start);
          p = parties.filter((x) => x.roles.some((r) => fits.includes(r))).sort((x, y) => near(x) - near(y))[0];
        }
        if (!p) throw new Error(`no party at transfer cue ${cue}`);
        p.mentions.push(ev);
      }
      return p.id;
    };
    let money = 0;
    return {
      id: `I${n + 1}`,
      headline: g.headline ?? null,
      span: { start: from, end: next },
      summary: null,
      parties,
      dataCategories: [...(g.dataCategories?.required ?? []), ...(g.dataCategories?.optional ?? [])].map((c) => ({
        category: c as Incident['dataCategories'][number]['category'],
        sensitive: false,
        evidence: at(text, g.anchor, from),
      })),
      volumes: (g.volumes ?? []).map((v) => ({
        text: v.cue,
        value: v.value ?? null,
        min: v.min ?? null,
        max: v.max ?? null,
        approximate: v.approximate ?? false,
        unit: v.unit ?? null,
        evidence: at(text, v.cue, from),
      })),
      amounts: (g.amounts ?? []).map((m) => ({
        id: `M${n * 100 + ++money}`,
        text: m.cue,
        value: m.value ?? null,
        min: m.min ?? null,
        max: m.max ?? null,
        approximate: m.approximate ?? false,
        currency: m.currency ?? null,
        purpose: (m.purpose ?? 'other') as Incident['amounts'][number]['purpose'],
        per: null,
        conversionOf: null,
        evidence: at(text, m.cue, from),
      })),
      dates: (g.dates ?? []).map((d) => ({
        text: d.cue,
        start: d.within[0],
        end: d.within[1],
        precision: 'range',
        relative: false,
        evidence: at(text, d.cue, from),
      })),
      locations: (g.locations ?? []).map((l) => {
        const name = typeof l === 'string' ? l : l.name;
        // The text may use an alias ("UK" for "United Kingdom"): evidence is the form it uses.
        const forms = [name, ...(typeof l === 'string' ? [] : (l.aliases ?? []))];
        // ... or in capitals ("HEFEI, June 18 (Xinhua)"): names match case-insensitively.
        const lower = text.toLowerCase();
        const found = forms.find((f) => text.includes(f)) ?? forms.find((f) => lower.includes(f.toLowerCase()));
        const i = found === undefined ? -1 : text.includes(found) ? -1 : lower.indexOf(found.toLowerCase());
        const written = i >= 0 ? text.slice(i, i + found!.length) : (found ?? name);
        return { name, country: null, region: null, level: 'city', evidence: outside(text, written, from, banned) };
      }),
      // An optional transfer to something that is no party ("published ... on a dark web forum") is left out.
      transfers: (g.transfers ?? []).flatMap((t) => {
        try {
          return [{ from: partyAt(t.fromCue, 'from'), to: partyAt(t.toCue, 'to'), verb: 'sold', evidence: at(text, t.fromCue, from) }];
        } catch (e) {
          if (t.optional) return [];
          throw e;
        }
      }),
      outcomes: (g.outcomes ?? []).map((o) => ({
        type: o.type as Incident['outcomes'][number]['type'],
        count: o.count ?? null,
        subjects: [],
        agent: null,
        evidence: at(text, o.cue, from),
      })),
    };
  });
  return {
    schemaVersion: 1,
    document: {
      source: gold.doc,
      format: 'text',
      encoding: 'utf-8',
      title: null,
      published: gold.published ?? null,
      referenceDate: gold.published ?? null,
      referenceDateSource: 'flag',
      url: null,
      sha256: createHash('sha256').update(text).digest('hex'),
      text,
    },
    incidents,
    warnings: [],
  };
}

const clone = <T>(x: T): T => structuredClone(x);
const inc = (r: Result, i: number): Incident => {
  const x = r.incidents[i];
  if (!x) throw new Error(`no incident ${i}`);
  return x;
};
const ev = (text: string, cue: string): Ev => at(text, cue, 0);

/** Counts of `after` minus counts of `before`, only the families that changed. */
function delta(before: Record<Family, Counts>, after: Record<Family, Counts>): Partial<Record<Family, Partial<Counts>>> {
  const out: Partial<Record<Family, Partial<Counts>>> = {};
  for (const f of FAMILIES) {
    const d: Partial<Counts> = {};
    for (const k of ['tp', 'fp', 'fn'] as const) if (after[f][k] !== before[f][k]) d[k] = after[f][k] - before[f][k];
    if (Object.keys(d).length) out[f] = d;
  }
  return out;
}

// ------------------------------------------------------------------ perfect results

const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.facts.json'))
  .map((f) => f.slice(0, -'.facts.json'.length))
  .filter((n) => loadGold(n).gold.doc.endsWith('.txt')); // HTML text comes from the pipeline

describe('a perfect hand-built result scores 1', () => {
  test.each(names)('%s', (name) => {
    const { gold, text } = loadGold(name);
    const result = perfectResult(gold, text);
    expect(Result.safeParse(result).success).toBe(true);
    const s = scoreFacts(gold, result);
    expect(s.misses).toEqual([]);
    expect(s.f1).toBe(1);
    for (const f of FAMILIES) {
      expect(s.perFamily[f].fp, f).toBe(0);
      expect(s.perFamily[f].fn, f).toBe(0);
    }
  });
});

// ------------------------------------------------------------------ one controlled change each

interface Case {
  name: string;
  fixture: string;
  change: (r: Result, text: string) => void;
  expected: Partial<Record<Family, Partial<Counts>>>;
}

const CASES: Case[] = [
  {
    name: 'a missing volume loses exactly one TP',
    fixture: 'police-case-single',
    change: (r) => void (inc(r, 0).volumes = []),
    expected: { volumes: { tp: -1, fn: 1 } },
  },
  {
    name: 'a volume with the wrong bound is a miss and a false positive',
    fixture: 'police-case-single',
    change: (r) => {
      const v = inc(r, 0).volumes[0]!;
      v.min = null;
      v.value = 200000;
    },
    expected: { volumes: { tp: -1, fn: 1, fp: 1 } },
  },
  {
    name: 'a spurious amount is one FP',
    fixture: 'court-sentencing',
    change: (r, text) =>
      void inc(r, 0).amounts.push({
        id: 'M99', text: '41', value: 41, min: null, max: null, approximate: false, currency: 'CNY',
        purpose: 'other', per: null, conversionOf: null, evidence: ev(text, '41'),
      }),
    expected: { amounts: { fp: 1 } },
  },
  {
    name: 'an amount with the wrong purpose does not match',
    fixture: 'court-sentencing',
    change: (r) => void (inc(r, 0).amounts[0]!.purpose = 'profit'),
    expected: { amounts: { tp: -1, fn: 1, fp: 1 } },
  },
  {
    name: 'an amount without a purpose in the gold matches any purpose',
    fixture: 'court-sentencing',
    change: (r) => void (inc(r, 0).amounts[2]!.purpose = 'loss'),
    expected: {},
  },
  {
    name: 'a date outside its range is a miss and a false positive',
    fixture: 'court-sentencing',
    change: (r) => {
      const d = inc(r, 0).dates[0]!;
      d.start = '2019-03-12';
      d.end = '2019-03-12';
    },
    expected: { dates: { tp: -1, fn: 1, fp: 1 } },
  },
  {
    name: 'dropping an optional date changes nothing',
    fixture: 'police-case-single',
    change: (r) => void (inc(r, 0).dates = inc(r, 0).dates.filter((d) => d.text !== 'on Tuesday')),
    expected: {},
  },
  {
    name: 'a location is matched by name, ignoring its suffix',
    fixture: 'hacker-intrusion',
    change: (r) => void (inc(r, 0).locations.find((l) => l.name === 'Shushan District')!.name = 'Shushan'),
    expected: {},
  },
  {
    name: 'a duplicate location counts once',
    fixture: 'hacker-intrusion',
    change: (r, text) =>
      void inc(r, 0).locations.push({ name: 'Hefei', country: 'CN', region: null, level: 'city', evidence: ev(text, 'Hefei') }),
    expected: {},
  },
  {
    name: 'a missing data category is one FN, an extra one is one FP',
    fixture: 'company-disclosure',
    change: (r, text) => {
      const i = inc(r, 0);
      i.dataCategories = i.dataCategories.filter((c) => c.category !== 'email');
      i.dataCategories.push({ category: 'address', sensitive: false, evidence: ev(text, 'PulseTrack') });
    },
    expected: { dataCategories: { tp: -1, fn: 1, fp: 1 } },
  },
  {
    name: 'an outcome with the wrong count does not match',
    fixture: 'police-case-single',
    change: (r) => void (inc(r, 0).outcomes[0]!.count = 4),
    expected: { outcomes: { tp: -1, fn: 1, fp: 1 } },
  },
  {
    name: 'a missing required party role is one FN, a role outside roles + optionalRoles one FP',
    fixture: 'police-case-single',
    change: (r) => {
      const parties = inc(r, 0).parties;
      parties[0]!.roles = ['seller', 'buyer']; // gold: insider; optional seller, perpetrator
    },
    expected: { partyRoles: { tp: -1, fn: 1, fp: 1 } },
  },
  {
    name: 'a party whose size differs does not match (and its transfer still does)',
    fixture: 'campaign-summary',
    change: (r) => void (inc(r, 1).parties[0]!.size = 8),
    expected: { parties: { tp: -1, fn: 1, fp: 1 }, partyRoles: { tp: -1 } },
  },
  {
    name: 'a party found through a later coreferent mention still matches',
    fixture: 'hacker-intrusion',
    change: (r, text) => {
      const fang = inc(r, 0).parties[0]!;
      fang.mentions = [ev(text, 'Fang'), ...fang.mentions];
    },
    expected: {},
  },
  {
    name: 'a transfer in the wrong direction is a miss and a false positive',
    fixture: 'court-sentencing',
    change: (r) => {
      const t = inc(r, 0).transfers[0]!;
      [t.from, t.to] = [t.to, t.from];
    },
    expected: { transfers: { tp: -1, fn: 1, fp: 1 } },
  },
  {
    name: 'two incidents merged into one: one incident FN, items still matched document-wide',
    fixture: 'two-sellers-one-buyer',
    change: (r) => {
      const [a, b] = [inc(r, 0), inc(r, 1)];
      a.span = { start: a.span.start, end: b.span.end };
      b.span = { start: r.document.text!.length - 1, end: r.document.text!.length };
    },
    expected: { incidents: { tp: -1, fn: 1, fp: 1 } },
  },
  {
    name: 'an incident whose span misses its anchor is misaligned',
    fixture: 'roundup-three-cases',
    change: (r, text) => {
      const i = inc(r, 2);
      i.span = { start: text.indexOf('Tags:'), end: text.length };
    },
    // A misaligned incident matches document-wide, and set families (locations,
    // categories) may reuse another incident's items: its "name" category is
    // taken from incident 1, so its own "name" is left over as one FP.
    expected: { incidents: { tp: -1, fn: 1, fp: 1 }, dataCategories: { fp: 1 } },
  },
  {
    name: 'an extra incident over the background paragraph is one incident FP',
    fixture: 'roundup-three-cases',
    change: (r, text) =>
      void r.incidents.push({
        id: 'I9', headline: null, span: { start: text.indexOf('Police and regulators'), end: text.indexOf('Hotel Guest') },
        summary: null, parties: [], dataCategories: [], volumes: [], amounts: [], dates: [], locations: [], transfers: [], outcomes: [],
      }),
    expected: { incidents: { fp: 1 } },
  },
  {
    name: 'a location taken from page furniture (mustNotFind) is one FP',
    fixture: 'roundup-three-cases',
    change: (r, text) =>
      void inc(r, 2).locations.push({
        name: 'China', country: 'CN', region: null, level: 'country', evidence: at(text, 'China', text.indexOf('Tags:')),
      }),
    expected: { locations: { fp: 1 } },
  },
  {
    name: 'wrong offsets with the right text are relocated',
    fixture: 'hacker-intrusion',
    change: (r) => {
      const v = inc(r, 0).volumes[0]!;
      v.evidence = { ...v.evidence, start: v.evidence.start + 3, end: v.evidence.end + 3 };
    },
    expected: {},
  },
  {
    name: 'evidence whose text is nowhere in the document is ignored (a miss and a FP)',
    fixture: 'hacker-intrusion',
    change: (r) => {
      const v = inc(r, 0).volumes[0]!;
      v.evidence = { text: 'no such words', start: 99999, end: 100012 };
    },
    expected: { volumes: { tp: -1, fn: 1, fp: 1 } },
  },
];

describe('one controlled change moves exactly the expected counts', () => {
  test.each(CASES)('$name', ({ fixture, change, expected }) => {
    const { gold, text } = loadGold(fixture);
    const perfect = perfectResult(gold, text);
    const before = scoreFacts(gold, perfect);
    const changed = clone(perfect);
    change(changed, text);
    const after = scoreFacts(gold, changed);
    expect(delta(before.perFamily, after.perFamily)).toEqual(expected);
    if (Object.keys(expected).length) {
      expect(after.f1).toBeLessThan(1);
      expect(after.misses.length).toBeGreaterThan(0);
    } else expect(after.f1).toBe(1);
  });
});

// ------------------------------------------------------------------ whole documents

describe('documents without incidents', () => {
  const { gold, text } = loadGold('commentary-no-incident');
  const empty = (): Result => ({ ...perfectResult(gold, text), incidents: [] });

  test('no gold incident and no prediction scores 1', () => {
    const s = scoreFacts(gold, empty());
    expect(s.f1).toBe(1);
    expect(s.misses).toEqual([]);
  });

  test('an incident built on the statutory fine ceiling is penalized (incident FP + mustNotFind FP)', () => {
    const r = empty();
    r.incidents.push({
      id: 'I1', headline: null, span: { start: 0, end: text.length }, summary: null, parties: [], dataCategories: [],
      volumes: [], dates: [], locations: [], transfers: [], outcomes: [],
      amounts: [{
        id: 'M1', text: 'RMB 50 million', value: 50_000_000, min: null, max: 50_000_000, approximate: false,
        currency: 'CNY', purpose: 'fine', per: null, conversionOf: null, evidence: ev(text, 'RMB 50 million'),
      }],
    });
    const s = scoreFacts(gold, r);
    expect(s.perFamily.incidents).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.perFamily.amounts).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.f1).toBe(0);
    expect(s.misses.some((m) => m.startsWith('mustNotFind amounts'))).toBe(true);
  });

  test('a missing result counts every required gold item as a miss', () => {
    const { gold: g2 } = loadGold('court-sentencing');
    const s = scoreFacts(g2, null, { text: readFileSync(`${FIXTURES}court-sentencing.txt`, 'utf8') });
    expect(s.f1).toBe(0);
    expect(s.perFamily.incidents).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.perFamily.amounts).toEqual({ tp: 0, fp: 0, fn: 3 });
    expect(s.perFamily.partyRoles).toEqual({ tp: 0, fp: 0, fn: 0 }); // roles are scored on matched parties only
  });
});

describe('cue location', () => {
  test('a cue is found ignoring case, whitespace runs and curly quotes', () => {
    const text = 'Police said   the ‘Data  Shop’ owner was held.\n';
    const gold: FactsGold = {
      doc: 'x.txt',
      incidents: [{ anchor: 'Police said', parties: [{ cue: "the 'data shop' owner", roles: ['seller'] }] }],
    };
    const mention = ev(text, 'the ‘Data  Shop’ owner');
    const s = scoreFacts(gold, {
      document: { text },
      incidents: [{
        id: 'I1', span: { start: 0, end: text.length },
        parties: [{ id: 'P1', roles: ['seller'], mentions: [mention] }],
      }],
    });
    expect(s.perFamily.parties).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.perFamily.partyRoles).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.f1).toBe(1);
  });

  test('a repeated cue is looked up from the incident headline onwards', () => {
    const text = 'First Case\n\nA man was arrested.\n\nSecond Case\n\nA woman was arrested.\n';
    const gold: FactsGold = {
      doc: 'x.txt',
      incidents: [
        { anchor: 'A man', headline: 'First Case', outcomes: [{ type: 'arrest', cue: 'was arrested' }] },
        { anchor: 'A woman', headline: 'Second Case', outcomes: [{ type: 'arrest', cue: 'was arrested' }] },
      ],
    };
    const second = text.indexOf('Second Case');
    const arrest = (from: number) => at(text, 'was arrested', from);
    const s = scoreFacts(gold, {
      document: { text },
      incidents: [
        { id: 'I1', span: { start: 0, end: second }, outcomes: [{ type: 'arrest', count: null, evidence: arrest(0) }] },
        { id: 'I2', span: { start: second, end: text.length }, outcomes: [{ type: 'arrest', count: null, evidence: arrest(second) }] },
      ],
    });
    expect(s.perFamily.outcomes).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.f1).toBe(1);
  });
});
