import { fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../tests/unit/harness/render';
import DetailPanel from './DetailPanel.svelte';
import type { AppState } from '../../state/app-state.svelte';

const NNBSP = '\u202f';

function open(id: string) {
  const result = renderWithApp(DetailPanel, {}, (app: AppState) => app.select(id));
  return result;
}

describe('DetailPanel', () => {
  it('shows the title, French date, outcome, figures and narrative', () => {
    open('chine-free-the-five');
    const panel = screen.getByRole('complementary');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Chine\u00a0: #FreeTheFive');
    expect(panel.textContent).toContain('avril 2015');
    expect(panel.textContent).toContain('Victoire');
    expect(panel.textContent).toContain(`120${NNBSP}000`);
    expect(panel.textContent).toContain('personnes ont signé une pétition');
    expect(panel.querySelector('[lang="fr"] p')?.textContent).toMatch(/^Dès que 5 militantes/);
  });

  it('keeps the bulleted list and says « plus de » where the source does', () => {
    open('jeux-de-sotchi');
    const panel = screen.getByRole('complementary');
    expect(panel.querySelectorAll('[lang="fr"] ul > li')).toHaveLength(4);
    expect(panel.textContent).toMatch(/plus de\s*1 million/);
  });

  it('formats money the French way', () => {
    open('crowdfunding-irak');
    expect(screen.getByRole('complementary').textContent).toContain(`60${NNBSP}000\u00a0$`);
  });

  it('walks to the previous and next campaign in date order', async () => {
    const { app } = open('ouganda-loi-anti-gay');
    await fireEvent.click(screen.getByRole('button', { name: /suivante/ }));
    expect(app.selectedId).toBe('sterilisation-forcee-suede');
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: /précédente/ }));
    expect(app.selectedId).toBe('ouganda-loi-anti-gay');
  });

  it('closes on Escape', async () => {
    const { app } = open('reportage-tv9');
    await fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(app.selectedId).toBeNull();
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    open('reportage-tv9');
    await fireEvent.click(screen.getByRole('button', { name: 'Copier le lien' }));
    const input = await screen.findByRole('textbox', { name: 'Copier le lien' });
    // The view's own link, whatever the address bar shows at that moment.
    expect((input as HTMLInputElement).value).toBe(
      `${location.origin}${location.pathname}?campaign=reportage-tv9`,
    );
  });
});
