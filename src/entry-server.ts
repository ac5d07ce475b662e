/** Server entry, used at build time only: renders the default view into index.html. */
import { render } from 'svelte/server';
import dataset from 'virtual:campaigns';
import App from './App.svelte';

export function renderDefaultView(): { head: string; body: string } {
  return render(App, { props: { dataset, search: '', mode: 'plain' } });
}
