/** The logic of `npm run check:data`, callable from tests without spawning. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatProblem, parseDatasetText } from '../src/lib/data/parse.ts';

export interface CheckResult {
  ok: boolean;
  lines: string[];
}

export function checkDataFile(path: string): CheckResult {
  const shown = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, lines: [`${shown}: cannot read the file (${(error as Error).message})`] };
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
