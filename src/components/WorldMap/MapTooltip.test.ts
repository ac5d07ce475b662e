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
  code: 'UGA',
  name: 'Ouganda',
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

  it('on the people map, gives the value as what it is and what each campaign adds', () => {
    const sign = (value: number, qualifier?: 'over') => ({
      value,
      label: 'ont signé',
      kind: 'mobilised' as const,
      ...(qualifier ? { qualifier } : {}),
    });
    const list = [
      makeCampaign({ id: 'a', title: 'Loi', countries: ['UGA'], impact: [sign(240000, 'over')] }),
      makeCampaign({ id: 'b', title: 'Tabloïd', countries: ['UGA'], impact: [sign(85000)] }),
      makeCampaign({ id: 'c', title: 'Sans', countries: ['UGA'] }),
    ];
    render(MapTooltip, {
      props: { ...props, campaigns: list, people: { value: 325000, atLeast: true, unplaced: 0 } },
    });
    expect(screen.getByRole('tooltip').textContent).toMatch(
      /plus de 320\s000 signatures et actions/,
    );
    expect(
      screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ')),
    ).toEqual([
      'Loi, mars 2011 · plus de 240 000',
      'Tabloïd, mars 2011 · 85 000',
      'Sans, mars 2011 · sans chiffre pour ce pays',
    ]);
  });

  it('on the people map, says when no campaign credits the country a figure and when one is placed nowhere', () => {
    const two = makeCampaign({
      id: 'd',
      title: 'Deux pays',
      countries: ['UGA', 'KEN'],
      impact: [{ value: 500, label: 'ont signé', kind: 'mobilised' }],
    });
    render(MapTooltip, {
      props: {
        ...props,
        campaigns: [two],
        people: { value: undefined, atLeast: false, unplaced: 1 },
      },
    });
    const text = screen.getByRole('tooltip').textContent;
    expect(text).toContain('1 campagne, sans chiffre de mobilisation');
    expect(text).toContain('1 chiffre non attribué à un pays');
  });
});
