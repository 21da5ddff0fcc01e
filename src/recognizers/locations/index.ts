/**
 * Places: countries, Chinese provinces, cities, districts and new areas, US
 * states and other first-level subdivisions, and major world cities.
 *
 * One pass of the rules (rules.ts) over the view, then two small steps:
 * organisation names that contain a place ("Bank of China") are dropped, and
 * a name shared by several places (Suzhou, Georgia) is settled by the other
 * places of the document.
 */
import type { Location } from '../../schema.js';
import { evidence, runRules } from '../runner.js';
import type { RecognizeContext } from '../types.js';
import { AMBIGUOUS_DEFAULTS, LOCATION_RULES, UNRESOLVED, type Place } from './rules.js';

const UNRESOLVED_SET = new Set(UNRESOLVED);

/** Places the document names without doubt: context for the ambiguous ones. */
interface Context {
  regions: Set<string>;
  /** Countries of sub-national places: "Atlanta" or "Ohio" make "Georgia" the US state. */
  subCountries: Set<string>;
}

function score(p: Place, c: Context): number {
  let s = 0;
  if (p.region !== null && c.regions.has(p.region)) s += 2;
  if (p.country !== null && c.subCountries.has(p.country)) s += 1;
  return s;
}

/**
 * Picks one place for a shared name: the candidate that agrees with the other
 * places of the document ("Suzhou … Anhui" gives Anhui's Suzhou; "Atlanta,
 * Georgia" the US state), else the listed default, else — for UNRESOLVED names
 * such as "Georgia" — the name with no country.
 */
function choose(key: string, candidates: readonly Place[], c: Context): Place {
  if (candidates.length === 1) return candidates[0]!;
  let best: Place | null = null;
  let bestScore = 0;
  for (const p of candidates) {
    const s = score(p, c);
    if (s > bestScore) [best, bestScore] = [p, s];
  }
  if (best) return best;
  const preferred = AMBIGUOUS_DEFAULTS[key];
  const byDefault = candidates.find((p) => p.region === preferred || p.country === preferred);
  if (byDefault) return byDefault;
  if (UNRESOLVED_SET.has(key)) return { name: candidates[0]!.name, country: null, region: null, level: 'country' };
  return candidates[0]!;
}

/** Places in text order. */
export function recognizeLocations(ctx: RecognizeContext): Location[] {
  const hits = runRules(ctx, LOCATION_RULES);
  // "Rick Holland … Holland said": a name seen as a person's is no place anywhere in the text.
  const people = new Set<string>();
  for (const h of hits) if (h.value.kind === 'person') people.add(h.value.key);
  const c: Context = { regions: new Set(), subCountries: new Set() };
  for (const h of hits) {
    if (h.value.kind !== 'place' || h.value.candidates.length !== 1) continue;
    const p = h.value.candidates[0]!;
    if (p.region) c.regions.add(p.region);
    if (p.country && p.level !== 'country') c.subCountries.add(p.country);
  }
  const out: Location[] = [];
  for (const h of hits) {
    if (h.value.kind !== 'place' || people.has(h.value.key)) continue;
    const p = choose(h.value.key, h.value.candidates, c);
    out.push({ ...p, evidence: evidence(ctx.text, h.start, h.end) });
  }
  return out;
}
