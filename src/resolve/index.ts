/**
 * Parties, roles, transfers and outcomes of one incident.
 *
 * Pipeline, all linear in the segment: sentences -> mentions (pattern rules on
 * the view) -> coreference (bounded look-back) -> abstracted sentences ->
 * role frames, transfers and outcome rules -> parties with derived roles.
 */
import type { Outcome, Party, PartyKind, Role, Transfer } from '../schema.js';
import { ROLES } from '../schema.js';
import type { Recognized } from '../recognizers/types.js';
import { evidence } from '../recognizers/runner.js';
import type { Segment } from '../segment/types.js';
import { abstractSentence } from './abstract.js';
import { corefer } from './coref.js';
import { findMentions } from './mentions.js';
import { MERGED_TYPES, type OutcomeHit, findOutcomes } from './outcomes.js';
import { BREACH_CUE } from './roles-rules.js';
import { type RoleHit, type TransferHit, applyFrames, deriveRoles } from './roles.js';
import { type Sentence, sentenceAt, splitSentences } from './sentences.js';
import type { Mention } from './types.js';
import { STATISTIC } from '../refine/event-sentences.js';

export interface ResolveInput {
  /** `document.text`. */
  text: string;
  /** Equal-length match view of the text. */
  view: string;
  /** The incident's stretch of text. */
  segment: Segment;
  /** Values recognized inside the segment (money ids are document-wide). */
  values: Recognized;
  /**
   * Every place recognized in the segment, in event sentences or not (default
   * `values.locations`): a place is never a party, wherever it stands.
   */
  places?: Recognized['locations'];
}

export interface Resolved {
  /** Parties with ids P1.. local to the incident; the assembler renumbers them. */
  parties: Party[];
  transfers: Transfer[];
  outcomes: Outcome[];
}

/** Authorities named by a bare plural that says nobody in particular. */
const GENERIC_AUTHORITY = /^(?:investigators|authorities|regulators|law enforcement|law enforcement agencies|officials|officers|detectives)$/;

/** Verbs of advice before their addressees: "urged companies to", "called on users to". */
const ADVISED = /\b(?:urged|urging|urges|urge|called\s+on|calling\s+on|calls\s+on|reminded|reminding|encouraged|encouraging|advised|advising)\s+(?:all\s+)?$/i;

/** Researchers of a named firm: "Researchers at Singapore-based firm Redkite Labs". */
const RESEARCHERS = /^(?:researchers?|security researchers?|analysts?)$/;
const AFFILIATION = /^\s+(?:at|from|with)\s+(?:(?:the\s+)?[\w-]+\s+){0,4}?[A-Z]/;

/** A civil claim just before a court's name. */
const CIVIL_CLAIM = /\b(?:class[\s-]action|lawsuit|suit|claim|litigation)\b[^.;]*$/i;

/** Outcomes about people: merged only when they are about the same people. */
const SUBJECT_TYPES = new Set(['arrest', 'detention', 'charge']);

const ROLE_ORDER = new Map<Role, number>(ROLES.map((r, i) => [r, i]));

/** Where the incident's body starts: after its headline (a heading is no sentence of the story). */
function bodyStart(seg: Segment): number {
  if (seg.headline && seg.headline.end > seg.start && seg.headline.end <= seg.end) return seg.headline.end;
  return seg.start;
}

