/**
 * Parties, roles, transfers and outcomes of one incident (stub: filled in by
 * the parties work).
 */
import type { Outcome, Party, Transfer } from '../schema.js';
import type { Recognized } from '../recognizers/types.js';
import type { Segment } from '../segment/types.js';

export interface ResolveInput {
  /** `document.text`. */
  text: string;
  /** Equal-length match view of the text. */
  view: string;
  /** The incident's stretch of text. */
  segment: Segment;
  /** Values recognized inside the segment (money ids are document-wide). */
  values: Recognized;
}

export interface Resolved {
  /** Parties with ids P1.. local to the incident; the assembler renumbers them. */
  parties: Party[];
  transfers: Transfer[];
  outcomes: Outcome[];
}

export function resolveIncident(_input: ResolveInput): Resolved {
  return { parties: [], transfers: [], outcomes: [] };
}
