/**
 * The offline build: one HTML file opened from file:// with every network request
 * refused still shows every campaign and runs the presenter's tour.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

const file = pathToFileURL(resolve('dist-single/campaign-explorer.html')).href;

test.beforeEach(async ({ context }) => {
  await context.route(/^(https?|wss?):/, (route) => route.abort());
});

test('the single file works from file:// with the network off', async ({ page }) => {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(file);
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(13);
  await page
    .getByRole('table')
    .getByRole('button', { name: /Paraguay/ })
    .click();
  await expect(page.getByRole('complementary')).toContainText('SOMOSGAY');
  // Its embed code would point at file://: no « Intégrer » here.
  await expect(page.getByRole('button', { name: 'Présenter' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Intégrer', exact: true })).toHaveCount(0);
  // No file beside this one: the method names the source without a link.
  const world = page.getByRole('region', { name: 'Carte du monde des campagnes' });
  await world.getByText('Comment lisons-nous ces chiffres').click();
  await expect(world.getByText(/^Source\s*:\s*All Out, «\s*Nos mobilisations\s*»$/)).toBeVisible();
  await expect(world.getByRole('link', { name: /Nos mobilisations/ })).toHaveCount(0);
  expect(errors).toEqual([]);
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual(
    [],
  );
});

test('the single file runs the tour', async ({ page }) => {
  await page.goto(`${file}?present`);
  const title = page
    .getByRole('region', { name: /^Diapositive/ })
    .getByRole('heading', { level: 2 });
  await expect(title).toHaveText('Nos mobilisations');
  await page.keyboard.press('ArrowRight');
  await expect(title).toContainText('TV9');
  await page.keyboard.press('End');
  await expect(title).toHaveText('Au total');
});
