import raw from '../../data/campaigns.json' with { type: 'json' };
import type { Dataset } from '../../src/lib/data/schema';
import { byDate } from '../../src/lib/time/month-key';
import { expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';

const campaigns = [...(raw as Dataset).campaigns].sort(byDate);
const squash = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, '');
const slideTitle = (page: Page) =>
  page.getByRole('region', { name: /^Diapositive/ }).getByRole('heading', { level: 2 });

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`the whole default tour walks with clicker keys at ${width}×${height}`, async ({ page }) => {
    // Fifteen slides, each checked: 21–26 s on a busy CI run, too close to the default 30 s.
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height });
    await page.goto('./?present');
    await expect(slideTitle(page)).toHaveText('Nos mobilisations');
    await expect(page.getByText('1\u202f/\u202f15')).toBeVisible();
    await expectAccessible(page, 'opening slide');
    const nextKeys = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'];
    for (const [i, c] of campaigns.entries()) {
      await page.keyboard.press(nextKeys[i % nextKeys.length]!);
      await expect
        .poll(async () => squash(await slideTitle(page).textContent()))
        .toBe(squash(c.title));
      await expect(page).toHaveURL(new RegExp(`slide=${i + 2}`));
      if (i === 2) {
        // Not while the keys' help fades (axe would read its contrast half way).
        await expect(page.locator('.stage .help')).toBeHidden({ timeout: 10_000 });
        await expectAccessible(page, 'a campaign slide');
      }
    }
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(page)).toHaveText('Au total');
    await expectAccessible(page, 'closing slide');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
      await page.keyboard.press(key);
    await expect(page).toHaveURL(/slide=11/);
    await page.keyboard.press('Home');
    await expect(slideTitle(page)).toHaveText('Nos mobilisations');
    await page.keyboard.press('End');
    await expect(slideTitle(page)).toHaveText('Au total');
  });
}

test('every slide of the tour is accessible', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?present');
  await expect(page.locator('.stage .help')).toBeHidden({ timeout: 10_000 });
  for (let slide = 1; slide <= campaigns.length + 2; slide++) {
    await expect(page).toHaveURL(new RegExp(`slide=${slide}`));
    await expectAccessible(page, `slide ${slide}`);
    await page.keyboard.press('ArrowRight');
  }
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`no slide's text is cut off at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?present');
    for (let slide = 1; slide <= campaigns.length + 2; slide++) {
      const card = page.locator('.stage .card');
      await expect(page).toHaveURL(new RegExp(`slide=${slide}`));
      const { scroll, client } = await card.evaluate((el) => ({
        scroll: el.scrollHeight,
        client: el.clientHeight,
      }));
      expect(scroll, `slide ${slide}`).toBeLessThanOrEqual(client + 1);
      await page.keyboard.press('ArrowRight');
    }
  });

  test(`the keys' line and the speaker's controls overlap nothing of the slide at ${width}×${height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?present&slide=2');
    // The help and the controls show as the tour opens.
    await expect(page.locator('.stage .help')).toBeVisible();
    await expect(page.locator('.stage .timeline .caption')).toBeVisible();
    const overlaps = await page.evaluate(() => {
      const boxes = (selector: string) =>
        [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const slide = boxes(
        '.stage .timeline text, .stage .timeline circle, .stage .card h2, .stage .card p',
      );
      return boxes('.stage .help, .stage .corner > *').filter((a) => slide.some((b) => hit(a, b)))
        .length;
    });
    expect(overlaps).toBe(0);
  });
}

