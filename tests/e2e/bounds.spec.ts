/**
 * Out-of-range input stays bounded: a long URL value or a dataset of long words
 * never makes the page wider than the viewport, bad values of one kind make one
 * notice, a period at the edge of four-digit years survives a reload, and bad
 * mode values (theme, accent, hosts) are said like the others.
 */
import small from '../../public/data/example-small.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const word = (length: number, letter: string) => letter.repeat(length);

/** example-small.json with a word of thousands of letters wherever the data holds text. */
function longWords() {
  const data = structuredClone(small) as typeof small & Record<string, unknown>;
  const c = data.campaigns[0]! as (typeof data.campaigns)[number] & Record<string, unknown>;
  c.title = `Titre ${word(3000, 't')}`;
  c.tags = [word(100_000, 'x'), 'court'];
  c.partners = [word(2000, 'p')];
  c.targets = [word(2000, 'c')];
  c.impact[0]!.label = word(2000, 'l');
  c.narrative = [...c.narrative, word(5000, 'n'), `${word(2000, 'e')}`];
  c.errata = [{ source: word(2000, 's'), corrected: word(2000, 'e') }];
  c.countries[0] = { ...c.countries[0]!, note: word(2000, 'o') };
  data.source = { ...data.source, publisher: word(2000, 'u') };
  return data;
}

async function serveLongWords(page: Page) {
  const body = JSON.stringify(longWords());
  await page.route(
    (url) => url.pathname.endsWith('/data/long-words.json'),
    (route) => route.fulfill({ contentType: 'application/json', body }),
  );
}

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));

for (const width of [375, 1366]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('a URL value of 8 000 characters widens nothing; its notice quotes 40', async ({
      page,
    }) => {
      const long = word(8000, 'z');
      await page.goto(`./?campaign=${long}&q=${word(3000, 'q')}`);
      const notice = page.getByText(/^Campagne inconnue/);
      await expect(notice).toHaveText(
        `Campagne inconnue «\u202f${word(39, 'z')}…\u202f»\u00a0: vue par défaut.`,
      );
      await expect(page.getByRole('searchbox')).toHaveValue(word(3000, 'q'));
      const { scroll, inner } = await pageWidth(page);
      expect(scroll).toBeLessThanOrEqual(inner);
    });

    test('a dataset of long words widens nothing: list, chips, panel, credit', async ({ page }) => {
      await serveLongWords(page);
      await page.goto('./?data=data/long-words.json');
      await expect(page.getByRole('button', { name: /^Titre t+$/ })).toBeVisible();
      let { scroll, inner } = await pageWidth(page);
      expect(scroll, 'default view').toBeLessThanOrEqual(inner);
      // The 100 000-letter tag: one chip no wider than the page, two lines at most.
      await page.getByRole('button', { name: 'Filtres' }).click();
      const chip = page.getByRole('button', { name: /^x{100}/ });
      const box = (await chip.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(inner);
      expect(box.height).toBeLessThan(60);
      await chip.click();
      await page.keyboard.press('Escape');
      // Its removable chip too.
      const chosen = page.getByRole('button', { name: /^Retirer le filtre\s: x{100}/ });
      expect((await chosen.boundingBox())!.width).toBeLessThanOrEqual(inner);
      await page.getByRole('button', { name: /^Titre t+$/ }).click();
      await expect(page.getByRole('heading', { name: /^Titre t+$/, level: 2 })).toBeVisible();
      ({ scroll, inner } = await pageWidth(page));
      expect(scroll, 'campaign open, tag on').toBeLessThanOrEqual(inner);
      // The panel itself keeps within its width, long words and all.
      const panel = page.getByRole('complementary');
      expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    });
  });
}

test('100 unknown themes make one notice naming three', async ({ page }) => {
  const tags = Array.from({ length: 100 }, (_, i) => `inconnu${i}`);
  await page.goto(`./?tag=${tags.join(',')}&outcome=won,lost`);
  await expect(
    page.getByText('Thèmes inconnus ignorés\u00a0: inconnu0, inconnu1, inconnu2 et 97 autres.'),
  ).toBeVisible();
  await expect(page.getByText('Issues inconnues ignorées\u00a0: won et lost.')).toBeVisible();
  await expect(page.getByRole('status').getByRole('listitem')).toHaveCount(2);
});

test('?period=0000, outside the data, gets a notice; 9999..ongoing meets the ongoing campaigns', async ({
  page,
}) => {
  await page.goto('./?period=0000');
  await expect(
    page.getByText('Aucune campagne sur la période «\u202f0000\u202f»\u00a0: toutes les dates.'),
  ).toBeVisible();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(13);
  await page.waitForTimeout(300); // past the URL writer's delay
  await expect(page).toHaveURL(/\/$/);
  await page.goto('./?period=9999..ongoing');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\?period=9999\.\.ongoing$/);
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(1);
  await expect(page.getByText(/Période illisible|Aucune campagne sur la période/)).toHaveCount(0);
});

test('a bad theme, accent or hosts value gets a notice like the others', async ({ page }) => {
  await page.goto('./?embed&theme=purple&accent=notacolour&hosts=notanorigin,ftp://b.org');
  await expect(
    page.getByText('Valeur inconnue pour theme\u00a0: «\u202fpurple\u202f», ignorée.'),
  ).toBeVisible();
  await expect(
    page.getByText('Valeur inconnue pour accent\u00a0: «\u202fnotacolour\u202f», ignorée.'),
  ).toBeVisible();
  await expect(
    page.getByText('Valeurs inconnues pour hosts, ignorées\u00a0: notanorigin et ftp://b.org.'),
  ).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.goto('./?theme=light&accent=%23ffee00');
  await expect(
    page.getByText(/^Couleur d’accent «\u202f#ffee00\u202f» trop peu contrastée en thème clair/),
  ).toBeVisible();
});
