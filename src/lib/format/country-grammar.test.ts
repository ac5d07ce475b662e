// @vitest-environment node
import { describe, expect, it } from 'vitest';
import dataset from '../../../data/campaigns.json';
import { fr } from '../i18n/fr';
import { en } from '../i18n/en';
import { countryName } from './countries';
import { englishName, frenchTo } from './country-grammar';

const to = (code: string) => frenchTo(code, countryName(code));

describe('frenchTo', () => {
  it('gives each country its article after « à »', () => {
    expect(to('UGA')).toBe('à l’Ouganda');
    expect(to('CHN')).toBe('à la Chine');
    expect(to('BRA')).toBe('au Brésil');
    expect(to('USA')).toBe('aux États-Unis');
    expect(to('NLD')).toBe('aux Pays-Bas');
    expect(to('CHE')).toBe('à la Suisse');
    expect(to('PRY')).toBe('au Paraguay');
    expect(to('ECU')).toBe('à l’Équateur');
  });

  it('knows the countries whose name misleads', () => {
    expect(to('MEX')).toBe('au Mexique');
    expect(to('HND')).toBe('au Honduras');
    expect(to('HUN')).toBe('à la Hongrie');
    expect(to('ISR')).toBe('à Israël');
    expect(to('CUB')).toBe('à Cuba');
  });

  it('reads a country outside the table from its name', () => {
    expect(to('DEU')).toBe('à l’Allemagne');
    expect(to('PHL')).toBe('aux Philippines');
    expect(to('POL')).toBe('à la Pologne');
    expect(to('JPN')).toBe('au Japon');
  });

  it('covers every country of the dataset in its table', () => {
    const codes = new Set(dataset.campaigns.flatMap((c) => c.countries.map((x) => x.code)));
    for (const code of codes) expect(to(code), code).toMatch(/^(à l’|à la |au |aux |à )\p{Lu}/u);
  });
});

describe('englishName', () => {
  it('puts "the" before the names that take it', () => {
    expect(englishName('USA', countryName('USA', 'en'))).toBe('the United States');
    expect(englishName('NLD', countryName('NLD', 'en'))).toBe('the Netherlands');
    expect(englishName('UGA', countryName('UGA', 'en'))).toBe('Uganda');
  });
});

describe('the country headings', () => {
  it('start with a capital and read as a sentence in both languages', () => {
    expect(fr.campaignsInCountry('UGA', 'Ouganda')).toBe('Campagnes liées à l’Ouganda');
    expect(fr.campaignsInCountry('USA', 'États-Unis')).toBe('Campagnes liées aux États-Unis');
    expect(en.campaignsInCountry('USA', 'United States')).toBe(
      'Campaigns linked to the United States',
    );
    expect(en.campaignsInCountry('UGA', 'Uganda')).toBe('Campaigns linked to Uganda');
  });
});
