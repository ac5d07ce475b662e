import { screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { totalsOf } from '../../lib/scales/totals';
import { formatCount } from '../../lib/format/numbers';
import { yearRange } from '../../lib/time/range';
import { renderWithApp } from '../../../tests/unit/harness/render';
import Overview from './Overview.svelte';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('Overview', () => {
  it('sums up every campaign, in French, with a hint to pick one', () => {
    const { app } = renderWithApp(Overview);
    const region = screen.getByRole('region', { name: 'En bref' });
    expect(region.querySelector('.lead')!.textContent).toBe('13 campagnes');
    const people = formatCount(totalsOf(app.index.campaigns).people, 'fr-FR');
    expect(people).toBe('1\u202f623\u202f000');
    expect(squash(region.textContent)).toContain(squash(`${people} personnes mobilisées`));
    expect(squash(region.textContent)).toContain('14 pays concernés');
    expect(region.textContent).toMatch(/Choisissez une campagne/);
  });

  it('follows the filters: a year shows that year’s campaigns out of all of them', async () => {
    const { app } = renderWithApp(Overview);
    app.setTimeRange(yearRange(2013));
    await tick();
    const n = app.filters.visible.length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(13);
    expect(
      screen.getByRole('region', { name: 'En bref' }).querySelector('.lead')!.textContent,
    ).toBe(`${n} campagne${n > 1 ? 's' : ''} sur 13`);
  });

  it('writes French plurals: one campaign, none', async () => {
    const { app } = renderWithApp(Overview);
    const lead = () =>
      screen.getByRole('region', { name: 'En bref' }).querySelector('.lead')!.textContent;
    app.setQuery('Sotchi');
    await tick();
    expect(lead()).toBe('1 campagne sur 13');
    app.setQuery('zzzz');
    await tick();
    expect(lead()).toBe('aucune campagne sur 13');
  });
});
