/**
 * The timeline names every mark: a tooltip with the whole title on hover and on
 * focus, inside the viewport; labels laid out from measured widths that never
 * overlap another label or another mark's dot, at every size, selected or not.
 */
import raw from '../../data/campaigns.json' with { type: 'json' };
import type { Dataset } from '../../src/lib/data/schema';
import { frenchTypography } from '../../src/lib/format/typography';
import { expect, test, VIEWPORTS } from './fixtures';
import type { Page } from '@playwright/test';

const campaigns = (raw as Dataset).campaigns;
const titles = new Map(campaigns.map((c) => [c.id, frenchTypography(c.title)]));

/** The ends of the range the layout promises, at a common height. */
const EXTREMES = [
  [320, 700],
  [3840, 1080],
] as const;

const marks = (page: Page) =>
  page.getByRole('group', { name: 'Frise chronologique des campagnes' }).locator('.mark');
const tooltip = (page: Page) => page.locator('.mark-tooltip');

/** Pairs of boxes of different marks where a label meets another label or a dot. */
function overlaps(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<SVGGElement>('.timeline .mark')].flatMap((m) =>
      [...m.querySelectorAll('.label, .dot')].map((el) => ({
        id: m.dataset.id!,
        what: `${m.dataset.id} ${el.classList.contains('dot') ? 'dot' : `«${el.textContent}»`}`,
        label: el.classList.contains('label'),
        r: el.getBoundingClientRect(),
      })),
    );
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const out: string[] = [];
    boxes.forEach((a, i) =>
      boxes.forEach((b, j) => {
        if (i < j && a.id !== b.id && (a.label || b.label) && meet(a.r, b.r))
          out.push(`${a.what} × ${b.what}`);
      }),
    );
    return out;
  });
}

/**
 * Selects a campaign as a deep link would, without reloading (the app follows history).
 * Callers ask for reduced motion: the selected dot is at its full size at once.
 */
async function show(page: Page, campaign: string | null) {
  await page.evaluate((id) => {
    // From the app's root: the address is a campaign's page (campagnes/<id>/) by now.
    history.pushState(null, '', new URL(id ? `/?campaign=${id}` : '/', location.href));
    dispatchEvent(new PopStateEvent('popstate'));
  }, campaign);
  await expect(marks(page).and(page.locator('.selected'))).toHaveCount(campaign ? 1 : 0);
}

async function expectTooltips(page: Page, where: string) {
  const viewport = page.viewportSize()!;
  const count = await marks(page).count();
  expect(count).toBe(13);
  for (let i = 0; i < count; i++) {
    const mark = marks(page).nth(i);
    const id = (await mark.getAttribute('data-id'))!;
    // The placement does not depend on the colours: the dark theme is checked on hover only.
    const ways = where.includes('dark') ? (['hover'] as const) : (['hover', 'focus'] as const);
    for (const how of ways) {
      if (how === 'hover') await mark.locator('.hit').hover();
      else await mark.focus();
      await expect(tooltip(page), `${id}, ${how}, ${where}`).toBeVisible();
      await expect(tooltip(page).locator('strong')).toHaveText(titles.get(id)!);
      const box = (await tooltip(page).boundingBox())!;
      expect(box.x, `${id} ${how} ${where}`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${id} ${how} ${where}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${id} ${how} ${where}`).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height, `${id} ${how} ${where}`).toBeLessThanOrEqual(viewport.height);
      // Gone with the pointer, the focus, or Escape.
      if (how === 'hover') await page.mouse.move(0, 0);
      else await page.keyboard.press('Escape');
      await expect(tooltip(page)).toBeHidden();
    }
  }
}

test('every mark shows its whole title in a tooltip inside the viewport, on hover and focus', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  for (const [width, height] of [...VIEWPORTS, ...EXTREMES]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      if (width === 320 || width === 3840) if (colorScheme === 'dark') continue;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await expectTooltips(page, `${width}×${height} ${colorScheme}`);
    }
  }
});

test('the tooltip leaves with the focus, and the mark keeps one accessible name', async ({
  page,
}) => {
  await page.goto('./');
  const first = marks(page).first();
  await first.focus();
  await expect(tooltip(page)).toBeVisible();
  // The tooltip repeats the name: hidden from assistive technology, not read twice.
  await expect(tooltip(page)).toHaveAttribute('aria-hidden', 'true');
  await expect(first).toHaveAccessibleName('Le reportage anti-gay de TV9, février 2011');
  await page.keyboard.press('Tab');
  await expect(tooltip(page)).toBeHidden();
});

test('no label meets another label or another mark’s dot, from 320 to 3840 px, selected or not', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const widths = [320, 375, 480, 768, 1024, 1366, 1600, 1920, 2560, 3840];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const campaign of [null, ...campaigns.map((c) => c.id)]) {
      await show(page, campaign);
      expect(await overlaps(page), `${width} px, ${campaign ?? 'no campaign'}`).toEqual([]);
    }
  }
});

test('at 1920 px every label is whole, and the selected title is always whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const labels = marks(page).locator('.label');
  await expect(labels).toHaveCount(13);
  for (const text of await labels.allTextContents()) expect(text).not.toMatch(/…$/);
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    for (const c of campaigns) {
      await show(page, c.id);
      const label = marks(page).and(page.locator('.selected')).locator('.label');
      await expect(label).toHaveCount(1);
      // A caption of several lines reads as the title with its spaces.
      const lines = await label.locator('tspan').allTextContents();
      const text = lines.length ? lines.join(' ') : await label.textContent();
      expect(text, `${c.id} at ${width} px`).toBe(titles.get(c.id));
    }
  }
});

test('a period outside the data is said in a notice; the handles stay on the axis', async ({
  page,
}) => {
  for (const [width, height] of [...VIEWPORTS, ...EXTREMES]) {
    await page.setViewportSize({ width, height });
    await page.goto('./?period=2099');
    await expect(
      page.getByText('Aucune campagne sur la période «\u202f2099\u202f»\u00a0: toutes les dates.'),
    ).toBeVisible();
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(13);
    await expect(page).toHaveURL(/\/$/);
    const periods =
      width === 375 || width === 1920 ? ['2099', '2010..2016', '2014..2016'] : ['2099'];
    for (const period of periods) {
      if (period !== '2099') await page.goto(`./?period=${period}`);
      const axis = await page.evaluate(() => {
        const lines = [...document.querySelectorAll('.timeline .axis line')];
        const rects = lines.map((l) => l.getBoundingClientRect());
        return {
          left: Math.min(...rects.map((r) => r.left)),
          right: Math.max(...rects.map((r) => r.right)),
        };
      });
      for (const name of ['Début de la période', 'Fin de la période']) {
        const grip = (await page.getByRole('slider', { name }).locator('.grip').boundingBox())!;
        const centre = grip.x + grip.width / 2;
        expect(centre, `${name}, ${period}, ${width} px`).toBeGreaterThanOrEqual(axis.left - 0.5);
        expect(centre, `${name}, ${period}, ${width} px`).toBeLessThanOrEqual(axis.right + 0.5);
      }
    }
    // 2014..2016 ends with the data's last month, not in the gap before « en cours ».
    if (periods.length > 1)
      await expect(page.getByRole('slider', { name: 'Fin de la période' })).toHaveAttribute(
        'aria-valuetext',
        'décembre 2015',
      );
  }
});
