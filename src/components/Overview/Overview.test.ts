import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/make';
import { renderWithApp } from '../../../tests/unit/harness/render';
import { yearRange } from '../../lib/time/range';
import Overview from './Overview.svelte';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const signed = (value: number) => [{ value, label: 'ont signé', kind: 'mobilised' as const }];

const dataset = makeDataset([
  { id: 'a', title: 'Sotchi', date: '2013-05', countries: ['RUS', 'CHE'], impact: signed(1200000) },
  { id: 'b', title: 'Ouganda', date: '2014-02', countries: ['UGA'], impact: signed(3000) },
  { id: 'c', title: 'Suède', date: '2014-09', countries: ['SWE'], outcome: 'partial' },
]);
const overview = () => renderWithApp(Overview, {}, undefined, dataset);
const lead = () =>
  screen.getByRole('region', { name: 'En bref' }).querySelector('.lead')!.textContent;

describe('Overview', () => {
  it('sums up every campaign, in French, with a hint to pick one', () => {
    overview();
    const region = screen.getByRole('region', { name: 'En bref' });
    expect(lead()).toBe('3 campagnes');
    expect(region.querySelector('.value')?.textContent).toBe('1\u202f203\u202f000');
    expect(squash(region.textContent)).toContain('1 203 000 signatures et actions');
    expect(squash(region.textContent)).toContain(
      'une même personne peut compter dans plusieurs campagnes',
    );
    // Where the issue is: Switzerland counts too, as a focus country of this fixture.
    expect(squash(region.textContent)).toContain('4 pays concernés');
    expect(squash(region.textContent)).toContain('2 victoires');
    expect(region.textContent).toMatch(/Choisissez une campagne/);
  });

  it('says « plus de » and rounds down when a term of the sum is a lower bound', () => {
    const over = makeDataset([
      { id: 'a', countries: ['RUS'], impact: [{ ...signed(1000000)[0]!, qualifier: 'over' }] },
      { id: 'b', countries: ['UGA'], impact: signed(623000) },
    ]);
    renderWithApp(Overview, {}, undefined, over);
    const region = screen.getByRole('region', { name: 'En bref' });
    expect(squash(region.querySelector('.value')?.textContent)).toBe('plus de 1,6 million');
  });

  it('opens « Comment lisons-nous ces chiffres ? » with the terms of the total', async () => {
    overview();
    const summary = screen.getByText(/^Comment lisons-nous ces chiffres/);
    await fireEvent.click(summary);
    const table = await screen.findByRole('table', { name: 'Les termes de la somme' });
    expect(squash(table.textContent)).toContain('Suèdeaucun chiffre de mobilisation');
    expect(squash(table.textContent)).toContain('Sotchi1 200 000 ont signé');
  });

  it('follows the filters: a year shows that year’s campaigns out of all of them', async () => {
    const { app } = overview();
    app.setTimeRange(yearRange(2014));
    await tick();
    expect(lead()).toBe('2 campagnes sur 3');
    expect(squash(screen.getByRole('region', { name: 'En bref' }).textContent)).toContain(
      '2 pays concernés',
    );
  });

  it('writes French plurals: one campaign, none', async () => {
    const { app } = overview();
    app.setQuery('Sotchi');
    await tick();
    expect(lead()).toBe('1 campagne sur 3');
    app.setQuery('zzzz');
    await tick();
    expect(lead()).toBe('aucune campagne sur 3');
  });
});
