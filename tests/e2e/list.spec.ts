import dataset from '../../data/campaigns.json' with { type: 'json' };
import { expect, expectAccessible, test } from './fixtures';

test('the page lists all 13 campaigns with their French month and countries', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(dataset.campaigns.length + 1);
  await expect(page.getByRole('table').getByRole('button', { name: /#FreeTheFive/ })).toBeVisible();
  const freeTheFive = page.getByRole('row', { name: /#FreeTheFive/ });
  await expect(freeTheFive).toContainText('avril 2015');
  await expect(freeTheFive).toContainText('Chine');
  await expect(page.getByRole('row', { name: /traitements/ })).toContainText('En cours');
  await expect(page.getByRole('row', { name: /TV9/ })).toContainText('février 2011');
  await expectAccessible(page, 'the default view');
});

test('the list sorts by date both ways', async ({ page }) => {
  await page.goto('./');
  const firstTitle = page.getByRole('table').getByRole('rowheader').first();
  await expect(firstTitle).toContainText('traitements');
  await page.getByRole('button', { name: /^Date/ }).click();
  await expect(firstTitle).toContainText('TV9');
  await expect(page).toHaveURL(/sort=oldest/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered page still lists every campaign', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(13);
    await expect(page.getByRole('row', { name: /#FreeTheFive/ })).toContainText('avril 2015');
  });
});

test('the prerendered view hydrates: controls work without a reload', async ({ page }) => {
  await page.goto('./');
  await page
    .getByRole('table')
    .getByRole('button', { name: /Paraguay/ })
    .click();
  await expect(page.getByRole('complementary')).toContainText('SOMOSGAY');
});
