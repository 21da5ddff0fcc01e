/**
 * Shared types of the value recognizers.
 *
 * A recognizer family reads the whole document once (`RecognizeContext`) and
 * returns contract items (`Quantity`, `Money`, `DateMention`, `Location`,
 * `DataCategory`) whose `evidence` slices `ctx.text` exactly.
 */
import type { DataCategory, DateMention, Location, Money, Quantity } from '../schema.js';

export interface RecognizeContext {
  /** `document.text`: offsets index this string. */
  text: string;
  /** Equal-length match view of `text` (see normalize/view.ts): match on this. */
  view: string;
  /** ISO date used to resolve "this year", "last month"; null when unknown. */
  referenceDate: string | null;
}

/** A raw pattern hit: half-open `[start, end)`, `text === ctx.text.slice(start, end)`. */
export interface Hit {
  start: number;
  end: number;
  text: string;
  /** Id of the rule that produced it, `family/name`. */
  rule: string;
}

/**
 * A rule: a pattern over the view and a function that turns its match into a
 * value, or null to reject the match (a doubtful hit stays out).
 */
export interface Rule<V> {
  id: string;
  pattern: RegExp;
  extract: (match: RegExpExecArray, ctx: RecognizeContext) => V | null;
}

/** All values recognized in one document, in text order per family. */
export interface Recognized {
  volumes: Quantity[];
  amounts: Money[];
  dates: DateMention[];
  locations: Location[];
  dataCategories: DataCategory[];
}
