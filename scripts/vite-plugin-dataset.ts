/**
 * Validates the dataset once, at build time, and serves it to the app as
 * `virtual:campaigns`. Bad data stops the build with the same lines as
 * `npm run check:data`, so the browser never carries the schema for the default dataset.
 */
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
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

/**
 * The source document's path in the build, as the dataset names it (`source.file`,
 * relative to the dataset), when it is a plain relative path: the build copies it there.
 */
export function sourceCopy(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const path = posix.normalize(file);
  return /^[\w.-]+(\/[\w.-]+)*$/.test(path) && !path.split('/').includes('..') ? path : undefined;
}

export function campaignDataset(): Plugin {
  const file = datasetPath();
  /** Where the source document is copied; none in the single file (it has no files beside it). */
  let copy: string | undefined;
  let copies = false;
  return {
    name: 'campaign-dataset',
    configResolved(config) {
      copies = config.mode !== 'single' && !config.build.ssr && config.command === 'build';
    },
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
      copy = copies ? sourceCopy(dataset.source.file) : undefined;
      return (
        `export default ${JSON.stringify({ ...dataset, campaigns })};\n` +
        `export const sourceFile = ${JSON.stringify(copy ?? null)};`
      );
    },
    // The source as a file beside the page, for « Comment lisons-nous ces chiffres ? » to
    // link to (it has no public address). A byte order mark makes any server's text/plain
    // read as UTF-8.
    generateBundle() {
      if (!copy) return;
      const text = readFileSync(resolve(dirname(file), copy), 'utf8').replace(/^\uFEFF/, '');
      this.emitFile({ type: 'asset', fileName: copy, source: `\uFEFF${text}` });
    },
  };
}
