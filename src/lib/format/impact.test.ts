// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { groupImpact, headlineFigure } from './impact';

const byId = (id: string) => (raw as Dataset).campaigns.find((c) => c.id === id)!;

describe('groupImpact', () => {
  it('groups figures by kind, people mobilised first, and keeps each group in source order', () => {
    const groups = groupImpact(byId('crowdfunding-irak').impact);
    expect(groups.map((g) => g.kind)).toEqual(['money', 'result', 'other']);
    expect(groupImpact(byId('jeux-de-sotchi').impact)[0]!.figures.map((f) => f.value)).toEqual([
      1000000, 300000, 50, 50, 150000,
    ]);
  });

  it('returns nothing for a campaign without figures', () => {
    expect(groupImpact(byId('mamans-pour-l-egalite-bresil').impact)).toEqual([]);
  });
});

describe('headlineFigure', () => {
  it('headlines the largest mobilisation', () => {
    expect(headlineFigure(byId('jeux-de-sotchi').impact)?.value).toBe(1000000);
  });

  it('headlines the reach before context: « 4 millions de personnes atteintes », not « plus de 60 % »', () => {
    expect(headlineFigure(byId('mariage-pour-tous-france').impact)?.value).toBe(4000000);
  });

  it('never headlines context', () => {
    expect(headlineFigure([{ value: 60, unit: 'percent', label: 'soutien', kind: 'other' }])).toBe(
      undefined,
    );
  });

  it('falls back to a result, then to nothing', () => {
    expect(headlineFigure(byId('blocage-loi-transphobe').impact)?.label).toBe(
      'propositions de loi retirées',
    );
    expect(headlineFigure([])).toBeUndefined();
  });
});
