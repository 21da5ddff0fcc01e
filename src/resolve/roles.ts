/**
 * Applies the role frames (roles-rules.ts) to the abstracted sentences and
 * derives the roles that follow from others: buyer + seller = reseller, an
 * employee who sold or took the data is an insider and his employer the data
 * holder, customers are victims unless they did something else.
 */
import type { Role } from '../schema.js';
import { type Abstracted, CLOSE, INNER_DOT, OPEN, OPEN_REL, idsIn, toText } from './abstract.js';
import { FRAMES, type Frame, type FrameRole } from './roles-rules.js';
import type { Mention } from './types.js';
import { execAll } from '../recognizers/runner.js';

/**
 * A speech verb in the gap: "PulseTrack disclosed that an unauthorized party had gained access" -
 * the speaker is no agent of what it reports.
 */
const SPEECH =
  '\\b(?:said|says|say|told|tells|disclosed|discloses|announced|announces|reported|reports|confirmed|confirms|revealed|reveals|stated|states|noted|notes|added|adds|claimed|claims|believes|believed|warned|warns|according|explained|explains|wrote|writes|found|finds|discovered|discovers|learned|alleged|alleges)\\b';
/** Irregular past tenses that open a verb phrase: "Guo kept part of the data and resold the rest". */
const IRREGULAR_PAST = '(?:kept|took|made|got|ran|set|put|held|found|wrote|gave|sent|built|led|met|paid|bought|sold|stole|broke|began|left|lost|spent|won|hid|knew|drew|chose|fed|let|cut|sought)';
/** "they looked up the names ..., then passed the results to", "X photographed ..., and passed": a second verb of the same subject. */
const THEN_GAP = `\\s+(?:\\w+ly\\s+)?(?:\\w+ed|${IRREGULAR_PAST})\\b(?:(?!${SPEECH}|\\b(?:who|which|that|whom)\\b|${OPEN_REL})[^.!?;]){0,160}?(?:,?\\s+(?:and\\s+)?then|,?\\s+and)\\s+(?=(?:\\w+ly\\s+)?\\w+(?:ed|old|ent|ave|ought)\\b)`;
const TOKEN = `[${OPEN}${OPEN_REL}]\\d+${CLOSE}`;
const CONJUNCT = `${OPEN}\\d+${CLOSE}`;
/** A short gap: no mention, no negation, no new clause (", and targeted ..."). */
const GAP = `(?:(?![${OPEN}${OPEN_REL}]|\\b(?:not|never|denied|denies|deny|neither|nor)\\b|,\\s*(?:and|but|while|whereas)\\b|;|${SPEECH})(?:[^.!?${CLOSE}]|${INNER_DOT})){0,60}?`;
const WIDE = `(?:[^.!?;]|${INNER_DOT}){0,160}?`;

/** Compiles the placeholders of a frame pattern into a regex (once, at load). */
export function compileFrame(pattern: string): RegExp {
  const src = pattern
    .replace(/\{A\}/g, `(?<a>${TOKEN})`)
    .replace(/\{Bs\}/g, `(?<b>${TOKEN}(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|as\\s+well\\s+as)\\s+|,?\\s+(?:and|as\\s+well\\s+as)\\s+to\\s+(?:at\\s+least\\s+|more\\s+than\\s+)?|\\s*,\\s*${CONJUNCT}\\s*,\\s*and\\s+to\\s+)${CONJUNCT})*)`)
    .replace(/\{B\}/g, `(?<b>${TOKEN})`)
    .replace(/\{G\}/g, `(?:${GAP}|${THEN_GAP})`)
    .replace(/\{W\}/g, WIDE)
    .replace(/\{act\}/g, "(?:(?=[a-z]+ing\\b)|(?<!\\b(?:was|were|been|being|is|are|be|get|got|gets)\\s+(?:\\w+\\s+)?))")
    .replace(/\{v:([^}]+)\}/g, '(?<v>$1)');
  return new RegExp(src, 'gi');
}

/** The frames with their regexes, each compiled on first use (most articles need few of them). */
const COMPILED: readonly { frame: Frame; re: RegExp | null }[] = FRAMES.map((frame) => ({ frame, re: null }));

