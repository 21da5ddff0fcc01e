import { describe, expect, test } from 'vitest';
import { resolveIncident } from '../../src/resolve/index.js';
import { matchView } from '../../src/normalize/view.js';
import { recognizeAll } from '../../src/recognizers/index.js';
import { splitSentences } from '../../src/resolve/sentences.js';
import { PARTY_CORPUS, type PartyCase } from './resolve.corpus.js';

function run(text: string) {
  const view = matchView(text);
  const values = recognizeAll({ text, view, referenceDate: '2020-06-30' });
  return resolveIncident({ text, view, segment: { start: 0, end: text.length, headline: null, exclude: [] }, values });
}

/** The party whose smallest mention covers `phrase` (first occurrence in the text). */
function partyOf(r: ReturnType<typeof run>, text: string, phrase: string) {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in text: ${phrase}`);
  let best: { p: (typeof r.parties)[number]; len: number } | null = null;
  for (const p of r.parties)
    for (const m of p.mentions) {
      const covers = m.start <= at && at + phrase.length <= m.end;
      const inside = m.start >= at && m.end <= at + phrase.length && m.end - m.start >= phrase.length / 2;
      // a mention covering the phrase wins over one inside it; then the smallest
      const score = (covers ? 0 : 1e6) + m.end - m.start;
      if ((covers || inside) && (!best || score < best.len)) best = { p, len: score };
    }
  return best?.p;
}

describe('resolve corpus', () => {
  test.each(PARTY_CORPUS.map((c, i) => [i, c] as [number, PartyCase]))('case %i', (_i, c) => {
    const r = run(c.text);
    const trace = () => JSON.stringify(r, null, 1);
    for (const want of c.parties) {
      const p = partyOf(r, c.text, want.mention);
      if (want.roles.length === 0) {
        expect(p?.roles ?? [], trace()).toEqual([]);
        continue;
      }
      expect(p, `${want.mention}\n${trace()}`).toBeDefined();
      expect([...p!.roles].sort(), want.mention).toEqual([...want.roles].sort());
      if (want.size !== undefined) expect(p!.size).toBe(want.size);
      if (want.kind !== undefined) expect(p!.kind).toBe(want.kind);
      if (want.name !== undefined) expect(p!.name).toBe(want.name);
      if (want.location !== undefined) expect(p!.location).toBe(want.location);
    }
    if (c.parties.length === 0) expect(r.parties, trace()).toEqual([]);
    for (const [from, to] of c.transfers ?? []) {
      const f = partyOf(r, c.text, from);
      const t = partyOf(r, c.text, to);
      expect(r.transfers.some((x) => x.from === f?.id && x.to === t?.id), `${from} -> ${to}\n${trace()}`).toBe(true);
    }
    if (c.transfers) expect(r.transfers.length).toBe(c.transfers.length);
    // no party is only pronouns; a size is a positive count
    for (const p of r.parties) expect(p.name !== null || p.description !== null, JSON.stringify(p)).toBe(true);
    for (const p of r.parties) expect(p.size === null || p.size > 0, JSON.stringify(p)).toBe(true);
    for (const o of c.outcomes ?? []) {
      const hit = r.outcomes.find(
        (x) => x.type === o.type && (o.count === undefined || x.count === o.count) && (o.termMonths === undefined || x.termMonths === o.termMonths),
      );
      expect(hit, `${JSON.stringify(o)}\n${trace()}`).toBeDefined();
    }
    for (const phrase of c.absent ?? []) {
      expect(r.parties.some((p) => p.mentions.some((m) => m.text.includes(phrase)))).toBe(false);
    }
    for (const phrase of c.present ?? []) {
      expect(r.parties.some((p) => p.mentions.some((m) => m.text.includes(phrase))), `${phrase}\n${trace()}`).toBe(true);
    }
    for (const [x, y] of c.same ?? []) {
      const px = r.parties.find((p) => p.mentions.some((m) => m.text.includes(x)));
      expect(px && px.mentions.some((m) => m.text.includes(y)), `${x} ~ ${y}\n${trace()}`).toBe(true);
    }
    for (const [x, y] of c.apart ?? []) {
      const both = r.parties.find((p) => p.mentions.some((m) => m.text === x) && p.mentions.some((m) => m.text === y));
      expect(both, `${x} / ${y}\n${trace()}`).toBeUndefined();
    }
    // every mention slices the text
    for (const p of r.parties) for (const m of p.mentions) expect(c.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('resolve details', () => {
  test('"a 10-member gang" has size 10 and the arrest counts it', () => {
    const text = 'Police arrested a 12-member gang that sold the data of bank customers.';
    const r = run(text);
    const gang = partyOf(r, text, 'a 12-member gang')!;
    expect(gang.size).toBe(12);
    expect(r.outcomes.find((o) => o.type === 'arrest')?.count).toBe(12);
    expect(r.outcomes.find((o) => o.type === 'arrest')?.evidence.text).toContain('arrested a 12-member gang');
  });

  test('a relative clause that identifies the actor stays in the mention', () => {
    const text = 'A woman who was in charge of a clinic database sold patient files to a marketer.';
    const r = run(text);
    expect(r.parties.some((p) => p.mentions.some((m) => m.text === 'A woman who was in charge of a clinic database'))).toBe(true);
  });

  test('fine linked to its Money id, sentence term in months', () => {
    const text = 'The court sentenced the defendant to three years in prison and fined him 50,000 yuan for selling personal information.';
    const r = run(text);
    const sentence = r.outcomes.find((o) => o.type === 'sentence');
    expect(sentence?.termMonths).toBe(36);
    const fine = r.outcomes.find((o) => o.type === 'fine');
    const view = matchView(text);
    const money = recognizeAll({ text, view, referenceDate: null }).amounts[0];
    expect(fine?.amount).toBe(money?.id);
  });

  test('"it is unclear" is no mention of the company', () => {
    const text = 'Fabrikam said hackers stole user passwords. It is unclear how many users were affected.';
    const r = run(text);
    expect(r.parties.some((p) => p.mentions.some((m) => m.text === 'It'))).toBe(false);
  });

  test('a named attacker given only by a handle is found', () => {
    const text = 'A seller calling himself darkfox99 offered the stolen database for 2 bitcoin.';
    const r = run(text);
    expect(r.parties.some((p) => p.mentions.some((m) => m.text.includes('darkfox99')))).toBe(true);
  });
});

describe('sentences', () => {
  test('sentences split at stops, not at abbreviations', () => {
    const text = 'Mr. Li sold data to U.S. firms. Police arrested him.';
    const s = splitSentences(text, 0, text.length);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['Mr. Li sold data to U.S. firms.', 'Police arrested him.']);
  });
});
