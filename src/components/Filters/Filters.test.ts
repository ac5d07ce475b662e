import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
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
const toggle = () => screen.getByRole('button', { name: /^Filtres/ });
const open = () => fireEvent.click(toggle());

describe('Filters', () => {
  it('offers the dataset’s themes and the outcomes it uses as toggle buttons', async () => {
    filters();
    await open();
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
    await open();
    await fireEvent.click(screen.getByRole('button', { name: 'santé' }));
    expect(app.filters.visible.map((c) => c.id)).toEqual(['sotchi', 'suede']);
    expect(screen.getByRole('button', { name: 'santé' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/campagnes? sur/)).toHaveTextContent(/^2 campagnes sur 3\b/);
  });

  it('toggles an outcome', async () => {
    const { app } = filters();
    await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Visibilité gagnée' }));
    expect(app.filters.visible.map((c) => c.id)).toEqual(['suede']);
  });

  it('searches without caring for case or accents, and clears', async () => {
    const { app } = filters();
    expect(screen.queryByRole('button', { name: 'Tout effacer' })).toBeNull();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'STERILISATION' } });
    expect(app.filters.visible.map((c) => c.id)).toEqual(['suede']);
    await fireEvent.click(screen.getByRole('button', { name: 'Tout effacer' }));
    expect(app.filters.visible).toHaveLength(3);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('folds the chips behind a button that says whether they show', async () => {
    filters();
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Thèmes' })).toBeNull();
    const panel = document.getElementById(toggle().getAttribute('aria-controls') ?? '');
    expect(panel).toHaveAttribute('hidden');
    await open();
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(panel).not.toHaveAttribute('hidden');
    await open();
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape from inside the panel and gives focus back to the button', async () => {
    filters();
    await open();
    const chip = screen.getByRole('button', { name: 'sport' });
    chip.focus();
    await fireEvent.keyDown(chip, { key: 'Escape' });
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();
  });

  it('counts the active themes and outcomes, each one a chip that removes it', async () => {
    const { app } = filters();
    app.toggleTheme('sport');
    app.toggleOutcome('visibility');
    await tick();
    expect(toggle()).toHaveTextContent('Filtres (2)');
    await fireEvent.click(screen.getByRole('button', { name: 'Retirer le filtre\u00a0: sport' }));
    expect([...app.filters.themes]).toEqual([]);
    expect(toggle()).toHaveTextContent('Filtres (1)');
    expect(toggle()).toHaveFocus();
    await fireEvent.click(
      screen.getByRole('button', { name: 'Retirer le filtre\u00a0: Visibilité gagnée' }),
    );
    expect(app.filters.outcomes.size).toBe(0);
    expect(toggle()).toHaveTextContent(/^Filtres$/);
    expect(screen.queryByRole('button', { name: /^Retirer/ })).toBeNull();
  });

  it('offers « Tout effacer » only while a filter is on', async () => {
    const { app } = filters();
    expect(screen.queryByRole('button', { name: 'Tout effacer' })).toBeNull();
    app.toggleTheme('médias');
    await tick();
    await fireEvent.click(screen.getByRole('button', { name: 'Tout effacer' }));
    expect(app.filters.active).toBe(false);
    expect(screen.queryByRole('button', { name: /^Retirer/ })).toBeNull();
  });
});
