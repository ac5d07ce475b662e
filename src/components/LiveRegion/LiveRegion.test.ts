import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LiveRegion from './LiveRegion.svelte';

describe('LiveRegion', () => {
  it('is one polite, atomic status that says the text it is given', async () => {
    const { rerender } = render(LiveRegion, { props: { text: '3 campagnes' } });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region.textContent?.trim()).toBe('3 campagnes');
    await rerender({ text: 'Chine sélectionnée' });
    expect(screen.getByRole('status').textContent?.trim()).toBe('Chine sélectionnée');
  });
});
