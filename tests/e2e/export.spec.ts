import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function exportFile(page: Page, name: RegExp) {
  await page.getByText('Exporter').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync((await download.path())!);
}

test('the SVG export parses and carries the title, period, legend and credit', async ({ page }) => {
  await page.goto('./?period=2012..2013');
  const svg = (await exportFile(page, /SVG/)).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('title')?.textContent,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      paths: doc.querySelectorAll('path').length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBe('Nos mobilisations');
  expect(parsed.texts).toEqual(
    expect.arrayContaining([
      'Campagnes liées au pays (tous rôles)',
      'Aucune campagne',
      '3 campagnes et plus',
      'Source\u00a0: All Out, «\u202fNos mobilisations\u202f»',
    ]),
  );
  expect(parsed.texts.some((t) => t?.startsWith('2012 – 2013'))).toBe(true);
  expect(parsed.paths).toBeGreaterThan(150);
  expect(svg).toContain('font/woff2;base64,');
});

for (const [label, width, height] of [
  ['1920 × 1080', 1920, 1080],
  ['3840 × 2160', 3840, 2160],
] as const) {
  test(`the PNG export is ${label}`, async ({ page }) => {
    await page.goto('./?campaign=jeux-de-sotchi');
    const png = await exportFile(page, new RegExp(`PNG ${label}`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
  });
}

test('the SVG export states every active filter and keys the outlines of the campaign', async ({
  page,
}) => {
  await page.goto(
    './?campaign=tabloid-ougandais&country=UGA&period=2012..2014&tag=médias&outcome=victory&q=tabloïds',
  );
  const svg = (await exportFile(page, /SVG/)).toString('utf8');
  const texts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, svg);
  const filters = texts.find((t) => t.includes('Thèmes'));
  expect(filters).toBe(
    'Thèmes\u00a0: médias · Issue\u00a0: Victoire · Rechercher\u00a0: «\u202ftabloïds\u202f» · ' +
      'Période\u00a0: 2012 – 2014 · Pays\u00a0: Ouganda',
  );
  expect(texts).toEqual(
    expect.arrayContaining(['Pays concerné', 'Siège de la cible ou pays d’action']),
  );
  expect(svg).toMatch(/<rect [^>]*fill="none"[^>]*stroke-dasharray="5 3"/);
});

test('« Exporter » closes after a download, on Escape and on a click outside', async ({ page }) => {
  const sizes = [
    [375, 812],
    [768, 1024],
    [1366, 768],
    [1920, 1080],
  ] as const;
  await page.goto('./');
  const summary = page.getByText('Exporter', { exact: true });
  const svgButton = page.getByRole('button', { name: /SVG/ });
  for (const [width, height] of sizes)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await summary.click();
      await expect(svgButton).toBeVisible();
      await svgButton.focus();
      await page.keyboard.press('Escape');
      await expect(svgButton).toBeHidden();
      await expect(summary).toBeFocused();
      await summary.click();
      await expect(svgButton).toBeVisible();
      await page.getByRole('heading', { level: 1 }).click();
      await expect(svgButton).toBeHidden();
    }
  await summary.click();
  await Promise.all([page.waitForEvent('download'), svgButton.click()]);
  await expect(svgButton).toBeHidden();
  await expect(summary).toBeFocused();
});
