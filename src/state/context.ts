import { createContext } from 'svelte';
import type { AppState } from './app-state.svelte';

/** One AppState per root, handed down by context, never a module singleton. */
export const [getAppState, setAppState] = createContext<AppState>();
