/**
 * Rule patterns that are cheap to compile. V8 compiles a regex on its first
 * exec (the code cache does not keep compiled regexes), and the case-insensitive
 * flag makes that about three times dearer: the date and money rules cost
 * ≈45 ms to compile under 'i', ≈13 ms without. A `FoldedPattern` stands for a
 * regex with the 'i' flag and matches exactly as it does:
 *
 * - it runs the same pattern with its ASCII letters in lower case and without
 *   'i' (`foldSource`) over the text with its ASCII capitals in lower case
 *   (`asciiLower`, same length and offsets), and reads the match and groups
 *   back from the original text. Without the 'u' flag, 'i' pairs an ASCII
 *   letter with its other case only (no other character folds to one), and
 *   leaves digits, punctuation, `\d`, `\s`, `\w` and `\b` as they are, so
 *   every comparison of the matcher gives the same answer;
 * - optionally, a `Gate` (a cheap pre-check that is false only when the regex
 *   cannot match the text) skips the regex, and its compilation, entirely.
 *
 * The exec result has what a plain regex without the 'd' flag gives: the
 * match and groups as strings, `index`, `input` and `groups`.
 */

/** False only when the pattern cannot match anywhere in the input. */
export type Gate = (input: string) => boolean;

/** Remembers a gate's answer for the last input: the runner calls `exec` on one text many times. */
export function memoGate(gate: Gate): Gate {
  let last: string | undefined;
  let answer = false;
  return (input) => {
    if (input !== last) {
      answer = gate(input);
      last = input;
    }
    return answer;
  };
}

const CAPITALS = /[A-Z]/;
const CAPITAL_RUNS = /[A-Z]+/g;

/** `s` with A–Z in lower case and every other character as it is (same length). */
export function asciiLower(s: string): string {
  return CAPITALS.test(s) ? s.replace(CAPITAL_RUNS, (run) => run.toLowerCase()) : s;
}

/** Below this length a text is a slice read by one rule (a unit, the words around an amount). */
const CACHED_LENGTH = 512;

let longInput: string | undefined;
let longLowered = '';
let shortInput: string | undefined;
let shortLowered = '';

/**
 * `asciiLower`, remembered for the last long text (every rule of a family reads
 * the same one, and chrono reads its tails one after the other) and apart from
 * it for the last short one (a unit phrase tried against every form).
 */
function lowered(s: string): string {
  if (s.length < CACHED_LENGTH) {
    if (s !== shortInput) {
      shortLowered = asciiLower(s);
      shortInput = s;
    }
    return shortLowered;
  }
  if (s === longInput) return longLowered;
  if (longInput !== undefined && s.length < longInput.length && longInput.endsWith(s)) {
    return longLowered.slice(longInput.length - s.length);
  }
  longLowered = asciiLower(s);
  longInput = s;
  return longLowered;
}

const LETTER = /^[A-Za-z]$/;
const isLetter = (c: string): boolean => LETTER.test(c);

/** A character of the pattern that no other character matches under 'i' (no case). */
function caseless(c: string): boolean {
  return c.charCodeAt(0) < 0x80 ? !isLetter(c) : c.toLowerCase() === c && c.toUpperCase() === c;
}

const NON_ASCII = /[^\0-\x7f]/g;

/** Throws unless every non-ASCII character of `text` is caseless. */
function checkCaseless(text: string): void {
  for (const c of text.match(NON_ASCII) ?? []) if (!caseless(c)) throw new Error(`foldSource: cased character ${c}`);
}

interface Atom {
  /** Its text in the folded source. */
  text: string;
  /** The character it matches, or null for a class escape (\d, \s, ...). */
  ch: string | null;
}

const CONTROL: Readonly<Record<string, string>> = { f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/** One escape (`\\` and what follows) of a pattern, folded. */
function escapeAtom(esc: string): Atom {
  const e = esc[1]!;
  if (esc.length > 2) {
    // \xHH, \uHHHH
    const ch = String.fromCharCode(parseInt(esc.slice(2), 16));
    if (isLetter(ch)) return { text: ch.toLowerCase(), ch };
    checkCaseless(ch);
    return { text: esc, ch };
  }
  if ('dDsSwWbB'.includes(e)) return { text: esc, ch: null };
  const control = CONTROL[e];
  if (control !== undefined) return { text: esc, ch: control };
  // Backreferences, property escapes, control escapes, \u without its digits: not supported.
  if (/[A-Za-z1-9]/.test(e)) throw new Error(`foldSource: unsupported escape ${esc}`);
  checkCaseless(e);
  return { text: esc, ch: e };
}

const ESCAPE = String.raw`\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])`;
const CLASS_ATOM = new RegExp(`${ESCAPE}|[\\s\\S]`, 'g');

/** A character class `[...]`, folded: letters in lower case; a range must join two letters of one case or two non-letters. */
function foldClass(cls: string): string {
  const negated = cls[1] === '^';
  const body = cls.slice(negated ? 2 : 1, -1);
  const atoms: Array<Atom & { dash: boolean }> = [];
  for (const [t] of body.matchAll(CLASS_ATOM)) {
    if (t.length > 1) atoms.push({ ...escapeAtom(t), dash: false });
    else {
      if (!isLetter(t)) checkCaseless(t);
      atoms.push({ text: isLetter(t) ? t.toLowerCase() : t, ch: t, dash: t === '-' });
    }
  }
  let out = '';
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    const b = atoms[k + 2];
    if (atoms[k + 1]?.dash && b !== undefined) {
      const letters = [a.ch, b.ch].filter((x) => x !== null && isLetter(x)).length;
      const sameCase = a.ch !== null && b.ch !== null && /[a-z]/.test(a.ch) === /[a-z]/.test(b.ch);
      if (a.ch === null || b.ch === null || letters === 1 || (letters === 2 && !sameCase)) {
        throw new Error(`foldSource: unsupported class range ${a.text}-${b.text}`);
      }
      out += `${a.text}-${b.text}`;
      k += 2;
    } else {
      out += a.text;
    }
  }
  return `[${negated ? '^' : ''}${out}]`;
}

