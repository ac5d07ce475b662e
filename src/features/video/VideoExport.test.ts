import { screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCampaign, makeDataset } from '../../../tests/fixtures/make';
import { renderWithApp } from '../../../tests/unit/harness/render';
import VideoExport from './VideoExport.svelte';

const dataset = makeDataset([makeCampaign({ id: 'a' })]);

describe('VideoExport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).captureStream;
  });

  it('disables both videos and says why where the browser cannot record', () => {
    // jsdom, like a browser without MediaRecorder.
    renderWithApp(VideoExport, { onbusy: () => {} }, undefined, dataset);
    for (const name of [/Vidéo de la tournée/, /Vidéo de la lecture/]) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(
        'Ce navigateur ne sait pas enregistrer de vidéo (MediaRecorder absent).',
      );
    }
  });

  it('offers both videos, at the player’s speed and mode by default, where it can', () => {
    vi.stubGlobal('MediaRecorder', { isTypeSupported: (type: string) => type.includes('vp8') });
    HTMLCanvasElement.prototype.captureStream = () => ({}) as MediaStream;
    renderWithApp(VideoExport, { onbusy: () => {} }, undefined, dataset);
    expect(screen.getByRole('button', { name: /Vidéo de la tournée/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Vidéo de la lecture/ })).toBeEnabled();
    expect(screen.getByRole('radio', { name: '1×' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Cumul' })).toBeChecked();
    expect(screen.queryByText(/MediaRecorder absent/)).toBeNull();
  });
});
