/**
 * Validates the dataset once, at build time, and serves it to the app as
 * `virtual:campaigns`. Bad data stops the build with the same lines as
 * `npm run check:data`, so the browser never carries the schema for the default dataset.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readDataset } from './check-data-lib.ts';

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
      const result = readDataset(file);
      if (!result.ok) {
        const { lines } = result;
        this.error(`invalid dataset (${lines.length} problems):\n${lines.join('\n')}`);
      }
      result.files.forEach((f) => this.addWatchFile(f));
      // A Map, as the `?data=` loader gives: an id such as `constructor` is no object key to trust.
      if (id === RESOLVED_NARRATIVES)
        return `export default new Map(${JSON.stringify([...result.narratives])});`;
      // Built in, the narratives are always a chunk apart, whichever way the file kept them.
      // What the app never shows stays out of the first load: the readings' evidence and notes.
      const campaigns = result.dataset.campaigns.map(({ dataNotes: _notes, ...c }) => ({
        ...c,
        countries: c.countries.map(({ evidence: _why, ...x }) => x),
        impact: c.impact.map(({ evidence: _why, ...x }) => x),
        narrative: [],
      }));
      const { narratives: _apart, ...dataset } = result.dataset;
      return `export default ${JSON.stringify({ ...dataset, campaigns })};`;
    },
  };
}
