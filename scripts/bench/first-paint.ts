/**
 * `npx tsx scripts/bench/first-paint.ts <dirA> <dirB> [loads] [query]`: alternating
 * fresh loads of two builds (A B A B …), each served from its own static server, in
 * the system Chromium at 1366×768 with no throttling. Prints the medians of first
 * contentful paint and of the moment the app has drawn (`data-pending` cleared and the
 * map's countries present). For decisions that change what the first load paints.
 */
import { chromium } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from '../browser.ts';
import { serveStatic } from '../serve-static.ts';

const [dirA, dirB, loadsArg = '10', query = ''] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: first-paint.ts <dirA> <dirB> [loads] [query]');
const servers = await Promise.all([serveStatic({ dir: dirA }), serveStatic({ dir: dirB })]);
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
const samples: { fcp: number[]; drawn: number[] }[] = [
  { fcp: [], drawn: [] },
  { fcp: [], drawn: [] },
];

async function load(origin: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${origin}/${query}`);
  await page.waitForFunction(
    () =>
      !('pending' in document.documentElement.dataset) &&
      document.querySelector('svg [data-code]') !== null,
    undefined,
    { timeout: 60_000 },
  );
  const drawn = await page.evaluate(() => performance.now());
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  await context.close();
  return { fcp, drawn };
}

const loads = Number(loadsArg);
await load(servers[0]!.origin); // the browser's start-up, uncounted
for (let i = 0; i < loads; i++)
  for (const side of [0, 1]) {
    const { fcp, drawn } = await load(servers[side]!.origin);
    samples[side]!.fcp.push(fcp);
    samples[side]!.drawn.push(drawn);
  }
await browser.close();
await Promise.all(servers.map((s) => s.close()));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [i, dir] of [dirA, dirB].entries())
  console.log(
    `${dir}: first contentful paint ${median(samples[i]!.fcp).toFixed(0)} ms, app drawn ${median(samples[i]!.drawn).toFixed(0)} ms (median of ${loads})`,
  );
