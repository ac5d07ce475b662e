/**
 * The app served with the strict Content-Security-Policy the README gives
 * (no inline script or style, no eval, nothing but 'self'): every view and every
 * lazily loaded part works with zero violations. Violations are reported by a
 * `securitypolicyviolation` listener in every frame (see embed-fixtures.ts).
 */
import { expect, test } from './embed-fixtures';

test('the server sends the strict policy', async ({ page, servers }) => {
  const response = await page.goto(`${servers.app}/`);
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
});

test('the explorer works under the strict CSP with zero violations', async ({
  page,
  servers,
  log,
}) => {
  await page.goto(`${servers.app}/`);
  const list = page.getByRole('table');
  await expect(list.getByRole('rowheader')).toHaveCount(13);
  // A selection opens the panel (styles set at run time go through the CSSOM).
  await list.getByRole('button', { name: /#FreeTheFive/ }).click();
  await expect(page.getByRole('heading', { name: /#FreeTheFive/, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Filtres' }).click();
  await page.getByRole('button', { name: 'transidentité' }).click();
  await page.getByRole('searchbox').fill('ouganda');
  await page.getByRole('searchbox').fill('');
  // The English catalogue is a lazily loaded module.
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The « Intégrer » dialog: a lazy chunk with its own stylesheet and a same-origin preview frame.
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Embed the explorer/ });
  await expect(dialog).toBeVisible();
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByText(/^List of campaigns \(\d+\)$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(log.violations).toEqual([]);
});

for (const query of [
  '?embed',
  '?embed&campaign=ouganda-loi-anti-gay&theme=dark&accent=%23ff9ecf',
]) {
  test(`embed mode works under the strict CSP: ${query}`, async ({ page, servers, log }) => {
    await page.goto(`${servers.app}/${query}`);
    // The prerendered list is there before the app: wait for the map, which only the app draws.
    await expect(page.locator('path[data-code]').first()).toBeVisible();
    // The compact embed's list is behind its disclosure.
    await page.getByText('Liste des campagnes (13)').click();
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(13);
    await page.getByRole('table').getByRole('button', { name: /TV9/ }).click();
    await expect(page.getByRole('heading', { name: /TV9/, level: 2 })).toBeVisible();
    expect(log.violations).toEqual([]);
  });
}

test('the built HTML carries no inline script, inline style or style attribute', async ({
  page,
  servers,
}) => {
  const response = await page.request.get(`${servers.app}/`);
  const html = await response.text();
  // JSON-LD is data, never run: the policy governs scripts that execute.
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/);
  expect(html).not.toMatch(/<style[\s>]/);
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).toContain('type="application/json+oembed"');
  const oembed = await (await page.request.get(`${servers.app}/oembed.json`)).json();
  expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 600 });
  expect(oembed.html).toMatch(/^<iframe src="[^"]*\?embed" title="[^"]+" loading="lazy"/);
});

test('embed.js stays under its 3 KB gzip budget', async ({ page, servers }) => {
  const response = await page.request.get(`${servers.app}/embed.js`, {
    headers: { 'accept-encoding': 'identity' },
  });
  const body = await response.body();
  const { gzipSync } = await import('node:zlib');
  expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
});

test('the entry script asks Chromium to compile all of it off the main thread', async ({
  page,
  servers,
}) => {
  const html = await (await page.request.get(`${servers.app}/`)).text();
  const entry = /<script type="module" crossorigin src="\.\/([^"]+)">/.exec(html)?.[1];
  expect(entry).toMatch(/^assets\/index-[\w-]+\.js$/);
  const code = await (await page.request.get(`${servers.app}/${entry}`)).text();
  // V8's explicit compile hint covers the code after it: on the first line, all of it.
  expect(code.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  const lazy = /"\.\/(PresentStage-[\w-]+\.js)"/.exec(code)?.[1];
  expect(lazy).toBeDefined();
  const lazyCode = await (await page.request.get(`${servers.app}/assets/${lazy}`)).text();
  expect(lazyCode).not.toContain('allFunctionsCalledOnLoad');
});

test('a campaign’s page and its English twin hydrate under the strict CSP with zero violations', async ({
  page,
  servers,
  log,
}) => {
  for (const path of ['campagnes/jeux-de-sotchi/', 'en/campagnes/reportage-tv9/']) {
    const html = await (await page.request.get(`${servers.app}/${path}`)).text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    await page.goto(`${servers.app}/${path}`);
    await expect(page.locator('path[data-code]').first()).toBeVisible();
    await expect(page.locator('#panel-title')).toBeVisible();
  }
  expect(log.violations).toEqual([]);
});
