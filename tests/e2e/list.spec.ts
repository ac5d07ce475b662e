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

test('below 600 px the list is a card per campaign, nothing cut, still a table to assistive tech', async ({
  page,
}) => {
  const count = dataset.campaigns.length;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [width, cards] of [
      [375, true],
      [320, true],
      [768, false],
    ] as const) {
      await page.setViewportSize({ width, height: 812 });
      await page.goto('./');
      const table = page.getByRole('table');
      await expect(table.getByRole('rowheader')).toHaveCount(count);
      await expect(table.getByRole('cell')).toHaveCount(count * 3);
      await expect(table.getByRole('columnheader')).toHaveCount(4);
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const cells = [...tr.children] as HTMLElement[];
          return {
            display: getComputedStyle(tr).display,
            // Title, date, countries, outcome: each shown, in full, inside the page.
            shown: cells.map((c) => {
              const box = c.getBoundingClientRect();
              return c.textContent!.trim() !== '' && box.width > 1 && box.right <= innerWidth;
            }),
            // « En cours » as a date and as an outcome: said once on a card.
            repeated: cells[0]!.textContent!.trim() === cells[3]!.textContent!.trim(),
            cut: cells
              .filter((c) => c.getBoundingClientRect().width > 1 && c.scrollWidth > c.clientWidth)
              .map((c) => c.textContent!.trim()),
          };
        }),
      );
      for (const [i, row] of rows.entries()) {
        expect(row.display, `${width} px`).toBe(cards ? 'grid' : 'table-row');
        const once = cards && row.repeated;
        expect(row.shown, `${width} px, row ${i}`).toEqual([true, true, true, !once]);
        expect(row.cut, `${width} px, row ${i}`).toEqual([]);
      }
      // No sideways scroll for the list, or the page.
      const list = page.locator('#campaign-list');
      expect(await list.evaluate((l) => l.scrollWidth <= l.clientWidth)).toBe(true);
      // The sort button stays in sight.
      await expect(page.getByRole('button', { name: /^Date/ })).toBeVisible();
    }
    await page.setViewportSize({ width: 375, height: 812 });
    await page.locator('#campaign-list').screenshot({
      path: `${process.env.SHOTS_DIR ?? 'test-results'}/list-cards-${colorScheme}.png`,
    });
  }
  await expectAccessible(page, 'the list as cards');
});
