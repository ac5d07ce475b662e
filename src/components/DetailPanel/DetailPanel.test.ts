import { fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import raw from '../../../data/campaigns.json';
import { renderWithApp } from '../../../tests/unit/harness/render';
import { narrativesOf, type Narratives } from '../../lib/data/parse';
import type { Dataset } from '../../lib/data/schema';
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

  it('says why a story kept apart could not be loaded, and tries again at the next selection', async () => {
    const full = raw as Dataset;
    const apart: Dataset = {
      ...full,
      campaigns: full.campaigns.map((c) => ({ ...c, narrative: [] })),
    };
    const stories = narrativesOf(full);
    const line = 'sets/big.narratives.json: cannot load it (HTTP 404)';
    let calls = 0;
    const load = async (): Promise<Narratives> => {
      if (++calls === 1) throw new Error(line);
      return stories;
    };
    const { app } = renderWithApp(
      DetailPanel,
      {},
      (a: AppState) => a.select('chine-free-the-five'),
      apart,
      load,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Le récit n’a pas pu être chargé\u00a0:');
    expect(alert.textContent).toContain(line);
    // The rest of the panel is there all the same.
    expect(screen.getByRole('complementary').textContent).toContain(`120${NNBSP}000`);

    app.select('jeux-de-sotchi');
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByRole('complementary').querySelectorAll('[lang="fr"] ul > li')).toHaveLength(
      4,
    );
    expect(calls).toBe(2);
  });

  it('walks to the previous and next campaign in date order', async () => {
    const { app } = open('ouganda-loi-anti-gay');
    await fireEvent.click(screen.getByRole('button', { name: /suivante/ }));
    expect(app.selection.id).toBe('sterilisation-forcee-suede');
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: /précédente/ }));
    expect(app.selection.id).toBe('ouganda-loi-anti-gay');
  });

  it('closes on Escape', async () => {
    const { app } = open('reportage-tv9');
    await fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(app.selection.id).toBeNull();
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
