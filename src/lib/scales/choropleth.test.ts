// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fr } from '../i18n/fr';
import { choropleth, NO_FIGURE } from './choropleth';

const NNBSP = '\u202f';

describe('choropleth', () => {
  it('puts countries without campaigns in class 0, the neutral tone', () => {
    const scale = choropleth('campaigns', fr);
    expect(scale.classOf(undefined)).toBe(0);
    expect(scale.classOf(0)).toBe(0);
  });

  it('bins campaign counts as 1, 2, 3 and more, spread over the palette', () => {
    const scale = choropleth('campaigns', fr);
    expect([1, 2, 3, 7].map(scale.classOf)).toEqual([1, 3, 5, 5]);
    expect(scale.legend.map((l) => l.label)).toEqual([
      'Aucune campagne',
      '1 campagne',
      '2 campagnes',
      '3 campagnes et plus',
    ]);
  });

  it('bins people mobilised by orders of magnitude with French labels', () => {
    const scale = choropleth('people', fr);
    expect([7000, 85000, 325000, 1000000].map(scale.classOf)).toEqual([2, 3, 4, 5]);
    expect(scale.legend.map((l) => l.label)).toEqual([
      'Aucune campagne',
      'Campagnes sans chiffre',
      `moins de 10${NNBSP}000`,
      `10${NNBSP}000 – 100${NNBSP}000`,
      `100${NNBSP}000 – 1 million`,
      '1 million et plus',
    ]);
    expect(scale.title).toMatch(/plus grand chiffre de mobilisation/);
  });

  it('gives a country with campaigns in view but no credited figure its own class, on the people map only', () => {
    const people = choropleth('people', fr);
    expect(people.classOf(undefined, 3)).toBe(NO_FIGURE);
    expect(people.classOf(undefined, 0)).toBe(0);
    expect(people.classOf(undefined)).toBe(0);
    // A credited figure, however small, is a figure.
    expect(people.classOf(0, 1)).toBe(2);
    expect(people.legend.map((l) => l.cls)).toContain(NO_FIGURE);
    const campaigns = choropleth('campaigns', fr);
    expect(campaigns.classOf(undefined, 3)).toBe(0);
    expect(campaigns.legend.map((l) => l.cls)).not.toContain(NO_FIGURE);
  });
});
