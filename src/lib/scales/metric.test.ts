// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { campaignPeople, countryValues } from './metric';

const { campaigns } = raw as Dataset;
const byId = (id: string) => campaigns.find((c) => c.id === id)!;

describe('campaignPeople', () => {
  it('takes a campaign’s largest mobilised figure, since its figures overlap', () => {
    expect(campaignPeople(byId('jeux-de-sotchi'))).toBe(1000000);
    expect(campaignPeople(byId('chine-free-the-five'))).toBe(120000);
  });

  it('is zero for a campaign without mobilisation figures', () => {
    expect(campaignPeople(byId('mamans-pour-l-egalite-bresil'))).toBe(0);
  });
});

describe('countryValues', () => {
  it('counts the campaigns tied to each country in any role', () => {
    const values = countryValues(campaigns, 'campaigns');
    expect(values.get('USA')).toBe(3); // Arizona, CVN, and Coca-Cola's seat for Sochi
    expect(values.get('CHE')).toBe(1);
    expect(values.has('DEU')).toBe(false);
  });

  it('sums people mobilised over the campaigns where the country is a focus', () => {
    const values = countryValues(campaigns, 'people');
    expect(values.get('CHN')).toBe(220000); // 120 000 + 100 000
    expect(values.get('RUS')).toBe(1000000);
    expect(values.get('USA')).toBe(0); // focus of Arizona and CVN, which give no people figure
  });
});
