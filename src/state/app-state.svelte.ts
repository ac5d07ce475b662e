/**
 * The explorer's one state object. `$state` holds what the reader chose;
 * `$derived` everything computed from it; views call the intent methods.
 * Linked highlight follows one vocabulary (as OWID's InteractionState):
 * a mark is `active`, `background` or `idle`.
 */
import type { Campaign, Dataset, Outcome, Paragraph, Role } from '../lib/data/schema';
import type { Narratives } from '../lib/data/parse';
import { countryName } from '../lib/format/countries';
import { formatCampaignDate } from '../lib/format/dates';
import { fr, type Messages } from '../lib/i18n/fr';
import { matchesQuery, searchIndex } from '../lib/filter/search';
import { CountryTable } from '../lib/scales/country-tally';
import { monthKey, ONGOING_KEY, type MonthKey } from '../lib/time/month-key';
import { type TimeRange } from '../lib/time/range';
import { bisectLeft, bisectRight } from 'd3-array';
import { DEFAULT_VIEW, type Lang, type Metric, type Sort, type View } from '../lib/url/params';

export type Status = 'active' | 'background' | 'idle';
export type Hover = { kind: 'campaign'; id: string } | { kind: 'country'; code: string } | null;

export class AppState {
  /** Immutable data: kept out of deep reactivity. */
  readonly dataset: Dataset;
  readonly campaigns: readonly Campaign[];
  readonly byId: ReadonlyMap<string, Campaign>;
  readonly themes: readonly string[];
  /** Month keys of the first and last dated month (whole years), and whether any campaign is ongoing. */
  readonly span: TimeRange;
  readonly hasOngoing: boolean;
  /** Month key of each of `campaigns`, in their (date) order: for binary searches. */
  readonly keys: readonly MonthKey[];
  readonly #table: CountryTable;
  readonly #positionOf: ReadonlyMap<string, number>;

  selectedId = $state<string | null>(null);
  hovered = $state<Hover>(null);
  selectedCountry = $state<string | null>(null);
  range = $state.raw<TimeRange | null>(null);
  metric = $state<Metric>(DEFAULT_VIEW.metric);
  // Replaced, never mutated: a plain Set in $state.raw weighs less on the first load than SvelteSet.
  themeFilter = $state.raw<ReadonlySet<string>>(new Set());
  outcomeFilter = $state.raw<ReadonlySet<Outcome>>(new Set());
  query = $state('');
  sort = $state<Sort>(DEFAULT_VIEW.sort);
  lang = $state<Lang>('fr');
  messages = $state.raw<Messages>(fr);
  /** Short notices (a bad URL value, say) shown until dismissed. */
  notices = $state<string[]>([]);
  /** Text for the polite live region. */
  announcement = $state('');
  /** Animations on unless the reader (or the presenter, with M) turns them off. */
  animations = $state(true);

  /** Narratives that came apart from the dataset (the build's), once loaded. */
  #narratives = $state.raw<ReadonlyMap<string, readonly Paragraph[]> | null>(null);
  readonly #loadNarratives: (() => Promise<Narratives>) | undefined;
  #narrativesRequested = false;
  /** Why the narratives could not be loaded (lines of `file › campaign › field: …`); '' when they could. */
  narrativesProblem = $state('');

  /**
   * `loadNarratives`, when given, fetches the narratives that `dataset` carries empty
   * (the build's dataset ships them as a separate chunk: the default view shows none).
   */
  constructor(
    dataset: Dataset,
    view: Partial<View> = {},
    loadNarratives?: () => Promise<Narratives>,
  ) {
    this.dataset = dataset;
    this.#loadNarratives = loadNarratives;
    // Keys first, then positions sorted by them (stable): no date parsed, nor id looked
    // up, at each of the comparisons (10 000 campaigns: about 140 000).
    const keyAt = dataset.campaigns.map((c) => monthKey(c.date));
    const order = keyAt.map((_, i) => i).sort((a, b) => keyAt[a]! - keyAt[b]! || a - b);
    this.campaigns = order.map((i) => dataset.campaigns[i]!);
    this.keys = order.map((i) => keyAt[i]!);
    this.byId = new Map(this.campaigns.map((c) => [c.id, c]));
    this.#table = new CountryTable(this.campaigns);
    this.#positionOf = new Map(this.campaigns.map((c, i) => [c.id, i]));
    this.themes = [...new Set(this.campaigns.flatMap((c) => c.tags ?? []))].sort(
      new Intl.Collator('fr').compare,
    );
    // Sorted by date, ongoing last: the first and last dated keys bound the span.
    const dated = bisectLeft(this.keys, ONGOING_KEY);
    const first = dated ? this.keys[0]! : 0;
    const last = dated ? this.keys[dated - 1]! : 0;
    this.span = [Math.floor(first / 12) * 12, Math.floor(last / 12) * 12 + 11];
    this.hasOngoing = dated < this.campaigns.length;
    this.applyView({ ...DEFAULT_VIEW, ...view });
  }

