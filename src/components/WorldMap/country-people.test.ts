// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeCampaign, signed } from '../../../tests/fixtures/make';
import { en } from '../../lib/i18n/en';
import { fr } from '../../lib/i18n/fr';
import { creditText, peopleValue, unplacedNote } from './country-people';

const S = '[\\s\\u00a0\\u202f]';
describe('the people value of a country', () => {
  it('says « plus de » and rounds down when a term is a lower bound', () => {
    const text = peopleValue({ value: 325000, atLeast: true, unplaced: 0 }, 2, fr);
    expect(text).toMatch(new RegExp(`^plus de 320${S}000 signatures et actions$`));
  });

  it('is exact when every term is', () => {
    expect(peopleValue({ value: 7000, atLeast: false, unplaced: 0 }, 1, fr)).toMatch(
      new RegExp(`^7${S}000 signatures et actions$`),
    );
  });

  it('says « sans chiffre » for campaigns that credit the country nothing, in both languages', () => {
    const none = { value: undefined, atLeast: false, unplaced: 0 };
    expect(peopleValue(none, 3, fr)).toBe('3 campagnes, sans chiffre de mobilisation');
    expect(peopleValue(none, 1, en)).toBe('1 campaign, no mobilisation figure');
  });

  it('counts the figures its campaigns place in no country', () => {
    expect(unplacedNote({ value: undefined, atLeast: false, unplaced: 1 }, fr)).toBe(
      '1 chiffre non attribué à un pays',
    );
    expect(unplacedNote({ value: 10, atLeast: false, unplaced: 2 }, en)).toBe(
      '2 figures not attributed to a country',
    );
    expect(unplacedNote({ value: 10, atLeast: false, unplaced: 0 }, fr)).toBeUndefined();
  });
});

describe('what a campaign adds to a country', () => {
  const china = makeCampaign({
    id: 'traitements',
    countries: ['ECU', 'ARG', 'CHN', { code: 'FRA', role: 'target' }],
    impact: [signed(100000, { qualifier: 'over', countries: ['CHN'] })],
  });

  it('credits a figure only to the country it names', () => {
    expect(creditText(china, 'CHN', fr)).toMatch(new RegExp(`^plus de 100${S}000$`));
    for (const code of ['ECU', 'ARG', 'FRA'])
      expect(creditText(china, code, fr)).toBe('sans chiffre pour ce pays');
  });

  it('says when the figure is the campaign’s but placed in no country', () => {
    const two = makeCampaign({ id: 'deux', countries: ['ECU', 'ARG'], impact: [signed(500)] });
    expect(creditText(two, 'ECU', fr)).toBe('1 chiffre non attribué à un pays');
    expect(creditText(two, 'ARG', en)).toBe('1 figure not attributed to a country');
  });

  it('gives a single focus country its campaign’s largest unscoped figure', () => {
    const one = makeCampaign({
      id: 'un',
      countries: ['UGA'],
      impact: [signed(85000), signed(1000)],
    });
    expect(creditText(one, 'UGA', en)).toBe('85,000');
  });
});

describe('French counts', () => {
  it('say « de » after a million, as French does', () => {
    expect(peopleValue({ value: 1_000_000, atLeast: true, unplaced: 0 }, 1, fr)).toBe(
      'plus de 1 million de signatures et actions',
    );
    expect(peopleValue({ value: 1_000_000, atLeast: true, unplaced: 0 }, 1, en)).toBe(
      'over 1 million signatures and actions',
    );
  });
});
