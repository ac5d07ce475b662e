import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Method from './Method.svelte';
import { methodMessages } from './messages';

const terms = [
  {
    id: 'a',
    title: 'Sotchi',
    figure: {
      value: 1000000,
      label: 'ont agi',
      kind: 'mobilised' as const,
      qualifier: 'over' as const,
    },
  },
  { id: 'b', title: 'Brésil', figure: undefined },
];

describe('Method', () => {
  it('lists the terms of the total: each campaign and the figure it counts, « plus de » kept', () => {
    render(Method, {
      props: {
        lang: 'fr',
        over: 'plus de',
        locale: 'fr-FR',
        terms,
        countries: ['Brésil', 'Russie'],
        victories: ['Sotchi'],
        source: { text: 'Source : All Out, « Nos mobilisations »', href: 'source/nos.txt' },
      },
    });
    const table = screen.getByRole('table', { name: 'Les termes de la somme' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((r) =>
      [...r.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(cells).toEqual([
      ['Sotchi', 'plus de 1 million ont agi'],
      ['Brésil', 'aucun chiffre de mobilisation'],
    ]);
    expect(screen.getByText(/Pays concernés : Brésil et Russie\./)).toBeInTheDocument();
    expect(
      screen.getByText(/une même personne peut compter dans plusieurs campagnes/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Source : All Out, « Nos mobilisations »' }),
    ).toHaveAttribute('href', 'source/nos.txt');
  });

  it('names the source without a link where there is none to give (the single file)', () => {
    render(Method, {
      props: {
        lang: 'en',
        over: 'over',
        locale: 'en-GB',
        terms,
        countries: [],
        victories: [],
        source: { text: 'Source: All Out, “Nos mobilisations”', href: undefined },
      },
    });
    expect(screen.getByText('Source: All Out, “Nos mobilisations”')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('has the same messages in English and French', () => {
    expect(Object.keys(methodMessages.en).sort()).toEqual(Object.keys(methodMessages.fr).sort());
  });
});
