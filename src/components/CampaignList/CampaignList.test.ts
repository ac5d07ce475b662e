import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { manyCampaigns, renderWithApp } from '../../../tests/unit/harness/render';
import CampaignList from './CampaignList.svelte';

const titles = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((r) => r.textContent?.trim());

describe('CampaignList', () => {
  it('lists every campaign, newest first, with date, countries and outcome', () => {
    renderWithApp(CampaignList);
    expect(titles()).toHaveLength(13);
    expect(titles()[0]).toMatch(/traitements/);
    const row = screen.getByRole('row', { name: /#FreeTheFive/ });
    expect(row.textContent).toContain('avril 2015');
    expect(row.textContent).toContain('Chine');
    expect(row.textContent).toContain('Victoire');
  });

  it('sorts by date both ways from the column header', async () => {
    const { app } = renderWithApp(CampaignList);
    await fireEvent.click(screen.getByRole('button', { name: /^Date/ }));
    expect(app.filters.sort).toBe('oldest');
    expect(titles()[0]).toMatch(/TV9/);
    expect(screen.getByRole('columnheader', { name: /Date/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('follows the filters and dims, not removes, outside a selected country', () => {
    const { app } = renderWithApp(CampaignList);
    app.setQuery('ouganda');
    flushSync();
    expect(titles()).toHaveLength(2);
    app.setQuery('');
    app.selectCountry('SWE');
    flushSync();
    expect(titles()).toHaveLength(13);
    expect(document.querySelectorAll('tbody tr.background')).toHaveLength(12);
  });

  it('opens a campaign from its title', async () => {
    const { app } = renderWithApp(CampaignList);
    await fireEvent.click(screen.getByRole('button', { name: /Paraguay/ }));
    expect(app.selection.id).toBe('egalite-au-paraguay');
  });
});

describe('CampaignList with hundreds of campaigns', () => {
  it('shows them 50 at a time, saying how many there are, and grows on request', async () => {
    renderWithApp(CampaignList, {}, undefined, manyCampaigns(120));
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
