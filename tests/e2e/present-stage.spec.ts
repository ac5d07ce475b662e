/**
 * The stage as the back of the room sees it: type sizes, no controls once idle,
 * a map that serves the slide (light and dark), and the strip's current title.
 */
import raw from '../../data/campaigns.json' with { type: 'json' };
import type { Dataset } from '../../src/lib/data/schema';
import { byDate } from '../../src/lib/time/month-key';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const campaigns = [...(raw as Dataset).campaigns].sort(byDate);
const SLIDES = campaigns.length + 2;
const squash = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, '');

/** Every text node the audience can see on the stage, with the size it is drawn at. */
function visibleTexts(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('.stage')!;
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    const found: { text: string; px: number; heading: boolean }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      // Visually hidden text (1 px, clipped) is for screen readers, not the room.
      if (!text || !el || el.closest('.visually-hidden')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || box.bottom <= 0 || box.top >= innerHeight) continue;
      // Drawn at its font size times the CSS zoom around it (the map is zoomed whole).
      const scale = (el as Element & { currentCSSZoom: number }).currentCSSZoom;
      found.push({
        text,
        px: parseFloat(getComputedStyle(el).fontSize) * scale,
        heading: !!el.closest('.card h2'),
      });
    }
    return found;
  });
}

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
  [3840, 2160],
] as const) {
  // 28 px body and 48 px titles at 1080p, in the same proportion on other screens.
  const share = Math.min(width / 1920, height / 1080);
  test(`every text on every slide is readable from the back of the room at ${width}×${height}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?present');
    for (let slide = 1; slide <= SLIDES; slide++) {
      await expect(page).toHaveURL(new RegExp(`slide=${slide}\\b`));
      // The map's names come with the map: wait for the campaign's first one.
      if (slide > 1 && slide < SLIDES)
        await expect(page.locator('.stage .map text.label').first()).toBeVisible();
      const texts = await visibleTexts(page);
      expect(texts.length, `slide ${slide}`).toBeGreaterThan(5);
      const small = texts.filter((x) => x.px < 28 * share - 0.01);
      expect(small, `slide ${slide}: text under ${28 * share} px`).toEqual([]);
      const titles = texts.filter((x) => x.heading);
      expect(titles.length, `slide ${slide}`).toBeGreaterThan(0);
      for (const x of titles)
        expect(x.px, `slide ${slide}: « ${x.text} »`).toBeGreaterThanOrEqual(48 * share);
      await page.keyboard.press('ArrowRight');
    }
  });
}

test('no control shows on a slide once the help has faded and the pointer rests', async ({
  page,
}) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present&slide=3');
  const help = page.getByText(/→ suivante/);
  const exit = page.getByRole('button', { name: 'Quitter la présentation' });
  // At the start: the keys' help, and the controls with it.
  await expect(help).toBeVisible();
  await expect(exit).toBeVisible();
  await page.clock.runFor(7000);
  await expect(help).toBeHidden();
  const controls = page
    .locator('.stage')
    .locator('button, input, select, [role="slider"], [role="radio"]');
  await expect(controls.first()).toBeAttached();
  for (const control of await controls.all()) await expect(control).toBeHidden();
  // The pointer brings the exit back, and resting hides it again.
  await page.mouse.move(500, 400);
  await expect(exit).toBeVisible();
  await page.clock.runFor(2500);
  await expect(exit).toBeHidden();
  // « ? » brings the help back; it fades again.
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await page.clock.runFor(7000);
  await expect(help).toBeHidden();
});

const fillOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
const brightness = (rgb: string) =>
  (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, v) => sum + Number(v), 0) / 3;

test('on a campaign slide the map steps back: neutral land, the countries filled and named', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The opening slide: the whole choropleth, with its key.
  await page.goto('./?present');
  const key = page.locator('.stage .colour-key');
  await expect(key).toBeVisible();
  await expect(page.locator('.stage .country.tone-5').first()).toBeAttached();
  const choropleth = await fillOf(page, '.stage .country.tone-5');
  // A campaign slide: every country in the land tone but the campaign's.
  await page.keyboard.press('ArrowRight');
  const first = campaigns[0]!;
  await expect(key).toHaveCount(0);
  const land = await fillOf(page, '.stage .country.tone-0');
  expect(await fillOf(page, '.stage .country.tone-5')).toBe(land);
  expect(choropleth).not.toBe(land);
  const lit = page.locator('.stage .country.lit');
  await expect(lit.first()).toBeAttached();
  // Filled in the stage's accent, as the strip's current dot is.
  const accent = await fillOf(page, '.stage .timeline .dot.current');
  for (const path of await lit.all())
    expect(await path.evaluate((el) => getComputedStyle(el).fill)).toBe(accent);
  const names = await page.locator('.stage .map text.label').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.length).toBeLessThanOrEqual(first.countries.length);
  // The closing slide brings the key back.
  await page.keyboard.press('End');
  await expect(key).toBeVisible();
});

test('D darkens the map too: sea and land', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present&slide=3');
  await expect(page.locator('.stage .sphere')).toBeAttached();
  expect(brightness(await fillOf(page, '.stage .sphere'))).toBeGreaterThan(200);
  expect(brightness(await fillOf(page, '.stage .country.tone-0'))).toBeGreaterThan(150);
  await page.keyboard.press('d');
  expect(brightness(await fillOf(page, '.stage .sphere'))).toBeLessThan(40);
  expect(brightness(await fillOf(page, '.stage .country.tone-0'))).toBeLessThan(70);
  await page.keyboard.press('Home');
  expect(brightness(await fillOf(page, '.stage .country.tone-1'))).toBeLessThan(120);
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`the strip writes the current title whole, inside it and clear of the rest, at ${width}×${height}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?present&slide=2');
    for (const c of campaigns) {
      const caption = page.locator('.stage .timeline .caption');
      await expect.poll(async () => squash(await caption.textContent())).toBe(squash(c.title));
      const { inside, hits } = await page.evaluate(() => {
        const strip = document.querySelector('.stage .timeline')!.getBoundingClientRect();
        const box = document.querySelector('.stage .timeline .caption')!.getBoundingClientRect();
        const others = [
          ...document.querySelectorAll(
            '.stage .timeline text:not(.caption), .stage .timeline circle:not(.current)',
          ),
        ].map((el) => el.getBoundingClientRect());
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return {
          inside: box.left >= strip.left && box.right <= strip.right,
          hits: others.filter((o) => hit(box, o)).length,
        };
      });
      expect(inside, c.id).toBe(true);
      expect(hits, c.id).toBe(0);
      await page.keyboard.press('ArrowRight');
    }
  });
}

test('figures and the strip leave no empty band between them', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present&slide=3');
  await expect(page.locator('.stage .figures')).toBeVisible();
  const gap = await page.evaluate(() => {
    const figures = document.querySelector('.stage .figures')!.getBoundingClientRect();
    const strip = document.querySelector('.stage .timeline')!.getBoundingClientRect();
    return strip.top - figures.bottom;
  });
  // The slide and the strip stand together (the stage used to leave a third of the screen here).
  expect(gap).toBeLessThan(1080 * 0.15);
});
