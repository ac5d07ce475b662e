/** Hundreds of campaigns (a seeded synthetic dataset through ?data=): bars, zoom, paging, axe. */
import type { Page } from '@playwright/test';
import { generateDataset, generateDatasetText } from '../../scripts/bench/generate';
import { splitNarratives } from '../../scripts/split-narratives';
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

test.describe('500 campaigns with their narratives in a file apart', () => {
  const dataset = generateDataset(500, 1);
  const split = splitNarratives(dataset, 'split.narratives.json');
  const campaign = dataset.campaigns[42]!;
  const firstParagraph = campaign.narrative.find((p) => typeof p === 'string')!;

  /** Serves the split files, with `narratives` as the second one. Returns the requests for it. */
  async function serve(page: Page, narratives: object = split.narratives) {
    const asked: string[] = [];
    const json = (body: object) => ({
      contentType: 'application/json',
      body: JSON.stringify(body),
    });
    await page.route('**/data/split.json', (route) => route.fulfill(json(split.dataset)));
    await page.route('**/data/split.narratives.json', (route) => {
      asked.push(route.request().url());
      return route.fulfill(json(narratives));
    });
    return asked;
  }

  test('draws without the narratives, and shows a story once a reader opens one', async ({
    page,
  }) => {
    const asked = await serve(page);
    await page.goto('./?data=data/split.json');
    await expect(page.locator('svg path[data-code]').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Afficher 50 campagnes de plus' })).toBeVisible();
    expect(asked).toEqual([]);

    await page.goto(`./?data=data/split.json&campaign=${campaign.id}`);
    const panel = page.getByRole('complementary');
    await expect(panel.getByText(firstParagraph)).toBeVisible();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/\/data\/split\.narratives\.json$/);
  });

  test('says in the panel why the story is missing, and keeps the rest', async ({ page }) => {
    const { [campaign.id]: _missing, ...others } = split.narratives;
    await serve(page, others);
    await page.goto(`./?data=data/split.json&campaign=${campaign.id}`);
    const panel = page.getByRole('complementary');
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('Le récit n’a pas pu être chargé\u00a0:');
    await expect(alert).toContainText(
      `data/split.narratives.json › ${campaign.id} › narrative: missing from this file`,
    );
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
    await expectAccessible(page, 'a story that could not be loaded');
  });
});
