/**
 * `npm run bench:build -- 13 1000 10000`: how long the build takes for synthetic
 * datasets of these sizes (scripts/bench/generate.ts; 13 is the real dataset), one
 * build at a time, in four settings: pages and cards from an empty card cache
 * (cold), the same again from the cache it filled, CARDS=0 (pages only) and
 * PAGES=0. Builds into node_modules/.cache/build-bench/ (inside the project, where
 * the server build finds its packages), never dist/; prints one Markdown table.
 * `--settings cold,cache,pages,none` runs only these (a cold 10 000 takes hours here).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--settings');
const only = at >= 0 ? (args[at + 1] ?? '').split(',') : null;
const counts = args.filter((a) => /^\d+$/.test(a)).map(Number);
const DIR = 'node_modules/.cache/build-bench';
const SETTINGS = [
  { key: 'cold', name: 'pages + cards, cold cache', env: {} },
  { key: 'cache', name: 'pages + cards, from the cache', env: {} },
  { key: 'pages', name: 'pages only (CARDS=0)', env: { CARDS: '0' } },
  { key: 'none', name: 'neither (PAGES=0)', env: { PAGES: '0' } },
];

mkdirSync(DIR, { recursive: true });
const rows: string[] = [];
for (const count of counts) {
  const data = join(DIR, `campaigns-${count}.json`);
  if (count !== 13) execSync(`npx tsx scripts/bench/generate.ts ${count} --out ${data}`);
  const cache = join(DIR, `cache-${count}`);
  rmSync(cache, { recursive: true, force: true });
  for (const setting of SETTINGS) {
    if (only && !only.includes(setting.key)) continue;
    const out = join(DIR, 'dist');
    const env = {
      ...process.env,
      ...setting.env,
      ...(count === 13 ? {} : { DATA: data }),
      CARDS_CACHE: cache,
    };
    const started = performance.now();
    // The steps of `npm run build` that depend on the dataset (the embed script does not).
    const log = execSync(
      `npx vite build --outDir ${out} --emptyOutDir --logLevel error && npx tsx scripts/prerender.ts ${out}`,
      { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const seconds = (performance.now() - started) / 1000;
    const cards = /cards: .* in ([\d.]+) s/.exec(log)?.[1];
    const pages = /wrote (\d+) pages.* in ([\d.]+) s/.exec(log);
    const detail = [
      cards && `cards ${cards} s`,
      pages && `${pages[1]} pages ${pages[2]} s`,
      `load ${loadavg()[0]!.toFixed(1)}`,
    ]
      .filter(Boolean)
      .join(', ');
    rows.push(`| ${count} | ${setting.name} | ${seconds.toFixed(1)} s | ${detail} |`);
    console.error(rows.at(-1));
  }
}
console.log('| campaigns | build | time | of which |\n| --- | --- | --- | --- |');
console.log(rows.join('\n'));
