/**
 * The file of narratives that a `?data=` dataset names (`"narratives"`), asked for
 * with the first story a reader opens. Same origin and same checks as the dataset;
 * a problem rejects with the lines to show, `file › campaign id › field: message`.
 */
import { fetchJson } from './load';
import type { Narratives } from './parse';
import { formatProblem } from './problem';
import type { Dataset } from './schema';

export async function loadNarratives(
  dataPath: string,
  dataset: Dataset,
  base: string,
  fetchFn: typeof fetch = fetch,
): Promise<Narratives> {
  const url = new URL(dataset.narratives!, new URL(dataPath, base));
  // Named as a reader of the page would write it: from the site's root when it is this site.
  const shown = url.origin === new URL(base).origin ? url.pathname.slice(1) : url.href;
  const [fetched, parser] = await Promise.all([
    fetchJson(url.href, base, fetchFn, shown),
    import('./parse'),
  ]);
  if (!fetched.ok) throw new Error(fetched.lines.join('\n'));
  const result = parser.parseNarratives(fetched.raw, dataset);
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(shown, p)).join('\n'));
  return result.narratives;
}
