/** One stretch of the document that tells one real-world case. */
export interface Segment {
  /** Half-open range over `document.text`, headline included. */
  start: number;
  end: number;
  /** The heading line that introduces the case, when there is one. */
  headline: { text: string; start: number; end: number } | null;
  /**
   * Stretches inside this one that tell a case of their own (a campaign
   * report's example case): their values belong to that case, not this one.
   */
  exclude: { start: number; end: number }[];
}
