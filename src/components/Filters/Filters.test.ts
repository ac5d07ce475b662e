import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/make';
import { renderWithApp } from '../../../tests/unit/harness/render';
import Filters from './Filters.svelte';

const dataset = makeDataset([
  { id: 'sotchi', title: 'Jeux de Sotchi', tags: ['sport', 'santé'] },
  { id: 'suede', title: 'Stérilisation forcée', tags: ['santé'], outcome: 'visibility' },
  { id: 'tv9', title: 'Reportage TV9', tags: ['médias'] },
]);
const filters = () => renderWithApp(Filters, {}, undefined, dataset);

describe('Filters', () => {
  it('offers the dataset’s themes and the outcomes it uses as toggle buttons', () => {
    filters();
    const themes = screen.getByRole('group', { name: 'Thèmes' });
    expect([...themes.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'médias',
      'santé',
      'sport',
    ]);
    const outcomes = screen.getByRole('group', { name: 'Issue' });
    expect([...outcomes.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Victoire',
      'Visibilité gagnée',
    ]);
    expect(screen.getByRole('button', { name: 'Visibilité gagnée' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('toggles a theme and counts what is shown', async () => {
    const { app } = filters();
    await fireEvent.click(screen.getByRole('button', { name: 'santé' }));
    expect(app.filters.visible.map((c) => c.id)).toEqual(['sotchi', 'suede']);
    expect(screen.getByRole('button', { name: 'santé' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/campagnes? sur/)).toHaveTextContent(/^2 campagnes sur 3\b/);
  });

  it('toggles an outcome', async () => {
    const { app } = filters();
    await fireEvent.click(screen.getByRole('button', { name: 'Visibilité gagnée' }));
    expect(app.filters.visible.map((c) => c.id)).toEqual(['suede']);
  });

  it('searches without caring for case or accents, and clears', async () => {
    const { app } = filters();
    expect(screen.queryByRole('button', { name: 'Effacer les filtres' })).toBeNull();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'STERILISATION' } });
    expect(app.filters.visible.map((c) => c.id)).toEqual(['suede']);
    await fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(app.filters.visible).toHaveLength(3);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });
});
