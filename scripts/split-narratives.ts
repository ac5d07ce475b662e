/**
 * `npm run data:split -- <dataset.json> <out.json>`: writes the dataset with its
 * narratives apart, as `out.json` (which names the second file) and
 * `out.narratives.json` beside it, then checks both as the app will. A large dataset
 * read with `?data=out.json` then starts without its longest texts: they load with
 * the first story a reader opens. The files are for browsers, so they are written
 * without indentation (10 000 campaigns: 4.8 MB instead of 7.5 MB to parse before
 * the first view); keep editing the original.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { narrativesOf, type Narratives } from '../src/lib/data/parse.ts';
import type { Dataset, Paragraph } from '../src/lib/data/schema.ts';
import { readDataset } from './check-data-lib.ts';
import { isEntryPoint } from './entry-point.ts';

/** The name of the narratives file beside `out`: `x.json` → `x.narratives.json`. */
export function narrativesName(out: string): string {
  return basename(out).replace(/(\.json)?$/, '.narratives.json');
}

/**
 * The two files' contents: campaigns without narratives, naming the file `name` that
 * holds them (`narratives`: the dataset's own, unless they were already apart). The
 * second is the JSON object `{ "campaign-id": [paragraphs…] }`, written from the Map
 * key by key (own properties, so an id such as `constructor` is kept like any other).
 */
export function splitNarratives(
  dataset: Dataset,
  name: string,
  narratives: Narratives = narrativesOf(dataset),
): { dataset: object; narratives: Record<string, Paragraph[]> } {
  const { $schema, source, campaigns } = dataset;
  return {
    dataset: {
      ...($schema === undefined ? {} : { $schema }),
      source,
      narratives: name,
      campaigns: campaigns.map(({ narrative: _kept, ...rest }) => rest),
    },
    narratives: Object.fromEntries(narratives),
  };
}

function main(args: readonly string[]): number {
  const [input, out] = args;
  if (!input || !out) {
    console.error('usage: npm run data:split -- <dataset.json> <out.json>');
    return 2;
  }
  if (resolve(out) === resolve(input)) {
    console.error(`${out}: write the split files elsewhere, so that the original stays`);
    return 2;
  }
  const read = readDataset(input);
  if (!read.ok) {
    console.error(read.lines.join('\n'));
    return 1;
  }
  const name = narrativesName(out);
  const split = splitNarratives(read.dataset, name, read.narratives);
  const json = (value: unknown) => JSON.stringify(value);
  writeFileSync(out, json(split.dataset));
  writeFileSync(join(dirname(out), name), json(split.narratives));
  const check = readDataset(out);
  if (!check.ok) {
    console.error(check.lines.join('\n'));
    return 1;
  }
  console.log(
    `wrote ${out} and ${join(dirname(out), name)} (${read.dataset.campaigns.length} campaigns)`,
  );
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
