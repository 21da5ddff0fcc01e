/**
 * Coreference by rule, within one incident: every mention gets the index of
 * its party (one party per real-world actor), or -1 for a collective mention
 * ("All three men") that stands for several parties at once.
 *
 * Look-back is bounded like compromise's coreference: the same sentence, then
 * one and two sentences back, most recent first. Names, authorities and
 * definite descriptions with the same head may reach further back inside the
 * incident (a news story says "the company" long after naming it).
 */
import { samePersonName } from './mentions.js';
import type { Mention } from './types.js';

/** Sentences a pronoun or a description may look back. */
const WINDOW = 2;
/** Mentions a name or a definite description may look back past the window. */
const MAX_BACK = 400;

/** resolve(): the mention stands for the actors together and gets no party. */
const TOGETHER = -5;

/** Heads that stand for any human of that number: "this person", "the individual". */
const ANY_HUMAN = new Set(['person', 'individual', 'man', 'woman']);

/** Normalizes a name for matching: case, "The", punctuation, corporate suffixes. */
const NAME_KEYS = new Map<string, string>();

function nameKey(s: string): string {
  let key = NAME_KEYS.get(s);
  if (key === undefined) {
    // A bounded cache: names repeat within a document and across a batch.
    if (NAME_KEYS.size > 4096) NAME_KEYS.clear();
    NAME_KEYS.set(s, (key = computeNameKey(s)));
  }
  return key;
}

function computeNameKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.,'’]/g, '')
    .replace(/\s+(?:inc|ltd|llc|corp|co|plc|group|company|corporation|limited)$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Cathay" ~ "Cathay Pacific Airways", "OPM" ~ "Office of Personnel Management", "Mr Hogg" ~ "Rupert Hogg". */
export function sameName(a: string, b: string): boolean {
  if (sameKeyedName(a, b)) return true;
  // "Britain's Information Commissioner's Office" ~ "ICO": the possessor is no part of the name.
  const a2 = a.replace(POSSESSOR, '');
  const b2 = b.replace(POSSESSOR, '');
  return (a2 !== a || b2 !== b) && sameKeyedName(a2, b2);
}

/** A leading possessor of a name: "Britain's ", "London's ". */
const POSSESSOR = /^(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+(?=\S)/;

function sameKeyedName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.startsWith(short + ' ') && short.length >= 3) return true;
  const acronym = long
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|and|&|the|de)$/.test(w))
    .map((w) => w[0])
    .join('');
  if (acronym.length >= 2 && acronym === short.replace(/\s+/g, '')) return true;
  return false;
}

/**
 * The sex a mention states: "he", "his", "a man", "Mr"; "she", "her", "a
 * woman", "Ms". Most names state none (null).
 */
const MALE = /^(?:he|him|his|himself|man|boy|husband|father|son|brother|businessman|gentleman|grandfather|uncle|boyfriend|mr)$/;
const FEMALE = /^(?:she|her|hers|herself|woman|girl|wife|mother|daughter|sister|businesswoman|lady|grandmother|aunt|girlfriend|mrs|ms|miss|madam)$/;
function statedSex(m: Mention): 'm' | 'f' | null {
  if (m.plural) return null;
  if (MALE.test(m.head)) return 'm';
  if (FEMALE.test(m.head)) return 'f';
  for (const w of m.mods) {
    if (w === 'male' || w === 'mr') return 'm';
    if (w === 'female' || w === 'mrs' || w === 'ms') return 'f';
  }
  return null;
}

/** People named by their tie to someone: "a friend working for ...", "her brother who worked at ...". */
const RELATION_HEAD =
  /^(?:friend|relative|acquaintance|classmate|colleague|co-worker|coworker|accomplice|partner|associate|boyfriend|girlfriend|husband|wife|brother|sister|cousin|son|daughter|father|mother|neighbou?r|contact)$/;

/** Police staff in a story, and the forces they belong to. */
const POLICE_STAFF = /^(?:officers|police officers|detectives|investigators)$/i;
const POLICE_FORCE = /\b(?:police|public security|constabulary|sheriff)/i;

function humanCompatible(m: Mention, c: Mention): boolean {
  if (m.plural) return c.plural || c.cls === 'gang';
  return !c.plural && c.animate === true;
}

