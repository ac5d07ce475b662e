// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/lib/data/parse';
import {
  FIRST_YEAR,
  generateDataset,
  generateDatasetText,
  LAST_YEAR,
  MAP_COUNTRIES,
} from './generate';

describe('synthetic benchmark datasets', () => {
  it('gives the same dataset, byte for byte, from the same seed', () => {
    expect(generateDatasetText(1000, 7)).toBe(generateDatasetText(1000, 7));
    expect(generateDatasetText(1000, 7)).not.toBe(generateDatasetText(1000, 8));
  });

  it.each([13, 1000, 10000])('passes the app’s schema with %i campaigns', (count) => {
    const text = generateDatasetText(count, 1);
    const result = parseDatasetText(text);
    expect(result.ok && result.dataset.campaigns.length).toBe(count);
  });

  it('spreads campaigns over 20 years, with a few ongoing ones, in many countries', () => {
    const { campaigns } = generateDataset(1000, 1);
    const years = new Set(
      campaigns.flatMap((c) => (c.date === 'ongoing' ? [] : [c.date.slice(0, 4)])),
    );
    expect(years.size).toBe(LAST_YEAR - FIRST_YEAR + 1);
    const ongoing = campaigns.filter((c) => c.date === 'ongoing').length;
    expect(ongoing).toBeGreaterThan(0);
    expect(ongoing).toBeLessThan(50);
    const countries = new Set(campaigns.flatMap((c) => c.countries.map((x) => x.code)));
    expect(countries.size).toBeGreaterThan(MAP_COUNTRIES.length * 0.8);
    expect(campaigns.every((c) => c.countries.length >= 1 && c.countries.length <= 3)).toBe(true);
  });

  it('spans the first and last year even with 13 campaigns', () => {
    const dates = generateDataset(13, 1).campaigns.flatMap((c) =>
      c.date === 'ongoing' ? [] : [c.date],
    );
    dates.sort();
    expect(dates[0]?.startsWith(String(FIRST_YEAR))).toBe(true);
    expect(dates.at(-1)?.startsWith(String(LAST_YEAR))).toBe(true);
  });

  it('weighs some countries more, as real data does', () => {
    const counts = new Map<string, number>();
    for (const c of generateDataset(10000, 1).campaigns)
      for (const x of c.countries) counts.set(x.code, (counts.get(x.code) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    // The busiest country sees many times the median one.
    expect(sorted[0]!).toBeGreaterThan(5 * sorted[Math.floor(sorted.length / 2)]!);
  });
});
