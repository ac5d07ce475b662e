import { hydrate, mount } from 'svelte';
import dataset from 'virtual:campaigns';
import App from './App.svelte';
import { loadCatalogue } from './lib/i18n/catalogue';
import type { Narratives } from './lib/data/parse';
import { readMode } from './modes/mode';
import type { UrlProblem } from './lib/url/params';
import { markFailedStylesheets } from './lib/platform/lazy.svelte';
import './styles/global.css';

// A lazy piece's retry links its failed stylesheet again (lib/platform/lazy.svelte.ts).
markFailedStylesheets();

const mode = readMode(location.search);
// CSS keys embed-only rules on :root[data-mode='embed'] (no viewport units there).
document.documentElement.dataset.mode = mode;

/** The prerendered page stays set aside (public/pending.js) until this draws what was asked for. */
const drawn = () => delete document.documentElement.dataset.pending;

const query = new URLSearchParams(location.search);

/** An English link draws in English from its first frame: its catalogue loads with the data, not after the first draw. */
const catalogue =
  query.get('lang') === 'en'
    ? loadCatalogue('en').catch(() => undefined) // the app asks again, and meanwhile speaks French
    : undefined;

async function start(target: HTMLElement) {
  const problems: UrlProblem[] = [];
  // The colour maths for a host's theme or accent loads only when one is asked for.
  if (/[?&](theme|accent)=/.test(location.search)) {
    try {
      const { applyAppearance } = await import('./modes/embed/appearance');
      problems.push(...applyAppearance(location.search, document.documentElement));
    } catch {
      // Not loaded (the network): the page keeps its own look rather than not start.
    }
  }
  const dataPath = query.get('data');
  let data = dataset;
  // The build's dataset keeps its narratives in a chunk of their own.
  let loadNarratives: (() => Promise<Narratives>) | undefined = () =>
    import('virtual:narratives').then((m) => m.default);
  if (dataPath) {
    // Only `?data=` needs the loader: a chunk asked for while the file downloads (pending.js asked for it).
    const { launchData } = await import('./data-launch');
    const launched = await launchData(dataPath, target, catalogue);
    if (!launched) {
      drawn();
      return;
    }
    ({ dataset: data, loadNarratives } = launched);
  }
  const messages = await catalogue;
  const props = {
    dataset: data,
    search: location.search,
    mode,
    loadNarratives,
    messages,
    problems,
  };
  // The build prerenders the default view: hydrate it. Any other view is drawn afresh.
  if (target.firstElementChild && !location.search) hydrate(App, { target, props });
  else {
    target.replaceChildren();
    mount(App, { target, props });
  }
  drawn();
}

const target = document.getElementById('app');
if (target) void start(target);
