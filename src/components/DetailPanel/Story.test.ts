import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../lib/data/schema';
import { fr } from '../../lib/i18n/fr';
import Story from './Story.svelte';

const story = (narrative: readonly Paragraph[] | null, problem = '') =>
  render(Story, { props: { narrative, problem, t: fr } });

describe('Story', () => {
  it('shows the text under « Le récit », bulleted list included, in French', () => {
    story(['Dès que 5 militantes…', { items: ['une', 'deux'] }]);
    const region = screen.getByRole('region', { name: 'Le récit' });
    expect(region.querySelector('[lang="fr"] p')?.textContent).toBe('Dès que 5 militantes…');
    expect([...region.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['une', 'deux']);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says « Chargement… » while the narrative is not there', () => {
    story(null);
    expect(screen.getByRole('status').textContent).toBe('Chargement…');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('gives each line of a problem its own paragraph, in English like the lines of check:data', () => {
    const lines = [
      'n.json › chine-free-the-five › narrative: missing from this file',
      'n.json › x: …',
    ];
    story(null, lines.join('\n'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Le récit n’a pas pu être chargé\u00a0:');
    const paragraphs = [...alert.querySelectorAll('p[lang="en"]')].map((p) => p.textContent);
    expect(paragraphs).toEqual(lines);
  });
});
