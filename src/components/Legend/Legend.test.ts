import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { fr } from '../../lib/i18n/fr';
import { choropleth } from '../../lib/scales/choropleth';
import Legend from './Legend.svelte';

const keyOf = (title: RegExp) =>
  [...screen.getByRole('list', { name: title }).children].map((li) => li.textContent);

describe('Legend', () => {
  it('explains the colours of the metric shown, with that metric checked', () => {
    render(Legend, {
      t: fr,
      scale: choropleth('campaigns', fr),
      metric: 'campaigns',
      onmetric: () => {},
    });
    expect(keyOf(/^Campagnes liées au pays/)).toEqual([
      'Aucune campagne',
      '1 campagne',
      '2 campagnes',
      '3 campagnes et plus',
    ]);
    expect(screen.getByRole('radio', { name: 'Nombre de campagnes' })).toBeChecked();
  });

  it('asks for the other metric when the reader picks it', async () => {
    const onmetric = vi.fn();
    render(Legend, { t: fr, scale: choropleth('people', fr), metric: 'people', onmetric });
    expect(keyOf(/^Personnes mobilisées/).at(-1)).toBe('1 million et plus');
    await fireEvent.click(screen.getByRole('radio', { name: 'Nombre de campagnes' }));
    expect(onmetric).toHaveBeenCalledWith('campaigns');
  });

  it('keys the outlines a campaign draws: focus solid, target and action dashed', () => {
    render(Legend, {
      t: fr,
      scale: choropleth('campaigns', fr),
      metric: 'campaigns',
      onmetric: () => {},
    });
    expect(keyOf(/^Contours d’une campagne/)).toEqual([
      'Pays concerné',
      'Siège de la cible ou pays d’action',
    ]);
    const sample = (kind: string) => screen.getByText(kind).querySelector('rect') as SVGRectElement;
    expect(sample('Pays concerné').style.strokeDasharray).toBe('');
    expect(sample('Siège de la cible ou pays d’action').style.strokeDasharray).toBe('5 3');
  });
});
