import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import { renderWithApp } from '../../../tests/unit/harness/render';
import { narrativesOf, type Narratives } from '../../lib/data/parse';
import type { Dataset } from '../../lib/data/schema';
import Story from './Story.svelte';

const full = raw as Dataset;
const apart: Dataset = { ...full, campaigns: full.campaigns.map((c) => ({ ...c, narrative: [] })) };
const campaign = apart.campaigns.find((c) => c.id === 'chine-free-the-five')!;

describe('Story', () => {
  it('says « Chargement… » until the narratives kept apart arrive, then shows the text', async () => {
    let arrive!: (stories: Narratives) => void;
    const load = () => new Promise<Narratives>((resolve) => (arrive = resolve));
    renderWithApp(Story, { campaign }, (app) => app.requestNarratives(), apart, load);
    expect(screen.getByRole('status').textContent).toBe('Chargement…');
    arrive(narrativesOf(full));
    const story = await screen.findByRole('region', { name: 'Le récit' });
    expect(story).toHaveTextContent(/^Le récit\s*Dès que 5 militantes/);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('gives each line of a problem its own paragraph, in English like the lines of check:data', async () => {
    const lines = [
      'n.json › chine-free-the-five › narrative: missing from this file',
      'n.json › x: …',
    ];
    const load = () => Promise.reject(new Error(lines.join('\n')));
    renderWithApp(Story, { campaign }, (app) => app.requestNarratives(), apart, load);
    const alert = await screen.findByRole('alert');
    const paragraphs = [...alert.querySelectorAll('p[lang="en"]')].map((p) => p.textContent);
    expect(paragraphs).toEqual(lines);
  });
});
