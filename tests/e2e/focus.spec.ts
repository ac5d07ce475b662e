/**
 * Where focus goes when a view comes and goes: the three places where it used to
 * land on <body> (issue #18).
 */
import { expect, test } from './fixtures';

test('leaving a tour opened by a ?present link brings back the explorer’s tools, focus on « Présenter »', async ({
  page,
}) => {
  await page.goto('./?present&slide=2');
  await expect(page.getByRole('region', { name: 'Présentation des campagnes' })).toBeVisible();
  await page.getByRole('button', { name: 'Quitter la présentation' }).click();
  const present = page.getByRole('button', { name: 'Présenter' });
  await expect(present).toBeFocused();
  await expect(page.locator('summary', { hasText: 'Exporter' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Intégrer' })).toBeVisible();
  await expect(page).not.toHaveURL(/present|slide/);
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 375, height: 812 },
]) {
  test(`closing a campaign opened from a timeline mark gives focus back to the mark (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    const mark = page
      .getByRole('group', { name: /^Frise/ })
      .getByRole('button', { name: /^Tous mobilisés pendant les Jeux de Sotchi/ });
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: /Sotchi/ })).toBeFocused();
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press('Escape');
    await expect(mark).toBeFocused();
    // The page stays where the reader was (it used to jump to the list).
    expect(Math.abs((await page.evaluate(() => scrollY)) - scrolled)).toBeLessThan(100);

    await mark.press('Enter');
    await page.getByRole('button', { name: 'Fermer' }).click();
    await expect(mark).toBeFocused();
  });
}

test('the first Tab into the map lands on a country', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  // From the control just before the countries in the tab order, one Tab.
  const countries = page.locator('path[data-code][tabindex="0"]');
  await expect(countries).toHaveCount(1);
  await countries.evaluate((el) => {
    // Only what shows: the folded filter panel's chips take no Tab stop.
    const all = [
      ...document.querySelectorAll<HTMLElement>('a, button, input, [tabindex="0"]'),
    ].filter((e) => e.checkVisibility());
    const i = all.indexOf(el as unknown as HTMLElement);
    all[i - 1]!.focus();
  });
  await page.keyboard.press('Tab');
  await expect(countries).toBeFocused();
});
