import { createContext, getContext } from 'svelte';
import type { AppState } from './app-state.svelte';

/** One AppState per root, handed down by context, never a module singleton. */
export const [getAppState, setAppState] = createContext<AppState>();

const PAGES = Symbol('pages');

/**
 * Where the build wrote a page per campaign (`launch.root`), for the components that
 * write links to a view; handed to `mount`/`hydrate`/`render` as their `context`.
 */
export function pagesContext(root: string | null): Map<symbol, string | null> {
  return new Map([[PAGES, root]]);
}

/** The app's root where pages exist, else null (no context: a component test). */
export function getPagesRoot(): string | null {
  return getContext<string | null | undefined>(PAGES) ?? null;
}
