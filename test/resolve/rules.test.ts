import { describe, expect, test } from 'vitest';
import { resolveIncident } from '../../src/resolve/index.js';
import { matchView } from '../../src/normalize/view.js';
import { recognizeAll } from '../../src/recognizers/index.js';
import { RULE_CORPUS } from './rules.corpus.js';

function run(text: string) {
  const view = matchView(text);
  const values = recognizeAll({ text, view, referenceDate: '2021-06-30' });
  return resolveIncident({ text, view, segment: { start: 0, end: text.length, headline: null, exclude: [] }, values });
}

/** The party whose smallest mention covers `phrase`, else one inside it. */
function partyOf(r: ReturnType<typeof run>, text: string, phrase: string) {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in text: ${phrase}`);
  let best: { p: (typeof r.parties)[number]; score: number } | null = null;
  for (const p of r.parties)
    for (const m of p.mentions) {
      const covers = m.start <= at && at + phrase.length <= m.end;
      const inside = m.start >= at && m.end <= at + phrase.length && m.end - m.start >= phrase.length / 2;
      const score = (covers ? 0 : 1e6) + m.end - m.start;
      if ((covers || inside) && (!best || score < best.score)) best = { p, score };
    }
  return best?.p;
}

describe('general party rules', () => {
  test.each(RULE_CORPUS.map((x) => [x.rule, x.c] as const))('%s', (_rule, c) => {
    const r = run(c.text);
    const trace = () => JSON.stringify({ parties: r.parties.map((p) => [p.kind, p.roles, p.mentions.map((m) => m.text)]), transfers: r.transfers.map((t) => t.evidence.text), outcomes: r.outcomes.map((o) => [o.type, o.count]) });
    for (const want of c.parties) {
      const p = partyOf(r, c.text, want.mention);
      if (want.roles.length === 0) {
        expect(p?.roles ?? [], trace()).toEqual([]);
        continue;
      }
      expect(p, `${want.mention} ${trace()}`).toBeDefined();
      expect([...p!.roles].sort(), `${want.mention} ${trace()}`).toEqual([...want.roles].sort());
      if (want.size !== undefined) expect(p!.size).toBe(want.size);
      if (want.kind !== undefined) expect(p!.kind, want.mention).toBe(want.kind);
    }
    if (c.parties.length === 0) expect(r.parties.filter((p) => p.roles.length > 0), trace()).toEqual([]);
    for (const [from, to] of c.transfers ?? []) {
      const f = partyOf(r, c.text, from);
      const t = partyOf(r, c.text, to);
      expect(r.transfers.some((x) => x.from === f?.id && x.to === t?.id), `${from} -> ${to} ${trace()}`).toBe(true);
    }
    for (const o of c.outcomes ?? []) {
      const hit = r.outcomes.find((x) => x.type === o.type && (o.count === undefined || x.count === o.count) && (o.termMonths === undefined || x.termMonths === o.termMonths));
      expect(hit, `${JSON.stringify(o)} ${trace()}`).toBeDefined();
    }
    for (const [a, b] of c.same ?? []) {
      const pa = partyOf(r, c.text, a);
      expect(pa, `${a} ${trace()}`).toBeDefined();
      expect(partyOf(r, c.text, b)?.id, `${a} = ${b} ${trace()}`).toBe(pa!.id);
    }
    for (const phrase of c.present ?? []) expect(partyOf(r, c.text, phrase), `${phrase} ${trace()}`).toBeDefined();
    for (const phrase of c.absent ?? []) expect(r.parties.some((p) => p.mentions.some((m) => m.text.includes(phrase))), `${phrase} ${trace()}`).toBe(false);
  });
});
