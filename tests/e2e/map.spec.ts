import raw from '../../data/campaigns.json' with { type: 'json' };
import type { Dataset } from '../../src/lib/data/schema';
import { byDate } from '../../src/lib/time/month-key';
import { expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';

const squash = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, '');
const campaigns = [...(raw as Dataset).campaigns].sort(byDate);
const codes = [...new Set(campaigns.flatMap((c) => c.countries.map((x) => x.code)))];
const countryButton = (page: Page, name: RegExp | string) =>
  page.getByRole('group', { name: 'Carte du monde des campagnes' }).getByRole('button', { name });

test('clicking Uganda keeps exactly its two campaigns lit in the list', async ({ page }) => {
  await page.goto('./');
  // Where Uganda is drawn, its marker (small countries get one) takes the click for it.
  await countryButton(page, 'Ouganda, 2 campagnes').click({ force: true });
  await expect(page).toHaveURL(/country=UGA/);
  // Off the country's campaigns laid over the map: hovering one previews it alone.
  await page.mouse.move(0, 0);
  await expect(page.locator('tbody tr:not(.background)')).toHaveCount(2);
  await expect(page.locator('tbody tr.background')).toHaveCount(campaigns.length - 2);
  await expect(page.locator('tbody tr:not(.background)').first()).toContainText('tabloïds');
  await expectAccessible(page, 'a country selected');
  // Selecting it again clears it (by keyboard: in a 1280×720 window its campaigns lie over it).
  await countryButton(page, 'Ouganda, 2 campagnes').press('Enter');
  await expect(page).not.toHaveURL(/country=/);
});

test('every country with campaigns, reached by keyboard, lists exactly its campaigns', async ({
  page,
}) => {
  await page.goto('./');
  const first = page.locator('path[data-code][tabindex="0"]');
  await first.focus();
  const seen = new Set<string>();
  for (let i = 0; i < codes.length; i++) {
    const code = await page.evaluate(() => (document.activeElement as SVGElement).dataset.code!);
    seen.add(code);
    await page.keyboard.press('Enter');
    const expected = campaigns.filter((c) => c.countries.some((x) => x.code === code));
    const popup = page.getByRole('region', { name: /^Campagnes liées (à|au|aux) / });
    await expect(popup.getByRole('listitem')).toHaveCount(expected.length);
    const text = squash(await popup.textContent());
    for (const c of expected) expect(text, code).toContain(squash(c.title));
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
  }
  expect([...seen].sort()).toEqual([...codes].sort());
});

test('opening a campaign from the country popup', async ({ page }) => {
  await page.goto('./?country=CHE');
  await page
    .getByRole('region', { name: 'Campagnes liées à la Suisse' })
    .getByRole('button', { name: /Sotchi/ })
    .click();
  await expect(page).toHaveURL(/\/campagnes\/jeux-de-sotchi\/\?country=CHE$/);
  await expect(page.getByRole('complementary')).toContainText('Comité international olympique');
});

test('hovering a country shows its French name and campaigns in a tooltip', async ({ page }) => {
  await page.goto('./');
  // A small country's marker may lie over it and answer for it: hover the place, not the shape.
  await countryButton(page, /^Inde/).hover({ force: true });
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Inde');
  await expect(tooltip).toContainText('Le reportage anti-gay de TV9');
  await expectAccessible(page, 'tooltip');
  await page.mouse.move(1, 1);
  await expect(tooltip).toHaveCount(0);
});

test('the metric switch recolours the map and keeps the URL', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('radio', { name: 'Personnes mobilisées' }).check();
  await expect(page).toHaveURL(/metric=people/);
  await expect(page.getByText('1 million et plus')).toBeVisible();
  await expect(page.getByText(/plus grand chiffre de mobilisation/)).toBeVisible();
  await expect(page.locator('path[data-code="RUS"]')).toHaveClass(/tone-5/);
});

const WORLD = 'translate(0,0) scale(1)';

test('a campaign outlines its focus country solid and its target countries dashed', async ({
  page,
}) => {
  await page.goto('./?campaign=tabloid-ougandais');
  const outlines = page.locator('path.outline:not(.ring)');
  await expect(outlines).toHaveCount(2);
  const styles = await outlines.evaluateAll((paths) =>
    paths.map((p) => {
      const style = getComputedStyle(p);
      return { kind: p.classList[1], width: style.strokeWidth, dash: style.strokeDasharray };
    }),
  );
  expect(styles).toEqual(
    expect.arrayContaining([
      { kind: 'focus', width: '3px', dash: 'none' },
      { kind: 'other', width: '2.5px', dash: '5px, 3px' },
    ]),
  );
});

test('zoom buttons zoom and the reset returns to the whole world', async ({ page }) => {
  await page.goto('./');
  const layer = page.locator('.frame svg > g:first-of-type');
  await expect(layer).toHaveAttribute('transform', WORLD);
  await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
  await expect(layer).toHaveAttribute('transform', /scale\(1\.6\)$/);
  await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
  await page.getByRole('button', { name: 'Dézoomer' }).click();
  await expect(layer).toHaveAttribute('transform', /scale\(1\.6\d*\)$/);
  await page.getByRole('button', { name: 'Vue du monde entier' }).click();
  await expect(layer).toHaveAttribute('transform', WORLD);
});

