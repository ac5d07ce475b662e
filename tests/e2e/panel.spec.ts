import raw from '../../data/campaigns.json' with { type: 'json' };
import type { Dataset } from '../../src/lib/data/schema';
import { formatImpactValue } from '../../src/lib/format/numbers';
import { expect, expectAccessible, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const { campaigns } = raw as Dataset;
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const frenchDate = (date: string) =>
  date === 'ongoing' ? 'En cours' : `${MONTHS[Number(date.slice(5)) - 1]} ${date.slice(0, 4)}`;
// Typography turns some spaces into no-break ones: compare words, not spaces.
const words = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, '');

/** Matches the title whatever spaces typography put in or took out. */
const titlePattern = (title: string) =>
  new RegExp(
    '^' + [...squash(title)].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'),
  );

const panel = (page: Page) => page.getByRole('complementary', { name: /./ });

async function expectCampaign(box: Locator, c: Dataset['campaigns'][number]) {
  expect(squash((await box.getByRole('heading', { level: 2 }).textContent()) ?? '')).toBe(
    squash(c.title),
  );
  await expect(box).toContainText(frenchDate(c.date));
  // The stories load with the first selection: wait for « Le récit ».
  await expect(box.getByRole('heading', { name: 'Le récit' })).toBeVisible();
  const text = words((await box.textContent()) ?? '');
  for (const figure of c.impact) {
    expect(text, `${c.id}: ${figure.label}`).toContain(words(formatImpactValue(figure)));
    expect(text).toContain(words(figure.label));
  }
  for (const p of c.narrative) {
    for (const line of typeof p === 'string' ? [p] : p.items) {
      expect(squash(text), `${c.id}: paragraph`).toContain(squash(line));
    }
  }
}

for (const c of campaigns) {
  test(`${c.id}: opening it from the list shows its title, date, figures and whole narrative`, async ({
    page,
  }) => {
    await page.goto('./');
    await page
      .getByRole('table')
      .getByRole('button', { name: titlePattern(c.title) })
      .click();
    await expectCampaign(panel(page), c);
    await expect(page).toHaveURL(new RegExp(`/campagnes/${c.id}/$`));
  });
}

for (const c of campaigns) {
  test(`${c.id}: selecting its timeline mark opens its narrative and figures`, async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('group', { name: 'Frise chronologique des campagnes' })
      .getByRole('button', { name: titlePattern(c.title) })
      .locator('.hit')
      .click();
    await expectCampaign(panel(page), c);
    await expect(page).toHaveURL(new RegExp(`/campagnes/${c.id}/$`));
  });
}

test('a ?campaign= link opens the panel with focus on its heading', async ({ page }) => {
  await page.goto('./?campaign=jeux-de-sotchi');
  const box = panel(page);
  await expect(box.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(box.locator('[lang="fr"] ul > li')).toHaveCount(4);
  await expect(box).toContainText('plus de');
  await expectAccessible(page, 'panel open');
});

test('the stories are asked for when the pointer reaches a campaign, not on the first load', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('narratives')) asked.push(r.url());
  });
  await page.goto('./');
  const row = page.getByRole('table').getByRole('button', { name: /#FreeTheFive/ });
  await expect(row).toBeVisible();
  expect(asked).toEqual([]);
  const story = page.waitForResponse((r) => r.url().includes('narratives'));
  await row.hover();
  await story;
  await row.click();
  await expect(panel(page)).toContainText('imprimé des autocollants');
  expect(asked).toHaveLength(1);
});

test('previous and next walk the campaigns in date order', async ({ page }) => {
  await page.goto('./?campaign=reportage-tv9');
  const box = panel(page);
  await expect(box.getByRole('button', { name: /précédente/ })).toBeDisabled();
  await box.getByRole('button', { name: /suivante/ }).click();
  await expect(page).toHaveURL(/\/campagnes\/ouganda-loi-anti-gay\/$/);
  await expect(box.getByRole('heading', { level: 2 })).toBeFocused();
  await box.getByRole('button', { name: /suivante/ }).click();
  await expect(page).toHaveURL(/\/campagnes\/sterilisation-forcee-suede\/$/);
  await box.getByRole('button', { name: /précédente/ }).click();
  await expect(page).toHaveURL(/\/campagnes\/ouganda-loi-anti-gay\/$/);
});

test('Escape closes the panel and focus returns to the list button', async ({ page }) => {
  await page.goto('./');
  const button = page.getByRole('table').getByRole('button', { name: /Paraguay/ });
  await button.click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(page).not.toHaveURL(/campaign=/);
});

test('copy link puts the deep link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?campaign=crowdfunding-irak');
  await panel(page).getByRole('button', { name: 'Copier le lien' }).click();
  await expect(panel(page).getByText('Lien copié')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/campagnes\/crowdfunding-irak\/$/,
  );
});

test('a country button in the panel selects that country', async ({ page }) => {
  await page.goto('./?campaign=jeux-de-sotchi');
  await panel(page)
    .getByRole('button', { name: /Suisse/ })
    .click();
  await expect(page).toHaveURL(/country=CHE/);
});

for (const [width, height] of [
  [375, 812],
  [1366, 768],
  [1920, 1080],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open panel is accessible at ${width}×${height}, ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto('./?campaign=jeux-de-sotchi');
      await expect(panel(page)).toBeVisible();
      await expectAccessible(page, `panel ${width}×${height} ${colorScheme}`);
    });
  }
}

test('on a desktop, opening a campaign swaps the overview for the panel and moves nothing else', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  const overview = page.getByRole('region', { name: 'En bref' });
  await expect(overview).toContainText('13 campagnes');
  await expect(overview).toContainText(/plus de 1,6\smillion\s+signatures et actions/);
  // Where they sit on the page (not in the viewport, which follows focus).
  const boxes = () =>
    Promise.all(
      ['Carte du monde des campagnes', 'Frise chronologique des campagnes'].map((name) =>
        page.getByRole('region', { name }).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y + scrollY, width: r.width, height: r.height };
        }),
      ),
    );
  const before = await boxes();
  await page
    .getByRole('button', { name: /Tous mobilisés pendant les Jeux de Sotchi/ })
    .first()
    .click();
  await expect(page.getByRole('complementary')).toContainText('avril 2014');
  await expect(overview).toHaveCount(0);
  expect(await boxes()).toEqual(before);
  // A period narrows what the overview adds up.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '2013', exact: true }).click();
  await expect(overview).toContainText(/campagnes? sur 13/);
});

test('on a phone the overview stays out of the way', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'En bref' })).toBeHidden();
});
