/** The logic of `npm run check:data`, callable from tests without spawning. */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseJson } from '../src/lib/data/load.ts';
import {
  formatProblem,
  narrativesOf,
  parseDatasetText,
  parseNarratives,
  type Narratives,
} from '../src/lib/data/parse.ts';
import type { Dataset } from '../src/lib/data/schema.ts';
import { decodeUtf8 } from '../src/lib/data/utf8.ts';

export const DEFAULT_DATA_FILE = 'data/campaigns.json';

export interface CheckResult {
  ok: boolean;
  /** What to print: one summary line on success, one line per problem otherwise. */
  lines: string[];
}

/** The file to check: the first argument, else `$DATA`, else the default dataset. */
export function dataFileFrom(args: readonly string[], env: NodeJS.ProcessEnv): string {
  return args[0] || env.DATA || DEFAULT_DATA_FILE;
}

/** The path as a maintainer reads it: relative to the working directory when inside it. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'cannot read the file: no such file';
  if (code === 'EISDIR') return 'cannot read the file: it is a directory';
  if (code === 'EACCES') return 'cannot read the file: permission denied';
  return `cannot read the file (${(error as Error).message.replace(/\s+/g, ' ')})`;
}

const OUTSIDE = 'refused: the file must be inside the dataset folder';

/** Whether `file`, resolved, lies inside the folder `dir` (never `dir` itself). */
export function isInside(dir: string, file: string): boolean {
  const rel = relative(resolve(dir), resolve(file));
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel);
}

/** A file as text, by the browser's rule: bytes, a leading BOM dropped, UTF-8 or a problem. */
function readText(
  path: string,
  shown: string,
  namedBy = '',
): { ok: true; text: string } | { ok: false; lines: string[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, lines: [`${shown}: ${readError(error)}${namedBy}`] };
  }
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? decoded : { ok: false, lines: [formatProblem(shown, decoded.problem)] };
}

export type ReadResult =
  | { ok: true; dataset: Dataset; narratives: Narratives; files: string[] }
  | { ok: false; lines: string[] };

/**
 * Reads and checks a dataset and, when its `narratives` names one, the file of
 * narratives beside it. `narratives` is every campaign's story, wherever it was kept;
 * `files` the paths read (for the build to watch).
 */
export function readDataset(path: string): ReadResult {
  const shown = shownPath(path);
  const read = readText(path, shown);
  if (!read.ok) return read;
  const result = parseDatasetText(read.text);
  if (!result.ok) return { ok: false, lines: result.problems.map((p) => formatProblem(shown, p)) };
  const { dataset } = result;
  if (dataset.narratives === undefined) {
    return { ok: true, dataset, narratives: narrativesOf(dataset), files: [path] };
  }
  const apart = resolve(dirname(path), dataset.narratives);
  // The schema already keeps the path inside the folder; this says so for the file system too.
  if (!isInside(dirname(path), apart))
    return {
      ok: false,
      lines: [formatProblem(shown, { campaign: '', field: 'narratives', message: OUTSIDE })],
    };
  const shownApart = shownPath(apart);
  const apartRead = readText(apart, shownApart, ` (named by ${shown})`);
  if (!apartRead.ok) return apartRead;
  const parsed = parseJson(apartRead.text, shownApart);
  if (!parsed.ok) return parsed;
  const stories = parseNarratives(parsed.raw, dataset);
  if (!stories.ok)
    return { ok: false, lines: stories.problems.map((p) => formatProblem(shownApart, p)) };
  return { ok: true, dataset, narratives: stories.narratives, files: [path, apart] };
}

export function checkDataFile(path: string): CheckResult {
  const result = readDataset(path);
  if (!result.ok) return result;
  const { campaigns } = result.dataset;
  const figures = campaigns.reduce((n, c) => n + c.impact.length, 0);
  const countries = new Set(campaigns.flatMap((c) => c.countries.map((x) => x.code))).size;
  const apart = result.files[1] ? ` (narratives in ${shownPath(result.files[1])})` : '';
  return {
    ok: true,
    lines: [
      `${shownPath(path)}: ${campaigns.length} campaigns, ${figures} impact figures, ${countries} countries${apart} — OK`,
    ],
  };
}
