/**
 * One root per mode, mounted from the session: entering or leaving the tour
 * swaps the root without a reload, over the same AppState. The explorer's and
 * the embed's roots are in the first load; the presenter loads with its mode,
 * and if it fails to load, RootFailed says why, with a retry and a way back.
 */
import { hydrate, mount, unmount, untrack, type Component } from 'svelte';
import { Lazy } from '../lib/platform/lazy.svelte';
import type { Mode } from '../lib/url/launch';
import type { AppState } from '../state/app-state.svelte';
import { pagesContext } from '../state/context';
import type { Session } from '../state/session.svelte';
import ExplorerRoot from './ExplorerRoot.svelte';
import EmbedRoot from './EmbedRoot.svelte';
import RootFailed from './RootFailed.svelte';

export interface RootProps {
  app: AppState;
  session: Session;
}

/** In the first load: loading the embed's root apart split Svelte's runtime out of it (decision 0011). */
const firstLoadRoots: Record<Exclude<Mode, 'present'>, Component<RootProps>> = {
  explorer: ExplorerRoot,
  embed: EmbedRoot,
};
const presenter = new Lazy(() =>
  import('../modes/present/PresentStage.svelte').then((m) => m.default),
);

/**
 * Mounts the session's root into `target`. With `prerendered`, the first root
 * hydrates the build's HTML (the default view) instead of drawing afresh.
 */
export function mountRoots(
  target: HTMLElement,
  app: AppState,
  session: Session,
  prerendered: boolean,
): () => void {
  const props = { app, session };
  const context = pagesContext(session.launch.root);
  let first = prerendered;
  let attempt = $state(0);
  const show = (Root: Component<RootProps>, extra = {}) => {
    if (first) {
      first = false;
      return hydrate(Root, { target, props, context });
    }
    target.replaceChildren();
    return mount(Root, { target, props: { ...props, ...extra }, context });
  };
  return $effect.root(() => {
    $effect(() => {
      const mode = session.mode;
      void attempt;
      let instance: Record<string, unknown> | undefined;
      let live = true;
      if (mode !== 'present') instance = untrack(() => show(firstLoadRoots[mode]));
      else
        void presenter.get().then((Root) => {
          if (!live) return;
          instance = untrack(() =>
            Root
              ? show(Root)
              : show(RootFailed as Component<RootProps>, { onretry: () => attempt++ }),
          );
        });
      return () => {
        live = false;
        if (instance) void unmount(instance);
      };
    });
  });
}
