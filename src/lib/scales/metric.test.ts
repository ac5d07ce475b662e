// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { campaignPeople, countryValues } from './metric';

const { campaigns } = raw as Dataset;
const byId = (id: string) => campaigns.find((c) => c.id === id)!;

describe('campaignPeople', () => {
  it('takes a campaign’s largest mobilised figure, since its figures overlap', () => {
    expect(campaignPeople(byId('jeux-de-sotchi'))).toEqual({ value: 1000000, atLeast: true });
    expect(campaignPeople(byId('chine-free-the-five'))).toEqual({ value: 120000, atLeast: false });
  });

  it('is zero for a campaign without mobilisation figures', () => {
    expect(campaignPeople(byId('mamans-pour-l-egalite-bresil'))).toEqual({
      value: 0,
      atLeast: false,
    });
  });
});

describe('countryValues', () => {
  it('counts the campaigns tied to each country in any role', () => {
    const values = countryValues(campaigns, 'campaigns');
    expect(values.get('USA')).toBe(3); // Arizona, CVN, and Coca-Cola's seat for Sochi
    expect(values.get('CHE')).toBe(1);
    expect(values.has('DEU')).toBe(false);
  });

  it('credits each figure to the countries it is about, or to a single focus country', () => {
    const values = countryValues(campaigns, 'people');
    // #FreeTheFive's 120 000, and « En Chine, plus de 100 000 d'entre nous » of the anti-gay « treatments ».
    expect(values.get('CHN')).toBe(220000);
    expect(values.get('RUS')).toBe(1000000);
    // The other countries of the « treatments » campaign get none of China's figure.
    for (const code of ['ECU', 'ARG', 'FRA']) expect(values.get(code), code).not.toBe(100000);
    expect(values.get('FRA')).toBeUndefined();
  });

  it('gives no value, rather than zero, to a country whose campaigns have no people figure', () => {
    const values = countryValues(campaigns, 'people');
    expect(values.has('USA')).toBe(false); // Arizona and CVN give no people figure
    expect(values.has('BRA')).toBe(false);
  });
});
