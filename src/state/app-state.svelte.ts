/**
 * The explorer's state: small parts with one reason to change each, composed
 * behind one read-only facade. Views read `app.selection`, `app.filters`,
 * `app.tally`, `app.display`, `app.locale`, `app.narratives`, `app.announcer`
 * (typed read-only: nothing outside the state writes a field) and change things
 * only through the intent methods below, which also say what happened.
 */
import type { Dataset, Outcome } from '../lib/data/schema';
import { DatasetIndex } from '../lib/index/dataset-index';
import type { Messages } from '../lib/i18n/fr';
import type { TimeRange } from '../lib/time/range';
import type { PlayMode, Speed } from '../lib/time/playback';
import { DEFAULT_VIEW, type Lang, type Metric, type Sort, type View } from '../lib/view';
import { Lazy } from '../lib/platform/lazy.svelte';
import { Announcer } from './announcer.svelte';
import { Display } from './display.svelte';
import { Filters } from './filters.svelte';
import { Locale } from './locale.svelte';
import { Narratives, type NarrativeMap } from './narratives.svelte';
import { Selection } from './selection.svelte';
import { Tally } from './tally.svelte';
import type { Player, PlayerBar, Playhead } from '../features/playback';

export type { Emphasis, Hover, Status } from './selection.svelte';
export type SelectionView = Omit<Selection, 'select' | 'selectCountry' | 'hover'>;
export type FiltersView = Omit<
  Filters,
  'setRange' | 'toggleTheme' | 'toggleOutcome' | 'setQuery' | 'setSort' | 'clear' | 'apply'
>;
export type DisplayView = Omit<Display, 'setMetric' | 'setAnimations'>;
export type LocaleView = Omit<Locale, 'adopt' | 'set'>;
export type NarrativesView = Omit<Narratives, 'request'>;
export type AnnouncerView = Omit<Announcer, 'say' | 'notify' | 'dismiss'>;
export type PlayerView = Omit<
  Player,
  'play' | 'pause' | 'toggle' | 'step' | 'setSpeed' | 'setMode' | 'stop'
>;

export interface AppOptions {
  /** The view to start with (a URL's); the rest is the default view. */
  view?: Partial<View>;
  /** Loads the narratives that the dataset carries apart (empty in its campaigns). */
  narratives?: () => Promise<NarrativeMap>;
  /** The narratives, already loaded: the first draw shows the open campaign's story. */
  loadedNarratives?: NarrativeMap;
  /** The catalogue of the view's language, when already loaded: the first draw speaks it. */
  messages?: Messages;
  /** How a language's catalogue loads (tests give their own). */
  catalogue?: (lang: Lang) => Promise<Messages>;
}

export class AppState {
  readonly index: DatasetIndex;
  readonly #selection: Selection;
  readonly #filters: Filters;
  readonly #display = new Display();
  readonly #tally: Tally;
  readonly #locale: Locale;
  readonly #narratives: Narratives;
  readonly #announcer = new Announcer();
  /** The time-lapse's player and views: their code loads with the first use (not the first load). */
  readonly #playback = new Lazy(() =>
    import('../features/playback').then((views) => ({
      views,
      player: new views.Player(this.index, this.#filters, this.#locale, this.#announcer),
    })),
  );

