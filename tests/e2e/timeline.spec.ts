import { expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';

const timeline = (page: Page) =>
  page.getByRole('group', { name: 'Frise chronologique des campagnes' });
const listRows = (page: Page) => page.getByRole('table').getByRole('rowheader');

test('the timeline is one Tab stop; arrows walk the campaigns in date order', async ({ page }) => {
  await page.goto('./');
  await timeline(page).getByRole('button').first().focus();
  await expect(page.locator(':focus')).toHaveAccessibleName(
    'Le reportage anti-gay de TV9, février 2011',
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Ouganda.*mars 2011$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(/stérilisation forcée.*janvier 2012$/);
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAccessibleName(/traitements.*En cours$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/campagnes\/contre-les-traitements-anti-gays\/$/);
  // Tab leaves the marks at once: one stop for all of them.
  const marksInTabOrder = await timeline(page).locator('[data-id][tabindex="0"]').count();
  expect(marksInTabOrder).toBe(1);
});

test('on a phone every mark can be tapped and opens its own campaign', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./');
  const ids = await timeline(page)
    .locator('[data-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
  expect(ids).toHaveLength(13);
  for (const id of ids) {
    await timeline(page).locator(`[data-id="${id}"] .hit`).click();
    await expect(page).toHaveURL(new RegExp(`/campagnes/${id}/$`));
    await page.keyboard.press('Escape');
  }
});

test('dragging across the axis filters the list to that period', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('./');
  const brush = timeline(page).locator('rect.brush');
  await brush.scrollIntoViewIfNeeded();
  const box = (await brush.boundingBox())!;
  // The dated part spans 60 months; drag from about January 2012 to the end of 2013.
  const monthWidth = (box.width - 92) / 60;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + monthWidth * 12.5, y);
  await page.mouse.down();
  await page.mouse.move(box.x + monthWidth * 20, y, { steps: 5 });
  await page.mouse.move(box.x + monthWidth * 35.5, y, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/period=2012\.\.2013/);
  await expect(listRows(page)).toHaveCount(7);
  await expectAccessible(page, 'a range set');
});

test('the period handles work with the keyboard', async ({ page }) => {
  await page.goto('./');
  const start = page.getByRole('slider', { name: 'Début de la période' });
  await start.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(start).toHaveAttribute('aria-valuetext', 'janvier 2013');
  const end = page.getByRole('slider', { name: 'Fin de la période' });
  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(end).toHaveAttribute('aria-valuetext', 'décembre 2013');
  await expect(page).toHaveURL(/period=2013(&|$)/);
  await expect(listRows(page)).toHaveCount(3);
});

test('year buttons pick a year, « En cours » the ongoing campaigns, and the clear button resets', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: '2013', exact: true }).click();
  await expect(listRows(page)).toHaveCount(3);
  await expect(page.getByRole('button', { name: '2013', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page
    .getByRole('group', { name: 'Période' })
    .getByRole('button', { name: 'En cours' })
    .click();
  await expect(listRows(page)).toHaveCount(1);
  await expect(page).toHaveURL(/period=ongoing/);
  await page.getByRole('button', { name: 'Toute la période' }).click();
  await expect(listRows(page)).toHaveCount(13);
  await expect(page).not.toHaveURL(/period/);
});

test('hovering a mark previews its countries on the map without selecting it', async ({ page }) => {
  await page.goto('./');
  await timeline(page)
    .getByRole('button', { name: /Sotchi/ })
    .locator('.hit')
    .hover();
  await expect(page.locator('path.outline.focus')).toHaveCount(1);
  await expect(page.locator('path.outline.other')).toHaveCount(2);
  await expect(page).not.toHaveURL(/campaign=/);
});

for (const [width, height] of [
  [375, 812],
  [1366, 768],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the timeline is accessible at ${width}×${height}, ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto('./?period=2012..2014');
      await expect(timeline(page)).toBeVisible();
      await expectAccessible(page, `timeline with a range, ${width}×${height} ${colorScheme}`);
    });
  }
}
