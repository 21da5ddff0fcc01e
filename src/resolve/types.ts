/** Internal types of the party resolver. */
import type { PartyKind } from '../schema.js';
import type { HeadClass } from './patterns.js';

export type MentionForm =
  | 'name' // "YTO Express", "Equifax"
  | 'nominal' // "an employee at a local taxation bureau", "the gang"
  | 'pronoun' // "he", "its"
  | 'relative' // ", who then resold": stands for the phrase before the comma
  | 'collective'; // "All three men": the people already named, taken together

export type Definiteness = 'definite' | 'indefinite' | 'possessive' | 'demonstrative' | 'bare';

/** One mention of an actor: a phrase of the text and what it tells about the actor. */
export interface Mention {
  /** Index in the incident's mention list (text order). */
  id: number;
  start: number;
  end: number;
  form: MentionForm;
  kind: PartyKind | null;
  cls: HeadClass | 'named' | 'pronoun';
  /** Head noun, lower case ("company", "gang"); the name for names; the pronoun. */
  head: string;
  /** Modifier words before the head, lower case ("online", "local taxation"). */
  mods: string[];
  plural: boolean;
  /** Person-like: he/she can refer to it. null: either (they). */
  animate: boolean | null;
  definite: Definiteness;
  size: number | null;
  name: string | null;
  location: string | null;
  sentence: number;
  /** Enclosing mention ("Staff at [a courier firm]" -> the staff mention). */
  parent: number | null;
  /** Organization inside "staff at X", "a spokesperson for X", "customers of X". */
  linked: number | null;
  /** Mention this one must corefer with (relative pronoun, appositive, "owner of X"). */
  forced: number | null;
  /** Kept out of the party's mentions (relative pronouns). */
  hidden: boolean;
  /** An appositive of another mention ("a courier firm, YTO Express,"): kept out of the frames. */
  appositive: boolean;
  /** The phrase carries an insider cue ("who was responsible for maintaining", "employee at"). */
  insiderCue: boolean;
  /** Number stated in the phrase ("six people", "3,500 suspects"), for outcome counts; null when none. */
  count?: number | null;
  /** Generic or hypothetical reference ("insiders who leak data", "hackers could"): no actor of the incident. */
  generic?: boolean;
  /** Followed by a possessive "'s" ("a colleague's account"): the owner of a thing. */
  possessor?: boolean;
  /** A person's name introduced by "named", "surnamed": the same actor as the description before it. */
  nameCue?: boolean;
  /** "Two of the buyers, a firm in X and a man in Y,": id of the group mention whose list names this member. */
  memberOf?: number | null;
}
