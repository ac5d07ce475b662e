import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { fr } from '../../lib/i18n/fr';
import ZoomControls from './ZoomControls.svelte';

function controls(zoomed: boolean, full: boolean) {
  const calls = { onzoomin: vi.fn(), onzoomout: vi.fn(), onreset: vi.fn() };
  render(ZoomControls, { t: fr, zoomed, full, ...calls });
  return calls;
}

describe('ZoomControls', () => {
  it('offers only zooming in on the whole world: out and reset say they are unavailable', async () => {
    const calls = controls(false, false);
    await fireEvent.click(screen.getByRole('button', { name: 'Zoomer' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Dézoomer' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Vue du monde entier' }));
    expect(calls.onzoomin).toHaveBeenCalledOnce();
    expect(calls.onzoomout).not.toHaveBeenCalled();
    expect(calls.onreset).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Dézoomer' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('at the deepest zoom, goes out or back to the world but no further in', async () => {
    const calls = controls(true, true);
    await fireEvent.click(screen.getByRole('button', { name: 'Zoomer' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Dézoomer' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Vue du monde entier' }));
    expect(calls.onzoomin).not.toHaveBeenCalled();
    expect(calls.onzoomout).toHaveBeenCalledOnce();
    expect(calls.onreset).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Zoomer' })).toHaveAttribute('aria-disabled', 'true');
  });
});
