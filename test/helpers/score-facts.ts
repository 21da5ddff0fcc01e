/**
 * Facts scorer for tests: a TypeScript implementation of the rules of the
 * shared `score-facts` tool (see README-score-facts.md in the shared tools).
 *
 * Gold "facts" files list, per real-world incident, the values a correct
 * extraction must contain, each tied to a cue (an exact substring of the
 * article). A prediction (a breach-parse result, SCHEMA.md) is scored per
 * family with true positives, false positives and false negatives:
 *
 *   - Gold incidents are aligned, in anchor order, to the smallest still-free
 *     predicted incident whose span contains the anchor. A gold incident with
 *     no such incident is misaligned (one incident FN) and its items are then
 *     matched against the unused items of the whole document (locations and
 *     data categories, being sets, may be reused).
 *   - Cues are located from the incident's region start (the headline before
 *     the anchor, else the anchor's line) and fall back to the first
 *     occurrence anywhere; an exact search first, then one that ignores case,
 *     whitespace runs and quote / dash variants.
 *   - Items match one-to-one (maximum bipartite matching). Required gold items
 *     matched are TP, unmatched are FN; predicted items matching nothing are
 *     FP; optional gold items that match are neutral.
 *   - Party roles are counted on matched parties; mustNotFind cues turn every
 *     predicted item that touches them into a false positive.
 *
 * The micro-F1 over all families is `f1`; a document with nothing to count
 * scores 1 (an empty answer to an empty question is right).
 */

