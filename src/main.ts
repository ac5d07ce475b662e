import dataset from 'virtual:campaigns';
import { mountRoots } from './app/mount.svelte';
import { writeUrl } from './app/url-writer.svelte';
import type { Narratives } from './lib/data/parse';
import { loadCatalogue } from './lib/i18n/catalogue';
import { DatasetIndex } from './lib/index/dataset-index';
import { markFailedStylesheets } from './lib/platform/lazy.svelte';
import { readLaunch } from './lib/url/launch';
import { appRoot, loadPages } from './lib/url/page-path';
import { fromParams, type Known, type UrlProblem } from './lib/url/params';
import { AppState } from './state/app-state.svelte';
import { Session } from './state/session.svelte';
import './styles/global.css';

// A lazy piece's retry links its failed stylesheet again (lib/platform/lazy.svelte.ts).
markFailedStylesheets();

/** The prerendered page stays set aside (public/pending.js) until this draws what was asked for. */
const drawn = () => delete document.documentElement.dataset.pending;

async function start(target: HTMLElement) {
  // A built page says where the app's root is (`data-root`): its path then names a campaign and a language.
  const root = appRoot(location.href, target.dataset.root);
  // The address is read here, once; from now on the state leads and the URL writer follows.
  // The root page's path says nothing; another page's does, and preloads the code that reads it.
  const launch = readLaunch(
    root === null || target.dataset.root === './'
      ? location.search
      : (await loadPages()).pageSearch(location.href, root),
    root,
  );
  // CSS keys embed-only rules on :root[data-mode='embed'] (no viewport units there).
  document.documentElement.dataset.mode = launch.mode;
  /** An English link draws in English from its first frame: its catalogue loads with the data, not after the first draw. */
  const catalogue =
    launch.lang === 'en'
      ? loadCatalogue('en').catch(() => undefined) // the app asks again, and meanwhile speaks French
      : undefined;
  // The build prerenders the view of the page's path: it is hydrated. Any query is drawn afresh.
  const prerendered = target.firstElementChild !== null && !location.search;
  const problems: UrlProblem[] = [];
  // The colour maths for a host's theme or accent loads only when one is asked for.
  if (launch.theme !== null || launch.accent !== null) {
    try {
      const { applyAppearance } = await import('./modes/embed/appearance');
      problems.push(...applyAppearance(launch, document.documentElement));
    } catch {
      // Not loaded (the network): the page keeps its own look rather than not start.
    }
  }
  let data = dataset;
  // The build's dataset keeps its narratives in a chunk of their own.
  let narratives: (() => Promise<Narratives>) | undefined = () =>
    import('virtual:narratives').then((m) => m.default);
  if (launch.data) {
    // Only `?data=` needs the loader: a chunk asked for while the file downloads (pending.js asked for it).
    const { launchData } = await import('./data-launch');
    const launched = await launchData(launch.data, target, catalogue);
    if (!launched) return drawn();
    ({ dataset: data, loadNarratives: narratives } = launched);
  }
  const index = new DatasetIndex(data);
  // The URL's campaign, themes and period are checked against the dataset's own indexes.
  const known: Known = {
    campaignIds: index.byId,
    themes: new Set(index.themes),
    span: index.span,
    hasOngoing: index.hasOngoing,
  };
  const asked = fromParams(launch.view, known);
  problems.unshift(...asked.problems);
  // A campaign's page shows its story from the first frame: hydrate with the stories here.
  const loadedNarratives =
    prerendered && asked.view.campaign ? await narratives?.().catch(() => undefined) : undefined;
  const app = new AppState(index, {
    view: asked.view,
    narratives,
    loadedNarratives,
    messages: await catalogue,
  });
  // The notices' wording loads only for a URL that needs it: the default view does not carry it.
  if (problems.length)
    import('./lib/url/describe').then(
      ({ describeProblems }) =>
        describeProblems(problems, app.locale.messages).forEach((n) => app.notify(n)),
      () => {}, // not loaded: the view has fallen back to the default all the same
    );
  const session = new Session(launch);
  writeUrl(app, session, known);
  mountRoots(target, app, session, prerendered);
  // `?play`: the time-lapse's code is asked for now, with the page.
  if (launch.play) void app.play();
  drawn();
}

const target = document.getElementById('app');
if (target) void start(target);
