/**
 * The map as a reader sees it (#19): the selected campaign's countries named,
 * small countries given 24 px markers, a country's campaigns laid over the map
 * (nothing below moves) and the view from before a campaign coming back when it closes.
 */
import { expect, test, SCHEMES, VIEWPORTS } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const map = (page: Page) => page.getByRole('group', { name: 'Carte du monde des campagnes' });
const layer = (page: Page) => page.locator('.frame svg > g').first();
const box = async (locator: Locator) => (await locator.boundingBox())!;
const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Waits until the map's transform stops changing (a framing flies there). */
async function settled(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(async () => {
      const before = await layer(page).getAttribute('transform');
      await page.waitForTimeout(150);
      const after = (await layer(page).getAttribute('transform'))!;
      last = after;
      return before === after;
    })
    .toBe(true);
  return last;
}

test('the selected campaign’s countries are named on the map, inside it and apart', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('./?campaign=jeux-de-sotchi');
  for (const [width, height] of VIEWPORTS)
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await settled(page);
      const labels = page.locator('.frame svg text.label');
      await expect(labels).toHaveText(['Russie', 'Suisse', 'États-Unis']);
      for (const label of await labels.all()) await expect(label).toBeVisible();
      const frame = await box(page.locator('.frame'));
      const boxes = await Promise.all((await labels.all()).map(box));
      for (const b of boxes) {
        expect(b.x, `${width} ${colorScheme}`).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        expect(b.y).toBeGreaterThanOrEqual(frame.y - 0.5);
        expect(b.y + b.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlap(boxes[i]!, boxes[j]!), `labels ${i} and ${j} at ${width}`).toBe(false);
      // The name is drawn on a halo of the page's background.
      const halo = await labels.first().evaluate((t) => getComputedStyle(t).paintOrder);
      expect(halo).toMatch(/^stroke/);
    }
});

test('on a phone, small countries get a 24 px marker that names and selects them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const [code, name] of [
      ['CHE', 'Suisse'],
      ['ECU', 'Équateur'],
      ['UGA', 'Ouganda'],
      ['PRY', 'Paraguay'],
    ] as const) {
      await page.goto('./');
      const marker = page.locator(`g[data-marker="${code}"]`);
      const b = await box(marker);
      expect(b.width, code).toBeGreaterThanOrEqual(24);
      expect(b.height, code).toBeGreaterThanOrEqual(24);
      await marker.hover();
      await expect(page.getByRole('tooltip')).toContainText(name);
      await marker.click();
      await expect(page).toHaveURL(new RegExp(`country=${code}`));
      await expect(
        page.getByRole('region', { name: new RegExp(`^Campagnes liées`) }),
      ).toContainText(name);
    }
  }
  // Markers add no Tab stop: the map is still one.
  await expect(map(page).locator('[tabindex="0"]')).toHaveCount(1);
});

test('choosing a country moves neither the timeline nor the legend; Escape closes its campaigns', async ({
  page,
}) => {
  await page.goto('./');
  for (const [width, height] of VIEWPORTS)
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      const timeline = page.getByRole('region', { name: 'Frise chronologique des campagnes' });
      const legend = page.locator('.legend');
      // Measured once the page has settled at this size.
      let before: unknown;
      await expect
        .poll(async () => {
          const now = JSON.stringify([await box(timeline), await box(legend)]);
          const same = now === before;
          before = now;
          return same;
        })
        .toBe(true);
      before = JSON.parse(before as string);
      const uganda = map(page).getByRole('button', { name: /^Ouganda/ });
      await uganda.focus();
      await page.keyboard.press('Enter');
      const popup = page.getByRole('region', { name: 'Campagnes liées à l’Ouganda' });
      await expect(popup).toBeVisible();
      expect([await box(timeline), await box(legend)], `${width}×${height}`).toEqual(before);
      // Escape inside the popup clears the country and gives focus back to it.
      await popup.getByRole('button').last().focus();
      await page.keyboard.press('Escape');
      await expect(popup).toHaveCount(0);
      await expect(uganda).toBeFocused();
      await expect(page).not.toHaveURL(/country=/);
    }
});

test('closing a campaign brings the map back to the view it had before', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const [width, height] of VIEWPORTS) {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
    // The zoom's code may still be loading: the map stands still at first, unzoomed.
    await expect(layer(page)).toHaveAttribute('transform', /scale\(1\.6\)$/);
    const before = await settled(page);
    await page.getByRole('table').getByRole('button', { name: /Suède/ }).click();
    await expect(layer(page)).not.toHaveAttribute('transform', before);
    await page.getByRole('complementary').getByRole('button', { name: 'Fermer' }).click();
    // The same view, to the rounding of the flight back (…368.1000000000001).
    const numbers = (transform: string | null) => (transform ?? '').match(/-?[\d.]+/g)!.map(Number);
    await expect
      .poll(
        async () => {
          const now = numbers(await layer(page).getAttribute('transform'));
          return numbers(before).every((v, i) => Math.abs(v - now[i]!) < 0.01);
        },
        { message: `${width}×${height}` },
      )
      .toBe(true);
  }
});
