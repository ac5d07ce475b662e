/**
 * The speaker's console: a second window with the slide, the next title, the notes
 * and the time, and either window driving the other, served and from file://.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as plain, type Page } from '@playwright/test';
import { expect, test } from './fixtures';

const slideTitle = (page: Page) =>
  page.getByRole('region', { name: /^Diapositive/ }).getByRole('heading', { level: 2 });
/** Three campaigns in a set order: five slides. */
const TOUR = 'chine-free-the-five,egalite-au-paraguay,jeux-de-sotchi';
const consoleOf = (page: Page) => page.getByRole('region', { name: 'Console de l’orateur' });

/** Opens the console with C and checks that each window drives the other. */
async function driveBothWays(stage: Page) {
  const [speaker] = await Promise.all([stage.waitForEvent('popup'), stage.keyboard.press('c')]);
  const panel = consoleOf(speaker);
  await expect(panel.getByText('Diapositive 2 sur 5')).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    (await slideTitle(stage).textContent()) ?? '',
  );
  // → on the stage moves the console…
  await stage.keyboard.press('ArrowRight');
  await expect(panel.getByText('Diapositive 3 sur 5')).toBeVisible();
  // …and → in the console moves the stage.
  await speaker.keyboard.press('ArrowRight');
  await expect(stage).toHaveURL(/slide=4/);
  await expect(slideTitle(stage)).toContainText('Sotchi');
  return { speaker, panel };
}

test('C opens the console: slide, next title, notes, time; each window drives the other', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(`./?present&data=data/example-small.json&tour=${TOUR}&slide=2`);
  await expect(slideTitle(page)).toContainText('FreeTheFive');
  const { speaker, panel } = await driveBothWays(page);
  // Back to Paraguay, whose notes the console shows and the stage never does.
  await speaker.keyboard.press('ArrowLeft');
  await expect(slideTitle(page)).toContainText('Paraguay');
  await expect(panel.locator('[data-notes]')).toHaveText(/Exemple de notes/);
  await expect(panel.getByText('Sotchi')).toBeVisible();
  await expect(page.getByText(/Exemple de notes/)).toHaveCount(0);
  await expect(panel.locator('[data-elapsed]')).toHaveText(/^\d\d:\d\d$/);
});

test('?present&console opens the console itself, and it keeps its flag on the next slide', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('./?present&console&data=data/example-small.json&slide=3');
  const panel = consoleOf(page);
  await expect(panel.locator('[data-notes]')).toHaveText(/Exemple de notes/);
  await expect(panel.locator('[data-elapsed]')).toHaveText('00:00');
  await page.clock.runFor(65_000);
  await expect(panel.locator('[data-elapsed]')).toHaveText('01:05');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=4.*console|console.*slide=4/);
  // Sotchi has no notes: no notes block at all.
  await expect(panel.locator('[data-notes]')).toHaveCount(0);
  // The stage's map and strip are not drawn in the console.
  await expect(page.locator('.stage .map')).toHaveCount(0);
});

const file = pathToFileURL(resolve('dist-single/campaign-explorer.html')).href;

plain(
  'from the offline single file, the console and the stage drive each other',
  async ({ context, page }) => {
    await context.route(/^(https?|wss?):/, (route) => route.abort());
    await page.goto(`${file}?present&tour=${TOUR}&slide=2`);
    await expect(slideTitle(page)).toContainText('FreeTheFive');
    const { speaker } = await driveBothWays(page);
    expect(speaker.url()).toMatch(/^file:.*console/);
  },
);
