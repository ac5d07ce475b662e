/**
 * `npm run screenshots [outDir]`: the built app at phone, laptop and 1080p sizes,
 * light and dark, default view and an open campaign. For looking, not for tests.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from './browser';

const out = process.argv[2] ?? 'screenshots';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const SIZES = [
  ['phone', 375, 812],
  ['laptop', 1366, 768],
  ['1080p', 1920, 1080],
] as const;
const STATES = (process.env.STATES ?? '|?campaign=jeux-de-sotchi').split('|');

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
for (const [name, width, height] of SIZES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme });
    for (const [i, state] of STATES.entries()) {
      await page.goto(base + state, { waitUntil: 'networkidle' });
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/${name}-${colorScheme}-${i}.png` });
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
