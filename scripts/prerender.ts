/**
 * Writes the server-rendered default view into dist/index.html, so text and the
 * list show before any script runs, and readers without JavaScript get every campaign;
 * then, unless PAGES=0, a page per campaign and language (scripts/pages.ts).
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../src/lib/data/schema';
import { writeCards } from './cards.ts';
import { fillPage, writePages, type Render } from './pages.ts';
import { pagesOptions } from './pages-options.ts';

const outDir = process.argv[2] ?? 'dist';
const ssrDir = `${outDir}-ssr`;
const options = pagesOptions();

execSync(`npx vite build --ssr src/entry-server.ts --outDir ${ssrDir} --logLevel warn`, {
  stdio: 'inherit',
});
const server = (await import(pathToFileURL(resolve(ssrDir, 'entry-server.js')).href)) as {
  renderView: Render;
  dataset: Dataset;
};

const assets = readdirSync(resolve(outDir, 'assets'));
// The map file is requested by the script: announcing it in the head starts it with the script.
const map = assets.find((name) => /^world-map-(?!fine)/.test(name));
if (!map) throw new Error(`${outDir}/assets: no world-map-*.json to preload`);
const preload = `<link rel="preload" href="./assets/${map}" as="fetch" crossorigin>`;

const file = resolve(outDir, 'index.html');
const template = readFileSync(file, 'utf8');
if (options.cards) {
  const cards = await writeCards(outDir, server.dataset);
  console.log(
    `cards: ${cards.drawn} drawn, ${cards.cached} from the cache, in ${cards.seconds.toFixed(1)} s`,
  );
}
const started = performance.now();
const pages = options.pages
  ? writePages({
      outDir,
      template,
      dataset: server.dataset,
      render: server.renderView,
      appUrl: options.appUrl,
      cards: options.cards,
      preload,
      narrativesChunk: assets.find((name) => name.startsWith('_virtual_narratives-')) ?? null,
      pagesChunk: assets.find((name) => /^pages-[\w-]+\.js$/.test(name)) ?? null,
    })
  : null;
const root = server.renderView({ campaign: null, lang: 'fr', root: pages ? './' : null });
writeFileSync(file, fillPage(template, pages?.root[0] ?? null, root, preload, pages && './'));
rmSync(ssrDir, { recursive: true });
console.log(
  `prerendered the default view into ${file} (${(root.body.length / 1024).toFixed(1)} KB of markup)`,
);
if (pages)
  console.log(
    `wrote ${pages.written} pages, sitemap.xml and robots.txt in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      (options.appUrl ? '' : ' (relative addresses: set APP_URL for absolute ones)'),
  );
