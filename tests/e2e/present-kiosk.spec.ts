/**
 * `?present&kiosk=8` on an unattended screen, timed with Playwright's clock: it
 * advances every 8 s and loops, pauses while someone is there, starts again from
 * the opening after a minute alone, and asks the screen to stay awake.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const slideTitle = (page: Page) =>
  page.getByRole('region', { name: /^Diapositive/ }).getByRole('heading', { level: 2 });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-04T17:00:00') });
  // Count the wake lock requests (the browser under test may have none).
  await page.addInitScript(() => {
    const w = window as unknown as { wakeRequests: number };
    w.wakeRequests = 0;
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: () => {
          w.wakeRequests += 1;
          return Promise.resolve({ release: () => Promise.resolve() });
        },
      },
    });
  });
});

test('the kiosk advances every 8 s, pauses for a visitor, and starts over after a minute alone', async ({
  page,
}) => {
  // Only the test moves time: the first slide's 8 s start when the stage opens.
  await page.clock.pauseAt(new Date('2026-12-04T18:00:00'));
  await page.goto('./?present&kiosk=8');
  await expect(slideTitle(page)).toHaveText('Nos mobilisations');
  expect(
    await page.evaluate(() => (window as unknown as { wakeRequests: number }).wakeRequests),
  ).toBe(1);
  // No keys' help on an unattended screen.
  await expect(page.locator('.stage .help')).toBeHidden();
  await page.clock.runFor(7_500);
  await expect(page).toHaveURL(/slide=1\b/);
  await page.clock.runFor(1_000);
  await expect(page).toHaveURL(/slide=2\b/);
  await expect(page).toHaveURL(/kiosk=8/);
  // Slide 2 came at 8 s: slide 3 comes at 16 s, not before.
  await page.clock.runFor(7_000);
  await expect(page).toHaveURL(/slide=2\b/);
  await page.clock.runFor(1_000);
  await expect(page).toHaveURL(/slide=3\b/);
  // A visitor takes the keys: the kiosk waits.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=4\b/);
  await page.clock.runFor(50_000);
  await expect(page).toHaveURL(/slide=4\b/);
  // A minute without anyone: back to the opening, and the pace again.
  await page.clock.runFor(11_000);
  await expect(slideTitle(page)).toHaveText('Nos mobilisations');
  await page.clock.runFor(8_000);
  await expect(page).toHaveURL(/slide=2\b/);
});

test('the kiosk loops from the closing slide to the opening one; a blackout holds it', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?present&kiosk=5&slide=15');
  await expect(slideTitle(page)).toHaveText('Au total');
  await page.clock.runFor(5_000);
  await expect(slideTitle(page)).toHaveText('Nos mobilisations');
  await page.keyboard.press('b');
  await expect(page.locator('.blank.black')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.locator('.blank.black')).toBeVisible();
  await expect(page).toHaveURL(/slide=1\b/);
});
