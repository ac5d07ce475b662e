/**
 * `npm run size`: builds, lists every asset with its raw and gzip size, then loads
 * the default view in headless Chromium to see which files the first load really
 * fetches, and fails if their gzip total passes the budget.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from './browser';

// 80 KB until the restructuring (#18): docs/decisions/0011-restructuring-first-load.md.
const BUDGET_KB = 92;
const DIST = process.env.DIST ?? 'dist';

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

async function firstLoad(): Promise<Set<string>> {
  const server = createServer((req, res) => {
    const path = join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = statSync(path, { throwIfNoEntry: false })?.isDirectory()
      ? join(path, 'index.html')
      : path;
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const fetched = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.port === String(port))
      fetched.add(join(DIST, url.pathname === '/' ? 'index.html' : url.pathname));
  });
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
  await browser.close();
  server.close();
  return fetched;
}

async function main() {
  // DIST=dir measures a build made elsewhere (pass --no-build).
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  const fetched = await firstLoad();
  const rows = files(DIST)
    .map((path) => {
      const body = readFileSync(path);
      return {
        path,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        first: fetched.has(path),
      };
    })
    .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

  console.log(`\n${'asset'.padEnd(48)}   raw KB  gzip KB  first load`);
  for (const r of rows) {
    console.log(
      `${relative(DIST, r.path).padEnd(48)} ${kb(r.raw)}  ${kb(r.gzip)}  ${r.first ? 'yes' : ''}`,
    );
  }
  const total = rows.filter((r) => r.first).reduce((sum, r) => sum + r.gzip, 0);
  console.log(
    `\nfirst load of the default view: ${kb(total).trim()} KB gzip, ${total} B (budget ${BUDGET_KB} KB)`,
  );
  if (total > BUDGET_KB * 1024) {
    console.error(`over budget by ${kb(total - BUDGET_KB * 1024).trim()} KB`);
    process.exit(1);
  }
}

void main();
