/**
 * Issue #20, « Numbers a reader can trust »: the totals say what they count, the
 * people map credits a figure only where it belongs and says « sans chiffre », and
 * every number reaches its terms.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const country = (page: Page, code: string) => page.locator(`path[data-code="${code}"]`);
/** A country's tooltip, shown by focusing it as the keyboard does. */
async function tooltipOf(page: Page, code: string) {
  await country(page, code).focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  return tooltip;
}
const S = '[\\s\\u00a0\\u202f]';

test('« En bref » says « plus de 1,6 million signatures et actions », its note and, one click away, its terms and source', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const pieces: string[] = [];
  page.on('request', (r) => pieces.push(new URL(r.url()).pathname));
  await page.goto('./');
  const overview = page.getByRole('region', { name: 'En bref' });
  await expect(overview).toContainText(
    new RegExp(`plus de 1,6${S}million${S}+signatures et actions`),
  );
  await expect(overview).toContainText('une même personne peut compter dans plusieurs campagnes');
  // The method stays out of the first load.
  expect(pieces.some((p) => /\/assets\/piece-/.test(p))).toBe(false);
  await overview.getByText('Comment lisons-nous ces chiffres').click();
  const terms = overview.getByRole('table', { name: 'Les termes de la somme' });
  await expect(terms.getByRole('row')).toHaveCount(14);
  await expect(terms.getByRole('row', { name: /Sotchi/ })).toContainText(
    new RegExp(`plus de 1${S}million`),
  );
  await expect(terms.getByRole('row', { name: /Mariage pour tous/ })).toContainText(
    'aucun chiffre de mobilisation',
  );
  await expect(overview).toContainText('Campagnes sans chiffre');
  const source = overview.getByRole('link', { name: /Source.*Nos mobilisations/ });
  await expect(source).toHaveAttribute('href', 'source/nos-mobilisations.txt');
  // The source's own words, served beside the page (not inlined in the scripts).
  const response = await page.request.get(`./${await source.getAttribute('href')}`);
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toContain('En Chine, plus de 100 000 d');
  expect(text.replace(/^\uFEFF/, '')).toBe(
    readFileSync('data/source/nos-mobilisations.txt', 'utf8').replace(/^\uFEFF/, ''),
  );
});

test('the people map credits China’s figure to China alone and stripes the countries whose campaigns have none', async ({
  page,
}) => {
  await page.goto('./?metric=people');
  const legend = page.getByRole('list', { name: /^Personnes mobilisées/ });
  await expect(legend.getByRole('listitem').nth(1)).toHaveText('Campagnes sans chiffre');
  await expect(legend.locator('.swatch.tone-6')).toHaveCount(1);
  // Campaigns in view, no figure credited: the striped class, not « Aucune campagne ».
  for (const code of ['USA', 'ECU', 'ARG', 'FRA', 'BRA', 'IRQ', 'CHE'])
    await expect(country(page, code)).toHaveClass(/tone-6/);
  await expect(country(page, 'USA')).toHaveCSS('fill', 'url("#no-figure-map")');
  // China: its two campaigns' figures (120 000 and « plus de 100 000 »): a lower bound.
  await expect(country(page, 'CHN')).toHaveClass(/tone-4/);
  await expect(country(page, 'RUS')).toHaveClass(/tone-5/);

  const china = await tooltipOf(page, 'CHN');
  await expect(china).toContainText(new RegExp(`plus de 220${S}000 signatures et actions`));
  await expect(china.getByRole('listitem').filter({ hasText: 'Free' })).toContainText(
    new RegExp(`· 120${S}000$`),
  );
  await expect(china.getByRole('listitem').filter({ hasText: 'traitements' })).toContainText(
    new RegExp(`plus de 100${S}000`),
  );
  for (const code of ['ECU', 'ARG', 'FRA']) {
    const tooltip = await tooltipOf(page, code);
    await expect(tooltip).toContainText('sans chiffre de mobilisation');
    await expect(tooltip.getByRole('listitem').filter({ hasText: 'traitements' })).toContainText(
      'sans chiffre pour ce pays',
    );
    await expect(tooltip).not.toContainText('100');
  }
  const usa = await tooltipOf(page, 'USA');
  await expect(usa).toContainText('3 campagnes, sans chiffre de mobilisation');

  // The method is beside the legend too.
  const world = page.getByRole('region', { name: 'Carte du monde des campagnes' });
  await world.getByText('Comment lisons-nous ces chiffres').click();
  await expect(world.getByRole('table', { name: 'Les termes de la somme' })).toBeVisible();
  await expectAccessible(page, 'people map, its method open');
});

test('in English, the tooltip says « over » and « no figure »', async ({ page }) => {
  await page.goto('./?metric=people&lang=en');
  await expect(
    page
      .getByRole('list', { name: /^People mobilised/ })
      .getByRole('listitem')
      .nth(1),
  ).toHaveText('Campaigns without a figure');
  await expect(await tooltipOf(page, 'CHN')).toContainText('over 220,000 signatures and actions');
  await expect(await tooltipOf(page, 'USA')).toContainText('3 campaigns, no mobilisation figure');
});

test('the export of the people map stripes the countries without a figure and says what its total is', async ({
  page,
}) => {
  await page.goto('./?metric=people');
  await page.getByText('Exporter').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      hatched: doc.querySelectorAll('path[fill="url(#no-figure)"]').length,
      key: doc.querySelectorAll('rect[fill="url(#no-figure-key)"]').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  // The seven countries of the app's striped class.
  expect(parsed.hatched).toBe(7);
  expect(parsed.key).toBe(1);
  expect(parsed.texts).toContain('Campagnes sans chiffre');
  const note = parsed.texts.find((t) => t.startsWith('Au total'));
  expect(note).toMatch(new RegExp(`^Au total, plus de 1,6${S}million de signatures et actions`));
  expect(note).toContain('un minimum');
  expect(note).toContain('une même personne peut compter dans plusieurs campagnes');
});

test('the presenter’s closing slide gives the total as signatures and actions, « plus de » kept', async ({
  page,
}) => {
  await page.goto('./?present&slide=15');
  const slide = page.getByRole('region', { name: /^Diapositive/ });
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Au total');
  await expect(slide).toContainText(new RegExp(`plus de 1,6${S}million${S}+signatures et actions`));
  await expect(slide).toContainText('une même personne peut compter dans plusieurs campagnes');
});
