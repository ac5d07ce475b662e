/**
 * The time-lapse (« Lecture », issue #22), timed with Playwright's clock: `?play`
 * visits every month of its period in order and lights each campaign when its
 * month comes; the button, P, the arrows, the speed and the mode; reduced motion;
 * the presenter's P.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const playhead = (page: Page) => page.locator('.timeline .playhead');
const mark = (page: Page, id: string) => page.locator(`.timeline .mark[data-id="${id}"]`);
const lit = (page: Page, code: string) => page.locator(`.world [data-lit="${code}"]`);
const liveRegion = (page: Page) => page.locator('[role="status"][aria-live="polite"]').last();
const playButton = (page: Page) => page.getByRole('button', { name: 'Lecture', exact: true });

/** Every month of 2011..2015, "2011-01" to "2015-12". */
const MONTHS = Array.from(
  { length: 60 },
  (_, i) => `${2011 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
/** 500 ms a month at 1× (lib/time/playback.ts). */
const MONTH_MS = 500;

/** Only the test moves time. */
async function holdTime(page: Page) {
  await page.clock.install({ time: new Date('2026-12-04T17:00:00') });
  await page.clock.pauseAt(new Date('2026-12-04T18:00:00'));
}

/** The middle of an element, across the page. */
const xOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.x + box.width / 2;
  });

/** How long the playhead's move lasts, in seconds. */
const glide = (page: Page) =>
  playhead(page).evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));

test('?play&period=2011..2015 visits every month in order, lighting each campaign on the map and the timeline when its month comes', async ({
  page,
}) => {
  await holdTime(page);
  await page.goto('./?play&period=2011..2015');
  const visited: string[] = [];
  for (const [i, month] of MONTHS.entries()) {
    await expect(playhead(page)).toHaveAttribute('data-month', month);
    visited.push(month);
    if (month === '2011-01') {
      // Before its month, India's report (February 2011) is dark on both views.
      await expect(mark(page, 'reportage-tv9')).toHaveClass(/\bbackground\b/);
      await expect(lit(page, 'IND')).toHaveCount(0);
      await expect(playButton(page)).toHaveAttribute('aria-pressed', 'true');
    }
    if (month === '2011-02') {
      await expect(mark(page, 'reportage-tv9')).toHaveClass(/\bactive\b/);
      await expect(lit(page, 'IND')).toHaveCount(1);
      await expect(liveRegion(page)).toContainText('février 2011');
    }
    if (month === '2013-01') {
      // Cumul: the earlier ones stay lit as France's marriage campaign comes.
      await expect(mark(page, 'mariage-pour-tous-france')).toHaveClass(/\bactive\b/);
      await expect(lit(page, 'FRA')).toHaveCount(1);
      await expect(mark(page, 'reportage-tv9')).toHaveClass(/\bactive\b/);
      await expect(lit(page, 'IND')).toHaveCount(1);
    }
    if (i < MONTHS.length - 1) await page.clock.runFor(MONTH_MS);
  }
  expect(visited).toEqual(MONTHS);
  // The end: paused on December 2015, said once.
  await page.clock.runFor(MONTH_MS);
  await expect(playhead(page)).toHaveAttribute('data-month', '2015-12');
  await expect(playButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(liveRegion(page)).toHaveText('Lecture terminée, décembre 2015');
  // `play` is launch-only: the address keeps the period, not the motion.
  await expect(page).toHaveURL(/period=2011\.\.2015/);
  expect(new URL(page.url()).searchParams.has('play')).toBe(false);
});

test('the button and P play and pause, the arrows step while paused, speed and mode apply, and « Arrêter » ends it', async ({
  page,
}) => {
  await holdTime(page);
  await page.goto('./');
  await expect(playButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(playhead(page)).toHaveCount(0);
  await playButton(page).click();
  await expect(playhead(page)).toHaveAttribute('data-month', '2011-01');
  await expect(playButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(liveRegion(page)).toHaveText('Lecture à partir de janvier 2011');
  // While it glides (motion allowed), the playhead's move lasts the month.
  expect(await glide(page)).toBe(0.5);

  await page.keyboard.press('p');
  await expect(playButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(liveRegion(page)).toHaveText('En pause, janvier 2011');
  await page.clock.runFor(5 * MONTH_MS);
  await expect(playhead(page)).toHaveAttribute('data-month', '2011-01');
  // Paused, the arrows go month by month (the focus is on « Lecture »).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(playhead(page)).toHaveAttribute('data-month', '2011-03');
  await expect(liveRegion(page)).toHaveText('mars 2011, 2 campagnes');
  // A step lands at once, on the month's campaign (no glide under way).
  const line = await xOf(page, '.timeline .playhead line');
  expect(Math.abs(line - (await xOf(page, '[data-id="ouganda-loi-anti-gay"] .dot')))).toBeLessThan(
    1,
  );
  await page.keyboard.press('ArrowLeft');
  await expect(playhead(page)).toHaveAttribute('data-month', '2011-02');
  await page.getByRole('button', { name: 'Mois suivant' }).click();
  await expect(playhead(page)).toHaveAttribute('data-month', '2011-03');

  // « Mois en cours »: only March 2011's campaign stays lit.
  const player = page.getByRole('group', { name: 'Lecture de la frise' });
  await player.getByRole('radio', { name: 'Mois en cours' }).check();
  await expect(mark(page, 'ouganda-loi-anti-gay')).toHaveClass(/\bactive\b/);
  await expect(mark(page, 'reportage-tv9')).toHaveClass(/\bbackground\b/);
  await expect(lit(page, 'UGA')).toHaveCount(1);
  await expect(lit(page, 'IND')).toHaveCount(0);

  // 4×: a month every 125 ms.
  await player.getByRole('radio', { name: '4×' }).check();
  // P works from the bar's radios too (they take no typing).
  await page.keyboard.press('p');
  await expect(playButton(page)).toHaveAttribute('aria-pressed', 'true');
  await page.clock.runFor(MONTH_MS / 4);
  await expect(playhead(page)).toHaveAttribute('data-month', '2011-04');
  await page.clock.runFor(MONTH_MS / 4);
  await expect(playhead(page)).toHaveAttribute('data-month', '2011-05');

  // P while typing is a letter, not a command.
  const search = page.getByRole('searchbox');
  await search.fill('');
  await search.press('p');
  await expect(search).toHaveValue('p');
  await expect(playButton(page)).toHaveAttribute('aria-pressed', 'true');
  await search.fill('');

  await player.getByRole('button', { name: 'Arrêter' }).click();
  await expect(playhead(page)).toHaveCount(0);
  await expect(playButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(mark(page, 'reportage-tv9')).toHaveClass(/\bidle\b/);
  await expect(page.locator('.world [data-lit]')).toHaveCount(0);
});

test('with reduced motion the playhead steps from month to month without gliding', async ({
  page,
}) => {
  await holdTime(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?play');
  await expect(playhead(page)).toHaveAttribute('data-month', '2011-01');
  expect(await glide(page)).toBeLessThan(0.001);
  await page.clock.runFor(MONTH_MS);
  await expect(playhead(page)).toHaveAttribute('data-month', '2011-02');
  expect(await glide(page)).toBeLessThan(0.001);
});

test('the playing explorer passes axe', async ({ page }) => {
  // Real time here: axe waits on timers of its own.
  await page.goto('./?play&period=2011..2015');
  await expect(playhead(page)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Lecture de la frise' })).toBeVisible();
  await expectAccessible(page, 'the explorer playing the time-lapse');
});

test('P on the stage plays the time-lapse there; the arrows step it and Escape returns to the slide', async ({
  page,
}) => {
  await holdTime(page);
  await page.goto('./?present');
  const stage = page.getByRole('region', { name: 'Présentation des campagnes' });
  const card = page.locator('.stage .card');
  const strip = page.locator('.stage .strip .playhead');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Nos mobilisations');
  await page.keyboard.press('p');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('janvier 2011');
  await expect(strip).toHaveAttribute('data-month', '2011-01');
  await page.clock.runFor(MONTH_MS);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('février 2011');
  await expect(card).toContainText('Le reportage anti-gay de TV9');
  await expect(page.locator('.stage [data-lit="IND"]')).toHaveCount(1);
  // P pauses; → steps a month.
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowRight');
  await expect(strip).toHaveAttribute('data-month', '2011-03');
  await page.clock.runFor(4 * MONTH_MS);
  await expect(strip).toHaveAttribute('data-month', '2011-03');
  // Escape ends the time-lapse, not the tour.
  await page.keyboard.press('Escape');
  await expect(strip).toHaveCount(0);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Nos mobilisations');
  await expect(stage).toBeVisible();
  await expect(page).toHaveURL(/present/);
});