/** A role given to a mention by a frame. */
export interface RoleHit {
  mention: number;
  role: FrameRole;
  frame: string;
}

/** A hand-over found by a frame, between mentions. */
export interface TransferHit {
  from: number;
  to: number;
  verb: string;
  start: number;
  end: number;
}

const ATTACKER_ROLES: ReadonlySet<FrameRole> = new Set(['perpetrator', 'insider', 'seller', 'reseller', 'buyer']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const POSSESSIVE_ONLY = new Set(['his', 'its', 'their']);

/** Whether mention `m` may take `role` at all (the frame only saw word order). */
function fits(m: Mention, role: FrameRole): boolean {
  if (m.form === 'collective') return false;
  const authority = m.cls === 'authority';
  switch (role) {
    case 'investigator':
      return authority;
    case 'buyer':
      // "sold information to at least 30 other customers": customers of the seller buy.
      return !authority && m.cls !== 'spokesperson';
    case 'perpetrator':
    case 'insider':
    case 'seller':
    case 'reseller':
      // "A user going by the handle ..." is one actor; "users", "customers" are the people whose data it is.
      return !authority && m.cls !== 'spokesperson' && (m.cls !== 'people' || (!m.plural && m.definite === 'indefinite'));
    case 'suspect':
      return !authority && m.cls !== 'spokesperson' && m.cls !== 'people';
    case 'holder':
    case 'victim':
      return !(authority || m.cls === 'attacker' || m.cls === 'suspect' || m.cls === 'gang' || m.cls === 'spokesperson');
    case 'data-holder':
      // "he said" is no company statement; "it said", "the company said" are.
      return !authority && m.cls !== 'people' && m.cls !== 'attacker' && m.cls !== 'spokesperson' && (m.kind === 'organization' || (m.form === 'pronoun' && m.animate !== true) || m.form === 'relative');
    case 'complainant':
      return !authority;
    default:
      return true;
  }
}

/** Runs every frame over one abstracted sentence. */
export function applyFrames(a: Abstracted, ms: readonly Mention[], roles: RoleHit[], transfers: TransferHit[]): void {
  // Every frame holds a mention token.
  if (!a.s.includes(OPEN) && !a.s.includes(OPEN_REL)) return;
  for (const entry of COMPILED) {
    const { frame } = entry;
    if (frame.cue && !frame.cue.test(a.s)) continue;
    if (frame.needs && !frame.needs.test(a.s)) continue;
    const re = (entry.re ??= compileFrame(frame.pattern));
    for (const m of execAll(re, a.s)) {
      const aIds = idsIn(m.groups?.['a']);
      const bIds = idsIn(m.groups?.['b']);
      if (frame.possessiveB && bIds.length) {
        const b = ms[bIds[0]!]!;
        const tokEnd = m.index + m[0].indexOf(m.groups!['b']!) + m.groups!['b']!.length;
        const apostrophe = /^'s?\s/.test(a.s.slice(tokEnd, tokEnd + 3));
        if (!(apostrophe || (b.form === 'pronoun' && POSSESSIVE_PRONOUNS.has(b.head)))) continue;
      }
      // "their phones ... passed": a possessive is no agent.
      if (aIds.length && ms[aIds[0]!]!.form === 'pronoun' && POSSESSIVE_ONLY.has(ms[aIds[0]!]!.head)) continue;
      // "used a colleague's login to copy": the owner of the thing is no agent either.
      if (aIds.length && ms[aIds[0]!]!.possessor && ms[aIds[0]!]!.form !== 'pronoun') continue;
      // "police ... targeted a company", "The Pune cyber police arrested three employees ... for allegedly
      // selling": what the police do is no theft from anyone and no sale.
      if (frame.a?.some((r) => r === 'perpetrator' || r === 'seller' || r === 'buyer') && aIds.some((id) => ms[id]!.cls === 'authority')) continue;
      for (const id of aIds) for (const r of frame.a ?? []) if (fits(ms[id]!, r)) roles.push({ mention: id, role: r, frame: frame.id });
      for (const id of bIds) for (const r of frame.b ?? []) if (fits(ms[id]!, r)) roles.push({ mention: id, role: r, frame: frame.id });
      const verb = m.groups?.['v'];
      if (verb && /^res[eo]l/i.test(verb)) for (const id of aIds) roles.push({ mention: id, role: 'reseller', frame: frame.id });
      if (frame.transfer && verb) {
        const start = toText(a, m.index);
        const end = toText(a, m.index + m[0].length, true);
        for (const x of aIds)
          for (const y of bIds) {
            const [from, to] = frame.transfer === 'ab' ? [x, y] : [y, x];
            transfers.push({ from, to, verb: verb.replace(/\s+/g, ' ').toLowerCase(), start, end });
          }
      }
    }
  }
}

/** Roles implied by a party's own words and by its other roles. */
export interface PartyFacts {
  mentions: Mention[];
  hits: FrameRole[];
  /** The party is the subject of an arrest, charge or sentence. */
  suspect: boolean;
  /** A people mention of the party ("customers") sits in a sentence about the breach. */
  peopleCued: boolean;
}

const SPOKES = /^(?:spokesperson|spokesman|spokeswoman|representative|press officer|officials?)$/;

/** Final role list of one party, in the schema's order. */
export function deriveRoles(f: PartyFacts, kind: string): Set<Role> {
  const roles = new Set<Role>();
  const cls = new Set(f.mentions.map((m) => m.cls));
  for (const h of f.hits) {
    if (h === 'holder') roles.add(kind === 'organization' ? 'data-holder' : 'victim');
    // a statement makes a data holder of an organization only
    else if (h === 'data-holder' && kind !== 'organization') continue;
    else if (h !== 'suspect') roles.add(h);
  }
  if (cls.has('attacker') || cls.has('gang') || cls.has('suspect')) roles.add('perpetrator');
  if (cls.has('authority') && !f.mentions.some((m) => m.head === 'court')) roles.add('investigator');
  // "Officials said" names nobody; "a spokesman", "the officials" do.
  if (f.mentions.some((m) => m.cls === 'spokesperson' && (SPOKES.test(m.head) || m.form === 'name') && !(m.plural && m.definite === 'bare'))) roles.add('spokesperson');
  // "the purchaser", "a seller", "three buyers" (bare "buyers" are often a shop's customers)
  if (f.mentions.some((m) => m.cls === 'trader' && (/^(?:purchaser|buyer)$/.test(m.head) || (/^(?:purchasers|buyers)$/.test(m.head) && m.size !== null)))) roles.add('buyer');
  if (f.mentions.some((m) => m.cls === 'trader' && /^(?:seller|dealer)$/.test(m.head))) roles.add('seller');
  if (roles.has('buyer') && roles.has('seller')) roles.add('reseller');
  const acted = roles.has('perpetrator') || roles.has('seller') || roles.has('reseller');
  if (acted && f.mentions.some((m) => m.insiderCue)) roles.add('insider');
  const attacker = [...roles].some((r) => ATTACKER_ROLES.has(r));
  // "victims" are victims wherever they are named; "staff", "employees" in a breach sentence, when they did nothing.
  const victims = f.mentions.some((m) => m.cls === 'people' && /^victims?$/.test(m.head));
  const staffHit = f.peopleCued && f.mentions.some((m) => m.cls === 'insider' && m.plural && m.linked === null);
  if (((cls.has('people') && f.peopleCued) || victims || staffHit) && !attacker && !f.suspect) roles.add(kind === 'organization' ? 'data-holder' : 'victim');
  if (f.suspect && !attacker && !roles.has('victim') && !roles.has('data-holder') && !roles.has('investigator')) roles.add('perpetrator');
  // A regulator, the police or a court holds no stolen data and is no victim of it.
  if (kind === 'authority') {
    roles.delete('victim');
    roles.delete('data-holder');
  }
  if (kind === 'organization' && roles.has('victim')) {
    roles.delete('victim');
    roles.add('data-holder');
  }
  // Who took part in the crime or the trade is not its victim ("bought the information from a resident").
  if ([...roles].some((r) => ATTACKER_ROLES.has(r))) roles.delete('victim');
  return roles;
}