test('the wheel zooms the map and a drag pans it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const svg = page.locator('.frame svg');
  const layer = svg.locator('> g:first-of-type');
  await expect(layer).toHaveAttribute('transform', WORLD);
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(layer).not.toHaveAttribute('transform', WORLD);
  const zoomed = await layer.getAttribute('transform');
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 20, { steps: 5 });
  await page.mouse.up();
  await expect(layer).not.toHaveAttribute('transform', zoomed!);
});

test('selecting a campaign frames its countries, and the reader can zoom away', async ({
  page,
}) => {
  await page.goto('./?campaign=sterilisation-forcee-suede');
  const layer = page.locator('.frame svg > g:first-of-type');
  // Animated: wait for the framing to settle on Sweden.
  await expect(layer).toHaveAttribute('transform', /scale\([4-8](\.\d+)?\)$/);
  await expect
    .poll(async () => {
      const before = await layer.getAttribute('transform');
      await page.waitForTimeout(100);
      return before === (await layer.getAttribute('transform'));
    })
    .toBe(true);
  const framed = await layer.getAttribute('transform');
  const sweden = await page.locator('path[data-code="SWE"]').boundingBox();
  const frame = await page.locator('.frame').boundingBox();
  expect(sweden!.x).toBeGreaterThan(frame!.x);
  expect(sweden!.x + sweden!.width).toBeLessThan(frame!.x + frame!.width);
  await page.getByRole('button', { name: 'Dézoomer' }).click();
  await expect(layer).not.toHaveAttribute('transform', framed!);
  // The reader's zoom stays: the framing does not come back.
  const chosen = await layer.getAttribute('transform');
  await page.waitForTimeout(800);
  await expect(layer).toHaveAttribute('transform', chosen!);
});

test('a reader’s zoom stays when the detailed map arrives after a campaign was framed', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The detailed map is held until the reader has moved away from the campaign's frame.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/world-map-fine-*.json', async (route) => {
    await held;
    await route.continue();
  });
  const fineAsked = page.waitForRequest(/world-map-fine-/);
  await page.goto('./?campaign=sterilisation-forcee-suede');
  const layer = page.locator('.frame svg > g:first-of-type');
  await expect(layer).toHaveAttribute('transform', /scale\([4-8](\.\d+)?\)$/);
  await fineAsked;
  const framed = await layer.getAttribute('transform');
  await page.getByRole('button', { name: 'Dézoomer' }).click();
  const box = (await page.locator('.frame svg').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  const chosen = (await layer.getAttribute('transform'))!;
  expect(chosen).not.toBe(framed);
  expect(Number(/scale\(([\d.]+)\)/.exec(chosen)![1])).toBeGreaterThan(1.5);
  const sweden = page.locator('path[data-code="SWE"]');
  const lightLength = (await sweden.getAttribute('d'))!.length;
  release();
  // The detailed shapes are drawn, and the view is the reader's still.
  await expect
    .poll(async () => (await sweden.getAttribute('d'))!.length)
    .toBeGreaterThan(lightLength);
  await expect(layer).toHaveAttribute('transform', chosen);
});

test('with a broken map file, a message explains and the rest still works', async ({ page }) => {
  // A broken file rather than an aborted request: Chromium itself logs the latter as an error.
  await page.route('**/world-map-*.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '<html>' }),
  );
  await page.goto('./');
  await expect(page.getByText('La carte n’a pas pu être chargée.')).toBeVisible();
  await page
    .getByRole('table')
    .getByRole('button', { name: /Paraguay/ })
    .click();
  await expect(page.getByRole('complementary')).toContainText('SOMOSGAY');
});

test('with the map request aborted, a message takes its place and the list still works', async ({
  browser,
}) => {
  // Its own page: Chromium itself logs the aborted request ("Failed to load resource"), which the
  // shared fixture would count; the app must log nothing else.
  const page = await browser.newPage({ baseURL: test.info().project.use.baseURL, locale: 'fr-FR' });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/world-map-*.json', (route) => route.abort());
  await page.goto('./');
  await expect(
    page.getByRole('status').filter({ hasText: 'La carte n’a pas pu être chargée.' }),
  ).toBeVisible();
  await page
    .getByRole('table')
    .getByRole('button', { name: /Paraguay/ })
    .click();
  await expect(page.getByRole('complementary')).toContainText('SOMOSGAY');
  await page.getByRole('radio', { name: 'Personnes mobilisées' }).check();
  await expect(page).toHaveURL(/metric=people/);
  expect(errors).toEqual([]);
  await page.close();
});

for (const [width, height] of [
  [375, 812],
  [1366, 768],
  [1920, 1080],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the explorer is accessible at ${width}×${height}, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(60_000); // three axe runs on the whole page
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await expect(page.locator('path[data-code]').first()).toBeAttached();
      await expectAccessible(page, `default view ${width}×${height} ${colorScheme}`);
      await countryButton(page, /^Ouganda/).hover({ force: true });
      await expect(page.getByRole('tooltip')).toContainText('Ouganda');
      await expectAccessible(page, `tooltip ${width}×${height} ${colorScheme}`);
      await page.goto('./?country=FRA&metric=people');
      await expect(page.getByRole('region', { name: /Campagnes liées à la France/ })).toBeVisible();
      await expectAccessible(page, `country selected ${width}×${height} ${colorScheme}`);
    });
  }
}
