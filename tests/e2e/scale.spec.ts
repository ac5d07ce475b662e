/** Hundreds of campaigns (a seeded synthetic dataset through ?data=): bars, zoom, paging, axe. */
import { generateDatasetText } from '../../scripts/bench/generate';
import { expect, expectAccessible, test } from './fixtures';

const many = generateDatasetText(500, 1);

test.beforeEach(async ({ page }) => {
  await page.route('**/data/many.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: many }),
  );
});

for (const [width, height] of [
  [375, 812],
  [1366, 768],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`500 campaigns: bars, a zoomed period and a paged list are accessible at ${width}×${height}, ${colorScheme}`, async ({
      page,
    }) => {
      // axe over the whole page of bars and rows takes its time.
      test.slow();
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto('./?data=data/many.json');
      const timeline = page.getByRole('group', { name: 'Frise chronologique des campagnes' });
      const bars = timeline.getByRole('button', { name: /campagnes?, zoomer/ });
      await expect(bars.first()).toBeVisible();
      await expect(
        page.getByRole('button', { name: 'Afficher 50 campagnes de plus' }),
      ).toBeVisible();
      await expectAccessible(page, `500 campaigns as bars, ${width}×${height} ${colorScheme}`);

      await bars.first().click();
      await expect(page.getByRole('button', { name: 'Voir toute la frise' })).toBeVisible();
      await expectAccessible(page, `a zoomed period, ${width}×${height} ${colorScheme}`);
    });
  }
}
