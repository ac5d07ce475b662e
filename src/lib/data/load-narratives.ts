/**
 * The file of narratives that a `?data=` dataset names (`"narratives"`), asked for
 * with the first story a reader opens. Same origin and same checks as the dataset;
 * a problem rejects with the lines to show, `file › campaign id › field: message`.
 */
import { nextTask } from '../platform/in-steps';
import { fetchBytes, parseJson } from './load';
import type { Narratives } from './parse';
import { formatProblem } from './problem';
import type { Dataset } from './schema';
import { decodeUtf8InSteps } from './utf8';

export async function loadNarratives(
  dataPath: string,
  dataset: Dataset,
  base: string,
  fetchFn: typeof fetch = fetch,
  pause: () => Promise<void> = nextTask,
): Promise<Narratives> {
  const url = new URL(dataset.narratives!, new URL(dataPath, base));
  // Named as a reader of the page would write it: from the site's root when it is this site.
  const shown = url.origin === new URL(base).origin ? url.pathname.slice(1) : url.href;
  const [fetched, parser] = await Promise.all([
    fetchBytes(url.href, base, fetchFn, shown),
    import('./parse'),
  ]);
  if (!fetched.ok) throw new Error(fetched.lines.join('\n'));
  // It arrives while the reader clicks (10 000 stories: 6 MB, 0.1–0.2 s of work in one
  // go): decoded, parsed and checked in tasks, a click waits at most for the parse.
  const decoded = await decodeUtf8InSteps(fetched.bytes, pause);
  if (!decoded.ok) throw new Error(formatProblem(shown, decoded.problem));
  await pause();
  const parsed = parseJson(decoded.text, shown);
  if (!parsed.ok) throw new Error(parsed.lines.join('\n'));
  await pause();
  const result = await parser.parseNarrativesInSteps(parsed.raw, dataset, pause);
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(shown, p)).join('\n'));
  return result.narratives;
}
