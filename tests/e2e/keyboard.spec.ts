import { expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, describe: string, matches: (el: Element) => boolean) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluateHandle(() => document.activeElement);
    if (await hit.evaluate(matches)) return;
  }
  throw new Error(`Tab never reached ${describe}`);
}

test('the whole task with the keyboard alone: period, country, campaign, next, close', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');

  await tabTo(page, 'the 2013 button', (el) => el.textContent?.trim() === '2013');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/period=2013/);
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);

  await page.keyboard.press('Shift+Tab');
  await tabTo(page, 'a country of the map', (el) => el.hasAttribute('data-code'));
  for (let i = 0; i < 20; i++) {
    if (
      (await page.evaluate(() => (document.activeElement as SVGElement).dataset.code)) === 'FRA'
    ) {
      break;
    }
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.locator(':focus')).toHaveAccessibleName('France, 2 campagnes');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/country=FRA/);

  await tabTo(page, 'the campaign in the country popup', (el) =>
    /^Mariage pour tous/.test(el.textContent?.trim() ?? ''),
  );
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Mariage pour tous en France');
  await expectAccessible(page, 'keyboard journey, panel open');

  await tabTo(page, 'the next-campaign button', (el) =>
    /Campagne suivante/.test(el.textContent ?? ''),
  );
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/tabloïds ougandais/);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/campaign=/);
});

test('the skip link jumps to the list without changing the address', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Aller à la liste des campagnes');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Liste des campagnes' })).toBeFocused();
  await expect(page).not.toHaveURL(/#/);
});
