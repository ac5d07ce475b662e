/**
 * The launch parameters: what the address asks of the page besides the view —
 * its mode, a presenter's tour and slide, an embed's hosts and look, another
 * dataset. Read once at start (`readLaunch`); written back, with the view, by
 * the one URL writer (`launchSearch`). Pure, so it is tested in Node.
 */
import { LANGS, type Lang } from '../view';
import { MODE_KEYS } from './keys';
import { toSearch } from './params';

/** One root per mode: the explorer, the explorer inside a partner's iframe, the presenter. */
export type Mode = 'explorer' | 'embed' | 'present';

export interface Launch {
  mode: Mode;
  /** `?present&tour=a,b`: the campaigns of a talk, in order. */
  tour: string | null;
  /** `?present&slide=3`: the slide to open, as written (the tour decides whether it exists). */
  slide: string | null;
  /** `?present&console`: the speaker's console rather than the stage. */
  console: string | null;
  /** `?present&kiosk=8`: the tour advances by itself every 8 seconds. */
  kiosk: string | null;
  /** `?embed&hosts=…`: the origins allowed to command an embed. */
  hosts: string | null;
  theme: string | null;
  accent: string | null;
  /** `?data=…`: another dataset of the same site. */
  data: string | null;
  /** `?embed&layout=full`: the whole page in the frame (filters, list); compact otherwise. */
  layout: string | null;
  /**
   * `?play`: the time-lapse starts at load (over `period=` if given). Launch-only: the
   * URL writer never writes it back, so the address then says the view, not the motion.
   */
  play: boolean;
  /** The view's language, read early so its catalogue loads with the data. */
  lang: Lang | null;
  /** The view's own keys, for `fromParams`. */
  view: URLSearchParams;
  /**
   * The app's root URL where the build wrote a page per campaign (lib/url/pages.ts):
   * links then name the campaign's page. Null without pages, in an embed, or for another dataset.
   */
  root: string | null;
}

/** Keys that a page keeps for its whole life, whatever the reader does. */
const STANDING = ['data', 'theme', 'accent', 'hosts', 'layout'] as const;

export function readLaunch(search: string, root: string | null = null): Launch {
  const params = new URLSearchParams(search);
  const view = new URLSearchParams();
  for (const [key, value] of params) if (!MODE_KEYS.includes(key)) view.append(key, value);
  const lang = params.get('lang');
  return {
    mode: params.has('present') ? 'present' : params.has('embed') ? 'embed' : 'explorer',
    tour: params.get('tour'),
    slide: params.get('slide'),
    console: params.get('console'),
    kiosk: params.get('kiosk'),
    hosts: params.get('hosts'),
    theme: params.get('theme'),
    accent: params.get('accent'),
    data: params.get('data'),
    layout: params.get('layout'),
    play: params.has('play'),
    lang: (LANGS as readonly (string | null)[]).includes(lang) ? (lang as Lang) : null,
    view,
    // The pages show the build's own dataset; an embed's address is its host's business.
    root: params.has('data') || params.has('embed') ? null : root,
  };
}

/** What is being shown now, beyond the view. */
export interface Showing {
  mode: Mode;
  /** While presenting: the tour and the slide's index (0-based). */
  tour?: string | null;
  slide?: number;
}

/**
 * The address of what is shown: the launch's standing keys, the mode's flag, the
 * presenter's tour and slide (1-based), then the view's params (`toParams`).
 */
export function launchSearch(launch: Launch, showing: Showing, view: URLSearchParams): string {
  const params = new URLSearchParams();
  if (launch.mode === 'embed') params.set('embed', '');
  if (showing.mode === 'present') params.set('present', '');
  for (const key of STANDING) {
    const value = launch[key];
    if (value !== null) params.set(key, value);
  }
  if (showing.mode === 'present') {
    if (showing.tour) params.set('tour', showing.tour);
    if (showing.slide !== undefined) params.set('slide', String(showing.slide + 1));
    for (const key of ['console', 'kiosk'] as const) {
      const value = launch[key];
      if (value !== null) params.set(key, value);
    }
  }
  for (const [key, value] of view) params.append(key, value);
  return toSearch(params);
}
