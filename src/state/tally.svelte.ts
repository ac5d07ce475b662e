/**
 * What the campaigns in view add up to: per country, the map's value and the
 * number of campaigns; overall, the overview's figures. Read off the index's
 * country table in one pass over the campaigns in view.
 */
import type { Amount } from '../lib/figures/amount';
import type { DatasetIndex } from '../lib/index/dataset-index';
import type { Display } from './display.svelte';
import type { Filters } from './filters.svelte';

export interface InView {
  campaigns: number;
  /** Each campaign's largest mobilisation, summed: participations, not distinct people. */
  people: Amount;
  /** Countries where the issue is (focus role). */
  countries: number;
  victories: number;
}

export class Tally {
  readonly #index: DatasetIndex;
  readonly #filters: Filters;
  readonly #display: Display;

  constructor(index: DatasetIndex, filters: Filters, display: Display) {
    this.#index = index;
    this.#filters = filters;
    this.#display = display;
  }

  readonly #byCountry = $derived.by(() =>
    this.#index.table.tally(this.#filters.positions, this.#display.metric),
  );

  /** The map's value per country, for the display's metric. */
  get values(): ReadonlyMap<string, number> {
    return this.#byCountry.values;
  }

  /** How many campaigns in view are tied to a country (any role). */
  campaignCount(code: string): number {
    return this.#byCountry.campaigns.get(code) ?? 0;
  }

  /** Whether the country's people value is a lower bound (« plus de »). */
  isAtLeast(code: string): boolean {
    return this.#byCountry.atLeast.has(code);
  }

  /** How many campaigns in view name the country as a focus with a figure the source places nowhere. */
  unplacedCount(code: string): number {
    return this.#byCountry.unplaced.get(code) ?? 0;
  }

  /** The overview's figures for the campaigns in view. */
  readonly inView = $derived.by((): InView => {
    const positions = this.#filters.positions;
    let victories = 0;
    for (const c of this.#filters.visible) if (c.outcome === 'victory') victories++;
    return {
      campaigns: positions.length,
      people: this.#index.table.totalPeople(positions),
      countries: this.#byCountry.concerned,
      victories,
    };
  });
}
