// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import raw from '../../data/campaigns.json';
import type { Dataset } from '../../src/lib/data/schema';
import App from '../../src/App.svelte';

describe('App on the server', () => {
  it('renders the default view without a window, with every campaign in the list', () => {
    const { body } = render(App, { props: { dataset: raw as Dataset } });
    for (const c of (raw as Dataset).campaigns) {
      // Titles are typeset (no-break spaces), so compare the words.
      const firstWords = c.title.split(/\s+/).slice(-2).join(' ').replace(/[«»:]/g, '').trim();
      expect(body).toContain(firstWords.split(' ').at(-1));
    }
    expect(body).toContain('avril 2015');
    expect(body).toContain('Nos mobilisations');
  });

  it('renders a deep-linked campaign the same way', () => {
    const { body } = render(App, {
      props: { dataset: raw as Dataset, search: '?campaign=chine-free-the-five' },
    });
    expect(body).toContain('aria-current="true"');
  });
});
