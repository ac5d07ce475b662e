import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import { makeMany } from '../../../tests/fixtures/make';
import type { Dataset } from '../data/schema';
import { CountryTable } from './country-tally';
import { countryValues } from './metric';

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b));

describe('CountryTable', () => {
  for (const [name, campaigns] of [
    ['the real dataset', (raw as Dataset).campaigns],
    ['2 000 campaigns', makeMany(2000).campaigns],
  ] as const) {
    it(`tallies the same values as countryValues over ${name}, for both metrics and any subset`, () => {
      const table = new CountryTable(campaigns);
      const subsets = [
        campaigns.map((_, i) => i),
        campaigns.map((_, i) => i).filter((i) => i % 3 === 0),
        [],
      ];
      for (const indices of subsets) {
        for (const metric of ['campaigns', 'people'] as const) {
          const { values } = table.tally(indices, metric);
          const expected = countryValues(
            indices.map((i) => campaigns[i]!),
            metric,
          );
          expect(sorted(values)).toEqual(sorted(expected));
        }
      }
    });
  }

  it('counts each campaign once per country, whatever its roles there', () => {
    const campaigns = (raw as Dataset).campaigns;
    const { campaigns: counts } = new CountryTable(campaigns).tally(
      campaigns.map((_, i) => i),
      'campaigns',
    );
    for (const [code, n] of counts)
      expect(n, code).toBe(
        campaigns.filter((c) => c.countries.some((x) => x.code === code)).length,
      );
  });

  it('knows which countries any campaign is tied to', () => {
    const table = new CountryTable((raw as Dataset).campaigns);
    expect(table.has('UGA')).toBe(true);
    expect(table.has('FRA')).toBe(true);
    expect(table.has('ISL')).toBe(false);
    expect(table.codes.every((code) => table.has(code))).toBe(true);
  });
});
