/**
 * What is in view: the period, themes, outcomes and search the reader chose, and
 * the list order. Everything the views show of "the campaigns in view" derives
 * from here, in date order, with their places in the index.
 */
import { bisectLeft } from 'd3-array';
import type { Campaign, Outcome, Paragraph } from '../lib/data/schema';
import { matchesQuery, searchIndex } from '../lib/filter/search';
import type { DatasetIndex } from '../lib/index/dataset-index';
import type { TimeRange } from '../lib/time/range';
import { DEFAULT_VIEW, type Sort } from '../lib/view';

export class Filters {
  readonly #index: DatasetIndex;
  readonly #story: (c: Campaign) => readonly Paragraph[] | null;
  #range = $state.raw<TimeRange | null>(null);
  // Replaced, never mutated: a Set in $state.raw weighs less on the first load than SvelteSet.
  #themes = $state.raw<ReadonlySet<string>>(new Set());
  #outcomes = $state.raw<ReadonlySet<Outcome>>(new Set());
  #query = $state('');
  #sort = $state<Sort>(DEFAULT_VIEW.sort);

  /** `story` gives a campaign's narrative when it is here (the search reads it), else null. */
  constructor(index: DatasetIndex, story: (c: Campaign) => readonly Paragraph[] | null) {
    this.#index = index;
    this.#story = story;
  }

  get range(): TimeRange | null {
    return this.#range;
  }
  get themes(): ReadonlySet<string> {
    return this.#themes;
  }
  get outcomes(): ReadonlySet<Outcome> {
    return this.#outcomes;
  }
  get query(): string {
    return this.#query;
  }
  /** The list's order; the other views stay in date order. */
  get sort(): Sort {
    return this.#sort;
  }

  /** Whether anything narrows the view (the sort does not). */
  readonly active = $derived(
    this.#range !== null ||
      this.#themes.size > 0 ||
      this.#outcomes.size > 0 ||
      this.#query.trim() !== '',
  );

  /** Folded text per campaign; rebuilt when the stories arrive, computed only for a search. */
  readonly #searchIndex = $derived.by(() =>
    searchIndex(this.#index.campaigns, (c) => this.#story(c) ?? []),
  );

  /**
   * The campaigns in view, in date order, with their places in the index. Runs at
   * every step of a range drag over thousands of campaigns: the range is a slice of
   * the date-sorted list (binary search), and the reactive reads happen once.
   */
  readonly #filtered = $derived.by(
    (): { list: readonly Campaign[]; positions: ArrayLike<number> } => {
      const { campaigns } = this.#index;
      const range = this.#range;
      const themes = this.#themes;
      const outcomes = this.#outcomes;
      const query = this.#query;
      const [lo, hi] = range ? this.#index.slotsIn(range) : [0, campaigns.length];
      if (!themes.size && !outcomes.size && !query) {
        const positions = new Int32Array(hi - lo).map((_, j) => lo + j);
        return { list: range ? campaigns.slice(lo, hi) : campaigns, positions };
      }
      const index = query ? this.#searchIndex : undefined;
      const list: Campaign[] = [];
      const positions: number[] = [];
      for (let i = lo; i < hi; i++) {
        const c = campaigns[i]!;
        if (
          (!themes.size || (c.tags ?? []).some((t) => themes.has(t))) &&
          (!outcomes.size || outcomes.has(c.outcome)) &&
          (!index || matchesQuery(index.get(c.id), query))
        ) {
          list.push(c);
          positions.push(i);
        }
      }
      return { list, positions };
    },
  );

  /** The campaigns in view, in date order. */
  get visible(): readonly Campaign[] {
    return this.#filtered.list;
  }

  /** Their places in the index's campaigns, ascending. */
  get positions(): ArrayLike<number> {
    return this.#filtered.positions;
  }

  /** 1 at the place of each campaign in view: a drag rebuilds it without hashing ids. */
  readonly #mask = $derived.by(() => {
    const mask = new Uint8Array(this.#index.campaigns.length);
    const { positions } = this.#filtered;
    for (let j = 0; j < positions.length; j++) mask[positions[j]!] = 1;
    return mask;
  });

  /**
   * Whether a campaign is in view. One reactive read per call; loops over thousands
   * of campaigns stay cheap.
   */
  readonly isVisible = $derived.by(() => {
    const mask = this.#mask;
    const positionOf = this.#index.positionOf;
    return (id: string): boolean => mask[positionOf.get(id) ?? -1] === 1;
  });

  /** The campaigns in view tied to a country (any role), in date order. */
  campaignsIn(code: string): Campaign[] {
    const mask = this.#mask;
    const { campaigns } = this.#index;
    return this.#index
      .positionsIn(code)
      .filter((i) => mask[i] === 1)
      .map((i) => campaigns[i]!);
  }

  /** The campaign `step` places from `id` in date order: among those in view when `id` is. */
  neighbour(id: string, step: 1 | -1): Campaign | undefined {
    const at = this.#index.positionOf.get(id);
    if (at === undefined) return undefined;
    if (!this.isVisible(id)) return this.#index.campaigns[at + step];
    // Positions ascend: a binary search, not a scan of thousands, at each step.
    const { list, positions } = this.#filtered;
    return list[bisectLeft(positions as number[], at) + step];
  }

  // Writes: AppState's intents only.

  setRange(range: TimeRange | null): void {
    this.#range = range;
  }

  toggleTheme(theme: string): void {
    this.#themes = toggled(this.#themes, theme);
  }

  toggleOutcome(outcome: Outcome): void {
    this.#outcomes = toggled(this.#outcomes, outcome);
  }

  setQuery(query: string): void {
    this.#query = query;
  }

  setSort(sort: Sort): void {
    this.#sort = sort;
  }

  /** Every filter off (the sort stays: it filters nothing). */
  clear(): void {
    this.#range = null;
    this.#themes = new Set();
    this.#outcomes = new Set();
    this.#query = '';
  }

  /** Sets every filter at once (a URL, a host's reset). */
  apply(view: {
    period: TimeRange | null;
    themes: readonly string[];
    outcomes: readonly Outcome[];
    query: string;
    sort: Sort;
  }): void {
    this.#range = view.period;
    this.#themes = new Set(view.themes);
    this.#outcomes = new Set(view.outcomes);
    this.#query = view.query;
    this.#sort = view.sort;
  }
}

/** `set` with `value` added, or removed when it was there. */
function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
