import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/make';
import { renderWithApp } from '../../../tests/unit/harness/render';
import CampaignList from './CampaignList.svelte';

const dataset = makeDataset([
  { id: 'tv9', title: 'Reportage TV9', date: '2012-05', countries: ['UGA'] },
  { id: 'sotchi', title: 'Jeux de Sotchi', date: '2014-02', countries: ['RUS', 'CHE'] },
  { id: 'suede', title: 'Stérilisation forcée', date: '2013-01', countries: ['SWE'] },
  { id: 'soins', title: 'Contre les traitements', date: 'ongoing', countries: ['GBR'] },
]);
const list = () => renderWithApp(CampaignList, {}, undefined, dataset);

const titles = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((r) => r.textContent?.trim());

describe('CampaignList', () => {
  it('lists every campaign, newest first, with date, countries and outcome', () => {
    list();
    expect(titles()).toEqual([
      'Contre les traitements',
      'Jeux de Sotchi',
      'Stérilisation forcée',
      'Reportage TV9',
    ]);
    const cells = [...screen.getByRole('row', { name: /Sotchi/ }).querySelectorAll('td')];
    expect(cells.map((td) => td.textContent)).toEqual([
      'février 2014',
      'Russie, Suisse',
      'Victoire',
    ]);
  });

  it('sorts by date both ways from the column header', async () => {
    const { app } = list();
    await fireEvent.click(screen.getByRole('button', { name: /^Date/ }));
    expect(app.filters.sort).toBe('oldest');
    expect(titles()[0]).toBe('Reportage TV9');
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('follows the filters and dims, not removes, outside a selected country', () => {
    const { app } = list();
    app.setQuery('sterilisation');
    flushSync();
    expect(titles()).toEqual(['Stérilisation forcée']);
    app.setQuery('');
    app.selectCountry('SWE');
    flushSync();
    expect(titles()).toHaveLength(4);
    expect(document.querySelectorAll('tbody tr.background')).toHaveLength(3);
  });

  it('says so when nothing is in view', () => {
    const { app } = list();
    app.setQuery('zzzz');
    flushSync();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('region', { name: 'Liste des campagnes' })).toHaveTextContent(
      /Aucune campagne/,
    );
  });

  it('opens a campaign from its title', async () => {
    const { app } = list();
    await fireEvent.click(screen.getByRole('button', { name: 'Jeux de Sotchi' }));
    expect(app.selection.id).toBe('sotchi');
  });
});

describe('CampaignList with hundreds of campaigns', () => {
  it('shows them 50 at a time, saying how many there are, and grows on request', async () => {
    const many = makeDataset(
      Array.from({ length: 120 }, (_, i) => ({
        id: `c${i}`,
        date: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      })),
    );
    renderWithApp(CampaignList, {}, undefined, many);
    const rows = () => document.querySelectorAll('tbody tr').length;
    expect(rows()).toBe(50);
    expect(screen.getByText(/premières sur/)).toHaveTextContent(/^50 premières sur 120$/);
    await fireEvent.click(screen.getByRole('button', { name: 'Afficher 50 campagnes de plus' }));
    expect(rows()).toBe(100);
    expect(screen.getByText(/premières sur/)).toHaveTextContent(/^100 premières sur 120$/);
    await fireEvent.click(screen.getByRole('button', { name: 'Afficher 20 campagnes de plus' }));
    expect(rows()).toBe(120);
    expect(screen.queryByRole('button', { name: /Afficher/ })).toBeNull();
  });
});