export function resolveIncident(input: ResolveInput): Resolved {
  const { text, view, segment, values } = input;
  const sentences = splitSentences(view, bodyStart(segment), segment.end);
  const ms = findMentions(view, sentences, input.places ?? values.locations);

  ledeName(view, sentences, ms);
  // "The ministry urged companies to tighten controls": the addressees of advice are nobody of the case.
  for (const m of ms) {
    if (m.form !== 'nominal' || !m.plural || m.definite !== 'bare' || m.name !== null || m.size !== null || m.mods.length > 0) continue;
    if (ADVISED.test(view.slice(Math.max(0, m.start - 30), m.start))) m.generic = true;
  }

  // "the purchaser": a mention right after "to" received the data, so did the subject of "bought".
  const recipient = (c: Mention): boolean =>
    /\bto\s+$/i.test(view.slice(Math.max(0, c.start - 6), c.start)) ||
    /^\s+(?:had\s+|then\s+|also\s+)?(?:bought|purchased|obtained|acquired)\b/i.test(view.slice(c.end, c.end + 24));
  // "the seller": the subject of "is offering to sell", "sold", "listed".
  const seller = (c: Mention): boolean =>
    /^\s+(?:(?:is|was|were|are|has\s+been|had\s+been|had|has|also|then|allegedly|reportedly)\s+){0,2}(?:(?:offering|trying|attempting|looking|seeking|offered|tried|attempted)\s+to\s+sell|selling|sold|sells|resold|reselling|advertis(?:ed|ing)|listed|listing|peddl(?:ed|ing)|hawk(?:ed|ing))\b/i.test(
      view.slice(c.end, c.end + 48),
    );
  const { party, count } = corefer(ms, recipient, seller);
  // "Two of the buyers, a firm in X and a man in Y,": the group is its listed members, each a party of its own.
  const folded = new Map<number, number[]>();
  for (const m of ms) {
    if (m.memberOf === undefined || m.memberOf === null) continue;
    const gp = party[m.memberOf]!;
    const mp = party[m.id]!;
    if (gp < 0 || mp < 0 || gp === mp) continue;
    const list = folded.get(gp) ?? [];
    if (!list.includes(mp)) list.push(mp);
    folded.set(gp, list);
  }

  const roleHits: RoleHit[] = [];
  const transferHits: TransferHit[] = [];
  const outcomeHits: OutcomeHit[] = [];
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of ms) bySentence[m.sentence]!.push(m);
  for (const s of sentences) {
    const a = abstractSentence(view, s, bySentence[s.index]!, (m) => m.appositive);
    applyFrames(a, ms, roleHits, transferHits);
    findOutcomes(a, ms, values.amounts, outcomeHits);
  }

  // Facts per party.
  const members: Mention[][] = Array.from({ length: count }, () => []);
  ms.forEach((m, i) => {
    const p = party[i]!;
    if (p >= 0) members[p]!.push(m);
  });
  const hits: RoleHit['role'][][] = Array.from({ length: count }, () => []);
  for (const h of roleHits) {
    const p = party[h.mention]!;
    if (p >= 0) hits[p]!.push(h.role);
  }
  const suspect = new Array<boolean>(count).fill(false);
  for (const h of roleHits) if (h.role === 'suspect' && party[h.mention]! >= 0) suspect[party[h.mention]!] = true;
  // "All three men were arrested": the people of the incident who did something, together.
  const kinds = members.map(kindOf);
  // "customers" are victims where the sentence speaks of the breach, not in "protect customers".
  const cued = new Set(sentences.filter((s) => BREACH_CUE.test(view.slice(s.start, s.end))).map((s) => s.index));
  const roles = members.map((mentions, p) =>
    deriveRoles(
      {
        mentions,
        hits: hits[p]!,
        suspect: suspect[p]!,
        peopleCued: mentions.some((m) => (m.cls === 'people' || m.cls === 'insider') && cued.has(m.sentence)),
      },
      kinds[p]!,
    ),
  );

  // Parties named only generically ("insiders who leak data", "hackers could") are no actors of the incident.
  const generic = members.map((ms) => ms.some((m) => m.generic) && ms.every((m) => m.generic || m.form === 'pronoun' || m.form === 'relative'));
  roles.forEach((r, p) => {
    if (generic[p]) r.clear();
  });

  // The people whose data it was, named in several ways ("bank customers", "200,000 account holders",
  // "clients' names"): one victim party, the first one named.
  mergeVictims(members, roles, party, kinds);

  // The employer of an insider, the company a spokesperson speaks for, the
  // owner of the customers: the data holder.
  ms.forEach((m, i) => {
    if (m.linked === null) return;
    const p = party[i]!;
    const q = party[operatorOf(view, ms, m.linked)]!;
    if (p < 0 || q < 0 || p === q || kinds[q] !== 'organization' || generic[p]) return;
    // "180 of the suspects were employees of banks and logistics companies": kinds of employer in a
    // statistic, no organization of the case.
    if (members[q]!.every((c) => c.form === 'pronoun' || (c.form === 'nominal' && c.plural && c.definite === 'bare' && c.name === null && c.location === null))) return;
    const r = roles[p]!;
    if (r.has('insider') || r.has('spokesperson') || r.has('victim') || (m.cls === 'people' && !r.has('buyer'))) roles[q]!.add('data-holder');
  });

  // Transfers between parties, first mention of each pair kept.
  const transfers: { from: number; to: number; verb: string; start: number; end: number }[] = [];
  const seenPair = new Set<string>();
  for (const t of transferHits) {
    const from = party[t.from]!;
    const to = party[t.to]!;
    if (from < 0 || to < 0 || from === to || generic[from] || generic[to]) continue;
    if (kinds[from] === 'authority' || kinds[to] === 'authority') continue;
    if (seenPair.has(`${from}>${to}`)) continue;
    seenPair.add(`${from}>${to}`);
    transfers.push({ from, to, verb: t.verb, start: t.start, end: t.end });
    // A hand-over makes the receiving end a buyer only when it was a sale.
    if (/^(?:sold|sell|sells|selling|resold|resell|resells|reselling|peddled|peddling|traded|trading|bought|buy|buys|buying|purchased|purchase|purchases|purchasing)/.test(t.verb)) {
      roles[to]!.add('buyer');
      roles[from]!.add('seller');
    }
  }
  // "he turned to two sources. The first was an employee at X ... The second was a man in Y": the sources
  // enumerated after the subject's turn to them supplied the subject.
  for (const t of enumeratedSources(view, sentences, ms)) {
    const from = party[t.from]!;
    const to = party[t.to]!;
    if (from < 0 || to < 0 || from === to || kinds[from] === 'authority' || kinds[to] === 'authority' || seenPair.has(`${from}>${to}`)) continue;
    seenPair.add(`${from}>${to}`);
    transfers.push({ from, to, verb: 'supplied', start: t.start, end: t.end });
    roles[from]!.add('seller');
    roles[to]!.add('buyer');
  }
  // "He offered the set for 2 bitcoin ... At least three buyers paid for copies": buyers with no source named
  // bought from the one seller of the incident, when that seller's sales name nobody else.
  const sellers = roles.map((r, p) => p).filter((p) => roles[p]!.has('seller') && kinds[p] !== 'authority' && !generic[p]);
  if (sellers.length === 1) {
    const s = sellers[0]!;
    roles.forEach((r, p) => {
      if (p === s || !r.has('buyer') || r.has('seller') || generic[p] || kinds[p] === 'authority') return;
      if (transfers.some((t) => t.to === p || t.from === s)) return;
      const first = members[p]![0];
      if (!first) return;
      const sent = sentences[first.sentence]!;
      seenPair.add(`${s}>${p}`);
      transfers.push({ from: s, to: p, verb: 'sold', start: sent.start, end: sent.end });
    });
  }
  // "passed the images to an intermediary ... The intermediary sold it to": who received the data and sold it on resells it.
  for (const t of transfers) {
    if (roles[t.from]!.has('seller') && transfers.some((u) => u.to === t.from && u.from !== t.to) && kinds[t.from] !== 'organization') roles[t.from]!.add('reseller');
  }
  for (const r of roles) {
    if (r.has('buyer') && r.has('seller')) r.add('reseller');
  }

  // Outcomes: subjects and agents as parties; collective subjects stand for the actors.
  const actors = roles
    .map((r, p) => ({ r, p }))
    .filter(({ r, p }) => kinds[p] !== 'authority' && kinds[p] !== 'organization' && ['perpetrator', 'insider', 'seller', 'reseller', 'buyer'].some((x) => r.has(x as Role)))
    .map(({ p }) => p);
  // Authorities in text order, for the agent of "who was then apprehended".
  const authorities = ms.filter((m) => m.cls === 'authority' && party[m.id]! >= 0 && m.head !== 'court');
  const lastAuthority = (pos: number): number | null => {
    let lo = 0;
    let hi = authorities.length - 1;
    let best: number | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (authorities[mid]!.start <= pos) {
        best = party[authorities[mid]!.id]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  const rawOutcomes: (Omit<Outcome, 'subjects' | 'agent' | 'evidence'> & { subjects: number[]; agent: number | null; start: number; end: number })[] = [];
  const seenOutcome = new Set<string>();
  for (const o of outcomeHits) {
    const subjects: number[] = [];
    for (const id of o.subjects) {
      const p = party[id]!;
      if (p >= 0) subjects.push(...(folded.get(p) ?? [p]));
      else if (ms[id]!.form === 'collective') subjects.push(...actors);
    }
    let agent = o.agent !== null ? party[o.agent]! : null;
    if (agent !== null && agent < 0) agent = null;
    if (o.type === 'complaint') {
      if (agent !== null) subjects.push(agent);
      agent = null;
    }
    if (agent === null && (o.type === 'arrest' || o.type === 'detention')) agent = lastAuthority(o.start);
    // "The brokers, X and Y, were detained": as many as the list names.
    const listed = o.subjects.map((id) => folded.get(party[id]!)?.length ?? 0).reduce((x, y) => x + y, 0);
    const base = { type: o.type, count: o.count === null && listed > 0 && o.subjects.length === 1 && (o.type === 'arrest' || o.type === 'detention' || o.type === 'charge') ? listed : o.count, subjects: [...new Set(subjects)], agent, start: o.start, end: o.end };
    const item: (typeof rawOutcomes)[number] = { ...base };
    if (o.type === 'sentence') item.termMonths = o.termMonths;
    if (o.type === 'fine') item.amount = o.amount;
    // Same span twice (active and noun rules): keep the first.
    const key = `${item.type}:${item.start}`;
    if (seenOutcome.has(key)) continue;
    seenOutcome.add(key);
    rawOutcomes.push(item);
  }
  rawOutcomes.sort((x, y) => x.start - y.start);
  const merged: typeof rawOutcomes = [];
  for (const o of rawOutcomes) {
    const sentOf = (pos: number): number => sentenceAt(sentences, pos);
    const same = MERGED_TYPES.has(o.type)
      ? merged.find(
          (x) =>
            x.type === o.type &&
            // two arrests of different people are two outcomes; a remediation is one per sentence
            // "six people were detained ... officers detained three debt collectors": a stated number is a batch of its own
            (SUBJECT_TYPES.has(o.type)
              ? o.count === null || o.count === x.count || o.subjects.some((p) => x.subjects.includes(p))
              : o.type !== 'remediation' || sentOf(x.start) === sentOf(o.start)),
        )
      : o.type === 'sentence'
        ? merged.find((x) => x.type === 'sentence' && x.termMonths === o.termMonths && (x.start === o.start || o.subjects.every((s) => x.subjects.includes(s))))
        : merged.find((x) => x.type === 'fine' && x.amount === o.amount);
    if (!same) {
      merged.push({ ...o, subjects: [...o.subjects] });
      continue;
    }
    for (const s of o.subjects) if (!same.subjects.includes(s)) same.subjects.push(s);
    if (same.count === null && o.count !== null) same.count = o.count;
    if (same.agent === null) same.agent = o.agent;
  }

  // A business fined or ordered to fix things over the incident, which took no part in the crime, held the data.
  for (const o of merged) {
    if (o.type !== 'fine' && o.type !== 'remediation') continue;
    for (const p of o.type === 'fine' ? o.subjects : o.agent !== null ? [o.agent] : []) {
      if (kinds[p] !== 'organization' || generic[p] || members[p]!.every((m) => m.form === 'pronoun')) continue;
      if (![...roles[p]!].some((r) => ['perpetrator', 'insider', 'seller', 'reseller', 'buyer'].includes(r))) roles[p]!.add('data-holder');
    }
  }

  // Who handed over the data from inside an organization is an insider ("an employee at X passed ... to"),
  // and no victim of it ("traced the leak to Cheung's staff account" is her account, not her data).
  for (const t of transfers)
    if (members[t.from]!.some((m) => m.insiderCue) && kinds[t.from] !== 'organization') {
      roles[t.from]!.add('insider');
      roles[t.from]!.delete('victim');
    }

  // "Public security organs nationwide solved 36,000 cases in 2023, the Ministry of Public Security said":
  // the authority of a statistic takes no part in the case.
  const statistic = new Map<number, boolean>();
  const ofStatistic = (m: Mention): boolean => {
    let v = statistic.get(m.sentence);
    if (v === undefined) {
      const sent = sentences[m.sentence];
      statistic.set(m.sentence, (v = sent !== undefined && STATISTIC.test(view.slice(sent.start, sent.end))));
    }
    return v;
  };
  roles.forEach((r, p) => {
    if (kinds[p] === 'authority' && members[p]!.length > 0 && members[p]!.every(ofStatistic)) r.clear();
  });

  // Parties named only generically ("insiders who leak data", "investigators" nobody sees act) are not reported.
  const agents = new Set<number>();
  for (const o of merged) if (o.agent !== null) agents.add(o.agent);
  const hitRoles = hits.map((h) => new Set(h));
  roles.forEach((r, p) => {
    const ms = members[p]!;
    const idle =
      kinds[p] === 'authority' &&
      !agents.has(p) &&
      !hitRoles[p]!.has('investigator') &&
      ms.every((m) => m.form !== 'name' && m.definite === 'bare' && m.location === null && GENERIC_AUTHORITY.test(m.head));
    if (idle) r.clear();
  });

  // The members of a listed group take its roles; the group itself is reported through them.
  for (const [gp, list] of folded) {
    for (const mp of list) for (const r of roles[gp]!) roles[mp]!.add(r);
    // a group that also took part in a transfer ("sold to brokers. The brokers, X and Y,") stays a party
    if (!transfers.some((t) => t.from === gp || t.to === gp)) roles[gp]!.clear();
  }
  // Which parties to report: those with a role or taking part in a transfer or an outcome.
  const used = new Set<number>();
  roles.forEach((r, p) => {
    if (r.size > 0) used.add(p);
  });
  // A court, a prosecutor's office, a regulator named in the incident takes part in it, role or not;
  // so do researchers of a named firm ("Researchers at X Labs found").
  members.forEach((ms, p) => {
    if (generic[p]) return;
    // Not the court of a civil claim ("a class action in the High Court"): that is another proceeding.
    const named = ms.filter((m) => m.cls === 'authority' && m.name !== null && /[A-Z]/.test(m.name));
    if (kinds[p] === 'authority' && named.some((m) => !(m.head === 'court' && CIVIL_CLAIM.test(view.slice(Math.max(0, m.start - 60), m.start)))) && !ms.every(ofStatistic)) used.add(p);
    else if (ms.some((m) => m.form === 'nominal' && RESEARCHERS.test(m.head) && AFFILIATION.test(view.slice(m.end, m.end + 60)))) used.add(p);
  });
  for (const t of transfers) used.add(t.from).add(t.to);
  for (const o of merged) {
    o.subjects.forEach((s) => used.add(s));
    if (o.agent !== null) used.add(o.agent);
  }
  for (const gp of folded.keys()) if (!transfers.some((t) => t.from === gp || t.to === gp) && !merged.some((o) => o.agent === gp || o.subjects.includes(gp))) used.delete(gp);
  // A party only ever called "they" or "her" has neither name nor description: nobody a reader could
  // look up. A transfer or an outcome keeps its other side; this one is unknown (null).
  for (const p of used) if (members[p]!.every((m) => m.form === 'pronoun' || m.form === 'relative' || m.form === 'collective')) used.delete(p);
  const order = [...used].sort((x, y) => members[x]![0]!.start - members[y]![0]!.start);
  const ids = new Map<number, string>(order.map((p, i) => [p, `P${i + 1}`]));
  const id = (p: number): string | null => ids.get(p) ?? null;

  const parties: Party[] = order.map((p) => toParty(id(p)!, members[p]!, kinds[p]!, roles[p]!, text));
  return {
    parties,
    transfers: transfers
      .filter((t) => id(t.from) !== null || id(t.to) !== null)
      .map((t) => ({ from: id(t.from), to: id(t.to), verb: t.verb, evidence: evidence(text, t.start, t.end) })),
    outcomes: merged.map((o) => {
      const out: Outcome = {
        type: o.type,
        count: o.count,
        subjects: o.subjects.map(id).filter((x): x is string => x !== null),
        agent: o.agent === null ? null : id(o.agent),
        evidence: evidence(text, o.start, o.end),
      };
      if (o.type === 'sentence') out.termMonths = o.termMonths ?? null;
      if (o.type === 'fine') out.amount = o.amount ?? null;
      return out;
    }),
  };
}

/**
 * The delayed name of a news lede: "A former bank officer was jailed on Thursday for ... \n\n Kwok Wing-sze, 34,
 * pleaded guilty ...". The unnamed person who opens the story is the person whose full name opens the next sentence.
 */
function ledeName(view: string, sentences: readonly Sentence[], ms: Mention[]): void {
  const [s0, s1] = sentences;
  if (!s0 || !s1) return;
  const lede = ms.find((m) => m.sentence === s0.index);
  if (!lede || lede.form !== 'nominal' || lede.kind !== 'person' || lede.plural || lede.definite !== 'indefinite') return;
  if (view.slice(s0.start, lede.start).trim() !== '') return;
  const name = ms.find((m) => m.sentence === s1.index);
  if (!name || name.form !== 'name' || name.kind !== 'person' || name.forced !== null || name.name === null) return;
  if (view.slice(s1.start, name.start).trim() !== '' || !/\s/.test(name.name.trim())) return;
  // Someone already named in the lede may be the one meant.
  if (ms.some((m) => m.sentence === s0.index && m.form === 'name' && m.kind === 'person')) return;
  if (ms.some((m) => m.forced === lede.id && m.form === 'name')) return;
  // "Greta Moss, 52, a customer, said": a name with a description of its own is someone else.
  if (ms.some((m) => m.forced === name.id)) return;
  name.forced = lede.id;
}

const SOURCES = /\b(?:turned|went|relied|resorted)\s+(?:to|on)\s+(?:two|three|four|several|multiple)\s+(?:\w+\s+)?(?:sources|suppliers|channels|contacts|people|insiders|providers)\b/i;
const ORDINAL = /^\s*(?:the\s+(?:first|second|third|fourth|other|last)|another|one)(?:\s+(?:source|supplier|channel|contact|one))?\s+(?:was|is)\s+$/i;

/** The sources a subject "turned to", enumerated in the sentences after ("The first was X. The second was Y"). */
function enumeratedSources(view: string, sentences: readonly Sentence[], ms: readonly Mention[]): { from: number; to: number; start: number; end: number }[] {
  const out: { from: number; to: number; start: number; end: number }[] = [];
  sentences.forEach((s, k) => {
    const turn = SOURCES.exec(view.slice(s.start, s.end));
    if (!turn) return;
    const at = s.start + turn.index;
    // The subject: the last mention before the verb in that sentence.
    const subject = ms.filter((m) => m.sentence === s.index && m.parent === null && m.end <= at && m.kind !== 'organization' && m.cls !== 'authority').pop();
    if (!subject) return;
    for (let j = k + 1; j < sentences.length && j <= k + 4; j++) {
      const t = sentences[j]!;
      const first = ms.find((m) => m.sentence === t.index && m.parent === null);
      if (!first || !ORDINAL.test(view.slice(t.start, first.start))) break;
      out.push({ from: first.id, to: subject.id, start: t.start, end: t.end });
    }
  });
  return out;
}

/**
 * The organization behind an outlet: "service outlets run by a telecom operator", "a branch operated by X" -
 * staff of the outlet work with the data of the one that runs it.
 */
function operatorOf(view: string, ms: readonly Mention[], org: number): number {
  const o = ms[org]!;
  // The mentions are in text order (sorted by start): the search starts after
  // `o` and stops past the 40 characters, so a long incident stays linear.
  let next: Mention | undefined;
  if (o.end > o.start) {
    for (let i = org + 1; i < ms.length; i++) {
      const c = ms[i]!;
      if (c.start - o.end > 40) break;
      if (c.start >= o.end && c.parent === null) {
        next = c;
        break;
      }
    }
  } else next = ms.find((c) => c.start >= o.end && c.parent === null && c.start - o.end <= 40);
  if (!next || next.kind !== 'organization' || next.form === 'pronoun') return org;
  return /^,?\s+(?:run|operated|owned|managed|controlled)\s+by\s+$/i.test(view.slice(o.end, next.start)) ? next.id : org;
}

/**
 * Merges unnamed victim groups of the incident ("customers", "account holders", "clients") into the
 * first one: with no other role and no name, they are all the people the data was about.
 */
function mergeVictims(members: Mention[][], roles: Set<Role>[], party: number[], kinds: PartyKind[]): void {
  let first = -1;
  // "3.6 million users of FitNorth" and "some users": one victim, unless they are the people of two holders.
  let holder: number | null = null;
  members.forEach((ms, p) => {
    const r = roles[p]!;
    if (ms.length === 0 || r.size !== 1 || !r.has('victim') || kinds[p] === 'organization' || kinds[p] === 'authority') return;
    if (!ms.every((m) => m.name === null && (m.form !== 'nominal' || (m.cls === 'people' && m.plural)))) return;
    if (!ms.some((m) => m.form === 'nominal')) return;
    const holders = new Set(ms.filter((m) => m.linked !== null).map((m) => party[m.linked!]!));
    if (holders.size > 1) return;
    const own = holders.size === 1 ? [...holders][0]! : null;
    if (first < 0) {
      first = p;
      holder = own;
      return;
    }
    if (own !== null && holder !== null && own !== holder) return;
    holder ??= own;
    for (let i = 0; i < party.length; i++) if (party[i] === p) party[i] = first;
    members[first]!.push(...ms);
    members[first]!.sort((x, y) => x.start - y.start);
    members[p] = [];
    r.clear();
  });
}

/** The party's kind: what its names and descriptions say ("the owner" of a company is the company). */
function kindOf(mentions: readonly Mention[]): PartyKind {
  const solid = mentions.filter((m) => m.kind !== null && m.form !== 'pronoun' && m.form !== 'relative' && m.form !== 'collective');
  if (solid.some((m) => m.kind === 'authority')) return 'authority';
  // A name is an organization only by default: "Gu Wei, a former sales manager" is a person.
  if (solid.some((m) => m.form === 'name' && m.kind === 'person') && !solid.some((m) => m.form === 'nominal' && m.kind === 'organization' && m.cls !== 'owner'))
    return 'person';
  if (solid.some((m) => m.kind === 'organization' && m.cls !== 'owner')) return 'organization';
  const first = solid.find((m) => m.cls !== 'owner') ?? solid[0];
  if (first?.kind) return first.kind;
  const pron = mentions.find((m) => m.form === 'pronoun');
  if (pron?.animate === false) return 'organization';
  return pron?.plural ? 'group' : 'person';
}

const positiveOrNull = (n: number | null): number | null => (n !== null && Number.isInteger(n) && n > 0 ? n : null);

function toParty(pid: string, mentions: readonly Mention[], kind: PartyKind, roles: Set<Role>, text: string): Party {
  const named = mentions.find((m) => m.name !== null && m.form !== 'relative');
  const nominal = mentions.find((m) => m.form === 'nominal' && m.cls !== 'owner') ?? mentions.find((m) => m.form === 'nominal');
  const description = nominal
    ? text
        .slice(nominal.start, nominal.end)
        .replace(/\s+/g, ' ')
        .replace(/^(?:an?|the|this|that|these|those|another)\s+/i, '')
    : null;
  return {
    id: pid,
    kind,
    name: named?.name ?? null,
    description,
    // a size is a count of members: a positive whole number or none
    size: positiveOrNull(mentions.find((m) => m.size !== null && m.form !== 'collective')?.size ?? null),
    roles: [...roles].sort((a, b) => ROLE_ORDER.get(a)! - ROLE_ORDER.get(b)!),
    location: mentions.find((m) => m.location !== null)?.location ?? null,
    mentions: mentions.filter((m) => !m.hidden).map((m) => evidence(text, m.start, m.end)),
  };
}
