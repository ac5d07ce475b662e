/**
 * Writes the server-rendered default view into dist/index.html, so text and the
 * list show before any script runs, and readers without JavaScript get every campaign.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const outDir = process.argv[2] ?? 'dist';
const ssrDir = `${outDir}-ssr`;

execSync(`npx vite build --ssr src/entry-server.ts --outDir ${ssrDir} --logLevel warn`, {
  stdio: 'inherit',
});
const { renderDefaultView } = (await import(
  pathToFileURL(resolve(ssrDir, 'entry-server.js')).href
)) as { renderDefaultView: () => { head: string; body: string } };
const { head, body } = renderDefaultView();

// The map file is requested by the script: announcing it in the head starts it with the script.
const map = readdirSync(resolve(outDir, 'assets')).find((name) => /^world-map-(?!fine)/.test(name));
if (!map) throw new Error(`${outDir}/assets: no world-map-*.json to preload`);
const preload = `<link rel="preload" href="./assets/${map}" as="fetch" crossorigin>`;

const file = resolve(outDir, 'index.html');
const html = readFileSync(file, 'utf8');
if (!html.includes('<div id="app"></div>')) throw new Error(`${file}: no empty #app to fill`);
writeFileSync(
  file,
  html
    .replace('</head>', `${preload}${head}</head>`)
    .replace('<div id="app"></div>', `<div id="app">${body}</div>`),
);
rmSync(ssrDir, { recursive: true });
console.log(
  `prerendered the default view into ${file} (${(body.length / 1024).toFixed(1)} KB of markup)`,
);
