/**
 * The cues of the role frames and outcome rules are necessary conditions: a
 * sentence whose cue fails never matches the rule's pattern (the cue only
 * saves running it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CLOSE, OPEN } from '../../src/resolve/abstract.js';
import { FRAMES } from '../../src/resolve/roles-rules.js';
import { compileFrame } from '../../src/resolve/roles.js';
import { OUTCOME_RULES } from '../../src/resolve/outcomes.js';

const dir = new URL('../../fixtures/', import.meta.url);
/** Fixture sentences with mention tokens put in before some words, as the abstraction does. */
function sentences(): string[] {
  const out: string[] = [];
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    for (const s of readFileSync(new URL(f, dir), 'utf8').split(/(?<=[.!?])\s+|\n+/)) {
      out.push(s);
      out.push(s.replace(/(^|\s)(?=[A-Za-z])/g, (m) => (n++ % 3 === 0 ? `${m}${OPEN}${n}${CLOSE} ` : m)));
      out.push(s.replace(/\b(?:the|a|an|his|her|their|its)\s+\w+/gi, () => `${OPEN}${n++}${CLOSE}`));
    }
  }
  return out;
}

describe('rule cues', () => {
  const all = sentences();
  test('every frame with a cue matches no sentence its cue rejects', () => {
    let matched = 0;
    for (const frame of FRAMES) {
      if (!frame.cue) continue;
      const re = compileFrame(frame.pattern);
      for (const s of all) {
        re.lastIndex = 0;
        if (!re.test(s)) continue;
        matched++;
        expect(frame.cue.test(s), `${frame.id}: ${s}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(0);
  });

  test('every outcome rule with a cue matches no sentence its cue rejects', () => {
    let matched = 0;
    for (const rule of OUTCOME_RULES) {
      if (!rule.cue) continue;
      for (const s of all) {
        rule.pattern.lastIndex = 0;
        if (!rule.pattern.test(s)) continue;
        matched++;
        expect(rule.cue.test(s), `${rule.id}: ${s}`).toBe(true);
      }
      rule.pattern.lastIndex = 0;
    }
    expect(matched).toBeGreaterThan(0);
  });
});