export const FAMILIES = [
  'incidents',
  'volumes',
  'amounts',
  'dates',
  'locations',
  'dataCategories',
  'parties',
  'partyRoles',
  'transfers',
  'outcomes',
] as const;
export type Family = (typeof FAMILIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreReport {
  perFamily: Record<Family, Counts>;
  f1: number;
  /** Human-readable notes: misaligned incidents, missed and spurious items, mustNotFind hits. */
  misses: string[];
}

// ------------------------------------------------------------------ gold

interface GoldValue {
  cue: string;
  optional?: boolean;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  approximate?: boolean;
  currency?: string | null;
  purpose?: string;
  unit?: string | null;
}
interface GoldDate {
  cue: string;
  within: [string, string];
  optional?: boolean;
}
interface GoldOutcome {
  type: string;
  cue: string;
  count?: number | null;
  optional?: boolean;
}
interface GoldParty {
  cue: string;
  roles?: string[];
  optionalRoles?: string[];
  size?: number | null;
  optional?: boolean;
}
interface GoldTransfer {
  fromCue: string;
  toCue: string;
  optional?: boolean;
}
type GoldLocation = string | { name: string; optional?: boolean; aliases?: string[] };

export interface GoldIncident {
  anchor: string;
  headline?: string | null;
  volumes?: GoldValue[];
  amounts?: GoldValue[];
  dates?: GoldDate[];
  locations?: GoldLocation[];
  dataCategories?: { required?: string[]; optional?: string[] };
  parties?: GoldParty[];
  transfers?: GoldTransfer[];
  outcomes?: GoldOutcome[];
}

export interface FactsGold {
  doc: string;
  published?: string;
  referenceDate?: string;
  note?: string;
  incidentCount?: number;
  incidents: GoldIncident[];
  mustNotFind?: { cue: string; why?: string }[];
}

// ------------------------------------------------------------------ prediction (loosely typed)

interface EvidenceLike {
  text?: unknown;
  start?: unknown;
  end?: unknown;
}
type Loose = Record<string, unknown>;

/** The parts of a breach-parse result the scorer reads; anything else is ignored. */
export interface ResultLike {
  document?: { text?: string | undefined } & Loose;
  incidents?: unknown[];
  error?: unknown;
}

interface Span {
  start: number;
  end: number;
}

// ------------------------------------------------------------------ text search

const QUOTE1 = /[\u2018\u2019\u201a\u201b\u2032`]/;
const QUOTE2 = /[\u201c\u201d\u201e\u201f\u2033]/;
const DASH = /[\u2010-\u2015\u2212]/;

function foldChar(c: string): string {
  if (QUOTE1.test(c)) return "'";
  if (QUOTE2.test(c)) return '"';
  if (DASH.test(c)) return '-';
  return c.toLowerCase();
}

/** Folded text plus, for each folded code unit, the original offset it came from. */
function fold(text: string): { s: string; map: number[] } {
  let s = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      if (!inSpace) {
        s += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    for (const f of foldChar(c)) {
      s += f;
      map.push(i);
    }
  }
  return { s, map };
}

const foldTrim = (s: string): string => fold(s).s.trim();

class Finder {
  private folded: { s: string; map: number[] } | undefined;
  constructor(readonly text: string) {}

  /** First occurrence at or after `from` (when given), else the first anywhere. */
  locate(cue: string | null | undefined, from?: number): (Span & { fuzzy?: boolean }) | null {
    if (!cue) return null;
    let i = from !== undefined ? this.text.indexOf(cue, from) : -1;
    if (i < 0) i = this.text.indexOf(cue);
    if (i >= 0) return { start: i, end: i + cue.length };
    this.folded ??= fold(this.text);
    const { s, map } = this.folded;
    const needle = foldTrim(cue);
    if (!needle) return null;
    let fromFolded = 0;
    if (from !== undefined) {
      fromFolded = map.findIndex((o) => o >= from);
      if (fromFolded < 0) fromFolded = s.length;
    }
    let k = s.indexOf(needle, fromFolded);
    if (k < 0) k = s.indexOf(needle);
    if (k < 0) return null;
    const a = map[k];
    const b = map[k + needle.length - 1];
    if (a === undefined || b === undefined) return null;
    return { start: a, end: b + 1, fuzzy: true };
  }

  occurrences(t: string): number[] {
    const out: number[] = [];
    if (!t) return out;
    for (let i = this.text.indexOf(t); i >= 0; i = this.text.indexOf(t, i + 1)) out.push(i);
    return out;
  }
}

const overlaps = (a: Span | null | undefined, b: Span | null | undefined): boolean =>
  !!a && !!b && a.start < b.end && b.start < a.end;

/** Overlap as a share of the longer of the two spans (0 when disjoint). */
function overlapShare(a: Span, b: Span): number {
  if (!overlaps(a, b)) return 0;
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o / Math.max(a.end - a.start, b.end - b.start);
}

// ------------------------------------------------------------------ prepared prediction

interface Item {
  fam: Family;
  inc: number;
  k: number;
  raw: Loose;
  ev: Span | null;
  forbidden?: boolean;
}
interface PartyItem extends Item {
  id: string | null;
  mentions: Span[];
}
interface TransferItem extends Item {
  from: PartyItem | null;
  to: PartyItem | null;
}
interface SetItem extends Item {
  key: string;
  keys: Set<string>;
  evs: (Span | null)[];
}
interface PredIncident {
  idx: number;
  id: string;
  span: Span | null;
  volumes: Item[];
  amounts: Item[];
  dates: Item[];
  outcomes: Item[];
  parties: PartyItem[];
  transfers: TransferItem[];
  locations: SetItem[];
  dataCategories: SetItem[];
}
type ItemFamily = 'volumes' | 'amounts' | 'dates' | 'outcomes' | 'parties' | 'transfers' | 'locations' | 'dataCategories';

const isObj = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const isInt = (x: unknown): x is number => Number.isInteger(x);

function resolveEvidence(ev: unknown, finder: Finder): Span | null {
  if (!isObj(ev)) return null;
  const { text: t, start, end } = ev as EvidenceLike;
  const len = finder.text.length;
  if (isInt(start) && isInt(end) && start >= 0 && end <= len && start < end) {
    if (typeof t !== 'string' || finder.text.slice(start, end) === t) return { start, end };
  }
  if (typeof t === 'string' && t.length > 0) {
    const occ = finder.occurrences(t);
    if (occ.length) {
      const want = isInt(start) ? start : 0;
      occ.sort((x, y) => Math.abs(x - want) - Math.abs(y - want));
      const s = occ[0] as number;
      return { start: s, end: s + t.length };
    }
  }
  return null;
}

const LOCATION_SUFFIX =
  /\s+(special administrative region|autonomous region|autonomous prefecture|new area|new district|municipality|province|prefecture|district|county|city|region|sar|township|town)$/;

export function locationKey(name: string): string {
  let s = foldTrim(name).replace(/[.,()'"]/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^the\s+/, '');
  s = s.replace(LOCATION_SUFFIX, '').trim();
  s = s.replace(LOCATION_SUFFIX, '').trim();
  return s;
}

function prepare(result: ResultLike, finder: Finder): PredIncident[] {
  const byId = new Map<string, PartyItem>();
  const incidents = arr(result.incidents).map((x, idx): PredIncident => {
    const inc = isObj(x) ? x : {};
    const sp = inc['span'];
    const span = isObj(sp) && isInt(sp['start']) && isInt(sp['end']) ? { start: sp['start'], end: sp['end'] } : null;
    const simple = (fam: Family, key: string): Item[] =>
      arr(inc[key]).map((r, k) => {
        const raw = isObj(r) ? r : {};
        return { fam, inc: idx, k, raw, ev: resolveEvidence(raw['evidence'], finder) };
      });
    const parties = arr(inc['parties']).map((r, k): PartyItem => {
      const raw = isObj(r) ? r : {};
      const mentions = arr(raw['mentions'])
        .map((m) => resolveEvidence(m, finder))
        .filter((m): m is Span => m !== null);
      const id = raw['id'] != null ? String(raw['id']) : null;
      const it: PartyItem = { fam: 'parties', inc: idx, k, raw, ev: null, id, mentions };
      if (id) {
        byId.set(`${idx}:${id}`, it);
        if (!byId.has(`*:${id}`)) byId.set(`*:${id}`, it);
      }
      return it;
    });
    const transfers = simple('transfers', 'transfers').map((t): TransferItem => ({ ...t, from: null, to: null }));

    const locations = new Map<string, SetItem>();
    arr(inc['locations']).forEach((r, k) => {
      const raw = isObj(r) ? r : {};
      const ev = isObj(raw['evidence']) ? raw['evidence'] : {};
      const names = [raw['name'], ev['text']].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
      const first = names[0];
      if (first === undefined) return;
      const key = locationKey(first);
      const span = resolveEvidence(raw['evidence'], finder);
      const prev = locations.get(key);
      if (prev) prev.evs.push(span);
      else
        locations.set(key, {
          fam: 'locations', inc: idx, k, raw, ev: span, key, keys: new Set(names.map(locationKey)), evs: [span],
        });
    });
    const categories = new Map<string, SetItem>();
    arr(inc['dataCategories']).forEach((r, k) => {
      const raw = isObj(r) ? r : {};
      if (typeof raw['category'] !== 'string') return;
      const key = raw['category'].trim().toLowerCase();
      const span = resolveEvidence(raw['evidence'], finder);
      const prev = categories.get(key);
      if (prev) prev.evs.push(span);
      else categories.set(key, { fam: 'dataCategories', inc: idx, k, raw, ev: span, key, keys: new Set([key]), evs: [span] });
    });

    return {
      idx,
      id: inc['id'] != null ? String(inc['id']) : `#${idx + 1}`,
      span,
      volumes: simple('volumes', 'volumes'),
      amounts: simple('amounts', 'amounts'),
      dates: simple('dates', 'dates'),
      outcomes: simple('outcomes', 'outcomes'),
      parties,
      transfers,
      locations: [...locations.values()],
      dataCategories: [...categories.values()],
    };
  });
  for (const P of incidents) {
    for (const t of P.transfers) {
      const look = (v: unknown): PartyItem | null =>
        v == null ? null : (byId.get(`${P.idx}:${String(v)}`) ?? byId.get(`*:${String(v)}`) ?? null);
      t.from = look(t.raw['from']);
      t.to = look(t.raw['to']);
    }
  }
  return incidents;
}

