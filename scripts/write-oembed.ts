/**
 * Writes <dist>/oembed.json, the oEmbed description that index.html advertises
 * (`<link rel="alternate" type="application/json+oembed">`): a "rich" embed whose
 * html is the plain iframe snippet for the default view, with the default card as
 * its thumbnail when the build drew cards (lib/pages/oembed.ts; each campaign's page
 * has its own, written by scripts/pages.ts). oEmbed consumers need an absolute URL:
 * set APP_URL (e.g. https://example.org/campagnes/) at build time; without it the
 * URLs are relative ("./?embed") and partners must replace them.
 * Usage: tsx scripts/write-oembed.ts [dir] (default $DIST or dist).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardPath } from '../src/lib/pages/meta';
import { oembedOf } from '../src/lib/pages/oembed';
import { appUrlFrom } from './pages-options.ts';
import { dataFileFrom, readDataset } from './check-data-lib.ts';

const dir = process.argv[2] ?? process.env.DIST ?? 'dist';
const appUrl = appUrlFrom(process.env);
// Read as check:data reads it (a leading BOM dropped, UTF-8 or a problem).
const read = readDataset(dataFileFrom([], process.env));
if (!read.ok) throw new Error(read.lines.join('\n'));
const cards = existsSync(join(dir, cardPath(null, 'fr')));

writeFileSync(
  join(dir, 'oembed.json'),
  oembedOf({ dataset: read.dataset, campaign: null, lang: 'fr', appUrl, cards }),
);
console.log(`${join(dir, 'oembed.json')}: ${appUrl ?? 'relative URL (set APP_URL)'}`);
