import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../../../src/lib/data/schema';
import { AppState } from '../../../src/state/app-state.svelte';
import WithApp from './WithApp.svelte';

/** Renders a component inside a fresh AppState over the real dataset. */
export function renderWithApp(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: Component<any>,
  props: Record<string, unknown> = {},
  prepare?: (app: AppState) => void,
) {
  const app = new AppState(raw as Dataset);
  prepare?.(app);
  return { app, ...render(WithApp, { props: { app, component, props } }) };
}