test('type is readable from the back of the room at 1920×1080', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present&slide=4');
  const px = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await px('.stage')).toBeGreaterThanOrEqual(28);
  expect(await px('.stage h2')).toBeGreaterThanOrEqual(48);
  expect(await px('.stage .figures .value')).toBeGreaterThanOrEqual(96);
  // Nothing overflows the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a custom tour and a start slide', async ({ page }) => {
  await page.goto('./?present&tour=jeux-de-sotchi,reportage-tv9&slide=2');
  await expect(slideTitle(page)).toContainText('Sotchi');
  await expect(page.getByText('2\u202f/\u202f4')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(slideTitle(page)).toContainText('TV9');
  await page.reload();
  await expect(slideTitle(page)).toContainText('TV9');
});

test('an unknown slide or tour id shows a notice and starts at the beginning', async ({ page }) => {
  await page.goto('./?present&tour=nope,jeux-de-sotchi&slide=99');
  await expect(page.getByText(/Diapositive inconnue/)).toBeVisible();
  await expect(page.getByText(/Campagne inconnue dans le parcours/)).toBeVisible();
  await expect(slideTitle(page)).toHaveText('Nos mobilisations');
});

test('B blacks the screen, W whitens it, any key returns', async ({ page }) => {
  await page.goto('./?present&slide=3');
  await expect(slideTitle(page)).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.blank.black')).toBeVisible();
  await page.keyboard.press('x');
  await expect(page.locator('.blank')).toHaveCount(0);
  await expect(page).toHaveURL(/slide=3/);
  await page.keyboard.press('W');
  await expect(page.locator('.blank.white')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.blank')).toHaveCount(0);
  await expect(page).toHaveURL(/slide=3/);
});

test('F asks for real fullscreen', async ({ page }) => {
  await page.goto('./?present');
  // The stage loads on demand and takes the keys once it has focus.
  await expect(slideTitle(page)).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { asked: number }).asked = 0;
    Element.prototype.requestFullscreen = function () {
      (window as unknown as { asked: number }).asked += 1;
      return Promise.resolve();
    };
  });
  await page.keyboard.press('f');
  expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
});

test('N reveals the narrative, which scrolls with the keyboard', async ({ page }) => {
  // Slide 11 is Sochi, whose story has a bulleted list.
  await page.goto('./?present&slide=11');
  await expect(slideTitle(page)).toContainText('Sotchi');
  await page.keyboard.press('n');
  await expect(page.locator('.stage [lang="fr"] li').first()).toBeVisible();
  await expectAccessible(page, 'narrative revealed');
});

test('Escape leaves the tour for the explorer', async ({ page }) => {
  await page.goto('./?present&slide=2');
  await expect(slideTitle(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nos mobilisations');
  await expect(page).not.toHaveURL(/present|slide/);
});

test('the « Présenter » button starts the tour', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Présenter' }).click();
  await expect(slideTitle(page)).toHaveText('Nos mobilisations');
  await expect(page).toHaveURL(/present/);
});

test('printing gives every campaign with its story and figures, without controls', async ({
  page,
}) => {
  await page.goto('./?campaign=jeux-de-sotchi');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toBeHidden();
  const articles = page.locator('.print-list article');
  await expect(articles).toHaveCount(13);
  await expect(articles.first()).toBeVisible();
  await expect(page.locator('.print-list')).toContainText('240\u202f000');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // From the default view too, whose stories load only when asked for.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('./');
  await page.emulateMedia({ media: 'print' });
  await expect(articles).toHaveCount(13);
  await expect(page.locator('.print-list')).toContainText(/parlement/);
});

test('the cursor hides after two idle seconds and comes back when moved', async ({ page }) => {
  await page.goto('./?present');
  const stage = page.getByRole('region', { name: 'Présentation des campagnes' });
  // Hidden even if the mouse never moved since the tour opened.
  await expect(stage).toHaveClass(/cursor-idle/, { timeout: 5000 });
  await page.mouse.move(400, 300);
  await expect(stage).not.toHaveClass(/cursor-idle/);
  await expect(stage).toHaveClass(/cursor-idle/, { timeout: 5000 });
  await page.mouse.move(420, 320);
  await expect(stage).not.toHaveClass(/cursor-idle/);
});
