import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { makeCampaign, makeDataset } from '../../../tests/fixtures/make';
import type { Impact } from '../../lib/data/schema';
import { fr } from '../../lib/i18n/fr';
import { totalsOf } from '../../lib/scales/totals';
import SlideCard from './SlideCard.svelte';

const impact: Impact[] = [
  { value: 500, label: 'lettres', kind: 'mobilised' },
  { value: 120000, label: 'signatures', kind: 'mobilised', qualifier: 'over' },
  { value: 3, label: 'lois', kind: 'result' },
  { value: 9, label: 'autres résultats', kind: 'result' },
];
const campaign = makeCampaign({ id: 'a', title: 'Sotchi', impact });
const { source } = makeDataset([]);

function card(props: Record<string, unknown>) {
  const ontogglenarrative = vi.fn();
  render(SlideCard, {
    props: {
      slide: { kind: 'campaign', id: 'a' },
      campaign,
      totals: totalsOf([campaign]),
      narrativeOpen: false,
      label: 'Diapositive 2 sur 3',
      ontogglenarrative,
      t: fr,
      source,
      date: 'février 2014',
      narrative: ['Le récit.'],
      problem: '',
      ...props,
    },
  });
  return { slide: screen.getByRole('region', { name: 'Diapositive 2 sur 3' }), ontogglenarrative };
}

describe('SlideCard', () => {
  it('headlines a campaign with its largest mobilisation and its first result, at stage size', () => {
    const { slide } = card({});
    expect(slide.querySelector('h2')?.textContent).toBe('Sotchi');
    expect(slide.querySelector('.kicker')?.textContent).toBe('février 2014 · Victoire');
    const figures = [...slide.querySelectorAll('.figures > li')];
    expect(figures.map((f) => f.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'plus de 120 000 signatures',
      '3 lois',
    ]);
    expect(figures[0]).toHaveClass('stage');
  });

  it('swaps the figures for the story on request', async () => {
    const { slide, ontogglenarrative } = card({ narrativeOpen: true });
    expect(slide.querySelector('.figures')).toBeNull();
    expect(screen.getByRole('region', { name: 'Le récit' })).toHaveTextContent('Le récit.');
    await fireEvent.click(screen.getByRole('button', { name: fr.hideNarrative }));
    expect(ontogglenarrative).toHaveBeenCalledOnce();
  });

  it('opens with the publisher', () => {
    card({ slide: { kind: 'opening' } });
    expect(screen.getByText(source.publisher)).toHaveClass('kicker');
  });

  it('quotes the outcome evidence when the campaign has no figure, never an empty slide', () => {
    const bare = makeCampaign({ id: 'b', impact: [], outcomeEvidence: 'ont fait parler' });
    card({ campaign: bare, slide: { kind: 'campaign', id: 'b' } });
    expect(screen.getByRole('blockquote').textContent?.trim()).toBe(
      '«\u202font fait parler\u202f»',
    );
  });

  it('closes with the totals and the source', () => {
    const { slide } = card({ slide: { kind: 'closing' } });
    expect(slide.querySelector('h2')?.textContent).toBe(fr.presentClosing);
    // A campaign counts its largest mobilisation, not the sum of its figures, and says « plus de ».
    expect(slide.querySelector('.figures li .value')?.textContent).toBe('plus de 120\u202f000');
    expect(slide.querySelector('p.muted')?.textContent?.trim()).toBe(
      fr.source(source.publisher, source.title),
    );
  });
});
