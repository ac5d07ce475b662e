// The panel's leaves, each rendered alone with its props: no app state, no real dataset.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { makeCampaign } from '../../../tests/fixtures/make';
import type { Impact } from '../../lib/data/schema';
import { en } from '../../lib/i18n/en';
import { fr } from '../../lib/i18n/fr';
import CopyLink from './CopyLink.svelte';
import ImpactFigures from './ImpactFigures.svelte';
import PanelCountries from './PanelCountries.svelte';
import PanelNav from './PanelNav.svelte';

describe('PanelNav', () => {
  it('names the neighbours by title and steps back or forth', async () => {
    const onstep = vi.fn();
    render(PanelNav, {
      props: {
        previous: makeCampaign({ id: 'a', title: 'Sotchi' }),
        next: undefined,
        onstep,
        t: fr,
      },
    });
    const back = screen.getByRole('button', { name: /précédente/ });
    expect(back).toHaveTextContent(/Sotchi$/);
    expect(screen.getByRole('button', { name: /suivante/ })).toBeDisabled();
    await fireEvent.click(back);
    expect(onstep).toHaveBeenCalledExactlyOnceWith(-1);
  });
});

describe('PanelCountries', () => {
  it('names each country with its role and selects it on click', async () => {
    const onselect = vi.fn();
    render(PanelCountries, {
      props: {
        countries: [
          { code: 'UGA', role: 'focus' },
          { code: 'GBR', role: 'target' },
        ],
        selected: 'GBR',
        nameOf: (code: string) => ({ UGA: 'Ouganda', GBR: 'Royaume-Uni' })[code] ?? code,
        onselect,
        t: fr,
      },
    });
    const uganda = screen.getByRole('button', { name: /^Ouganda/ });
    expect(uganda).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: /^Royaume-Uni/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(uganda.querySelector('.role')?.textContent).toBe(fr.role.focus);
    await fireEvent.click(uganda);
    expect(onselect).toHaveBeenCalledExactlyOnceWith('UGA');
  });
});

describe('ImpactFigures', () => {
  const impact: Impact[] = [
    { value: 5, label: 'lois changées', kind: 'result' },
    { value: 2000, label: 'signatures', kind: 'mobilised', qualifier: 'over' },
  ];

  it('groups the figures by what they measure, mobilisation first', () => {
    render(ImpactFigures, { props: { impact, t: fr } });
    const region = screen.getByRole('region', { name: fr.figures });
    expect([...region.querySelectorAll('h4')].map((h) => h.textContent)).toEqual([
      fr.impactKind.mobilised,
      fr.impactKind.result,
    ]);
    // textContent, not toHaveTextContent: that one folds the narrow no-break space.
    expect(region.querySelector('li')?.textContent).toMatch(
      /^\s*plus de\s*2\u202f000\s*signatures$/,
    );
  });

  it('writes the numbers and « over » in the reader’s language', () => {
    render(ImpactFigures, { props: { impact, t: en } });
    expect(screen.getByRole('region', { name: en.figures }).querySelector('li')).toHaveTextContent(
      /^over 2,000 signatures$/,
    );
  });

  it('says nothing where a campaign has no figure', () => {
    render(ImpactFigures, { props: { impact: [], t: fr } });
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('CopyLink', () => {
  it('shows the link it is given, selected, when the clipboard is refused', async () => {
    render(CopyLink, { props: { address: () => 'https://example.org/?campaign=a', t: fr } });
    await fireEvent.click(screen.getByRole('button', { name: fr.copyLink }));
    const input = await screen.findByRole('textbox', { name: fr.copyLink });
    expect(input).toHaveValue('https://example.org/?campaign=a');
    expect(input).toHaveFocus();
    expect(screen.getByRole('status').textContent?.trim()).toBe(fr.copyFailed);
  });
});
