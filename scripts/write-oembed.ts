/**
 * Writes <dist>/oembed.json, the oEmbed description that index.html advertises
 * (`<link rel="alternate" type="application/json+oembed">`): a "rich" embed whose
 * html is the plain iframe snippet for the default view. oEmbed consumers need an
 * absolute URL: set APP_URL (e.g. https://example.org/campagnes/) at build time;
 * without it the snippet's URL is relative ("./?embed") and partners must replace it.
 * Usage: tsx scripts/write-oembed.ts [dir] (default $DIST or dist).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fr } from '../src/lib/i18n/fr';
import { iframeSnippet } from '../src/features/embed-dialog/snippet';
import { dataFileFrom, readDataset } from './check-data-lib.ts';

const dir = process.argv[2] ?? process.env.DIST ?? 'dist';
const appUrl = process.env.APP_URL?.trim();
const base = appUrl ? new URL(appUrl).href : './';
// Read as check:data reads it (a leading BOM dropped, UTF-8 or a problem).
const read = readDataset(dataFileFrom([], process.env));
if (!read.ok) throw new Error(read.lines.join('\n'));
const { dataset } = read;

const WIDTH = 800;
const HEIGHT = 600;

const oembed = {
  version: '1.0',
  type: 'rich',
  title: `${fr.appTitle} · ${fr.appTagline}`,
  provider_name: `${fr.appTitle} (${dataset.source.publisher})`,
  ...(appUrl ? { provider_url: base } : {}),
  width: WIDTH,
  height: HEIGHT,
  html: iframeSnippet({ base, title: fr.embedFrameTitle }),
};

writeFileSync(join(dir, 'oembed.json'), `${JSON.stringify(oembed, null, 2)}\n`);
console.log(`${join(dir, 'oembed.json')}: ${appUrl ? base : 'relative URL (set APP_URL)'}`);
