/** The logic of `npm run check:data`, callable from tests without spawning. */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { formatProblem, parseDatasetText } from '../src/lib/data/parse.ts';

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

export function checkDataFile(path: string): CheckResult {
  const shown = shownPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, lines: [`${shown}: ${readError(error)}`] };
  }
  const result = parseDatasetText(text);
  if (!result.ok) return { ok: false, lines: result.problems.map((p) => formatProblem(shown, p)) };
  const { campaigns } = result.dataset;
  const figures = campaigns.reduce((n, c) => n + c.impact.length, 0);
  const countries = new Set(campaigns.flatMap((c) => c.countries.map((x) => x.code))).size;
  return {
    ok: true,
    lines: [
      `${shown}: ${campaigns.length} campaigns, ${figures} impact figures, ${countries} countries — OK`,
    ],
  };
}
