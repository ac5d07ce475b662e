/**
 * What the reader picked and what the pointer or the focus is on, and what that
 * emphasises in every view. Linked highlight follows one vocabulary (as OWID's
 * InteractionState): a campaign is `active`, `background` or `idle`.
 */
import type { Campaign, Role } from '../lib/data/schema';
import type { DatasetIndex } from '../lib/index/dataset-index';
import type { Filters } from './filters.svelte';

export type Status = 'active' | 'background' | 'idle';
export type Hover = { kind: 'campaign'; id: string } | { kind: 'country'; code: string } | null;
export interface Emphasis {
  campaigns: ReadonlySet<string>;
  countries: ReadonlySet<string>;
}

export class Selection {
  readonly #index: DatasetIndex;
  readonly #filters: Filters;
  #id = $state<string | null>(null);
  #country = $state<string | null>(null);
  #hovered = $state.raw<Hover>(null);
  /** What the time-lapse lights while it shows: it overrides every other emphasis. */
  readonly #played: () => Emphasis | null | undefined;

  constructor(
    index: DatasetIndex,
    filters: Filters,
    played: () => Emphasis | null | undefined = () => null,
  ) {
    this.#index = index;
    this.#filters = filters;
    this.#played = played;
  }

  /** The open campaign's id. */
  get id(): string | null {
    return this.#id;
  }

  /** The open campaign. */
  get campaign(): Campaign | undefined {
    return this.#id ? this.#index.byId.get(this.#id) : undefined;
  }

  /** The chosen country (its campaigns stay lit everywhere). */
  get country(): string | null {
    return this.#country;
  }

  get hovered(): Hover {
    return this.#hovered;
  }

  /** What is emphasised now: a hover previews, otherwise the selection speaks. */
  readonly emphasis = $derived.by((): Emphasis | null => {
    const played = this.#played();
    if (played) return played;
    const hover = this.#hovered;
    if (hover?.kind === 'campaign') return this.#campaignEmphasis(hover.id);
    if (hover?.kind === 'country') return this.#countryEmphasis(hover.code);
    if (this.#id) return this.#campaignEmphasis(this.#id);
    if (this.#country) return this.#countryEmphasis(this.#country);
    return null;
  });

  /** The single campaign whose country roles outline the map, if one is emphasised. */
  readonly emphasised = $derived.by((): Campaign | undefined => {
    if (this.#played()) return undefined;
    const hover = this.#hovered;
    if (hover?.kind === 'campaign') return this.#index.byId.get(hover.id);
    if (hover?.kind === 'country') return undefined;
    return this.campaign;
  });

  /**
   * A campaign's status in every view: out of view is `background`, and with
   * something emphasised, so is every campaign it does not hold. One reactive read
   * per call; loops over thousands of campaigns stay cheap.
   */
  readonly status = $derived.by(() => {
    const visible = this.#filters.isVisible;
    const emphasis = this.emphasis;
    return (id: string): Status =>
      !visible(id)
        ? 'background'
        : !emphasis
          ? 'idle'
          : emphasis.campaigns.has(id)
            ? 'active'
            : 'background';
  });

  /** The role a country plays in the emphasised campaign (focus, target, action). */
  roleOf(code: string): Role | undefined {
    return this.emphasised?.countries.find((c) => c.code === code)?.role;
  }

  #campaignEmphasis(id: string): Emphasis {
    const c = this.#index.byId.get(id);
    return { campaigns: new Set([id]), countries: new Set(c?.countries.map((x) => x.code)) };
  }

  #countryEmphasis(code: string): Emphasis {
    return {
      campaigns: new Set(this.#filters.campaignsIn(code).map((c) => c.id)),
      countries: new Set([code]),
    };
  }

  // Writes: AppState's intents only.

  /** Unknown ids are ignored. */
  select(id: string | null): void {
    if (id === null || this.#index.byId.has(id)) this.#id = id;
  }

  selectCountry(code: string | null): void {
    this.#country = code;
  }

  // Pointer moves repeat the same hover many times a second: only a change may recompute the views.
  hover(next: Hover): void {
    const now = this.#hovered;
    const same =
      now === next ||
      (now?.kind === 'campaign' && next?.kind === 'campaign' && now.id === next.id) ||
      (now?.kind === 'country' && next?.kind === 'country' && now.code === next.code);
    if (!same) this.#hovered = next;
  }
}
