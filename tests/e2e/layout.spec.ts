import { expect, test, SCHEMES, VIEWPORTS } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const map = (page: Page) => page.getByRole('group', { name: 'Carte du monde des campagnes' });
const timeline = (page: Page) =>
  page.getByRole('group', { name: 'Frise chronologique des campagnes' });
const axis = (page: Page) => timeline(page).locator('.axis');
const filtersButton = (page: Page) => page.getByRole('button', { name: /^Filtres/ });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('no box');
  return b;
}

/** Inside the first screen: [0, width] × [0, bottom], without scrolling. */
async function expectInside(locator: Locator, what: string, width: number, bottom: number) {
  const b = await box(locator);
  expect(b.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(b.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what} right`).toBeLessThanOrEqual(width + 0.5);
  expect(b.y + b.height, `${what} bottom`).toBeLessThanOrEqual(bottom + 0.5);
}

test('the whole map and the whole timeline show in the first screen, the overview beside them on a desktop', async ({
  page,
}) => {
  await page.goto('./');
  for (const [width, height] of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(map(page)).toBeVisible();
      const at = `${width}×${height} ${colorScheme}`;
      await expectInside(map(page), `map at ${at}`, width, height);
      await expectInside(timeline(page), `timeline at ${at}`, width, height);
      await expectInside(axis(page), `axis at ${at}`, width, height);
      if (width >= 1366) {
        const overview = await box(page.getByRole('region', { name: 'En bref' }));
        const m = await box(map(page));
        expect(overview.x, `overview beside the map at ${at}`).toBeGreaterThanOrEqual(
          m.x + m.width,
        );
        expect(overview.y, `overview level with the map at ${at}`).toBeLessThan(m.y + m.height);
      }
    }
  }
});

test('the filters fold behind « Filtres (n) », the active ones show as removable chips', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(page.getByRole('group', { name: 'Thèmes' })).toBeHidden();
  await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'false');

  await filtersButton(page).click();
  await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator(`#${await filtersButton(page).getAttribute('aria-controls')}`);
  await expect(panel.getByRole('group', { name: 'Thèmes' })).toBeVisible();
  await panel.getByRole('button', { name: 'sport' }).click();
  await panel.getByRole('button', { name: 'Victoire', exact: true }).click();
  await expect(filtersButton(page)).toHaveText('Filtres (2)');
  // Opened over the views: the map has not moved down.
  const mapTop = (await box(map(page))).y;
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(filtersButton(page)).toBeFocused();
  expect((await box(map(page))).y).toBe(mapTop);

  const sport = page.getByRole('button', { name: 'Retirer le filtre\u00a0: sport' });
  const victory = page.getByRole('button', { name: 'Retirer le filtre\u00a0: Victoire' });
  await expect(sport).toBeVisible();
  await expect(victory).toBeVisible();
  const filtered = await rows.count();
  await sport.click();
  await expect(filtersButton(page)).toHaveText('Filtres (1)');
  await expect(sport).toHaveCount(0);
  expect(await rows.count()).toBeGreaterThan(filtered);
  await expect(page).not.toHaveURL(/tag=/);

  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(filtersButton(page)).toHaveText('Filtres');
  await expect(victory).toHaveCount(0);
  await expect(rows).toHaveCount(13);
  await expect(page.getByRole('button', { name: 'Tout effacer' })).toHaveCount(0);
});

test('on a phone the filters open in a sheet that Tab does not leave for what it covers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./');
  await filtersButton(page).click();
  const panel = page.locator(`#${await filtersButton(page).getAttribute('aria-controls')}`);
  const sheet = await box(panel);
  expect(sheet.y + sheet.height).toBeCloseTo(812, 0);
  expect(sheet.width).toBeCloseTo(375, 0);
  // Focus leaving the panel closes it: nothing under it takes focus while it shows.
  await panel.getByRole('button', { name: 'Fermer' }).focus();
  await page.keyboard.press('Tab');
  await expect(panel).toBeHidden();
  // A tap outside closes it too.
  await filtersButton(page).click();
  await expect(panel).toBeVisible();
  await page.mouse.click(200, 20);
  await expect(panel).toBeHidden();
});

const sheetOf = (page: Page) => page.locator('.detail-panel');
const grip = (page: Page) => page.getByRole('button', { name: /le panneau$/ });

test('on a phone or a tablet a campaign opens in a half sheet that leaves its mark and the map in sight', async ({
  page,
}) => {
  for (const [width, height] of [
    [375, 812],
    [768, 1024],
  ] as const) {
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await page
        .getByRole('table')
        .getByRole('button', { name: /Sotchi/ })
        .click();
      await expect(page.getByRole('heading', { level: 2, name: /Sotchi/ })).toBeFocused();
      const at = `${width}×${height} ${colorScheme}`;
      const top = (await box(sheetOf(page))).y;
      expect(top, `sheet at half height or less at ${at}`).toBeGreaterThanOrEqual(height / 2);
      // The covered views are inert, hence out of the accessibility tree: found by their markup.
      await expectInside(
        page.locator('.timeline-slot .mark.selected'),
        `mark at ${at}`,
        width,
        top,
      );
      await expectInside(page.locator('.map-stage svg').first(), `map at ${at}`, width, top);
    }
  }
});

test('the phone sheet closes on Escape from inside or outside it, a backdrop tap, a drag down', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const open = async () => {
    await page.goto('./?campaign=jeux-de-sotchi');
    await expect(sheetOf(page)).toBeVisible();
    await expect(page.locator('header')).toHaveAttribute('inert', '');
  };
  const closed = async () => {
    await expect(sheetOf(page)).toHaveCount(0);
    await expect(page.locator('header')).not.toHaveAttribute('inert');
  };

  await open();
  await sheetOf(page).getByRole('button', { name: 'Copier le lien' }).focus();
  await page.keyboard.press('Escape');
  await closed();

  await open();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await closed();

  await open();
  await page.mouse.click(187, 60);
  await closed();

  await open();
  const g = await box(grip(page));
  await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
  await page.mouse.down();
  await page.mouse.move(g.x + g.width / 2, g.y + 300, { steps: 6 });
  await page.mouse.up();
  await closed();
});

test('the phone sheet grows by a drag up or from its grip, a button', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./?campaign=jeux-de-sotchi');
  const half = (await box(sheetOf(page))).y;
  const g = await box(grip(page));
  await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
  await page.mouse.down();
  await page.mouse.move(g.x + g.width / 2, 100, { steps: 6 });
  await page.mouse.up();
  await expect(grip(page)).toHaveAccessibleName('Réduire le panneau');
  expect((await box(sheetOf(page))).y).toBeLessThan(half / 2);

  await grip(page).focus();
  await page.keyboard.press('Enter');
  await expect(grip(page)).toHaveAccessibleName('Agrandir le panneau');
  await expect.poll(async () => (await box(sheetOf(page))).y).toBeCloseTo(half, 0);
});

test('with the phone sheet open, Tab never lands outside it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./?campaign=jeux-de-sotchi');
  await expect(page.getByRole('heading', { level: 2, name: /Sotchi/ })).toBeFocused();
  const outside: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.closest('.detail-panel') ? null : (active?.outerHTML.slice(0, 80) ?? 'none');
    });
    if (where) outside.push(where);
  }
  expect(outside).toEqual([]);
});
