import { describe, expect, it, vi } from 'vitest';
import { makeCampaign } from '../../tests/fixtures/make';
import { Narratives } from './narratives.svelte';

const kept = makeCampaign({ id: 'a', narrative: ['Here.'] });
const apart = makeCampaign({ id: 'a', narrative: [] });
const stories = new Map([['a', ['From the file.']]]);

describe('Narratives', () => {
  it('are inline when the dataset carries them: each campaign has its own, nothing loads', () => {
    const narratives = new Narratives();
    expect(narratives.status).toBe('inline');
    expect(narratives.of(kept)).toEqual(['Here.']);
    narratives.request();
    expect(narratives.status).toBe('inline');
  });

  it('kept apart, are idle until asked, load once, then each campaign has its own', async () => {
    const load = vi.fn(async () => stories);
    const narratives = new Narratives(load);
    expect(narratives.status).toBe('idle');
    expect(narratives.of(apart)).toBeNull();
    narratives.request();
    narratives.request();
    expect(narratives.status).toBe('loading');
    await vi.waitFor(() => expect(narratives.status).toBe('ready'));
    expect(narratives.of(apart)).toEqual(['From the file.']);
    narratives.request();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('say why they failed, and try again on the next request', async () => {
    const load = vi
      .fn<() => Promise<typeof stories>>()
      .mockRejectedValueOnce(new Error('x.json: cannot load it (HTTP 503)'))
      .mockResolvedValue(stories);
    const narratives = new Narratives(load);
    narratives.request();
    await vi.waitFor(() => expect(narratives.status).toBe('failed'));
    expect(narratives.problem).toBe('x.json: cannot load it (HTTP 503)');
    expect(narratives.of(apart)).toBeNull();
    narratives.request();
    await vi.waitFor(() => expect(narratives.status).toBe('ready'));
    expect(narratives.problem).toBe('');
  });
});
