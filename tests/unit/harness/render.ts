import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../../../src/lib/data/schema';
import { AppState, type AppOptions } from '../../../src/state/app-state.svelte';
import WithApp from './WithApp.svelte';

/** Renders a component inside a fresh AppState over the real dataset (or `dataset`). */
export function renderWithApp(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: Component<any>,
  props: Record<string, unknown> = {},
  prepare?: (app: AppState) => void,
  dataset: Dataset = raw as Dataset,
  narratives?: AppOptions['narratives'],
) {
  const app = new AppState(dataset, { narratives });
  prepare?.(app);
  return { app, ...render(WithApp, { props: { app, component, props } }) };
}

/**
 * `count` campaigns made from the real ones, spread over 2006–2025 (month by
 * month, deterministically), one in fifty « en cours ».
 */
export function manyCampaigns(count: number): Dataset {
  const real = raw as Dataset;
  const campaigns = Array.from({ length: count }, (_, i) => {
    const base = real.campaigns[i % real.campaigns.length]!;
    const month = (i * 7) % 240;
    const date =
      i % 50 === 49
        ? 'ongoing'
        : `${2006 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    return { ...base, id: `${base.id}-${i}`, title: `${base.title} ${i}`, date };
  });
  return { ...real, campaigns };
}
