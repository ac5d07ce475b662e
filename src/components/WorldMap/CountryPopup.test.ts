import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { makeCampaign } from '../../../tests/fixtures/make';
import { fr } from '../../lib/i18n/fr';
import CountryPopup from './CountryPopup.svelte';

const campaigns = (count: number) =>
  Array.from({ length: count }, (_, i) => makeCampaign({ id: `c${i}`, title: `Campagne ${i}` }));

function popup(props: Record<string, unknown> = {}) {
  const calls = { onselect: vi.fn(), onhover: vi.fn(), onclear: vi.fn() };
  const all = {
    t: fr,
    code: 'UGA',
    name: 'Ouganda',
    campaigns: campaigns(2),
    current: null,
    formatDate: () => 'mars 2011',
    ...calls,
    ...props,
  };
  render(CountryPopup, { props: all });
  return calls;
}

const items = () => [
  ...screen
    .getByRole('region', { name: 'Campagnes liées à l’Ouganda' })
    .querySelectorAll('li button'),
];

describe('CountryPopup', () => {
  it('lists the country’s campaigns, the open one marked, and opens the one picked', async () => {
    const calls = popup({ current: 'c1' });
    expect(items().map((b) => b.textContent)).toEqual([
      'Campagne 0, mars 2011',
      'Campagne 1, mars 2011',
    ]);
    expect(items()[1]).toHaveAttribute('aria-current', 'true');
    await fireEvent.pointerEnter(items()[0]!);
    expect(calls.onhover).toHaveBeenLastCalledWith('c0');
    await fireEvent.click(items()[0]!);
    expect(calls.onselect).toHaveBeenCalledWith('c0');
  });

  it('clears the country with « Désélectionner le pays »', async () => {
    const calls = popup();
    await fireEvent.click(screen.getByRole('button', { name: 'Désélectionner le pays' }));
    expect(calls.onclear).toHaveBeenCalledOnce();
  });

  it('shows ten campaigns at first and fifty more on request', async () => {
    popup({ campaigns: campaigns(70) });
    expect(items()).toHaveLength(10);
    await fireEvent.click(screen.getByRole('button', { name: 'Afficher 50 campagnes de plus' }));
    expect(items()).toHaveLength(60);
  });

  it('shows nothing without a selected country', () => {
    popup({ code: null });
    expect(screen.queryByRole('region')).toBeNull();
  });
});
