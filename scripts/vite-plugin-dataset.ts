/**
 * Validates the dataset once, at build time, and serves it to the app as
 * `virtual:campaigns`. Bad data stops the build with the same lines as
 * `npm run check:data`, so the browser never carries the schema for the default dataset.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem, parseDatasetText } from '../src/lib/data/parse.ts';

const ID = 'virtual:campaigns';
const RESOLVED = '\0' + ID;
/** The stories, apart: the default view shows none, so they load with the first selection. */
const NARRATIVES = 'virtual:narratives';
const RESOLVED_NARRATIVES = '\0' + NARRATIVES;

export function datasetPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA ?? 'data/campaigns.json');
}

export function campaignDataset(): Plugin {
  const file = datasetPath();
  return {
    name: 'campaign-dataset',
    resolveId: (id) => (id === ID ? RESOLVED : id === NARRATIVES ? RESOLVED_NARRATIVES : undefined),
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_NARRATIVES) return undefined;
      this.addWatchFile(file);
      const shown = relative(process.cwd(), file);
      const result = parseDatasetText(readFileSync(file, 'utf8'));
      if (!result.ok) {
        const lines = result.problems.map((p) => formatProblem(shown, p));
        this.error(`invalid dataset (${lines.length} problems):\n${lines.join('\n')}`);
      }
      const { dataset } = result;
      if (id === RESOLVED_NARRATIVES) {
        const stories = Object.fromEntries(dataset.campaigns.map((c) => [c.id, c.narrative]));
        return `export default ${JSON.stringify(stories)};`;
      }
      const campaigns = dataset.campaigns.map((c) => ({ ...c, narrative: [] }));
      return `export default ${JSON.stringify({ ...dataset, campaigns })};`;
    },
  };
}
