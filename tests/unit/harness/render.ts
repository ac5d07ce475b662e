import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import type { Dataset } from '../../../src/lib/data/schema';
import { AppState, type AppOptions } from '../../../src/state/app-state.svelte';
import WithApp from './WithApp.svelte';

/** Renders a component inside a fresh AppState over `dataset` (small fixtures: tests/fixtures/make.ts). */
export function renderWithApp(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: Component<any>,
  props: Record<string, unknown> = {},
  prepare: ((app: AppState) => void) | undefined,
  dataset: Dataset,
  narratives?: AppOptions['narratives'],
) {
  const app = new AppState(dataset, { narratives });
  prepare?.(app);
  return { app, ...render(WithApp, { props: { app, component, props } }) };
}
