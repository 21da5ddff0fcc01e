/**
 * The extraction pipeline for one document:
 * source document -> reference date -> recognize values -> segment into
 * incidents -> resolve parties and roles -> assemble -> validate.
 */
import type { DocumentInfo, Incident, Mentions, Money, Party, Result, Warning } from './schema.js';
import { Result as ResultSchema, SCHEMA_VERSION, formatIssues } from './schema.js';
import { BreachParseError } from './errors.js';
import type { SourceDocument } from './input/source.js';
import { matchView } from './normalize/index.js';
import { recognizeAll } from './recognizers/index.js';
import type { Recognized } from './recognizers/types.js';
import { inferReferenceDate } from './recognizers/dates/reference.js';
import { segmentIncidents, titleLine } from './segment/index.js';
import type { Segment } from './segment/types.js';
import { resolveIncident } from './resolve/index.js';
import { summarize } from './segment/summary.js';
import { keepEventValues } from './refine/event-sentences.js';
import { backgroundParagraphs, type Range } from './refine/background.js';

export interface ExtractOptions {
  /** Reference date (YYYY-MM-DD) given by the user: wins over metadata and text. */
  published?: string | null;
  /** Include `document.text` (default true). */
  includeText?: boolean;
  /** Include the top-level `mentions` object (default false). */
  mentions?: boolean;
}

type Ranged = { evidence: { start: number; end: number } };

/** Items whose evidence lies in the segment and outside its nested cases. */
function inside<T extends Ranged>(items: T[], seg: Segment): T[] {
  const keep = (i: T) =>
    i.evidence.start >= seg.start && i.evidence.end <= seg.end && !seg.exclude.some((x) => i.evidence.start < x.end && x.start < i.evidence.end);
  if (!inTextOrder(items)) return items.filter(keep);
  // Recognizers list values in text order: look up the segment's first one instead of scanning all of
  // them for every segment (a long document of hundreds of cases was quadratic here).
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.evidence.start < seg.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < items.length && items[k]!.evidence.start < seg.end; k++) if (keep(items[k]!)) out.push(items[k]!);
  return out;
}

const ORDERED = new WeakMap<readonly Ranged[], boolean>();
/** True when the items' evidence starts never decrease (checked once per list). */
function inTextOrder(items: readonly Ranged[]): boolean {
  let v = ORDERED.get(items);
  if (v === undefined) {
    v = items.every((x, k) => k === 0 || items[k - 1]!.evidence.start <= x.evidence.start);
    ORDERED.set(items, v);
  }
  return v;
}

const inExcluded = (seg: Segment, e: { start: number; end: number }) =>
  seg.exclude.some((x) => e.start >= x.start && e.end <= x.end);

function referenceDate(doc: SourceDocument, opts: ExtractOptions, warnings: Warning[]) {
  if (opts.published) return { date: opts.published, source: 'flag' as const };
  if (doc.published) return { date: doc.published, source: 'metadata' as const };
  const fromText = inferReferenceDate(doc.text);
  if (fromText) return { date: fromText.date, source: 'text' as const };
  warnings.push({
    code: 'NO_REFERENCE_DATE',
    message: `${doc.source}: no publication date found; relative dates ("this year", "last month") are left unresolved (use --published YYYY-MM-DD)`,
  });
  return { date: null, source: 'none' as const };
}

/** Renumbers an incident's local party ids (P1..) into document-wide ones. */
function renumberParties(parties: Party[], next: () => string) {
  const map = new Map<string, string>();
  for (const p of parties) map.set(p.id, next());
  const id = (local: string | null) => (local === null ? null : (map.get(local) ?? null));
  return { parties: parties.map((p) => ({ ...p, id: map.get(p.id)! })), id };
}

/** The segment's values (those of event sentences) and its resolved actors. */
function readSegment(doc: SourceDocument, view: string, seg: Segment, all: Recognized) {
  const values = keepEventValues(view, seg, {
    volumes: inside(all.volumes, seg),
    amounts: inside(all.amounts, seg),
    dates: inside(all.dates, seg),
    locations: inside(all.locations, seg),
    dataCategories: inside(all.dataCategories, seg),
  });
  const raw = resolveIncident({ text: doc.text, view, segment: seg, values, places: inside(all.locations, seg) });
  return { values, raw };
}

