import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../tests/unit/harness/render';
import Filters from './Filters.svelte';

describe('Filters', () => {
  it('offers the dataset’s themes and the outcomes it uses as toggle buttons', () => {
    renderWithApp(Filters);
    const themes = screen.getByRole('group', { name: 'Thèmes' });
    expect(themes.querySelectorAll('button')).toHaveLength(14);
    expect(screen.getByRole('button', { name: 'Visibilité gagnée' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('toggles a theme and counts what is shown', async () => {
    const { app } = renderWithApp(Filters);
    await fireEvent.click(screen.getByRole('button', { name: 'santé' }));
    expect(app.filters.visible.map((c) => c.id)).toEqual([
      'sterilisation-forcee-suede',
      'contre-les-traitements-anti-gays',
    ]);
    expect(screen.getByRole('button', { name: 'santé' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/campagnes? sur/)).toHaveTextContent(/^2 campagnes sur 13\b/);
  });

  it('searches without caring for case or accents, and clears', async () => {
    const { app } = renderWithApp(Filters);
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'STERILISATION' } });
    expect(app.filters.visible).toHaveLength(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(app.filters.visible).toHaveLength(13);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });
});