// ------------------------------------------------------------------ field checks

function sameNumber(g: unknown, p: unknown): boolean {
  if (g === null || g === undefined) return p === null || p === undefined;
  if (typeof g !== 'number' || typeof p !== 'number' || !Number.isFinite(p)) return false;
  return Math.abs(g - p) <= 1e-6 * Math.max(1, Math.abs(g), Math.abs(p));
}
const unitKey = (u: unknown): string => String(u).trim().toLowerCase().replace(/s$/, '');
const NUMERIC = new Set(['value', 'min', 'max', 'count', 'size']);

/** Every field the gold item gives must equal the predicted one. */
function fieldsAgree(g: object, p: Loose, keys: string[]): boolean {
  const gold = g as Loose;
  for (const key of keys) {
    if (!(key in gold)) continue;
    const gv = gold[key];
    const pv = p[key];
    if (NUMERIC.has(key)) {
      if (!sameNumber(gv, pv)) return false;
    } else if (key === 'currency') {
      if (gv === null ? pv != null : String(pv ?? '').toUpperCase() !== String(gv).toUpperCase()) return false;
    } else if (key === 'unit') {
      if (gv === null ? pv != null : pv == null || unitKey(pv) !== unitKey(gv)) return false;
    } else if (gv !== pv) return false;
  }
  return true;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
function dateWithin(g: GoldDate, p: Loose): boolean {
  const w = g.within;
  if (!Array.isArray(w) || w.length !== 2) return false;
  const s = p['start'];
  const e = p['end'];
  if (typeof s !== 'string' || typeof e !== 'string' || !ISO.test(s) || !ISO.test(e)) return false;
  const [lo, hi] = w;
  return s <= e && s >= lo && s <= hi && e >= lo && e <= hi;
}

// ------------------------------------------------------------------ matching

/** Maximum bipartite matching (augmenting paths); candidates tried best score first. Gold index -> pred index. */
function maxMatching<G, P>(golds: G[], preds: P[], score: (g: G, p: P) => number): Map<number, number> {
  const cands = golds.map((g) =>
    preds
      .map((p, j) => ({ j, s: score(g, p) }))
      .filter((c) => c.s > 0)
      .sort((a, b) => b.s - a.s)
      .map((c) => c.j),
  );
  const owner: number[] = preds.map(() => -1);
  const augment = (gi: number, seen: boolean[]): boolean => {
    for (const j of cands[gi] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const cur = owner[j] ?? -1;
      if (cur < 0 || augment(cur, seen)) {
        owner[j] = gi;
        return true;
      }
    }
    return false;
  };
  const order = golds.map((_, i) => i).sort((a, b) => (cands[a]?.length ?? 0) - (cands[b]?.length ?? 0));
  for (const gi of order) augment(gi, preds.map(() => false));
  const out = new Map<number, number>();
  owner.forEach((gi, j) => {
    if (gi >= 0) out.set(gi, j);
  });
  return out;
}

interface Aligned {
  i: number;
  g: GoldIncident;
  anchor: Span | null;
  region: number | undefined;
  pred: PredIncident | null;
  why: string;
}

type Located<T> = T & { optional?: boolean; loc: Span | null };

function emptyCounts(): Record<Family, Counts> {
  const c = {} as Record<Family, Counts>;
  for (const f of FAMILIES) c[f] = { tp: 0, fp: 0, fn: 0 };
  return c;
}

function describeItem(it: Item, text: string): string {
  const r = it.raw;
  if ('key' in it && typeof (it as SetItem).key === 'string') return (it as SetItem).key;
  for (const k of ['text', 'name', 'description', 'type']) {
    const v = r[k];
    if (typeof v === 'string' && v) return v;
  }
  if (it.ev) return text.slice(it.ev.start, it.ev.end);
  return `${String(r['from'])}->${String(r['to'])}`;
}

/**
 * Scores one breach-parse result against one facts gold file.
 * `opts.text` is used when the result carries no `document.text`.
 */
export function scoreFacts(gold: FactsGold, result: ResultLike | null, opts: { text?: string } = {}): ScoreReport {
  const text = typeof result?.document?.text === 'string' ? result.document.text : (opts.text ?? '');
  const finder = new Finder(text);
  const counts = emptyCounts();
  const misses: string[] = [];
  const preds = result && !result.error ? prepare(result, finder) : [];

  // --- mustNotFind: items touching a forbidden zone are false positives
  const zones: (Span & { cue: string })[] = [];
  for (const m of gold.mustNotFind ?? []) {
    const l = finder.locate(m.cue);
    if (l) zones.push({ start: l.start, end: l.end, cue: m.cue });
  }
  const zoneOf = (s: Span | null): (Span & { cue: string }) | undefined => (s ? zones.find((z) => overlaps(z, s)) : undefined);
  for (const P of preds) {
    for (const fam of ['volumes', 'amounts', 'dates', 'outcomes', 'transfers'] as const) {
      for (const it of P[fam]) {
        const z = zoneOf(it.ev);
        if (!z) continue;
        it.forbidden = true;
        counts[fam].fp++;
        misses.push(`mustNotFind ${fam}: "${describeItem(it, text)}" in "${z.cue}"`);
      }
    }
    for (const fam of ['locations', 'dataCategories'] as const) {
      for (const it of P[fam]) {
        const bad = it.evs.filter((e) => zoneOf(e));
        if (!bad.length) continue;
        counts[fam].fp++;
        if (bad.length === it.evs.length) it.forbidden = true;
        misses.push(`mustNotFind ${fam}: "${it.key}" in "${zoneOf(bad[0] ?? null)?.cue ?? ''}"`);
      }
    }
    for (const it of P.parties) {
      const bad = it.mentions.filter((m) => zoneOf(m));
      if (!bad.length) continue;
      counts.parties.fp++;
      misses.push(`mustNotFind parties: "${describeItem(it, text)}" in "${zoneOf(bad[0] ?? null)?.cue ?? ''}"`);
      it.mentions = it.mentions.filter((m) => !zoneOf(m));
      if (!it.mentions.length) it.forbidden = true;
    }
  }

  // --- alignment of gold incidents to predicted incidents
  const aligned: Aligned[] = gold.incidents.map((g, i) => {
    const anchor = finder.locate(g.anchor);
    let region: number | undefined;
    if (anchor) {
      region = text.lastIndexOf('\n', anchor.start - 1) + 1;
      if (g.headline) {
        let h = -1;
        for (let k = text.indexOf(g.headline); k >= 0 && k <= anchor.start; k = text.indexOf(g.headline, k + 1)) h = k;
        if (h >= 0) region = Math.min(region, h);
      }
    }
    return { i, g, anchor, region, pred: null, why: anchor ? '' : 'anchor not found' };
  });
  const taken = new Set<number>();
  const byAnchor = aligned.filter((a) => a.anchor).sort((a, b) => (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0));
  for (const a of byAnchor) {
    const p = (a.anchor as Span).start;
    const containing = preds
      .filter((P) => P.span && P.span.start <= p && p < P.span.end)
      .sort((x, y) => (x.span!.end - x.span!.start) - (y.span!.end - y.span!.start));
    const free = containing.find((P) => !taken.has(P.idx));
    if (free) {
      a.pred = free;
      taken.add(free.idx);
    } else a.why = containing.length ? 'merged into another incident' : 'no incident contains the anchor';
  }
  for (const a of aligned) {
    if (a.pred) counts.incidents.tp++;
    else {
      counts.incidents.fn++;
      misses.push(`incidents: gold incident ${a.i + 1} (${a.g.anchor}) misaligned: ${a.why}`);
    }
  }
  for (const P of preds) {
    if (taken.has(P.idx)) continue;
    counts.incidents.fp++;
    misses.push(`incidents: spurious predicted incident ${P.id}`);
  }

  // --- item matching
  const used = new Set<string>();
  const uid = (it: Item): string => `${it.fam}:${it.inc}:${it.k}`;
  const SETS = new Set<Family>(['locations', 'dataCategories']);
  const pool = <F extends ItemFamily>(a: Aligned, fam: F): PredIncident[F] => {
    const src = a.pred ? [a.pred] : preds;
    const reuse = !a.pred && SETS.has(fam);
    const out: Item[] = [];
    for (const P of src) for (const it of P[fam]) if (!it.forbidden && (reuse || !used.has(uid(it)))) out.push(it);
    return out as PredIncident[F];
  };
  const locateCue = (a: Aligned, cue: string): Span | null => finder.locate(cue, a.region);

  const matchFamily = <G extends { optional?: boolean }, F extends ItemFamily>(
    a: Aligned,
    fam: F,
    golds: G[],
    label: (g: G) => string,
    score: (g: G, p: PredIncident[F][number]) => number,
    onPair?: (g: G, p: PredIncident[F][number]) => void,
  ): void => {
    if (!golds.length) return;
    const candidates = pool(a, fam) as PredIncident[F][number][];
    const required = golds.filter((g) => !g.optional);
    const optional = golds.filter((g) => g.optional);
    const m1 = maxMatching(required, candidates, score);
    for (const [gi, pj] of m1) {
      const p = candidates[pj]!;
      used.add(uid(p));
      onPair?.(required[gi]!, p);
    }
    counts[fam].tp += m1.size;
    counts[fam].fn += required.length - m1.size;
    required.forEach((g, gi) => {
      if (!m1.has(gi)) misses.push(`${fam}: missed ${label(g)} (incident ${a.i + 1})`);
    });
    const rest = candidates.filter((p) => !used.has(uid(p)));
    const m2 = maxMatching(optional, rest, score);
    for (const [gi, pj] of m2) {
      const p = rest[pj]!;
      used.add(uid(p));
      onPair?.(optional[gi]!, p);
    }
  };

  const ordered = [...aligned.filter((a) => a.pred), ...aligned.filter((a) => !a.pred)];
  for (const a of ordered) {
    const g = a.g;
    const withLoc = <T extends { cue: string }>(xs: T[] | undefined): Located<T>[] =>
      (xs ?? []).map((x) => ({ ...x, loc: locateCue(a, x.cue) }));
    const valueScore =
      (keys: string[]) =>
      (gv: Located<GoldValue>, p: Item): number => {
        if (!gv.loc || !p.ev || !overlaps(gv.loc, p.ev)) return 0;
        return fieldsAgree(gv, p.raw, keys) ? 1 + overlapShare(gv.loc, p.ev) : 0;
      };
    const cueLabel = (x: { cue: string }): string => `"${x.cue}"`;

    matchFamily(a, 'volumes', withLoc(g.volumes), cueLabel, valueScore(['value', 'min', 'max', 'approximate', 'unit']));
    matchFamily(a, 'amounts', withLoc(g.amounts), cueLabel, valueScore(['value', 'min', 'max', 'currency', 'approximate', 'purpose']));
    matchFamily(a, 'dates', withLoc(g.dates), cueLabel, (gd, p) => {
      if (!gd.loc || !p.ev || !overlaps(gd.loc, p.ev)) return 0;
      return dateWithin(gd, p.raw) ? 1 + overlapShare(gd.loc, p.ev) : 0;
    });
    matchFamily(a, 'outcomes', withLoc(g.outcomes), (o) => `${o.type} "${o.cue}"`, (go, p) => {
      if (!go.loc || !p.ev || !overlaps(go.loc, p.ev)) return 0;
      if (String(p.raw['type']) !== String(go.type)) return 0;
      return fieldsAgree(go, p.raw, ['count']) ? 1 + overlapShare(go.loc, p.ev) : 0;
    });

    const glocs = (g.locations ?? []).map((l) => {
      const o = typeof l === 'string' ? { name: l } : l;
      return { ...o, keys: new Set([o.name, ...(o.aliases ?? [])].map(locationKey)) };
    });
    matchFamily(a, 'locations', glocs, (l) => `"${l.name}"`, (gl, p) => ([...p.keys].some((k) => gl.keys.has(k)) ? 1 : 0));

    const dc = g.dataCategories ?? {};
    const gcats: { cat: string; optional?: boolean }[] = [
      ...(dc.required ?? []).map((c) => ({ cat: c.toLowerCase() })),
      ...(dc.optional ?? []).map((c) => ({ cat: c.toLowerCase(), optional: true })),
    ];
    matchFamily(a, 'dataCategories', gcats, (c) => c.cat, (gc, p) => (p.key === gc.cat ? 1 : 0));

    matchFamily(
      a,
      'parties',
      withLoc(g.parties),
      cueLabel,
      (gp, p) => {
        if (!gp.loc) return 0;
        let best = 0;
        for (const m of p.mentions) best = Math.max(best, overlapShare(gp.loc, m));
        if (!best || !fieldsAgree(gp, p.raw, ['size'])) return 0;
        const have = new Set(arr(p.raw['roles']).map(String));
        return 1 + best + 0.01 * (gp.roles ?? []).filter((r) => have.has(r)).length;
      },
      (gp, p) => {
        const required = new Set(gp.roles ?? []);
        const allowed = new Set([...(gp.roles ?? []), ...(gp.optionalRoles ?? [])]);
        const have = new Set(arr(p.raw['roles']).map(String));
        for (const r of required) {
          if (have.has(r)) counts.partyRoles.tp++;
          else {
            counts.partyRoles.fn++;
            misses.push(`partyRoles: missed ${r} of "${gp.cue}" (incident ${a.i + 1})`);
          }
        }
        for (const r of have) {
          if (allowed.has(r)) continue;
          counts.partyRoles.fp++;
          misses.push(`partyRoles: spurious ${r} of "${gp.cue}" (incident ${a.i + 1})`);
        }
      },
    );

    const gxfers = (g.transfers ?? []).map((t) => ({ ...t, fromLoc: locateCue(a, t.fromCue), toLoc: locateCue(a, t.toCue) }));
    matchFamily(a, 'transfers', gxfers, (t) => `"${t.fromCue}" -> "${t.toCue}"`, (gt, p) => {
      if (!gt.fromLoc || !gt.toLoc || !p.from || !p.to) return 0;
      const f = Math.max(0, ...p.from.mentions.map((m) => overlapShare(gt.fromLoc!, m)));
      const t = Math.max(0, ...p.to.mentions.map((m) => overlapShare(gt.toLoc!, m)));
      return f > 0 && t > 0 ? 1 + (f + t) / 2 : 0;
    });

    // cues that cannot be found at all (a broken gold file or stripped text)
    const cues = [
      g.anchor,
      ...[...(g.volumes ?? []), ...(g.amounts ?? []), ...(g.dates ?? []), ...(g.outcomes ?? []), ...(g.parties ?? [])]
        .filter((x) => !x.optional)
        .map((x) => x.cue),
      ...(g.transfers ?? []).filter((t) => !t.optional).flatMap((t) => [t.fromCue, t.toCue]),
    ];
    for (const c of cues) if (!finder.locate(c)) misses.push(`cue not found in document text: "${c}" (incident ${a.i + 1})`);
  }

  // --- false positives: predicted items that matched nothing
  for (const P of preds) {
    for (const fam of ['volumes', 'amounts', 'dates', 'outcomes', 'transfers', 'locations', 'dataCategories', 'parties'] as const) {
      for (const it of P[fam] as Item[]) {
        if (it.forbidden || used.has(uid(it))) continue;
        counts[fam].fp++;
        misses.push(`${fam}: spurious [${P.id}] ${describeItem(it, text)}`);
      }
    }
  }

  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const f of FAMILIES) {
    tp += counts[f].tp;
    fp += counts[f].fp;
    fn += counts[f].fn;
  }
  const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { perFamily: counts, f1, misses };
}

/** Per-family counts as one compact line per family with anything in it (for failure output). */
export function formatCounts(perFamily: Record<Family, Counts>): string {
  return FAMILIES.filter((f) => perFamily[f].tp + perFamily[f].fp + perFamily[f].fn > 0)
    .map((f) => `${f} ${perFamily[f].tp}/${perFamily[f].fp}/${perFamily[f].fn}`)
    .join(', ');
}
