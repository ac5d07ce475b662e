/** The small things a demanding reader notices (issue #19): grammar, language, focus, print. */
import raw from '../../data/campaigns.json' with { type: 'json' };
import type { Dataset } from '../../src/lib/data/schema';
import { expect, test } from './fixtures';

const campaigns = (raw as Dataset).campaigns;

test('a country’s heading takes its article, in French and in English', async ({ page }) => {
  const headings: [string, string][] = [
    ['?country=UGA', 'Campagnes liées à l’Ouganda'],
    ['?country=CHN', 'Campagnes liées à la Chine'],
    ['?country=BRA', 'Campagnes liées au Brésil'],
    ['?country=USA', 'Campagnes liées aux États-Unis'],
    ['?country=USA&lang=en', 'Campaigns linked to the United States'],
    ['?country=UGA&lang=en', 'Campaigns linked to Uganda'],
  ];
  for (const [query, heading] of headings) {
    await page.goto(`./${query}`);
    await expect(page.getByRole('heading', { level: 3 }).filter({ hasText: /^Camp/ })).toHaveText(
      heading,
    );
  }
});

test('in English, the theme chips and the source line read as English', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const themes = page.getByRole('group', { name: 'Themes' });
  await expect(themes.getByRole('button', { name: 'diplomacy' })).toBeVisible();
  await expect(themes.getByRole('button', { name: 'women’s rights' })).toBeVisible();
  await expect(themes.getByRole('button', { name: /médias|réfugiés|diplomatie/ })).toHaveCount(0);
  const source = page.getByRole('contentinfo').locator('p').first();
  await expect(source).toHaveText(/^Source: All Out, /);
  expect(await source.textContent()).not.toMatch(/[\u00a0\u202f][:;!?]/);
});

test('« Intégrer »: one Tab stop per group of radios, and Escape closes it from inside the preview', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Intégrer', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer l’explorateur sur votre site' });
  const format = dialog.getByRole('group', { name: 'Format' });
  await format.getByRole('radio', { name: /^Script/ }).focus();
  // Arrows move within the group and choose.
  await page.keyboard.press('ArrowDown');
  await expect(format.getByRole('radio', { name: /iframe seule/ })).toBeFocused();
  await expect(format.getByRole('radio', { name: /iframe seule/ })).toBeChecked();
  // Tab leaves the group for the next one, on its checked radio.
  await page.keyboard.press('Tab');
  await expect(
    dialog.getByRole('group', { name: 'Thème' }).getByRole('radio', { name: 'Celui du lecteur' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    dialog
      .getByRole('group', { name: 'Langue de l’interface' })
      .getByRole('radio', { name: 'Français' }),
  ).toBeFocused();

  // Focus inside the preview's page: Escape there closes the dialog.
  const inside = dialog.frameLocator('iframe');
  await inside.getByRole('link', { name: 'Language: English' }).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a deep link moves focus to the panel without drawing a focus ring', async ({ page }) => {
  await page.goto('./?campaign=ouganda-loi-anti-gay');
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((h) => h.matches(':focus-visible'))).toBe(false);
  expect(await heading.evaluate((h) => getComputedStyle(h).outlineStyle)).toBe('none');
  // A keyboard reader who moves on sees where focus is.
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /suivante/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((h) => h.matches(':focus-visible'))).toBe(true);
});

test('printing at once after loading prints every story of the campaigns in view, and says which filters chose them', async ({
  page,
}) => {
  const total = campaigns.length;
  // Nothing opened: the stories arrive by themselves once the page is idle.
  const stories = page.waitForResponse(/narratives/);
  await page.goto('./');
  await stories;
  // A first Ctrl+P: the browser lays out the pages right after `beforeprint`, so everything is there synchronously.
  const printed = await page.evaluate(() => {
    dispatchEvent(new Event('beforeprint'));
    return [...document.querySelectorAll('.print-list article')].map((a) => ({
      title: a.querySelector('h2')?.textContent,
      story: a.querySelector('.narrative [lang="fr"]')?.textContent?.trim().length ?? 0,
    }));
  });
  expect(printed).toHaveLength(total);
  for (const article of printed) expect(article.story, article.title ?? '').toBeGreaterThan(40);

  // With filters, as soon as the page prints (emulated: no print events).
  await page.goto('./?tag=sport');
  await page.emulateMedia({ media: 'print' });
  const list = page.locator('.print-list');
  const sport = campaigns.filter((c) => c.tags?.includes('sport'));
  await expect(list.locator('article')).toHaveCount(sport.length);
  await expect(list.locator('.scope')).toHaveText(
    `${sport.length} campagne${sport.length > 1 ? 's' : ''} sur ${total}, selon les filtres\u00a0: Thèmes\u00a0: sport.`,
  );
  for (const c of sport)
    await expect(
      list
        .locator('article')
        .filter({ hasText: c.title.slice(0, 12) })
        .locator('.narrative p')
        .first(),
    ).not.toBeEmpty();
  await expect(page.getByRole('heading', { name: 'Le récit' }).first()).toBeVisible();
});

test('the ongoing campaign says « En cours » once, in its panel and on paper', async ({ page }) => {
  const id = campaigns.find((c) => c.date === 'ongoing')!.id;
  await page.goto(`./?campaign=${id}`);
  const panel = page.getByRole('complementary');
  await expect(panel.locator('.meta')).toHaveText(/^\s*En cours\s*$/);
  await page.emulateMedia({ media: 'print' });
  const meta = page.locator('.print-list article').filter({ hasText: 'En cours' }).locator('.meta');
  await expect(meta).toHaveText(/^\s*En cours · [^·]+$/);
});
