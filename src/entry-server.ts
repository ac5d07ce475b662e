/**
 * Server entry, used at build time only: renders the default view into index.html
 * and, for scripts/pages.ts, each campaign's page with that campaign open.
 */
import { render } from 'svelte/server';
import dataset from 'virtual:campaigns';
import narratives from 'virtual:narratives';
import ExplorerRoot from './app/ExplorerRoot.svelte';
import { en } from './lib/i18n/en';
import { fr } from './lib/i18n/fr';
import { readLaunch } from './lib/url/launch';
import type { Lang } from './lib/view';
import { DatasetIndex } from './lib/index/dataset-index';
import { AppState } from './state/app-state.svelte';
import { pagesContext } from './state/context';
import { Session } from './state/session.svelte';

export { dataset, narratives };

export interface PageView {
  campaign?: string | null;
  lang?: Lang;
  /** The way back to the app's root from this page ('./', '../../'), or null without pages. */
  root?: string | null;
}

// Built once: a page per campaign renders the same immutable index.
const index = new DatasetIndex(dataset);

export function renderView({ campaign = null, lang = 'fr', root = null }: PageView = {}): {
  head: string;
  body: string;
} {
  const app = new AppState(index, {
    view: { campaign, lang },
    messages: lang === 'en' ? en : fr,
    // Drawn with its story, as the page hydrates (src/main.ts waits for the stories).
    loadedNarratives: campaign ? narratives : undefined,
  });
  return render(ExplorerRoot, {
    props: { app, session: new Session(readLaunch('', root)) },
    context: pagesContext(root),
  });
}
