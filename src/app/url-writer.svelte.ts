/**
 * The one place in `src/` that writes the address: the view (`toParams`) and what
 * the session shows (mode, tour, slide), on top of the launch's standing keys.
 * Nothing merges back what another writer wrote: there is no other writer.
 */
import { launchSearch } from '../lib/url/launch';
import { loadPages, pageTitle } from '../lib/url/page-path';
import { fromParams, toParams, type Known } from '../lib/url/params';
import type { AppState } from '../state/app-state.svelte';
import type { Session } from '../state/session.svelte';

/**
 * Written once the view settles: a drag changes it every frame, and each history
 * write costs the browser a few milliseconds (and is throttled past 100 in 10 s).
 */
const URL_DELAY = 150;

/** Keeps the address in step with the state, until the returned function is called. */
export function writeUrl(app: AppState, session: Session, known: Known): () => void {
  let shown = JSON.stringify(session.showing);
  // Where the build wrote pages, the campaign and the language are the page's path.
  const { root } = session.launch;
  // Writes may wait for the paths' code while a later one does not: only the latest writes.
  let latest = 0;
  const stop = $effect.root(() => {
    $effect(() => {
      const showing = session.showing;
      const search = launchSearch(session.launch, showing, toParams(app.view));
      const write = async () => {
        const mine = ++latest;
        // The default view's page is the root: the paths' code loads with the first other view.
        const next =
          root && search ? (await loadPages()).viewAddress(root, search) : (root ?? search);
        if (mine !== latest) return;
        const now = root ? location.href.replace(/#.*$/, '') : location.search;
        // replaceState, never pushState: inside an iframe a new entry would be the host's Back.
        if (next !== now) history.replaceState(history.state, '', next || location.pathname);
      };
      // A new slide or mode is written at once (a presenter may reload right after a
      // click); the view, once it settles.
      const now = JSON.stringify(showing);
      if (now !== shown) {
        shown = now;
        void write();
        return;
      }
      const timer = setTimeout(() => void write(), URL_DELAY);
      return () => clearTimeout(timer);
    });
    $effect(() => {
      document.documentElement.lang = app.locale.messages.lang;
      document.title = pageTitle(app.selection.campaign, app.locale.messages);
    });
  });
  // A fragment link or the reader's Back within the page: the address leads.
  // The address is read before the paths' code loads: a pending write may replace it meanwhile.
  const onPopState = async () => {
    const href = location.href;
    app.applyView(fromParams((await loadPages()).pageSearch(href, root), known).view);
  };
  addEventListener('popstate', onPopState);
  return () => {
    stop();
    removeEventListener('popstate', onPopState);
  };
}
