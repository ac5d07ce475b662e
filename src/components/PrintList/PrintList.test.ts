import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { makeCampaign } from '../../../tests/fixtures/make';
import type { Campaign } from '../../lib/data/schema';
import { fr } from '../../lib/i18n/fr';
import PrintList from './PrintList.svelte';

const campaigns = [
  makeCampaign({ id: 'a', title: 'Sotchi', countries: ['RUS'] }),
  makeCampaign({ id: 'b', title: 'Ouganda', countries: ['UGA', 'GBR'] }),
];

describe('PrintList', () => {
  it('builds nothing on screen, and every campaign with its story once the page prints', () => {
    const onprint = vi.fn();
    render(PrintList, {
      props: {
        campaigns,
        scope: '2 campagnes sur 5, selon les filtres : Thèmes : sport.',
        t: fr,
        dateOf: (c: Campaign) => `date de ${c.id}`,
        countryName: (code: string) => `pays ${code}`,
        narrativeOf: (c: Campaign) => (c.id === 'a' ? ['Le récit de a.'] : null),
        onprint,
      },
    });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    dispatchEvent(new Event('beforeprint'));
    expect(onprint).toHaveBeenCalledOnce();
    expect(screen.getByText(/selon les filtres/).textContent).toBe(
      '2 campagnes sur 5, selon les filtres : Thèmes : sport.',
    );
    const articles = screen.getAllByRole('article');
    expect(articles.map((a) => a.querySelector('h2')?.textContent)).toEqual(['Sotchi', 'Ouganda']);
    expect(articles[1]!.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'date de b · Victoire · pays UGA, pays GBR',
    );
    expect(articles[0]!.querySelector('[lang="fr"] p')?.textContent).toBe('Le récit de a.');
  });
});