  constructor(data: Dataset | DatasetIndex, options: AppOptions = {}) {
    this.index = data instanceof DatasetIndex ? data : new DatasetIndex(data);
    this.#narratives = new Narratives(options.narratives, options.loadedNarratives);
    this.#filters = new Filters(this.index, (c) => this.#narratives.of(c));
    this.#selection = new Selection(
      this.index,
      this.#filters,
      () => this.#playback.value?.player.emphasis,
    );
    this.#tally = new Tally(this.index, this.#filters, this.#display);
    this.#locale = new Locale(options.catalogue);
    const view = { ...DEFAULT_VIEW, ...options.view };
    if (options.messages?.lang === view.lang) this.#locale.adopt(options.messages);
    this.applyView(view);
  }

  get selection(): SelectionView {
    return this.#selection;
  }
  get filters(): FiltersView {
    return this.#filters;
  }
  get tally(): Tally {
    return this.#tally;
  }
  get display(): DisplayView {
    return this.#display;
  }
  get locale(): LocaleView {
    return this.#locale;
  }
  get narratives(): NarrativesView {
    return this.#narratives;
  }
  get announcer(): AnnouncerView {
    return this.#announcer;
  }
  /** The time-lapse, once loaded (`loadPlayer`, or the first play). */
  get player(): PlayerView | undefined {
    return this.#playback.value?.player;
  }
  /** Its views (the timeline's playhead and controls), loaded with it. */
  get playerViews(): { Playhead: typeof Playhead; PlayerBar: typeof PlayerBar } | undefined {
    return this.#playback.value?.views;
  }

  /** Everything a URL says: what `toParams` writes and `applyView` reads back. */
  get view(): View {
    const filters = this.#filters;
    return {
      campaign: this.#selection.id,
      country: this.#selection.country,
      period: filters.range,
      metric: this.#display.metric,
      lang: this.#locale.loading ?? this.#locale.lang,
      themes: [...filters.themes],
      outcomes: [...filters.outcomes],
      query: filters.query,
      sort: filters.sort,
    };
  }

  get #t(): Messages {
    return this.#locale.messages;
  }

  // ---- intents ----

  /** Everything at once, silently: a URL at start, a host's reset. */
  applyView(view: View): void {
    this.#selection.select(view.campaign);
    this.#selection.selectCountry(view.country);
    this.#filters.apply(view);
    this.#display.setMetric(view.metric);
    if (view.campaign || view.query) this.#narratives.request();
    void this.setLang(view.lang);
  }

  select(id: string | null): void {
    if (id !== null && !this.index.byId.has(id)) return;
    if (id !== null) this.#narratives.request();
    this.#selection.select(id);
    const c = this.#selection.campaign;
    this.#announcer.say(
      c ? this.#t.announceSelected(c.title, this.#locale.formatDate(c)) : this.#t.announceClosed,
    );
  }

  /** The next (1) or previous (-1) campaign in date order. */
  step(direction: 1 | -1): void {
    const id = this.#selection.id;
    const c = id ? this.#filters.neighbour(id, direction) : undefined;
    if (c) this.select(c.id);
  }

  hoverCampaign(id: string | null): void {
    // Hovering a campaign (or focusing its mark) comes just before most first clicks: the stories’
    // chunk is on its way by then, so the first panel seldom has to say « Chargement… ».
    if (id !== null) this.#narratives.request();
    this.#selection.hover(id ? { kind: 'campaign', id } : null);
  }

  hoverCountry(code: string | null): void {
    this.#selection.hover(code ? { kind: 'country', code } : null);
  }

  /** Selecting the selected country again clears it. */
  selectCountry(code: string | null): void {
    const next = code === this.#selection.country ? null : code;
    this.#selection.selectCountry(next);
    this.#announcer.say(
      next
        ? this.#t.announceCountry(
            this.#locale.countryName(next),
            this.#filters.campaignsIn(next).length,
          )
        : this.#t.announceCountryCleared,
    );
  }

  setTimeRange(range: TimeRange | null): void {
    this.#filters.setRange(range);
  }

  /** Says the period once the reader settles on it (not at every step of a drag). */
  announceRange(label: string): void {
    this.#announcer.say(this.#t.announcePeriod(label, this.#filters.visible.length));
  }

  setMetric(metric: Metric): void {
    this.#display.setMetric(metric);
  }

  toggleTheme(theme: string): void {
    this.#filters.toggleTheme(theme);
    this.#announceCount();
  }

  toggleOutcome(outcome: Outcome): void {
    this.#filters.toggleOutcome(outcome);
    this.#announceCount();
  }

  /** Searching reads the stories: they are asked for with the first query. */
  setQuery(query: string): void {
    if (query.trim()) this.#narratives.request();
    this.#filters.setQuery(query);
  }

  /** Says how many campaigns the search keeps, once the reader has typed. */
  announceSearch(): void {
    this.#announceCount();
  }

  setSort(sort: Sort): void {
    this.#filters.setSort(sort);
  }

  clearFilters(): void {
    this.#filters.clear();
    this.#announceCount();
  }

  #announceCount(): void {
    this.#announcer.say(this.#t.announceFilters(this.#filters.visible.length));
  }

  /** The interface's language; the narratives stay French. A catalogue that fails to load is said. */
  async setLang(lang: Lang): Promise<void> {
    if (!(await this.#locale.set(lang))) this.#announcer.notify(this.#t.languageFailed);
  }

  requestNarratives(): void {
    this.#narratives.request();
  }

  setAnimations(on: boolean): void {
    this.#display.setAnimations(on);
  }

  // ---- the time-lapse (« Lecture ») ----

  get #player(): Player | undefined {
    return this.#playback.value?.player;
  }

  /** Loads the player; a failure is said, and the next use tries again. */
  async loadPlayer(): Promise<PlayerView | undefined> {
    const loaded = await this.#playback.get();
    if (!loaded) this.notify(this.#t.playFailed);
    return loaded?.player;
  }

  async play(): Promise<void> {
    if (await this.loadPlayer()) this.#player?.play();
  }

  async togglePlay(): Promise<void> {
    if (await this.loadPlayer()) this.#player?.toggle();
  }

  pause(): void {
    this.#player?.pause();
  }

  /** One month forward (1) or back (-1), paused. */
  stepMonth(delta: number): void {
    this.#player?.step(delta);
  }

  setPlaySpeed(speed: Speed): void {
    this.#player?.setSpeed(speed);
  }

  setPlayMode(mode: PlayMode): void {
    this.#player?.setMode(mode);
  }

  stopPlay(): void {
    this.#player?.stop();
  }

  notify(notice: string): void {
    this.#announcer.notify(notice);
  }

  dismissNotice(notice: string): void {
    this.#announcer.dismiss(notice);
  }
}
