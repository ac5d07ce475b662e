/**
 * A page per campaign (scripts/pages.ts): what a reader without JavaScript, a search
 * engine and a social network read in its HTML, and the explorer it hydrates into.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

interface Campaign {
  id: string;
  title: string;
  narrative: (string | { items: string[] })[];
}
const { campaigns } = JSON.parse(readFileSync('data/campaigns.json', 'utf8')) as {
  campaigns: Campaign[];
};
const text = (p: Campaign['narrative'][number]) => (typeof p === 'string' ? p : p.items.join(' '));
/** What the page shows of a source text: its words, whatever the spaces (the app sets French ones). */
const words = (s: string) =>
  s
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/ ?([:;!?»])/g, '$1')
    .replace(/« ?/g, '«')
    .trim();

const meta = (page: Page, property: string) =>
  page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const c of campaigns) {
    test(`campagnes/${c.id}/ tells the whole story, with its head`, async ({ page }) => {
      const response = await page.goto(`./campagnes/${c.id}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      const title = words(await page.locator('#panel-title').innerText());
      expect(title).toBe(words(c.title));
      expect(words(await page.title())).toBe(`${title} · Nos mobilisations`);
      const story = words(await page.locator('.narrative').innerText());
      expect(story).toContain(words(text(c.narrative[0]!)).slice(0, 80));
      expect(story).toContain(words(text(c.narrative.at(-1)!)).slice(-80));
      expect(words((await meta(page, 'og:title'))!)).toBe(title);
      expect(await meta(page, 'og:description')).toMatch(/^[A-ZÉ][^.]+\d{4}|^En cours/);
      expect(await meta(page, 'og:type')).toBe('article');
      expect(await meta(page, 'twitter:card')).toMatch(/^summary/);
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(new URL(canonical!, page.url()).href).toBe(page.url());
      const en = await page.locator('link[rel=alternate][hreflang=en]').getAttribute('href');
      expect(new URL(en!, page.url()).pathname).toBe(`/en/campagnes/${c.id}/`);
      const ld = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
      );
      // Its card: a 1200×630 PNG within the budget, described from the data; the oEmbed names it.
      const image = new URL((await meta(page, 'og:image'))!, page.url()).href;
      const png = await (await page.request.get(image)).body();
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
      expect(png.length).toBeLessThan(200 * 1024);
      expect(await meta(page, 'og:image:width')).toBe('1200');
      expect(await meta(page, 'og:image:height')).toBe('630');
      expect(words((await meta(page, 'og:image:alt'))!)).toContain(`«${title}»`);
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      const oembedUrl = await page
        .locator('link[type="application/json+oembed"]')
        .getAttribute('href');
      const oembed = await (await page.request.get(new URL(oembedUrl!, page.url()).href)).json();
      expect(oembed).toMatchObject({
        version: '1.0',
        type: 'rich',
        width: 800,
        height: 600,
        thumbnail_width: 1200,
        thumbnail_height: 630,
      });
      expect(oembed.html).toContain(`campaign=${c.id}`);
      expect(new URL(oembed.thumbnail_url, new URL('/', page.url())).href).toBe(image);
      expect(ld['@type']).toBe('Article');
      expect(words(ld.headline)).toBe(title);
    });
  }

  test('the English page is in English, its story in French', async ({ page }) => {
    await page.goto('./en/campagnes/jeux-de-sotchi/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our campaigns');
    await expect(page.locator('.narrative [lang=fr]')).toContainText('Sotchi');
    expect(await meta(page, 'og:description')).toMatch(
      /^April 2014, partial victory: over 1 million/,
    );
    // Its language link leads to the French page, which works without JavaScript too.
    await page.getByRole('link', { name: /français/ }).click();
    await expect(page).toHaveURL(/\/campagnes\/jeux-de-sotchi\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('sitemap.xml lists every page, each at its canonical address', async ({ page, baseURL }) => {
    const xml = await (await page.request.get('./sitemap.xml')).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toHaveLength((campaigns.length + 1) * 2);
    const sitemapUrl = new URL('./sitemap.xml', baseURL);
    for (const loc of locs) {
      const url = new URL(loc, sitemapUrl).href;
      await page.goto(url);
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(new URL(canonical!, url).href).toBe(url);
    }
    const robots = await (await page.request.get('./robots.txt')).text();
    expect(robots).toMatch(/^User-agent: \*$/m);
  });
});

test('a campaign page hydrates into the explorer with that campaign open, never another view', async ({
  page,
}) => {
  // Marks the prerendered heading: if the app drew afresh, the heading would be a new node.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const heading = document.getElementById('panel-title');
      if (heading) {
        (heading as HTMLElement & { prerendered?: boolean }).prerendered = true;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./campagnes/jeux-de-sotchi/');
  // The map is only drawn by the app: it has started.
  await expect(page.locator('path[data-code]').first()).toBeVisible();
  const heading = page.getByRole('heading', { level: 2, name: /Sotchi/ });
  await expect(heading).toBeVisible();
  expect(
    await heading.evaluate((h) => (h as HTMLElement & { prerendered?: boolean }).prerendered),
  ).toBe(true);
  await expect(page.locator('.narrative')).toContainText('Sotchi');
  await expect(page.locator('html')).not.toHaveAttribute('data-pending', '');
  await expect(page.getByRole('table').getByRole('row', { name: /Sotchi/ })).toBeVisible();
  await expectAccessible(page, 'a campaign page');

  // Another campaign: the address becomes its page, in place (no new history entry).
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: /Campagne suivante/ }).click();
  await expect(page).toHaveURL(/\/campagnes\/(?!jeux-de-sotchi)[a-z0-9-]+\/$/);
  await expect(page).toHaveTitle(/ · Nos mobilisations$/);
  expect(await page.evaluate(() => history.length)).toBe(length);
  // Closing it: the address is the app's root again.
  await page.getByRole('button', { name: 'Fermer' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('every campaign page opens its campaign with JavaScript', async ({ page }) => {
  for (const c of campaigns) {
    await page.goto(`./campagnes/${c.id}/`);
    await expect(page.locator('path[data-code]').first()).toBeVisible();
    expect(words(await page.locator('#panel-title').innerText())).toBe(words(c.title));
    await expect(page).toHaveURL(new RegExp(`/campagnes/${c.id}/$`));
  }
});

test('an old ?campaign= link still opens the campaign, and the address becomes its page', async ({
  page,
}) => {
  await page.goto('./?campaign=crowdfunding-irak');
  await expect(page.getByRole('heading', { level: 2, name: /Irak/ })).toBeVisible();
  await expect(page).toHaveURL(/\/campagnes\/crowdfunding-irak\/$/);
});

test('« Copier le lien » copies the campaign’s page address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./campagnes/crowdfunding-irak/?period=2012');
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.getByText('Lien copié')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/campagnes\/crowdfunding-irak\/\?period=2012$/,
  );
});

test('the English page hydrates in English', async ({ page }) => {
  await page.goto('./en/campagnes/reportage-tv9/');
  await expect(page.locator('path[data-code]').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our campaigns');
  await expect(page.getByRole('heading', { level: 2, name: /TV9/ })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/campagnes\/reportage-tv9\/$/);
  await page.getByRole('link', { name: /français/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nos mobilisations');
  await expect(page).toHaveURL(/\/campagnes\/reportage-tv9\/$/);
  await expect(page).not.toHaveURL(/\/en\//);
});

test('« Intégrer » puts the view’s card, with the page’s alt text, in the snippet’s fallback link', async ({
  page,
  request,
}) => {
  await page.goto('./campagnes/jeux-de-sotchi/');
  const alt = await meta(page, 'og:image:alt');
  await page.getByRole('button', { name: 'Intégrer', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const code = dialog.getByRole('textbox', { name: 'Code à coller' });
  const unescape = (v: string) =>
    v
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  const card = async () => {
    const found = /<a [^>]*><img src="([^"]*)" alt="([^"]*)"/.exec(await code.inputValue());
    return found && { src: unescape(found[1]!), alt: unescape(found[2]!) };
  };
  await expect.poll(card).toEqual({
    src: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/cartes\/jeux-de-sotchi\.png$/),
    alt,
  });
  const png = await request.get((await card())!.src!);
  expect(png.headers()['content-type']).toBe('image/png');
  // The whole view's card once the snippet no longer opens on the campaign; English in English.
  await dialog.getByRole('checkbox', { name: /Ouvrir sur/ }).uncheck();
  await expect.poll(async () => (await card())?.src).toMatch(/\/cartes\/index\.png$/);
  await dialog.getByRole('radio', { name: 'English' }).check();
  await expect.poll(async () => (await card())?.src).toMatch(/\/cartes\/index\.en\.png$/);
  // The plain iframe has no fallback link.
  await dialog.getByRole('radio', { name: /iframe seule/ }).check();
  await expect(code).not.toHaveValue(/<img/);
});
