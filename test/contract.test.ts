/**
 * The contract over every bundled fixture: the CLI's output validates against
 * the JSON Schema that `breach-parse schema` prints (ajv, draft 2020-12), and
 * every evidence slice equals its text.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execCli, ndjson, ROOT } from './helpers/exec.js';

const FIXTURES = join(ROOT, 'fixtures');
const files = readdirSync(FIXTURES).filter((f) => /\.(txt|html)$/.test(f));

function evidences(v: unknown, out: { text: string; start: number; end: number }[] = []) {
  if (Array.isArray(v)) v.forEach((x) => evidences(x, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 3) {
      out.push(o as { text: string; start: number; end: number });
    } else for (const [k, x] of Object.entries(o)) if (k !== 'document') evidences(x, out);
  }
  return out;
}

describe('output contract', () => {
  const schema = JSON.parse(execCli(['schema']).stdout);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const run = execCli(['--ndjson', '--mentions', ...files.map((f) => join(FIXTURES, f))]);
  const records = ndjson(run.stdout);

  test('every fixture gives one record', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(records).toHaveLength(files.length);
  });

  test.each(files.map((f, i) => [f, i] as const))('%s validates and its evidence slices match', (_f, i) => {
    const rec = records[i] as { document: { text: string }; error?: unknown };
    expect(rec.error).toBeUndefined();
    const ok = validate(rec);
    expect(ok ? [] : validate.errors).toEqual([]);
    const bad = evidences(rec).filter((e) => rec.document.text.slice(e.start, e.end) !== e.text);
    expect(bad).toEqual([]);
  });

  test('an error record validates too', () => {
    const r = execCli(['--ndjson', '-'], { input: '' });
    const [rec] = ndjson(r.stdout);
    expect(validate(rec)).toBe(true);
    expect((rec as { error: { code: string } }).error.code).toBe('EMPTY_INPUT');
  });
});
