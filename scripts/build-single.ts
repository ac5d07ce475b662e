/**
 * `npm run build:single [-- --outDir <dir>]`: one self-contained HTML file (scripts,
 * styles, dataset, map) that opens from file:// with the network off — for a venue
 * without Wi-Fi. Written to dist-single/ unless `--outDir` says where.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { escapeInlineScript, unsafeInlineScripts } from './inline-script.ts';

const outDirAt = process.argv.indexOf('--outDir');
const OUT = (outDirAt > 0 && process.argv[outDirAt + 1]) || 'dist-single';
const FILE = join(OUT, 'campaign-explorer.html');

execFileSync('npx', ['vite', 'build', '--mode', 'single', '--outDir', OUT], { stdio: 'inherit' });

let html = readFileSync(join(OUT, 'index.html'), 'utf8');
const read = (href: string) => readFileSync(join(OUT, href.replace(/^\.\//, '')), 'utf8');

/** Each script's text as inlined: checked against the page once it is written. */
const inlined: string[] = [];
const inline = (code: string) => {
  inlined.push(escapeInlineScript(code));
  return inlined.at(-1)!;
};

html = html.replace(
  /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
  (_, src: string) => `<script type="module">${inline(read(src))}</script>`,
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
  () => `<script>${inline(read('pending.js'))}</script>`,
);
if (/(src|href)="\.\/(assets\/|pending)/.test(html))
  throw new Error('an asset was left outside the file');
// A dataset's text that could end or alter a script would leave a blank page: refuse to write one.
const unsafe = unsafeInlineScripts(html, inlined);
if (unsafe.length) throw new Error(`unsafe inline scripts:\n${unsafe.join('\n')}`);

writeFileSync(FILE, html);
for (const name of readdirSync(OUT)) {
  if (join(OUT, name) !== FILE) rmSync(join(OUT, name), { recursive: true });
}
const size = statSync(FILE).size;
console.log(
  `${FILE}: ${(size / 1024).toFixed(1)} KB (${(gzipSync(html).length / 1024).toFixed(1)} KB gzip)`,
);
