/**
 * What the benchmark does to a loaded page, through the real input pipeline
 * (page.mouse) where it times frames, and found by role and accessible name.
 */
import type { Page } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr.ts';

export const QUIET_MS = 500;
export const SELECTIONS = 4;
export const DRAG_STEPS = 40;
const FRAME_MS = 1000 / 60;

export interface Measures {
  hoverFrames: number[];
  selectionMs: number[];
  /** Frames from the one a click fell in to the one that painted the panel (1: the next). */
  selectionFrames: number[];
  dragFrames: number[];
  dragMethod?: 'pointer' | 'keyboard';
}

/**
 * rAF timestamps are vsync times coarsened to 0.1 ms, so a frame on time reads
 * 16.6–16.8 ms: count whole 60 Hz frames, or the floor would fail an idle page.
 */
const wholeFrames = (deltas: number[]) =>
  deltas.map((d) => Math.max(1, Math.round(d / FRAME_MS)) * FRAME_MS);

const settle = (page: Page) => page.evaluate((q) => window.__bench.settle(q), QUIET_MS);

/** Three sweeps of the pointer across the map, through the continents' latitudes. */
export async function hoverMap(page: Page, out: Measures) {
  const map = page.getByRole('region', { name: fr.map }).locator('svg:has(path[data-code])');
  await map.first().scrollIntoViewIfNeeded();
  await settle(page);
  const box = await map.first().boundingBox();
  if (!box) throw new Error('the map has no box');
  await page.evaluate(() => window.__bench.startFrames());
  for (const row of [0.3, 0.45, 0.6]) {
    const y = box.y + box.height * row;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.move(box.x + box.width - 2, y, { steps: 40 });
  }
  out.hoverFrames = wholeFrames(await page.evaluate(() => window.__bench.stopFrames()));
  await page.mouse.move(0, 0);
}

/** Opens SELECTIONS campaigns from the list, spread over it, closing the panel in between. */
export async function selectSome(page: Page, out: Measures, titles: Set<string>, rep: number) {
  const listed = await page.evaluate(() => window.__bench.titles());
  const present = listed.filter((t) => titles.has(t));
  if (!present.length) throw new Error('no campaign title found in the list');
  for (let j = 0; j < SELECTIONS; j++) {
    // A different set on each load.
    const title = present[Math.floor(((j + 0.5) / SELECTIONS) * present.length + rep * 7) % present.length]!; // prettier-ignore
    await settle(page);
    // Clicks land at different points of a frame: 0, 4, 8 and 12 ms after its start.
    const phase = (j * 4) % 16;
    const done = await page.evaluate(([t, p]) => window.__bench.select(t, p), [
      title,
      phase,
    ] as const);
    if (typeof done === 'string') throw new Error(done);
    out.selectionMs.push(done.ms);
    out.selectionFrames.push(done.frames);
    // Each time the panel opens, rather than switching campaigns inside it.
    if (!(await page.evaluate((t) => window.__bench.close(t), title)))
      await page.keyboard.press('Escape');
  }
}

/** Drags the period's start handle to 85 % of the axis; the keyboard if the pointer cannot move it. */
export async function dragPeriod(page: Page, out: Measures) {
  const handle = page.getByRole('slider', { name: fr.periodStart });
  await handle.scrollIntoViewIfNeeded();
  await settle(page);
  const box = await handle.boundingBox();
  const track = await handle.evaluate((el) => {
    const r = (el.closest('svg') ?? el).getBoundingClientRect();
    return { left: r.left, width: r.width };
  });
  const before = await handle.getAttribute('aria-valuenow');
  await page.evaluate(() => window.__bench.startFrames());
  if (box) {
    const y = box.y + box.height / 2;
    const from = box.x + box.width / 2;
    const to = track.left + track.width * 0.85;
    await page.mouse.move(from, y);
    await page.mouse.down();
    for (let i = 1; i <= DRAG_STEPS; i++)
      await page.mouse.move(from + ((to - from) * i) / DRAG_STEPS, y);
    await page.mouse.up();
  }
  out.dragMethod = 'pointer';
  if (!box || (await handle.getAttribute('aria-valuenow')) === before) {
    await page.evaluate(() => window.__bench.stopFrames());
    await handle.focus();
    await page.evaluate(() => window.__bench.startFrames());
    for (let i = 0; i < DRAG_STEPS; i++) await page.keyboard.press('ArrowRight');
    out.dragMethod = 'keyboard';
  }
  out.dragFrames = wholeFrames(await page.evaluate(() => window.__bench.stopFrames()));
}
