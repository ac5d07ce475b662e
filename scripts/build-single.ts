/**
 * `npm run build:single`: one self-contained HTML file (scripts, styles, dataset,
 * map) that opens from file:// with the network off — for a venue without Wi-Fi.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = 'dist-single';
const FILE = join(OUT, 'campaign-explorer.html');

execSync(`npx vite build --mode single --outDir ${OUT}`, { stdio: 'inherit' });

let html = readFileSync(join(OUT, 'index.html'), 'utf8');
const read = (href: string) => readFileSync(join(OUT, href.replace(/^\.\//, '')), 'utf8');

// "</script" inside code would end the inline element early.
html = html.replace(
  /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
  (_, src: string) =>
    `<script type="module">${read(src).replace(/<\/script/gi, '<\\/script')}</script>`,
);
html = html.replace(
  /<link rel="stylesheet" crossorigin href="([^"]+)">/g,
  (_, href: string) => `<style>${read(href)}</style>`,
);
// Discovery links point to files this single page does not carry.
html = html.replace(/<link rel="(alternate|modulepreload)"[^>]*>\n?/g, '');
// Inline like the rest: `?present` must not flash the full page here either.
html = html.replace(
  /<script src="\.\/pending\.js"\s*><\/script>/,
  () => `<script>${read('pending.js')}</script>`,
);
if (/(src|href)="\.\/(assets\/|pending)/.test(html))
  throw new Error('an asset was left outside the file');

writeFileSync(FILE, html);
for (const name of readdirSync(OUT)) {
  if (join(OUT, name) !== FILE) rmSync(join(OUT, name), { recursive: true });
}
const size = statSync(FILE).size;
console.log(
  `${FILE}: ${(size / 1024).toFixed(1)} KB (${(gzipSync(html).length / 1024).toFixed(1)} KB gzip)`,
);
