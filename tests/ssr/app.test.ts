// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import raw from '../../data/campaigns.json';
import type { Dataset } from '../../src/lib/data/schema';
import ExplorerRoot from '../../src/app/ExplorerRoot.svelte';
import { readLaunch } from '../../src/lib/url/launch';
import { AppState } from '../../src/state/app-state.svelte';
import { Session } from '../../src/state/session.svelte';

/** The explorer as the build prerenders it, over the real dataset, showing `view`. */
function renderExplorer(view: ConstructorParameters<typeof AppState>[1] = {}) {
  const app = new AppState(raw as Dataset, view);
  return render(ExplorerRoot, { props: { app, session: new Session(readLaunch('')) } });
}

describe('App on the server', () => {
  it('renders the default view without a window, with every campaign in the list', () => {
    const { body } = renderExplorer();
    for (const c of (raw as Dataset).campaigns) {
      // Titles are typeset (no-break spaces), so compare the words.
      const firstWords = c.title.split(/\s+/).slice(-2).join(' ').replace(/[«»:]/g, '').trim();
      expect(body).toContain(firstWords.split(' ').at(-1));
    }
    expect(body).toContain('avril 2015');
    expect(body).toContain('Nos mobilisations');
  });

  it('renders a deep-linked campaign the same way', () => {
    const { body } = renderExplorer({ view: { campaign: 'chine-free-the-five' } });
    expect(body).toContain('aria-current="true"');
  });
});