  // ---- derived ----

  /** Where the campaigns dated within `range` start and end in `campaigns` and `keys`: a binary search. */
  slotsIn(range: TimeRange): [number, number] {
    return [bisectLeft(this.keys, range[0]), bisectRight(this.keys, range[1])];
  }

  /**
   * Campaigns passing the range, theme, outcome and search filters, in date order,
   * with their positions in `campaigns`. Runs at every step of a range drag over
   * thousands of campaigns: the range is a slice of the date-sorted list (binary
   * search), and the reactive reads happen once.
   */
  #filtered = $derived.by((): { list: readonly Campaign[]; positions: ArrayLike<number> } => {
    const range = this.range;
    const themes = new Set(this.themeFilter);
    const outcomes = new Set(this.outcomeFilter);
    const query = this.query;
    const [lo, hi] = range ? this.slotsIn(range) : [0, this.campaigns.length];
    if (!themes.size && !outcomes.size && !query) {
      const positions = new Int32Array(hi - lo).map((_, j) => lo + j);
      return { list: range ? this.campaigns.slice(lo, hi) : this.campaigns, positions };
    }
    const index = query ? this.#searchIndex() : undefined;
    const list: Campaign[] = [];
    const positions: number[] = [];
    for (let i = lo; i < hi; i++) {
      const c = this.campaigns[i]!;
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
  });

  visible = $derived(this.#filtered.list);

  /** Per country over the visible campaigns: the map's value and the campaign count. */
  #tally = $derived.by(() => this.#table.tally(this.#filtered.positions, this.metric));

  /** Rebuilt once the narratives arrive; computed only when a search needs it. */
  #searchIndexed = $derived.by(() => searchIndex(this.campaigns, (c) => this.narrativeOf(c) ?? []));

  #searchIndex(): Map<string, string> {
    this.requestNarratives();
    return this.#searchIndexed;
  }

  /** A campaign's narrative; null while it is still loading. */
  narrativeOf(c: Campaign): readonly Paragraph[] | null {
    if (c.narrative.length || !this.#loadNarratives) return c.narrative;
    return this.#narratives?.get(c.id) ?? null;
  }

  /** Starts loading the narratives (once); the views update when they arrive. */
  requestNarratives(): void {
    if (this.#narrativesRequested || !this.#loadNarratives) return;
    this.#narrativesRequested = true;
    this.#loadNarratives().then(
      (narratives) => {
        this.#narratives = narratives;
        this.narrativesProblem = '';
      },
      // Said where the story would be; a later selection tries again (the network may be back).
      (error: Error) => {
        this.#narrativesRequested = false;
        this.narrativesProblem = error.message;
      },
    );
  }

  /** 1 at the position of each visible campaign: a drag rebuilds it without hashing ids. */
  #visibleMask = $derived.by(() => {
    const mask = new Uint8Array(this.campaigns.length);
    const { positions } = this.#filtered;
    for (let j = 0; j < positions.length; j++) mask[positions[j]!] = 1;
    return mask;
  });

  isVisible(id: string): boolean {
    return this.visibilityOf()(id);
  }

  /** isVisible with the reactive read done once, for loops over thousands of campaigns. */
  visibilityOf(): (id: string) => boolean {
    const mask = this.#visibleMask;
    const positionOf = this.#positionOf;
    return (id) => mask[positionOf.get(id) ?? -1] === 1;
  }

  get selected(): Campaign | undefined {
    return this.selectedId ? this.byId.get(this.selectedId) : undefined;
  }

  /** Values the map colours, over the visible campaigns. */
  values = $derived(this.#tally.values);

  /** What the visible campaigns add up to (the overview), read off the tally: no pass over their countries. */
  inView = $derived.by(() => {
    const { list, positions } = this.#filtered;
    let people = 0;
    for (let j = 0; j < positions.length; j++) people += this.#table.people[positions[j]!]!;
    let victories = 0;
    for (const c of list) if (c.outcome === 'victory') victories++;
    return { campaigns: list.length, people, countries: this.#tally.campaigns.size, victories };
  });

  /** How many visible campaigns are tied to a country (any role). */
  campaignCount(code: string): number {
    return this.#tally.campaigns.get(code) ?? 0;
  }

  /** What is emphasised now: a hover previews, otherwise the selection speaks. */
  emphasis = $derived.by((): { campaigns: Set<string>; countries: Set<string> } | null => {
    const hover = this.hovered;
    if (hover?.kind === 'campaign') return this.#campaignEmphasis(hover.id);
    if (hover?.kind === 'country') return this.#countryEmphasis(hover.code);
    if (this.selectedId) return this.#campaignEmphasis(this.selectedId);
    if (this.selectedCountry) return this.#countryEmphasis(this.selectedCountry);
    return null;
  });

  /** The single campaign whose country roles colour the map, if one is emphasised. */
  emphasisedCampaign = $derived.by(() => {
    const hover = this.hovered;
    if (hover?.kind === 'campaign') return this.byId.get(hover.id);
    if (hover?.kind === 'country') return undefined;
    return this.selected;
  });

  filtersActive = $derived(
    this.range !== null ||
      this.themeFilter.size > 0 ||
      this.outcomeFilter.size > 0 ||
      this.query.trim() !== '',
  );

  #campaignEmphasis(id: string) {
    const c = this.byId.get(id);
    return {
      campaigns: new Set([id]),
      countries: new Set(c?.countries.map((x) => x.code) ?? []),
    };
  }

  #countryEmphasis(code: string) {
    return {
      campaigns: new Set(this.campaignsIn(code).map((c) => c.id)),
      countries: new Set([code]),
    };
  }

  // ---- queries ----

  /** Visible campaigns tied to a country, in date order. */
  campaignsIn(code: string): Campaign[] {
    const cache = this.#byCountry;
    let list = cache.get(code);
    if (!list) {
      list = this.visible.filter((c) => c.countries.some((x) => x.code === code));
      cache.set(code, list);
    }
    return list;
  }

  /** campaignsIn's answers, kept until the filters change (hovering asks several times per move). */
  #byCountry = $derived.by(() => {
    void this.visible;
    return new Map<string, Campaign[]>();
  });

  campaignStatus(id: string): Status {
    return this.statusOf()(id);
  }

  /** campaignStatus with the reactive reads done once, for loops over thousands of campaigns. */
  statusOf(): (id: string) => Status {
    const visible = this.visibilityOf();
    const emphasis = this.emphasis;
    return (id) =>
      !visible(id)
        ? 'background'
        : !emphasis
          ? 'idle'
          : emphasis.campaigns.has(id)
            ? 'active'
            : 'background';
  }

  /** The role a country plays in the emphasised campaign (focus vs target/action). */
  countryRole(code: string): Role | undefined {
    return this.emphasisedCampaign?.countries.find((c) => c.code === code)?.role;
  }

  /** Every country tied to any campaign, filtered out or not. */
  get countryCodes(): readonly string[] {
    return this.#table.codes;
  }

  /** Whether any campaign, filtered out or not, is tied to this country. */
  hasCampaignsIn(code: string): boolean {
    return this.#table.has(code);
  }

  countryName(code: string): string {
    return countryName(code, this.messages.lang);
  }

  formatDate(c: Campaign): string {
    return formatCampaignDate(c.date, this.messages.ongoing, this.messages.locale);
  }

  /** "Chine : #FreeTheFive, avril 2015": the accessible name of a campaign everywhere. */
  campaignLabel(c: Campaign): string {
    return this.messages.campaignOn(c.title, this.formatDate(c));
  }

  /** Neighbours in date order, within the visible campaigns when the selection is among them. */
  neighbour(step: 1 | -1): Campaign | undefined {
    const id = this.selectedId;
    if (!id) return undefined;
    const at = this.#positionOf.get(id);
    if (at === undefined) return undefined;
    if (!this.isVisible(id)) return this.campaigns[at + step];
    // Visible positions ascend: a binary search, not a scan of thousands, at each selection.
    const { list, positions } = this.#filtered;
    return list[bisectLeft(positions as number[], at) + step];
  }

  get view(): View {
    return {
      campaign: this.selectedId,
      country: this.selectedCountry,
      period: this.range,
      metric: this.metric,
      lang: this.lang,
      themes: [...this.themeFilter],
      outcomes: [...this.outcomeFilter],
      query: this.query,
      sort: this.sort,
    };
  }

  // ---- intents ----

  applyView(view: View): void {
    this.selectedId = view.campaign;
    this.selectedCountry = view.country;
    this.range = view.period;
    this.metric = view.metric;
    this.themeFilter = new Set(view.themes);
    this.outcomeFilter = new Set(view.outcomes);
    this.query = view.query;
    this.sort = view.sort;
    this.lang = view.lang;
    if (view.campaign) this.requestNarratives();
  }

  select(id: string | null): void {
    if (id !== null && !this.byId.has(id)) return;
    if (id !== null) this.requestNarratives();
    this.selectedId = id;
    const c = id ? this.byId.get(id) : undefined;
    this.announce(
      c
        ? this.messages.announceSelected(c.title, this.formatDate(c))
        : this.messages.announceClosed,
    );
  }

  step(direction: 1 | -1): void {
    const c = this.neighbour(direction);
    if (c) this.select(c.id);
  }

  hoverCampaign(id: string | null): void {
    // Hovering a campaign (or focusing its mark) comes just before most first clicks: the stories’
    // chunk is on its way by then, so the first panel seldom has to say « Chargement… ».
    if (id !== null) this.requestNarratives();
    this.#hover(id ? { kind: 'campaign', id } : null);
  }

  hoverCountry(code: string | null): void {
    this.#hover(code ? { kind: 'country', code } : null);
  }

  // Pointer moves repeat the same hover many times a second: only a change may recompute the views.
  #hover(next: Hover): void {
    const now = this.hovered;
    const same =
      now === next ||
      (now?.kind === 'campaign' && next?.kind === 'campaign' && now.id === next.id) ||
      (now?.kind === 'country' && next?.kind === 'country' && now.code === next.code);
    if (!same) this.hovered = next;
  }

  /** Selecting the selected country again clears it. */
  selectCountry(code: string | null): void {
    const next = code === this.selectedCountry ? null : code;
    this.selectedCountry = next;
    this.announce(
      next
        ? this.messages.announceCountry(this.countryName(next), this.campaignsIn(next).length)
        : this.messages.announceCountryCleared,
    );
  }

  setTimeRange(range: TimeRange | null): void {
    this.range = range;
  }

  /** Announces the range once the reader settles on it (not at every drag step). */
  announceRange(label: string): void {
    this.announce(this.messages.announcePeriod(label, this.visible.length));
  }

  setMetric(metric: Metric): void {
    this.metric = metric;
  }

  toggleTheme(theme: string): void {
    this.themeFilter = toggled(this.themeFilter, theme);
    this.announce(this.messages.announceFilters(this.visible.length));
  }

  toggleOutcome(outcome: Outcome): void {
    this.outcomeFilter = toggled(this.outcomeFilter, outcome);
    this.announce(this.messages.announceFilters(this.visible.length));
  }

  setQuery(query: string): void {
    this.query = query;
  }

  setSort(sort: Sort): void {
    this.sort = sort;
  }

  clearFilters(): void {
    this.range = null;
    this.themeFilter = new Set();
    this.outcomeFilter = new Set();
    this.query = '';
    this.announce(this.messages.announceFilters(this.visible.length));
  }

  /** The catalogue follows (App loads it); the narrative stays French. */
  setLang(lang: Lang): void {
    this.lang = lang;
  }

  setMessages(lang: Lang, messages: Messages): void {
    this.lang = lang;
    this.messages = messages;
  }

  notify(notice: string): void {
    if (!this.notices.includes(notice)) this.notices.push(notice);
  }

  dismissNotice(notice: string): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  setAnimations(on: boolean): void {
    this.animations = on;
  }

  announce(text: string): void {
    this.announcement = text;
  }
}

/** `set` with `value` added, or removed when it was there. */
function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
