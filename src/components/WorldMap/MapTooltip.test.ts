import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { manyCampaigns, renderWithApp } from '../../../tests/unit/harness/render';
import MapTooltip from './MapTooltip.svelte';

const anchor = { left: 100, top: 100, right: 100, bottom: 100 };

describe('MapTooltip', () => {
  it('names at most five campaigns and says how many more there are', () => {
    const many = manyCampaigns(2000);
    const inUganda = many.campaigns.filter((c) => c.countries.some((x) => x.code === 'UGA'));
    renderWithApp(MapTooltip, { code: 'UGA', anchor, width: 960, height: 468 }, undefined, many);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[5]!.textContent).toBe(`et ${inUganda.length - 5} autres`);
  });
});
