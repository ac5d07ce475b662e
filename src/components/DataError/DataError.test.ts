import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en';
import { fr } from '../../lib/i18n/fr';
import DataError from './DataError.svelte';

const props = {
  path: 'data/x.json',
  lines: ['data/x.json: no complete answer within 20 s (the server may be down or too slow)'],
  fallback: 'https://explorer.example/',
};

describe('DataError', () => {
  it('says in French why the dataset cannot be used, the lines in English, with the way back', () => {
    render(DataError, { props: { ...props, messages: fr } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'Le jeu de données «\u202fdata/x.json\u202f» ne peut pas être utilisé\u00a0:',
    );
    expect(alert.querySelector('ul')?.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Ouvrir les campagnes par défaut' })).toHaveProperty(
      'href',
      'https://explorer.example/',
    );
    expect(screen.queryByRole('link', { name: 'Réessayer' })).toBeNull();
  });

  it('speaks English under lang=en, and offers a retry when one may help', () => {
    const retry = 'https://explorer.example/?data=data/x.json&lang=en';
    render(DataError, { props: { ...props, retry, messages: en } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.appTitle);
    expect(screen.getByRole('alert').textContent).toContain(
      'The dataset “data/x.json” cannot be used:',
    );
    expect(screen.getByRole('link', { name: 'Try again' })).toHaveProperty('href', retry);
    expect(screen.getByRole('link', { name: 'Open the default campaigns' })).toHaveProperty(
      'href',
      'https://explorer.example/',
    );
  });
});
