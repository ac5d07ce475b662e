/** Server entry, used at build time only: renders the default view into index.html. */
import { render } from 'svelte/server';
import dataset from 'virtual:campaigns';
import ExplorerRoot from './app/ExplorerRoot.svelte';
import { readLaunch } from './lib/url/launch';
import { AppState } from './state/app-state.svelte';
import { Session } from './state/session.svelte';

export function renderDefaultView(): { head: string; body: string } {
  const app = new AppState(dataset);
  return render(ExplorerRoot, { props: { app, session: new Session(readLaunch('')) } });
}
