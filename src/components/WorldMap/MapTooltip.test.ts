import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { makeCampaign } from '../../../tests/fixtures/make';
import { fr } from '../../lib/i18n/fr';
import MapTooltip from './MapTooltip.svelte';

const anchor = { left: 100, top: 100, right: 100, bottom: 100 };
const campaigns = (count: number) =>
  Array.from({ length: count }, (_, i) => makeCampaign({ id: `c${i}`, title: `Campagne ${i}` }));
/** In `props`: `anchor` is also a mount option, so a bare object would be taken for options. */
const props = {
  t: fr,
  name: 'Ouganda',
  people: 0,
  formatDate: () => 'mars 2011',
  anchor,
  width: 960,
  height: 468,
};

describe('MapTooltip', () => {
  it('names the country, its campaign count and each campaign with its date', () => {
    render(MapTooltip, { props: { ...props, campaigns: campaigns(2) } });
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.querySelector('strong')?.textContent).toBe('Ouganda');
    expect(tooltip.textContent).toContain('2 campagnes');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Campagne 0, mars 2011',
      'Campagne 1, mars 2011',
    ]);
  });

  it('names at most five campaigns and says how many more there are', () => {
    render(MapTooltip, { props: { ...props, campaigns: campaigns(12) } });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[5]!.textContent).toBe('et 7 autres');
  });

  it('gives the people mobilised instead of the count when the map shows people', () => {
    render(MapTooltip, { props: { ...props, campaigns: campaigns(1), people: 12000 } });
    expect(screen.getByRole('tooltip').textContent).toMatch(/12\s000 personnes mobilisées/);
  });
});
