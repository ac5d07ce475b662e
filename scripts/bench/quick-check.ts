/**
 * `npx tsx --expose-gc scripts/bench/quick-check.ts [campaigns] [rounds]`: what the
 * quick check buys over valibot's parse for a valid file (docs/decisions/0002). In
 * alternating rounds on a fresh JSON.parse of the same seeded dataset: the quick
 * check, then valibot's safeParse, each followed by a full GC that is timed too (the
 * copy's garbage is part of its cost). Prints the medians in ms.
 */
import * as v from 'valibot';
import { quickCheck } from '../../src/lib/data/quick-check.ts';
import { DatasetSchema } from '../../src/lib/data/schema.ts';
import { generateDatasetText } from './generate.ts';

const [count = 10_000, rounds = 15] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const text = generateDatasetText(count, 1);
const quick = quickCheck(DatasetSchema);
if (!quick) throw new Error('the quick check steps aside for this schema');

const ways: Record<string, (raw: unknown) => boolean> = {
  'quick check': (raw) => quick(raw),
  'valibot safeParse': (raw) => v.safeParse(DatasetSchema, raw, { abortEarly: false }).success,
};
const samples: Record<string, { check: number[]; gc: number[] }> = {};
for (let round = 0; round < rounds; round++)
  for (const [name, run] of Object.entries(ways)) {
    const raw: unknown = JSON.parse(text);
    gc();
    const t0 = performance.now();
    if (!run(raw)) throw new Error(`${name} refused a valid file`);
    const t1 = performance.now();
    gc();
    const t2 = performance.now();
    (samples[name] ??= { check: [], gc: [] }).check.push(t1 - t0);
    samples[name].gc.push(t2 - t1);
  }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${count} campaigns, ${rounds} alternating rounds, medians:`);
for (const [name, { check, gc: collect }] of Object.entries(samples))
  console.log(
    `${name.padEnd(18)} check ${median(check).toFixed(0).padStart(4)} ms, then GC ${median(collect).toFixed(0).padStart(4)} ms`,
  );