function buildIncident(
  doc: SourceDocument,
  view: string,
  segment: Segment,
  all: Recognized,
  index: number,
  nextParty: () => string,
  background: Range[] = [],
): Incident {
  let seg = segment;
  let { values, raw } = readSegment(doc, view, seg, all);
  // Another company's breach told as background: read the case again without it.
  background.push(...backgroundParagraphs(doc.text, seg, raw.parties));
  if (background.length) {
    seg = { ...seg, exclude: [...seg.exclude, ...background] };
    ({ values, raw } = readSegment(doc, view, seg, all));
  }
  // A nested case's actors belong to it: keep only what is seen outside it.
  const resolved = seg.exclude.length
    ? {
        parties: raw.parties
          .map((p) => ({ ...p, mentions: p.mentions.filter((m) => !inExcluded(seg, m)) }))
          .filter((p) => p.mentions.length > 0),
        transfers: raw.transfers.filter((t) => !inExcluded(seg, t.evidence)),
        outcomes: raw.outcomes.filter((o) => !inExcluded(seg, o.evidence)),
      }
    : raw;
  const { parties, id } = renumberParties(resolved.parties, nextParty);
  return {
    id: `I${index + 1}`,
    headline: seg.headline?.text ?? null,
    span: { start: seg.start, end: seg.end },
    summary: summarize(doc.text, seg),
    parties,
    dataCategories: values.dataCategories,
    volumes: values.volumes,
    amounts: values.amounts.map((m: Money) => ({ ...m })),
    dates: values.dates,
    locations: values.locations,
    transfers: resolved.transfers.map((t) => ({ ...t, from: id(t.from), to: id(t.to) })),
    outcomes: resolved.outcomes.map((o) => ({
      ...o,
      subjects: o.subjects.map((s) => id(s)).filter((s): s is string => s !== null),
      agent: id(o.agent),
    })),
  };
}

/** Runs the whole pipeline on one loaded document and validates the result. */
export function extract(doc: SourceDocument, opts: ExtractOptions = {}): Result {
  const warnings: Warning[] = [...doc.warnings];
  const ref = referenceDate(doc, opts, warnings);
  const view = matchView(doc.text);
  const all = recognizeAll({ text: doc.text, view, referenceDate: ref.date });
  const segments = segmentIncidents(doc.text, view);
  let partyCount = 0;
  const nextParty = () => `P${++partyCount}`;
  // A nested case that its section tells as background ("In a separate incident, another
  // company said ...") is no incident: its section is built first and names it.
  const background: Range[] = [];
  const incidents: Incident[] = [];
  for (const seg of segments) {
    if (background.some((b) => b.start <= seg.start && seg.end <= b.end)) continue;
    incidents.push(buildIncident(doc, view, seg, all, incidents.length, nextParty, background));
  }

  const title = doc.title ?? titleLine(doc.text)?.text ?? null;
  // A page whose story starts the text (its h1 went to the title) is headed by that title.
  const first = incidents[0];
  if (first && first.headline === null && title && doc.text.slice(0, first.span.start).trim() === '') first.headline = title;
  const document: DocumentInfo = {
    source: doc.source,
    format: doc.format,
    encoding: doc.encoding,
    title,
    published: opts.published ?? doc.published ?? null,
    referenceDate: ref.date,
    referenceDateSource: ref.source,
    url: doc.url,
    sha256: doc.sha256,
  };
  if (opts.includeText !== false) document.text = doc.text;
  const result: Result = { schemaVersion: SCHEMA_VERSION, document, incidents, warnings };
  if (opts.mentions) result.mentions = all satisfies Mentions;
  return validate(result, doc.text);
}

/** Checks the result against the contract and every evidence slice against the text. */
export function validate(result: Result, text: string): Result {
  const parsed = ResultSchema.safeParse(result);
  if (!parsed.success) {
    throw new BreachParseError(
      'INVALID_OUTPUT',
      `${result.document.source}: internal error, the result does not match the output schema (${formatIssues(parsed.error)}); please report this bug`,
    );
  }
  const bad = findBadEvidence(result, text);
  if (bad) {
    throw new BreachParseError(
      'INVALID_OUTPUT',
      `${result.document.source}: internal error, evidence ${JSON.stringify(bad.text)} at ${bad.start}-${bad.end} does not match the text; please report this bug`,
    );
  }
  return parsed.data;
}

interface EvidenceLike {
  text: string;
  start: number;
  end: number;
}

function isEvidence(v: unknown): v is EvidenceLike {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 3;
}

/** The first evidence object anywhere in `value` whose slice differs from its text. */
export function findBadEvidence(value: unknown, text: string): EvidenceLike | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const bad = findBadEvidence(v, text);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (isEvidence(value)) return text.slice(value.start, value.end) === value.text ? null : value;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'document') continue;
    const bad = findBadEvidence(v, text);
    if (bad) return bad;
  }
  return null;
}