/** Length of the escape at `i` (`\\` and what follows). */
function escapeLength(source: string, i: number): number {
  const e = source[i + 1];
  if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) return 4;
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) return 6;
  return 2;
}

/**
 * The source of a regex without the 'u' flag, with its ASCII letters in lower
 * case: run without 'i' over `asciiLower(text)` it matches as the original with
 * 'i' over the text. Escapes, group names and lookbehinds are kept; an escape
 * that spells a letter (`\x41`) becomes the lower-case letter. Throws on what
 * it cannot carry over: backreferences, property escapes, a class range from a
 * letter to a non-letter or across cases, a non-ASCII character with a case.
 *
 * Jumps from one escape, group name, class, capital or non-ASCII character to
 * the next (the rule patterns are long), copying what lies between.
 */
export function foldSource(source: string): string {
  let out = '';
  let from = 0;
  const put = (at: number, next: number, text: string): void => {
    out += source.slice(from, at) + text;
    from = next;
  };
  const special = SPECIAL;
  special.lastIndex = 0;
  for (let m = special.exec(source); m !== null; m = special.exec(source)) {
    const t = m[0];
    const i = m.index;
    const c = t.charCodeAt(0);
    if (c === 0x5c) {
      // An escape: letters and digits after the backslash are its name, not text.
      if (t.length > 2 || /[A-Za-z0-9]/.test(t[1]!)) {
        const a = escapeAtom(t);
        if (a.text !== t) put(i, i + t.length, a.text);
      } else {
        checkCaseless(t[1]!);
      }
    } else if (c === 0x28) {
      // A group name stays as it is.
      special.lastIndex = source.indexOf('>', i) + 1;
    } else if (c === 0x5b) {
      const n = source.length;
      let j = i + 1;
      while (j < n && source.charCodeAt(j) !== 0x5d) j += source.charCodeAt(j) === 0x5c ? escapeLength(source, j) : 1;
      if (j >= n) throw new Error('foldSource: unclosed class');
      const cls = source.slice(i, j + 1);
      const folded = foldClass(cls);
      if (folded !== cls) put(i, j + 1, folded);
      special.lastIndex = j + 1;
    } else if (c < 0x80) {
      put(i, i + t.length, t.toLowerCase());
    } else {
      checkCaseless(t);
    }
  }
  return out + source.slice(from);
}

/**
 * What `foldSource` stops at: an escape (but for the common `\\s`, `\\d`, `\\w`,
 * `\\b` and control escapes, which it leaves as they are), a group name, a
 * class, capitals, a non-ASCII character.
 */
const SPECIAL = /\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[^dswbfnrtv])|\(\?<(?=[A-Za-z])|\[|[A-Z]+|[^\0-\x7f]/g;

/**
 * A RegExp with the 'i' flag (same `source` and `flags`) whose `exec` matches
 * as it does without compiling it (see above), after an optional `gate`.
 * `test`, `matchAll` and the rest go through `exec`.
 */
export class FoldedPattern extends RegExp {
  readonly #gate: Gate | undefined;
  /** The folded regex, shared with copies (`matchAll` makes one per call): `exec` sets its `lastIndex` each time. */
  readonly #shared: { inner?: RegExp };

  /** `new FoldedPattern(other, flags)` copies one, as `matchAll` does. */
  constructor(source: string | FoldedPattern, flags?: string, gate?: Gate) {
    const from = source instanceof FoldedPattern ? source : undefined;
    const f = flags ?? from?.flags ?? '';
    if (!f.includes('i') || f.includes('u') || f.includes('v')) throw new Error(`FoldedPattern: flags ${f} (needs 'i', no 'u')`);
    super(from ? from.source : (source as string), f);
    this.#gate = from ? from.#gate : gate;
    this.#shared = from && from.flags === this.flags ? from.#shared : {};
  }

  override exec(input: string): RegExpExecArray | null {
    const s = String(input);
    if (this.#gate !== undefined && !this.#gate(s)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    const inner = (this.#shared.inner ??= new RegExp(foldSource(this.source), `${this.flags.replace('i', '')}d`));
    inner.lastIndex = this.lastIndex;
    const low = lowered(s);
    const m = inner.exec(low);
    this.lastIndex = inner.lastIndex;
    if (m === null) return null;
    const at = m.indices!;
    const parts: Array<string | undefined> = [];
    for (let k = 0; k < at.length; k++) {
      const r = at[k];
      parts.push(r === undefined ? undefined : s.slice(r[0], r[1]));
    }
    const out = parts as unknown as RegExpExecArray;
    out.index = m.index;
    out.input = s;
    let groups: Record<string, string> | undefined;
    if (at.groups !== undefined) {
      groups = Object.create(null) as Record<string, string>;
      for (const name in at.groups) {
        const r = at.groups[name];
        groups[name] = (r === undefined ? undefined : s.slice(r[0], r[1])) as string;
      }
    }
    out.groups = groups;
    return out;
  }
}
