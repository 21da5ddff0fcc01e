/**
 * Hostile inputs, generated in memory and deterministic (a fixed LCG), plus
 * ordinary text of the same size made from the bundled fixture articles.
 */
import { readFileSync } from 'node:fs';

export const HOSTILE_CASES = ['no-sentence-ends', 'digit-groups', 'one-word'];

function lcg(seed = 42) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Cuts `s` to at most `size` UTF-16 units, at the last space if there is one near the end. */
function cut(s, size) {
  if (s.length <= size) return s;
  const at = s.lastIndexOf(' ', size);
  return s.slice(0, at > size - 64 ? at : size);
}

function repeatTo(unit, size) {
  const n = Math.ceil(size / unit.length) + 1;
  return cut(unit.repeat(n), size);
}

/** Real article words (so recognizers fire), with no sentence-ending punctuation anywhere. */
function noSentenceEnds(size, fixtureTexts) {
  const words = fixtureTexts
    .join(' ')
    .replace(/[.!?;:\u3002]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const rnd = lcg(7);
  const parts = [];
  let len = 0;
  while (len < size + 16) {
    const w = words[Math.floor(rnd() * words.length)];
    parts.push(w);
    len += w.length + 1;
  }
  return cut(parts.join(' '), size);
}

/** "12 345 6789, 04 512 …": spaced digit groups with punctuation, never a word. */
function digitGroups(size) {
  const rnd = lcg(11);
  const seps = [' ', ' ', ' ', ', ', '; ', ' - ', '/', '.', ' (', ') ', ': ', ' + '];
  let s = '';
  while (s.length < size + 16) {
    const digits = 1 + Math.floor(rnd() * 4);
    s += String(Math.floor(rnd() * 10 ** digits)).padStart(digits, '0');
    s += seps[Math.floor(rnd() * seps.length)];
  }
  return cut(s, size);
}

export function generate(kind, size, fixtureTexts) {
  switch (kind) {
    case 'no-sentence-ends':
      return noSentenceEnds(size, fixtureTexts);
    case 'digit-groups':
      return digitGroups(size);
    case 'one-word':
      return repeatTo('data ', size);
    case 'ordinary':
      return repeatTo(fixtureTexts.join('\n\n') + '\n\n', size);
    default:
      throw new Error(`unknown hostile case ${kind}`);
  }
}

export const readTexts = (files) => files.map((f) => readFileSync(f, 'utf8'));