/** Assigns a party index to every mention; returns the indices and the party count. */
export function corefer(
  ms: readonly Mention[],
  isRecipient: (c: Mention) => boolean,
  isSeller?: (c: Mention) => boolean,
): { party: number[]; count: number } {
  const party = new Array<number>(ms.length).fill(-2);
  let count = 0;
  /** The sex each party's mentions have stated so far: "he" is not a party that was "she". */
  const sexOf = new Map<number, 'm' | 'f'>();
  const sexAgrees = (sex: 'm' | 'f' | null, c: Mention): boolean => {
    if (sex === null) return true;
    const other = statedSex(c) ?? sexOf.get(party[c.id]!) ?? null;
    return other === null || other === sex;
  };

  /** The first top-level mention of each sentence: its subject, mostly. */
  const firstOf = new Map<number, number>();
  for (const m of ms) if (m.parent === null && !firstOf.has(m.sentence)) firstOf.set(m.sentence, m.id);

  const inWindow = (m: Mention, c: Mention): boolean => c.sentence >= m.sentence - WINDOW;
  const contains = (outer: Mention, inner: Mention): boolean => {
    let p: number | null = inner.parent;
    while (p !== null) {
      if (p === outer.id) return true;
      p = ms[p]!.parent;
    }
    return false;
  };
  /**
   * Most recent earlier mention that passes `ok`, walking back from `m`:
   * inside the window when `windowed`, else at most MAX_BACK mentions (so
   * that a long document stays linear).
   */
  const pick = (m: Mention, ok: (c: Mention) => boolean, windowed: boolean): number => {
    for (let i = nearest(m, ok, windowed); i >= 0; i = nearest(m, ok, windowed, i - 1)) {
      const p = assign(ms[i]!);
      if (p >= 0) return p;
    }
    return -1;
  };

  /**
   * Id of the most recent mention before `m`, from `from` back, that passes
   * `ok` (the walk of `pick`, with its window and its MAX_BACK bound), or -1.
   */
  function nearest(m: Mention, ok: (c: Mention) => boolean, windowed: boolean, from = m.id - 1): number {
    for (let i = from; i >= 0 && m.id - 1 - i < MAX_BACK; i--) {
      const c = ms[i]!;
      if (windowed && !inWindow(m, c)) break;
      if (c.form === 'collective' || c.end > m.start || contains(c, m) || contains(m, c)) continue;
      if (ok(c)) return i;
    }
    return -1;
  }

  /** Ids of the mentions another one is forced onto (appositives, relative pronouns), found once. */
  const forcedTargets = new Set<number>();
  for (const x of ms) if (x.forced !== null) forcedTargets.add(x.forced);

  /**
   * The first person named in a story, when one person only was described
   * before ("A former clerk at a car dealership has been jailed ... The court
   * found that Gao Ming, 29, ..."): the name is that person's.
   */
  const namedLater = (m: Mention): number => {
    // "Greta Moss, a customer of the shop,": a name with a description of its own is someone else;
    // so is one with a title of its own ("Company President Kenji Morioka").
    if (m.cls === 'spokesperson' || forcedTargets.has(m.id)) return -1;
    let found = -1;
    for (let i = m.id - 1, steps = 0; i >= 0 && steps < MAX_BACK; i--, steps++) {
      const c = ms[i]!;
      if (c.kind === 'person' && c.form === 'name') return -1;
      if (c.sentence >= m.sentence || c.parent !== null || c.form !== 'nominal' || c.name !== null || c.plural || c.animate !== true) continue;
      if (c.kind !== 'person' || c.definite !== 'indefinite' || c.cls === 'people' || c.cls === 'spokesperson' || c.cls === 'authority') continue;
      const p = assign(c);
      if (p < 0) continue;
      if (found >= 0 && found !== p) return -1;
      found = p;
    }
    return found;
  };

  /**
   * "A former customer service officer at a mobile operator was jailed ..." in the lede, "Cheung Wing-sze,
   * who worked at a service centre" or "a 31-year-old man who worked at a business hall" in the body: the
   * one insider the lede described, told again.
   */
  function ledeInsider(m: Mention): number {
    // "forwarded the list to a friend working for a tutoring company": a friend is someone else.
    if (RELATION_HEAD.test(m.head)) return -1;
    // The lede: the first sentence (of the first three: a headline or a dateline may come first) that
    // introduces someone ("A former customer service officer at ... was jailed").
    const first = ms.find((c) => c.form === 'nominal' && c.definite === 'indefinite' && c.kind === 'person');
    if (!first || first.sentence > 2 || m.sentence <= first.sentence) return -1;
    const lede = ms.filter(
      (c) => c.sentence === first.sentence && c.form === 'nominal' && c.definite === 'indefinite' && !c.plural && c.kind === 'person' && c.name === null && (c.cls === 'insider' || c.insiderCue),
    );
    if (lede.length !== 1) return -1;
    // "a sales manager at a nutrition company" is not the hospital's technician of the lede.
    const c = lede[0]!;
    if (m.linked !== null && (c.linked === null || assign(ms[c.linked]!) !== assign(ms[m.linked]!))) return -1;
    return assign(c);
  }

  function resolve(m: Mention): number {
    if (m.form === 'collective') return -1;
    if (m.forced !== null) return assign(ms[m.forced]!);

    if (m.form === 'name') {
      const hit = pick(
        m,
        (c) => c.name !== null && (sameName(c.name, m.name!) || (c.kind === 'person' && m.kind === 'person' && (samePersonName(c.name, m.name!) || samePersonName(m.name!, c.name)))),
        false,
      );
      if (hit >= 0) return hit;
      if (m.kind !== 'person') return -1;
      const later = namedLater(m);
      // "Cheung Wing-sze, 31, who worked at a TeleHarbour Mobile service centre": the insider of the lede.
      return later < 0 && m.insiderCue ? ledeInsider(m) : later;
    }

    if (m.form === 'pronoun') {
      // "it" may be a regulator or a court named by its name ("the Administration announced that it had fined").
      // "X said it had notified the commission. It has reset all passwords": "It" opening a sentence is the
      // organization the sentence before was about, not the authority named at its end.
      if (m.animate === false && !m.plural && firstOf.get(m.sentence) === m.id) {
        const subject = firstOf.get(m.sentence - 1);
        const c = subject !== undefined ? ms[subject]! : null;
        if (c && (c.form === 'name' || c.form === 'nominal') && !c.plural && c.kind === 'organization' && c.cls !== 'authority') {
          const p = assign(c);
          if (p >= 0) return p;
        }
      }
      if (m.animate === false) return pick(m, (c) => !c.plural && (c.animate === false || (c.cls === 'authority' && c.name !== null)) && c.form !== 'pronoun' || c.head === 'it' || c.head === 'its', true);
      if (m.animate === true) {
        // "The magistrate said the defendant abused his position. She also ordered him to pay": "She" is
        // not the man the story is about.
        const sex = statedSex(m);
        // "his or her account", "he/she": one person of either sex, the pronoun just before.
        const before = m.id > 0 ? ms[m.id - 1]! : null;
        if (before && before.form === 'pronoun' && before.sentence === m.sentence && m.start - before.end <= 4) {
          const other = statedSex(before);
          if (other !== null && sex !== null && other !== sex) return assign(before);
        }
        // "He" opening a sentence: the person the story is about, not "a colleague's" (account) just before.
        if (/^(?:he|she)$/.test(m.head)) {
          // "found that he was buying ... from a hacker, and that he had sold ...": the same pronoun
          // again in one sentence is the same person, not the one named in between.
          const again = pick(m, (c) => c.form === 'pronoun' && c.head === m.head && c.sentence === m.sentence, true);
          if (again >= 0) return again;
          const hit = pick(m, (c) => !c.plural && c.animate === true && !c.possessor && sexAgrees(sex, c), true);
          if (hit >= 0) return hit;
        }
        return pick(m, (c) => !c.plural && c.animate === true && sexAgrees(sex, c), true);
      }
      // they / their / them: a plural or a group. Opening its sentence, the subject of the sentence before
      // ("Two of the suspects worked at service outlets. Using their accounts, they ..."): not the place named after it.
      if (firstOf.get(m.sentence) === m.id) {
        const subject = firstOf.get(m.sentence - 1);
        const c = subject !== undefined ? ms[subject]! : null;
        if (c && c.form === 'nominal' && (c.plural || c.cls === 'gang') && c.animate !== false && c.kind !== 'organization') {
          const p = assign(c);
          if (p >= 0) return p;
        }
      }
      return pick(m, (c) => c.plural || c.cls === 'gang' || c.head === 'they' || c.head === 'their' || c.head === 'them', true);
    }

    // Nominal mentions.
    if (m.cls === 'authority') {
      if (m.name === null) {
        // "the police", "Police": one police per incident; "authorities": the last authority named.
        if (m.head === 'police' || m.head === 'court') return pick(m, (c) => c.cls === 'authority' && c.head === m.head, false);
        const sameHead = pick(m, (c) => c.cls === 'authority' && c.head === m.head, false);
        if (sameHead >= 0) return sameHead;
        const near = pick(m, (c) => c.cls === 'authority', true);
        if (near >= 0) return near;
        // "Officers later arrested 12 buyers", a few sentences after the police last acted: the same police.
        if (POLICE_STAFF.test(m.head)) return pick(m, (c) => c.cls === 'authority' && POLICE_FORCE.test(c.name ?? c.head), false);
        return -1;
      }
      return pick(m, (c) => c.cls === 'authority' && ((c.name !== null && sameName(c.name, m.name!)) || (c.name === null && c.head === m.head && m.head === 'police')), false);
    }

    // "hacking into a hospital's system" in the lede, "a tertiary hospital in the city" in the body: the story
    // introduces the same unnamed organization twice, the second time with more detail.
    if (m.definite === 'indefinite') {
      // "a telecom company employee sold ..." in the lede, "a 31-year-old man, who worked at a business hall
      // of the operator" in the body: the one insider of the lede, described again.
      const named = ms[m.id + 1];
      // An insider by its words ("an employee", "a clerk at the branch"), or by the clause of the name after it;
      // an occupation alone ("a clinic manager in Hefei") tells no employer.
      const insider = (m.insiderCue && (m.cls === 'insider' || m.linked !== null)) || (named !== undefined && named.nameCue === true && named.insiderCue && named.sentence === m.sentence);
      if (!m.plural && m.kind === 'person' && insider) {
        const p = ledeInsider(m);
        if (p >= 0) return p;
      }
      if (m.plural || m.kind !== 'organization' || (m.mods.length === 0 && m.location === null)) return -1;
      return pick(m, (c) => c.sentence === 0 && c.form === 'nominal' && c.definite === 'indefinite' && !c.plural && c.kind === 'organization' && c.head === m.head && c.mods.length === 0 && c.location === null, false);
    }

    // "urged companies to ...": a generic addressee is not the companies named before.
    if (m.generic && m.plural && m.definite === 'bare' && m.kind === 'organization') return -1;

    if (m.cls === 'owner') {
      // "the education company owner": the company of that description.
      const orgWords = m.mods.filter((w) => w !== 'the');
      if (orgWords.length) {
        const hit = pick(m, (c) => c.kind === 'organization' && c.form === 'nominal' && orgWords.some((w) => c.mods.includes(w) || c.head === w), false);
        if (hit >= 0) return hit;
      }
      // "the owner": of the business just named.
      return pick(m, (c) => c.kind === 'organization' && c.form !== 'pronoun' && !c.plural, true);
    }

    const modsAgree = (c: Mention): boolean =>
      m.mods.length === 0 || c.mods.length === 0 || m.mods.some((w) => c.mods.includes(w));
    // "the collector" ~ "a debt collector": the last word of the head decides.
    const last = (h: string): string => h.slice(h.lastIndexOf(' ') + 1);
    const sameHead = (c: Mention): boolean => c.form === 'nominal' && (c.head === m.head || last(c.head) === last(m.head)) && modsAgree(c);

    // "this person", "the man": any human of that number nearby.
    if (ANY_HUMAN.has(m.head) && m.definite !== 'bare') {
      const hit = pick(m, (c) => (c.form === 'nominal' || c.form === 'name') && humanCompatible(m, c) && c.kind !== 'organization', true);
      if (hit >= 0) return hit;
    }
    // "the seller", "the vendor": whoever was said to sell it ("A hacker is offering to sell ... The seller").
    if (/^(?:seller|vendor)s?$/.test(m.head) && isSeller) {
      const hit = pick(m, (c) => c.form !== 'pronoun' && c.cls !== 'authority' && c.cls !== 'people' && c.plural === m.plural && isSeller(c), true);
      if (hit >= 0) return hit;
    }
    // "the purchaser", "the buyer": whoever the data was last handed to.
    if (/^(?:purchaser|buyer|recipient)s?$/.test(m.head)) {
      const hit = pick(m, (c) => c.form !== 'pronoun' && c.animate !== false && c.cls !== 'authority' && c.kind !== 'organization' && c.cls !== 'people' && isRecipient(c), true);
      if (hit >= 0) return hit;
    }

    // "That company" after a newly named organization: that organization, even when an earlier
    // "the company" stood for another one.
    if (m.cls === 'org' && !m.plural && m.mods.length === 0 && m.definite === 'demonstrative') {
      const named = nearest(m, (c) => c.kind === 'organization' && !c.plural && c.form === 'name' && c.cls !== 'authority' && c.sentence >= m.sentence - 1, true);
      const same = nearest(m, sameHead, true);
      if (named >= 0 && named > same) {
        const p = assign(ms[named]!);
        if (p >= 0) return p;
      }
    }

    let hit = pick(m, sameHead, true);
    if (hit >= 0) return hit;
    hit = pick(m, sameHead, false);
    if (hit >= 0) return hit;

    // "the ministry", "the bureau": the authority whose name holds that word.
    if (m.cls === 'org' && !m.plural) {
      const word = last(m.head);
      const auth = pick(m, (c) => c.cls === 'authority' && new RegExp(`\\b${word}\\b`, 'i').test(c.name ?? c.head), false);
      if (auth >= 0) return auth;
    }
    // "the group": the gang or the suspects named before.
    if (m.head === 'group' && m.mods.length === 0) {
      hit = pick(m, (c) => c.cls === 'gang' || ((c.cls === 'attacker' || c.cls === 'suspect') && c.plural), true);
      if (hit >= 0) return hit;
    }
    // "the company", "the firm": the organization named before.
    if (m.cls === 'org' && !m.plural) {
      hit = pick(m, (c) => c.kind === 'organization' && !c.plural && c.form !== 'pronoun' && c.cls !== 'people', true);
      if (hit >= 0) return hit;
      return pick(m, (c) => c.kind === 'organization' && !c.plural && c.form === 'name', false);
    }
    // "the hackers", "the attackers", "the criminals": the attackers named before.
    if (m.cls === 'attacker' || m.cls === 'suspect') {
      // "The suspect": the one person the story is about, nearby.
      if (!m.plural) {
        const ok = (c: Mention): boolean =>
          (c.form === 'nominal' || c.form === 'name') && !c.plural && c.animate === true && c.kind === 'person' && c.cls !== 'spokesperson' && c.cls !== 'people';
        // "Police have detained an IT contractor accused of selling ... to an infant formula seller. The
        // suspect, ...": the person the sentence before is about comes first in it, not last.
        if (m.definite === 'definite' && m.cls === 'suspect') {
          const last = nearest(m, ok, true);
          if (last >= 0 && ms[last]!.sentence < m.sentence) {
            let first = last;
            for (let i = last - 1; i >= 0 && ms[i]!.sentence === ms[last]!.sentence; i--) if (ok(ms[i]!) && ms[i]!.parent === null) first = i;
            const p = assign(ms[first]!);
            if (p >= 0) return p;
          }
        }
        hit = pick(m, ok, true);
        if (hit >= 0) return hit;
      }
      return pick(m, (c) => (c.cls === 'attacker' || c.cls === 'suspect' || c.cls === 'gang') && c.plural === m.plural, false);
    }
    if (m.cls === 'gang') {
      // "telecom fraud gangs", "a second ring": a new group, not the gang of the case.
      if (m.definite === 'bare') return -1;
      const hit = pick(m, (c) => c.cls === 'gang', false);
      if (hit >= 0) return hit;
      // "broke up a network that traded data ... The ring made profits": a definite ring with none named before
      // is the people of the case together, like "all of them" - no party of its own.
      if (m.definite === 'definite' && !m.plural && m.mods.length === 0 && ms.some((c) => c.id < m.id && c.sentence < m.sentence && (c.cls === 'attacker' || c.cls === 'suspect' || c.cls === 'insider' || (c.kind === 'person' && c.form === 'nominal' && c.cls !== 'people' && c.cls !== 'spokesperson' && c.cls !== 'authority')))) return TOGETHER;
      return -1;
    }
    return -1;
  }

  function assign(m: Mention): number {
    const known = party[m.id]!;
    if (known >= 0 || known === -1) return known;
    if (known === -3) return -3; // in progress: a cycle, the caller looks further
    party[m.id] = -3;
    let p = resolve(m);
    if (p === TOGETHER) p = -1;
    else if (p < 0 && m.form !== 'collective') p = count++;
    if (m.form === 'collective') p = -1;
    party[m.id] = p;
    const sex = p >= 0 ? statedSex(m) : null;
    if (sex !== null && !sexOf.has(p)) sexOf.set(p, sex);
    return p;
  }

  for (const m of ms) assign(m);
  return { party, count };
}
