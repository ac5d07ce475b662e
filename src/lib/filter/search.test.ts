// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fold, matchesQuery } from './search';

describe('fold', () => {
  it('removes accents and case', () => {
    expect(fold('Stérilisation FORCÉE en Suède')).toBe('sterilisation forcee en suede');
  });

  it('treats typographic and straight apostrophes alike', () => {
    expect(fold('l’Irak')).toBe(fold("l'Irak"));
  });
});

describe('matchesQuery', () => {
  const text = fold('Mettre fin à la stérilisation forcée en Suède');

  it('matches every word of the query anywhere in the text', () => {
    expect(matchesQuery(text, 'sterilisation suede')).toBe(true);
    expect(matchesQuery(text, 'SUÈDE')).toBe(true);
  });

  it('fails when one word is missing', () => {
    expect(matchesQuery(text, 'sterilisation ouganda')).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(matchesQuery(text, '   ')).toBe(true);
  });
});
