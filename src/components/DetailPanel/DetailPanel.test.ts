import { fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/make';
import { renderWithApp } from '../../../tests/unit/harness/render';
import { narrativesOf, type Narratives } from '../../lib/data/parse';
import type { Dataset } from '../../lib/data/schema';
import DetailPanel from './DetailPanel.svelte';
import type { AppState } from '../../state/app-state.svelte';

const NNBSP = '\u202f';

const dataset = makeDataset([
  {
    id: 'sotchi',
    title: 'Jeux de Sotchi',
    date: '2014-02',
    countries: ['RUS', { code: 'CHE', role: 'target' }],
    impact: [
      { value: 5, label: 'sponsors ont parlé', kind: 'result' },
      { value: 1000000, label: 'personnes ont signé', kind: 'mobilised', qualifier: 'over' },
      { value: 60000, unit: 'USD', label: 'collectés', kind: 'money' },
    ],
    narrative: ['Dès que les Jeux…', { items: ['un', 'deux', 'trois'] }],
    partners: ['Athlete Ally'],
  },
  { id: 'ouganda', title: 'Ouganda', date: '2014-06', countries: ['UGA'] },
  { id: 'suede', title: 'Suède', date: '2013-01', outcome: 'ongoing', countries: ['SWE'] },
]);

function open(id: string, data: Dataset = dataset, narratives?: () => Promise<Narratives>) {
  return renderWithApp(DetailPanel, {}, (app: AppState) => app.select(id), data, narratives);
}

describe('DetailPanel', () => {
  it('shows the title, French date, outcome, countries and figures', () => {
    open('sotchi');
    const panel = screen.getByRole('complementary', { name: 'Jeux de Sotchi' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Jeux de Sotchi');
    expect(panel.querySelector('.date')?.textContent).toBe('février 2014');
    expect(panel.querySelector('.outcome')?.textContent).toBe('Victoire');
    expect(screen.getByRole('button', { name: /^Russie/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(panel.textContent).toMatch(/plus de\s*1\smillion\s*personnes ont signé/);
    expect(panel.textContent).toContain(`60${NNBSP}000\u00a0$`);
    expect(panel.querySelector('.orgs dd')?.textContent).toBe('Athlete Ally');
  });

  it('shows the narrative, bulleted list included', () => {
    open('sotchi');
    const story = screen.getByRole('region', { name: 'Le récit' });
    expect(story.querySelector('p')?.textContent).toBe('Dès que les Jeux…');
    expect(story.querySelectorAll('ul > li')).toHaveLength(3);
  });

  it('selects a country from its button', async () => {
    const { app } = open('sotchi');
    await fireEvent.click(screen.getByRole('button', { name: /^Suisse/ }));
    expect(app.selection.country).toBe('CHE');
  });

  it('says « Chargement… » until a story kept apart arrives', async () => {
    const apart = {
      ...dataset,
      campaigns: dataset.campaigns.map((c) => ({ ...c, narrative: [] })),
    };
    let arrive!: (stories: Narratives) => void;
    open('sotchi', apart, () => new Promise((resolve) => (arrive = resolve)));
    expect(screen.getByText('Chargement…')).toHaveRole('status');
    arrive(narrativesOf(dataset));
    const story = await screen.findByRole('region', { name: 'Le récit' });
    expect(story.querySelector('p')?.textContent).toBe('Dès que les Jeux…');
  });

  it('says why a story kept apart could not be loaded, and tries again at the next selection', async () => {
    const apart = {
      ...dataset,
      campaigns: dataset.campaigns.map((c) => ({ ...c, narrative: [] })),
    };
    const line = 'sets/big.narratives.json: cannot load it (HTTP 404)';
    let calls = 0;
    const load = async (): Promise<Narratives> => {
      if (++calls === 1) throw new Error(line);
      return narrativesOf(dataset);
    };
    const { app } = open('ouganda', apart, load);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Le récit n’a pas pu être chargé\u00a0:');
    expect(alert.textContent).toContain(line);
    // The rest of the panel is there all the same.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Ouganda');

    app.select('sotchi');
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(
      screen.getByRole('region', { name: 'Le récit' }).querySelectorAll('ul > li'),
    ).toHaveLength(3);
    expect(calls).toBe(2);
  });

  it('walks to the previous and next campaign in date order', async () => {
    const { app } = open('sotchi');
    await fireEvent.click(screen.getByRole('button', { name: /suivante/ }));
    expect(app.selection.id).toBe('ouganda');
    flushSync();
    expect(screen.getByRole('button', { name: /suivante/ })).toBeDisabled();
    await fireEvent.click(screen.getByRole('button', { name: /précédente/ }));
    await fireEvent.click(screen.getByRole('button', { name: /précédente/ }));
    expect(app.selection.id).toBe('suede');
  });

  it('closes on Escape and from its close button', async () => {
    const { app } = open('ouganda');
    await fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(app.selection.id).toBeNull();
    app.select('sotchi');
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(app.selection.id).toBeNull();
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    open('ouganda');
    await fireEvent.click(screen.getByRole('button', { name: 'Copier le lien' }));
    const input = await screen.findByRole('textbox', { name: 'Copier le lien' });
    // The view's own link, whatever the address bar shows at that moment.
    expect((input as HTMLInputElement).value).toBe(
      `${location.origin}${location.pathname}?campaign=ouganda`,
    );
  });

  describe('as a sheet', () => {
    const sheet = (id: string) =>
      renderWithApp(DetailPanel, { sheet: true }, (app: AppState) => app.select(id), dataset);

    it('closes on Escape wherever focus is, and on a tap beside it', async () => {
      const { app, container } = sheet('ouganda');
      await fireEvent.keyDown(document.body, { key: 'Escape' });
      expect(app.selection.id).toBeNull();
      app.select('sotchi');
      flushSync();
      await fireEvent.click(container.querySelector('.backdrop')!);
      expect(app.selection.id).toBeNull();
    });

    it('grows and shrinks from its grip, a button', async () => {
      const { container } = sheet('ouganda');
      await fireEvent.click(screen.getByRole('button', { name: 'Agrandir le panneau' }));
      expect(container.querySelector('aside')).toHaveClass('expanded');
      await fireEvent.click(screen.getByRole('button', { name: 'Réduire le panneau' }));
      expect(container.querySelector('aside')).not.toHaveClass('expanded');
    });

    it('keeps Tab going round inside it', async () => {
      sheet('ouganda');
      const stops = [...screen.getByRole('complementary').querySelectorAll('button')];
      stops.at(-1)!.focus();
      await fireEvent.keyDown(stops.at(-1)!, { key: 'Tab' });
      expect(stops[0]).toHaveFocus();
      await fireEvent.keyDown(stops[0]!, { key: 'Tab', shiftKey: true });
      expect(stops.at(-1)).toHaveFocus();
    });

    it('is a plain panel beside the views otherwise: no grip, no backdrop, Escape outside ignored', async () => {
      const { app, container } = open('ouganda');
      expect(screen.queryByRole('button', { name: 'Agrandir le panneau' })).toBeNull();
      expect(container.querySelector('.backdrop')).toBeNull();
      await fireEvent.keyDown(document.body, { key: 'Escape' });
      expect(app.selection.id).toBe('ouganda');
    });
  });
});
