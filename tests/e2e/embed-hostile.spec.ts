/**
 * embed.js on a hostile partner page (tests/fixtures/host/hostile.html): sources that
 * would run script or load another site, a frame that lies about its height, and a
 * host address that tries to switch an embed's dataset or mode.
 */
import type { Frame, Page } from '@playwright/test';
import { embedFrame, events, expect, openList, recordEvents, test } from './embed-fixtures';

const BAD = {
  'bad-js': 'javascript:alert(document.domain)//',
  'bad-js-spaced': ' \tJaVa\nScRiPt:alert(document.domain)//',
  'bad-data':
    "data:text/html,<script>parent.postMessage({source:'campaign-explorer',version:1,type:'resize',height:99999},'*')</script>",
  'bad-origin': 'http://evil.example/?embed',
  'bad-protocol-relative': '//evil.example/?embed',
  'bad-relative': './?embed',
};

/** Every alert, confirm or prompt the page opens. */
function dialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

/** The compact embed's folded list says how many campaigns it holds. */
const listed = (frame: Frame, count: number) =>
  expect(frame.getByText(`Liste des campagnes (${count})`)).toBeVisible();
const src = (page: Page, id: string) => page.locator(`#${id} iframe`).getAttribute('src');

test('hostile sources get no iframe, run nothing, keep their link and a warning each', async ({
  page,
  servers,
  log,
}) => {
  const opened = dialogs(page);
  await page.goto(`${servers.host}/hostile.html`);
  const a = await embedFrame(page, '#good-a');
  const b = await embedFrame(page, '#good-b');

  for (const id of Object.keys(BAD)) {
    await expect(page.locator(`#${id} iframe`), id).toHaveCount(0);
    await expect(page.locator(`#${id}`).getByRole('link'), id).toHaveAttribute(
      'href',
      `${servers.app}/`,
    );
  }
  const refused = log.warnings.filter((w) => w.startsWith('CampaignExplorer:'));
  expect(refused).toEqual(
    Object.values(BAD).map((value) =>
      expect.stringContaining(`data-campaign-explorer="${value}" refused: `),
    ),
  );
  expect(refused[0]).toMatch(/refused: javascript: URLs are refused, only http\(s\)$/);
  expect(refused[2]).toMatch(/refused: data: URLs are refused/);
  expect(refused[3]).toContain(
    `refused: http://evil.example is not allowed (allowed: ${servers.app};`,
  );
  expect(refused[5]).toContain(`refused: ${servers.host} is not allowed`);
  expect(opened).toEqual([]);

  // The good ones work: A with the partner's own dataset, B sandboxed and dark.
  await listed(a, 3);
  await expect(a.getByRole('heading', { name: /Sotchi/, level: 2 })).toBeVisible();
  await expect(b.locator('html')).toHaveAttribute('data-theme', 'dark');
  await listed(b, 13);
  // A (not sandboxed) takes its height from its messages on the app's origin.
  const height = () =>
    page.locator('#good-a iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height));
  const content = () =>
    a.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await height()) - (await content())) <= 1).toBe(true);
  const settled = await height();

  // A's frame sent elsewhere: that page's window is the frame's, its origin is not the app's.
  await page.evaluate(() => {
    const w = window as unknown as { __done?: boolean };
    addEventListener('message', (event) => {
      if (event.data === 'resize-page-done') w.__done = true;
    });
  });
  const hash = await page.evaluate(() => location.hash);
  await page
    .locator('#good-a iframe')
    .evaluate((f: HTMLIFrameElement, url) => (f.src = url), `${servers.host}/resize.html`);
  await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done);
  expect(await height()).toBe(settled);
  expect(await page.evaluate(() => location.hash)).toBe(hash);
  expect(opened).toEqual([]);
});

test('the host page’s hash restores views only, never a dataset or a mode', async ({
  page,
  servers,
}) => {
  const injected = [
    'ce-1=' + encodeURIComponent('data=other.json&present&campaign=egalite-au-paraguay&embed'),
    'ce-2=' + encodeURIComponent('present&tour&slide=2&theme=light'),
  ].join('&');
  await page.goto(`${servers.host}/hostile.html#${injected}`);
  // A: its own data= and no present, the hash's campaign in place of its own.
  expect(await src(page, 'good-a')).toBe(
    `${servers.app}/?embed&data=data%2Fexample-small.json&campaign=egalite-au-paraguay`,
  );
  // B: nothing from the hash but an empty view; its own theme kept.
  expect(await src(page, 'good-b')).toBe(`${servers.app}/?embed&theme=dark`);
  const a = await embedFrame(page, '#good-a');
  const b = await embedFrame(page, '#good-b');
  await expect(a.locator('html')).toHaveAttribute('data-mode', 'embed');
  await expect(b.locator('html')).toHaveAttribute('data-mode', 'embed');
  await listed(a, 3);
  await expect(a.getByRole('heading', { name: /Paraguay/, level: 2 })).toBeVisible();
  await expect(b.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Choosing in A rewrites only A's key; B is untouched.
  await openList(a);
  await openList(b);
  await a
    .getByRole('table')
    .getByRole('button', { name: /FreeTheFive/ })
    .click();
  await expect(page).toHaveURL(/#ce-1=campaign%3Dchine-free-the-five$/);
  await expect(
    b.getByRole('table').getByRole('button', { name: /FreeTheFive/ }),
  ).not.toHaveAttribute('aria-current', 'true');

  // A reload with that deep link keeps the partner's dataset.
  await page.reload();
  expect(await src(page, 'good-a')).toBe(
    `${servers.app}/?embed&data=data%2Fexample-small.json&campaign=chine-free-the-five`,
  );
  const again = await embedFrame(page, '#good-a');
  await listed(again, 3);
  await expect(again.getByRole('heading', { name: /FreeTheFive/, level: 2 })).toBeVisible();
});

test('the API takes odd input: filter(null) clears, on() any name', async ({ page, servers }) => {
  await page.goto(`${servers.host}/hostile.html`);
  await embedFrame(page, '#good-b');
  await recordEvents(page, '#good-b');
  // Handlers under prototype names: they must neither throw nor ever be called.
  const filter = (value: object | null) =>
    page.evaluate((v) => {
      const api = (
        document.querySelector('#good-b') as unknown as {
          campaignExplorer: { filter(f: object | null): void; on(t: string, h: () => void): void };
        }
      ).campaignExplorer;
      for (const type of ['constructor', '__proto__', 'toString'])
        api.on(type, () => {
          throw new Error(`${type} handler called`);
        });
      api.filter(v);
    }, value);
  await filter({ country: 'UGA', period: '2013' });
  await expect
    .poll(async () => (await events(page, '#good-b', 'filter')).at(-1))
    .toEqual(expect.objectContaining({ country: 'UGA', period: '2013' }));
  await filter(null);
  await expect
    .poll(async () => (await events(page, '#good-b', 'filter')).at(-1))
    .toEqual(expect.objectContaining({ country: null, period: null }));
});
