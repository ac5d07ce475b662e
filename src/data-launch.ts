/**
 * The `?data=` path of main.ts, a chunk of its own that only such a link asks for
 * (while public/pending.js downloads the file): the dataset from this site and its
 * narratives' loader, or the page that says why it cannot be used.
 */
import { mount } from 'svelte';
import DataError from './components/DataError/DataError.svelte';
import { loadDataset } from './lib/data/load';
import type { Narratives } from './lib/data/parse';
import type { Dataset } from './lib/data/schema';
import { fr, type Messages } from './lib/i18n/fr';

/** Takes the response public/pending.js asked for early, once; fetches anything else. */
const fetchData: typeof fetch = (input, init) => {
  const early = window.__earlyData;
  delete window.__earlyData;
  if (!early || early.url !== String(input)) return fetch(input, init);
  // The loader's deadline stops the early request too, headers or body.
  init?.signal?.addEventListener('abort', () => early.controller.abort());
  return early.response;
};

export interface Launched {
  dataset: Dataset;
  /** When the dataset keeps its narratives apart: they load with the first story. */
  loadNarratives?: () => Promise<Narratives>;
}

/**
 * The dataset `path` names, or undefined once `target` shows why not (in the
 * language `messages` resolves to, French if none), with a way to the default
 * campaigns and, when trying again may help, a retry.
 */
export async function launchData(
  path: string,
  target: HTMLElement,
  messages: Promise<Messages | undefined> | undefined,
): Promise<Launched | undefined> {
  const result = await loadDataset(path, location.href, fetchData);
  if (result.ok) {
    const { dataset } = result;
    return {
      dataset,
      loadNarratives: dataset.narratives
        ? () =>
            import('./lib/data/load-narratives').then((m) =>
              m.loadNarratives(path, dataset, location.href),
            )
        : undefined,
    };
  }
  const fallback = new URL(location.href);
  fallback.searchParams.delete('data');
  target.replaceChildren();
  mount(DataError, {
    target,
    props: {
      path,
      lines: result.lines,
      fallback: fallback.href,
      retry: result.retry ? location.href : undefined,
      messages: (await messages) ?? fr,
    },
  });
  return undefined;
}
