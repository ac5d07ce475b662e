// @vitest-environment node
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import { generateDataset, mulberry32 } from '../../../scripts/bench/generate.ts';
import { quickCheck } from './quick-check';
import { DatasetSchema, NarrativeSchema } from './schema';

/** What the quick check must answer: valibot accepts the input and gives back an equal value. */
const unchangedByValibot = (schema: v.GenericSchema, input: unknown) => {
  const result = v.safeParse(schema, input);
  return result.success && isDeepStrictEqual(result.output, input);
};

const check = quickCheck(DatasetSchema)!;

/** Values a broken file may hold where another was expected. */
const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  Number.MAX_SAFE_INTEGER,
  1e308,
  '',
  ' ',
  ' padded ',
  'text',
  'FRA',
  'XXX',
  'focus',
  'ongoing',
  '2013-07',
  '2013-13',
  'percent',
  'USD',
  'usd',
  'Majuscule',
  'bad slug',
  true,
  [],
  [''],
  ['text'],
  {},
  { items: [] },
  { items: ['a'] },
];

type Json = Record<string | number, unknown>;

/** Every [parent, key] in the value, so that any one of them can be broken. */
function slots(value: unknown, out: [Json, string | number][] = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const k = Array.isArray(value) ? Number(key) : key;
      out.push([value as Json, k]);
      slots((value as Json)[k], out);
    }
  }
  return out;
}

/** A copy of `base` with one value replaced, one field removed or one unknown field added. */
function mutate(base: unknown, random: () => number): unknown {
  const copy = structuredClone(base);
  const all = slots(copy);
  const [parent, key] = all[Math.floor(random() * all.length)]!;
  const pick = Math.floor(random() * (REPLACEMENTS.length + 1));
  if (pick === REPLACEMENTS.length) {
    const target = parent[key];
    if (target && typeof target === 'object' && !Array.isArray(target)) (target as Json).extra = 1;
    else parent[key] = structuredClone(REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)]);
  } else if (REPLACEMENTS[pick] === undefined && !Array.isArray(parent)) delete parent[key];
  else parent[key] = structuredClone(REPLACEMENTS[pick]);
  return copy;
}

describe('quickCheck', () => {
  it("compiles the project's schemas: a valibot release that changes what it reads fails here, not silently", () => {
    expect(quickCheck(DatasetSchema)).toBeTypeOf('function');
    expect(quickCheck(NarrativeSchema)).toBeTypeOf('function');
  });

  it('passes the project dataset and a generated one of 300 campaigns', () => {
    expect(check(raw)).toBe(true);
    expect(check(JSON.parse(JSON.stringify(generateDataset(300, 7))))).toBe(true);
  });

  it('answers as valibot does for 3 000 datasets with one thing broken', () => {
    const random = mulberry32(42);
    const small = { ...raw, campaigns: raw.campaigns.slice(0, 3) };
    const disagreements: string[] = [];
    let broken = 0;
    for (let i = 0; i < 3000; i++) {
      const input = mutate(small, random);
      const expected = unchangedByValibot(DatasetSchema, input);
      if (!expected) broken++;
      if (check(input) !== expected)
        disagreements.push(`#${i}: quick ${!expected}, valibot ${expected}`);
    }
    expect(disagreements).toEqual([]);
    // The mutations do break things: most inputs are refused, some still pass.
    expect(broken).toBeGreaterThan(1500);
    expect(broken).toBeLessThan(3000);
  });

  it('answers as valibot does for a narrative with one thing broken', () => {
    const narrative = quickCheck(NarrativeSchema)!;
    const story = raw.campaigns.find((c) => c.narrative.some((p) => typeof p !== 'string'))!;
    expect(narrative(story.narrative)).toBe(true);
    const random = mulberry32(7);
    const disagreements: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const input = mutate(story.narrative, random);
      if (narrative(input) !== unchangedByValibot(NarrativeSchema, input))
        disagreements.push(`#${i}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses a string valibot would trim, so that the trimmed copy is used', () => {
    const data = structuredClone(raw);
    data.campaigns[0]!.title = ` ${data.campaigns[0]!.title}`;
    expect(v.safeParse(DatasetSchema, data).success).toBe(true);
    expect(check(data)).toBe(false);
  });

  it("runs valibot's own rule for a validation it has no shortcut for", () => {
    const email = quickCheck(v.pipe(v.string(), v.email()))!;
    expect(email('a@example.org')).toBe(true);
    expect(email('not an address')).toBe(false);
    const bounded = quickCheck(v.pipe(v.number(), v.minValue(0), v.maxValue(10)))!;
    expect([-1, 0, 10, 11].map(bounded)).toEqual([false, true, true, false]);
  });

  it('compiles to null for a schema whose output may differ from its input', () => {
    expect(quickCheck(v.pipe(v.string(), v.toLowerCase()))).toBeNull();
    expect(quickCheck(v.strictObject({ a: v.optional(v.string(), 'x') }))).toBeNull();
    expect(quickCheck(v.object({ a: v.string() }))).toBeNull();
    // valibot's record leaves some keys out of its copy: never mirrored.
    expect(quickCheck(v.record(v.string(), v.string()))).toBeNull();
  });
});
