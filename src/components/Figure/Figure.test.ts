import { render, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Impact } from '../../lib/data/schema';
import Figure from './Figure.svelte';

const NNBSP = '\u202f';
const people: Impact = { value: 120000, label: 'personnes ont signé', kind: 'mobilised' };

function figure(props: Record<string, unknown>) {
  const { container } = render(Figure, {
    props: { figure: people, over: 'plus de', locale: 'fr-FR', ...props },
  });
  return within(container).getByRole('listitem');
}

describe('Figure', () => {
  it('writes the number the French way, then what it counts, in French', () => {
    const item = figure({});
    expect(item.querySelector('.value')?.textContent?.trim()).toBe(`120${NNBSP}000`);
    const label = item.querySelector('.label')!;
    expect(label.textContent).toBe('personnes ont signé');
    expect(label.getAttribute('lang')).toBe('fr');
  });

  it('says « plus de » above the number only where the source does', () => {
    expect(figure({}).querySelector('.over')).toBeNull();
    const over = figure({ figure: { ...people, qualifier: 'over' }, over: 'more than' });
    expect(over.querySelector('.over')?.textContent).toBe('more than');
  });

  it('writes money and numbers in the locale it is given', () => {
    const money: Impact = { value: 60000, unit: 'USD', label: 'collectés', kind: 'money' };
    expect(figure({ figure: money }).querySelector('.value')?.textContent?.trim()).toBe(
      `60${NNBSP}000\u00a0$`,
    );
    expect(figure({ locale: 'en-GB' }).querySelector('.value')?.textContent?.trim()).toBe(
      '120,000',
    );
  });

  it('takes the size of where it is shown', () => {
    expect(figure({}).className).toMatch(/\bpanel\b/);
    expect(figure({ size: 'stage' }).className).toMatch(/\bstage\b/);
  });
});
