/**
 * The presenter's new parts under the strict Content-Security-Policy: the stage
 * (type and map zoom set at run time through the CSSOM), the console window and
 * the kiosk, with zero violations in any window.
 */
import { expect, test } from './embed-fixtures';

test('the stage, the console and the kiosk run under the strict CSP', async ({
  page,
  servers,
  log,
}) => {
  await page.goto(`${servers.app}/?present&kiosk=8&slide=3`);
  const title = page
    .getByRole('region', { name: /^Diapositive/ })
    .getByRole('heading', { level: 2 });
  await expect(title).toContainText('Ouganda');
  await expect(page.locator('.stage .map text.label').first()).toBeVisible();
  await page.keyboard.press('d');
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('c')]);
  await expect(speaker.getByRole('region', { name: 'Console de l’orateur' })).toBeVisible();
  await speaker.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=4/);
  expect(log.violations).toEqual([]);
});
