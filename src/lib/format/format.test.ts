// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { byName, countryName, compareNames } from './countries';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { formatCampaignDate, outcomeBesideDate } from './dates';
import { formatAmount, formatCount, formatImpactValue } from './numbers';
import { frenchTypography } from './typography';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatImpactValue', () => {
  it('groups thousands with a narrow no-break space in French', () => {
    expect(formatImpactValue({ value: 120000 })).toBe(`120${NNBSP}000`);
    expect(formatImpactValue({ value: 7000 })).toBe(`7${NNBSP}000`);
  });

  it('reads whole millions as words', () => {
    expect(formatImpactValue({ value: 1000000 })).toBe('1 million');
    expect(formatImpactValue({ value: 4000000 })).toBe('4 millions');
    expect(formatCount(1500000)).toBe(`1${NNBSP}500${NNBSP}000`);
  });

  it('puts the currency symbol after the amount in French and before it in English', () => {
    expect(formatImpactValue({ value: 60000, unit: 'USD' })).toBe(`60${NNBSP}000${NBSP}$`);
    expect(formatImpactValue({ value: 60000, unit: 'USD' }, 'en-GB')).toBe('$60,000');
    expect(formatImpactValue({ value: 1000000, unit: 'INR' })).toBe(`1 million${NBSP}₹`);
  });

  it('formats percentages the French way', () => {
    expect(formatImpactValue({ value: 60, unit: 'percent' })).toBe(`60${NBSP}%`);
  });
});

describe('formatAmount', () => {
  const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

  it('writes an exact sum in full', () => {
    expect(nbsp(formatAmount({ value: 1623000, atLeast: false }))).toBe('1 623 000');
  });

  it('rounds a lower bound down to the precision of its terms, never up', () => {
    expect(nbsp(formatAmount({ value: 1623000, atLeast: true }))).toBe('1,6 million');
    expect(nbsp(formatAmount({ value: 1690000, atLeast: true }))).toBe('1,6 million');
    expect(nbsp(formatAmount({ value: 12900000, atLeast: true }))).toBe('12 millions');
    expect(nbsp(formatAmount({ value: 241999, atLeast: true }))).toBe('240 000');
    expect(formatAmount({ value: 1623000, atLeast: true }, 'en')).toBe('1.6 million');
  });
});

describe('formatCampaignDate', () => {
  it('writes the month in words, lower case, in French', () => {
    expect(formatCampaignDate('2015-04', 'En cours')).toBe('avril 2015');
    expect(formatCampaignDate('2011-02', 'En cours')).toBe('février 2011');
    expect(formatCampaignDate('2012-08', 'En cours', 'en-GB')).toBe('August 2012');
  });

  it('gives the ongoing label for ongoing campaigns', () => {
    expect(formatCampaignDate('ongoing', 'En cours')).toBe('En cours');
  });

  it('writes the year as the URL gave it, even before year 100', () => {
    expect(formatCampaignDate('0000-01', 'En cours')).toBe('janvier 0');
    expect(formatCampaignDate('0005-03', 'En cours')).toBe('mars 5');
    expect(formatCampaignDate('9999-12', 'En cours', 'en-GB')).toBe('December 9999');
  });
});

describe('countryName', () => {
  it('names countries from their alpha-3 code in the reader’s language', () => {
    expect(countryName('UGA')).toBe('Ouganda');
    expect(countryName('CHE')).toBe('Suisse');
    expect(countryName('UGA', 'en')).toBe('Uganda');
  });

  it('falls back to the code for an unknown country', () => {
    expect(countryName('XXX')).toBe('XXX');
  });

  it('sorts accented names with their base letter', () => {
    expect(['Russie', 'Équateur', 'Chine'].sort(compareNames)).toEqual([
      'Chine',
      'Équateur',
      'Russie',
    ]);
  });

  it('sorts codes by their names in the reader’s language', () => {
    // ECU « Équateur », CHE « Suisse », DEU « Allemagne »; in English Ecuador, Switzerland, Germany.
    expect(byName(['CHE', 'ECU', 'DEU'])).toEqual(['DEU', 'ECU', 'CHE']);
    expect(byName(new Set(['CHE', 'ECU', 'DEU']), 'en')).toEqual(['ECU', 'DEU', 'CHE']);
  });

  it('gives the same name on a second call, per locale', () => {
    expect(countryName('DEU')).toBe('Allemagne');
    expect(countryName('DEU', 'en')).toBe('Germany');
    expect(countryName('DEU')).toBe('Allemagne');
  });
});

describe('frenchTypography', () => {
  it('puts a no-break space before a colon, even when the source forgot the space', () => {
    expect(frenchTypography('Chine : #FreeTheFive')).toBe(`Chine${NBSP}: #FreeTheFive`);
    expect(frenchTypography('Ouganda: Stopper la loi')).toBe(`Ouganda${NBSP}: Stopper la loi`);
  });

  it('puts a narrow no-break space before ; ! ? and inside guillemets', () => {
    expect(frenchTypography('Vive l’amour !')).toBe(`Vive l’amour${NNBSP}!`);
    expect(frenchTypography('Le problème ?')).toBe(`Le problème${NNBSP}?`);
    expect(frenchTypography('des « traitements »')).toBe(`des «${NNBSP}traitements${NNBSP}»`);
  });

  it('leaves hashtags, times and URLs-like text alone', () => {
    expect(frenchTypography('#FreeTheFive 12:30')).toBe('#FreeTheFive 12:30');
  });
});

describe('outcomeBesideDate', () => {
  it('says « En cours » once for an ongoing campaign, and the outcome otherwise', () => {
    expect(outcomeBesideDate({ date: 'ongoing', outcome: 'ongoing' }, fr)).toBe('');
    expect(outcomeBesideDate({ date: 'ongoing', outcome: 'ongoing' }, en)).toBe('');
    expect(outcomeBesideDate({ date: '2024-01', outcome: 'ongoing' }, fr)).toBe('En cours');
    expect(outcomeBesideDate({ date: 'ongoing', outcome: 'victory' }, fr)).toBe('Victoire');
  });
});
