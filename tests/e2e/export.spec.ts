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
