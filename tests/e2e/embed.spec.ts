/**
 * Embedding, as a partner gets it: a host page on one origin (localhost) embeds
 * the app from another (127.0.0.1, strict CSP) with embed.js, in a sandboxed
 * iframe (`allow-scripts` only: opaque origin, no storage, no clipboard).
 */
import type { Frame, Page } from '@playwright/test';
import { embedFrame, events, expect, openList, recordEvents, test } from './embed-fixtures';
import axe from 'axe-core';
import { AXE_TAGS } from './fixtures';

const FTF = 'chine-free-the-five';

async function frameHeights(page: Page, selector: string) {
  const iframe = page.locator(`${selector} iframe`);
  const frame = await embedFrame(page, selector);
  return {
    iframe: await iframe.evaluate((f) => f.getBoundingClientRect().height),
    content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
  };
}

/** Waits until the iframe has the content's height, then checks it stays there. */
async function expectSettledHeight(page: Page, selector: string): Promise<number> {
  await expect
    .poll(async () => {
      const { iframe, content } = await frameHeights(page, selector);
      return Math.abs(iframe - Math.ceil(content)) <= 1;
    })
    .toBe(true);
  const samples: number[] = [];
  for (let i = 0; i < 6; i++) {
    samples.push((await frameHeights(page, selector)).iframe);
    await page.waitForTimeout(150);
  }
  expect(new Set(samples).size, `heights ${samples.join(', ')}`).toBe(1);
  return samples[0] ?? 0;
}

function listButton(frame: Frame, name: RegExp) {
  return frame.getByRole('table').getByRole('button', { name });
}

test('embed.js builds a titled, lazy, sandboxed iframe with the explorer inside', async ({
  page,
  servers,
}) => {
  await page.goto(`${servers.host}/index.html`);
  const iframe = page.locator('#embed-1 iframe');
  await expect(iframe).toHaveAttribute('title', 'Nos mobilisations : les campagnes d’All Out');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('allow', 'fullscreen; clipboard-write');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
  await expect(iframe).toHaveAttribute('src', `${servers.app}/?embed`);
  const frame = await embedFrame(page, '#embed-1');
  await expect(frame.locator('html')).toHaveAttribute('data-mode', 'embed');
  // Opaque origin: the frame cannot even read its storage, and the app never needs it.
  expect(await frame.evaluate(() => origin)).toBe('null');
  // The source credit stays.
  await expect(frame.getByText(/Source\s*: All\s*Out/)).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const width of [320, 768, 1280]) {
  test(`the iframe takes the content height and settles at ${width} px`, async ({
    page,
    servers,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${servers.host}/index.html`);
    const closed = await expectSettledHeight(page, '#embed-1');
    expect(closed).toBeGreaterThan(300);
    expect(closed).toBeLessThan(12_000);
    // Opening a campaign makes the content taller: the iframe follows, then settles again.
    const frame = await embedFrame(page, '#embed-1');
    await openList(frame);
    const listed = await expectSettledHeight(page, '#embed-1');
    expect(listed).toBeGreaterThan(closed);
    await listButton(frame, /#FreeTheFive/).click();
    await expect(frame.getByRole('heading', { name: /#FreeTheFive/, level: 2 })).toBeVisible();
    const open = await expectSettledHeight(page, '#embed-1');
    expect(open).toBeGreaterThan(listed);
    expect(open).toBeLessThan(16_000);
    // Chromium paints a cross-origin frame only within the viewport: make it the page's height.
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height: Math.min(pageHeight, 8000) });
    await expectSettledHeight(page, '#embed-1');
    await page.screenshot({
      path: `${process.env.SHOTS_DIR ?? 'test-results'}/embed-host-${width}.png`,
      fullPage: true,
    });
  });
}

/** The height embed.js gave the frame from the explorer's reports, once the same twice, 500 ms apart. */
async function settledReport(page: Page, selector: string): Promise<number> {
  const iframe = page.locator(`${selector} iframe`);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await iframe.evaluate((f) => f.style.height);
        const same = now === last && now.endsWith('px');
        last = now;
        return same;
      },
      { intervals: [500] },
    )
    .toBe(true);
  return parseFloat(last);
}

test('?embed is compact in an article’s column: the views, the panel when open, the list folded', async ({
  page,
  servers,
}) => {
  test.setTimeout(60_000);
  // The column's width, and the most the frame may take there with no campaign open.
  const floors: [number, number][] = [
    [320, 1300],
    [768, 900],
    [1280, 1000],
  ];
  for (const [width, most] of floors) {
    // The host's column is exactly `width` px (its padding is 1 rem on each side).
    await page.setViewportSize({ width: width + 32, height: 800 });
    await page.goto(`${servers.host}/index.html`);
    await page.evaluate(() =>
      document.querySelector('main')!.style.setProperty('max-width', 'none'),
    );
    const frame = await embedFrame(page, '#embed-1');
    expect(await page.locator('#embed-1 iframe').evaluate((f) => f.clientWidth)).toBe(width);
    const height = await settledReport(page, '#embed-1');
    expect(height, `${width} px`).toBeLessThanOrEqual(most);
    await expect(frame.locator('.map-slot svg').first()).toBeVisible();
    await expect(frame.locator('.timeline-slot')).toBeVisible();
    await expect(frame.getByRole('searchbox')).toBeHidden();
    await expect(frame.getByRole('table')).toBeHidden();
    // The list is one click away, all of it.
    await frame.getByText('Liste des campagnes (13)').click();
    await expect(frame.getByRole('table').getByRole('rowheader')).toHaveCount(13);
    expect(await settledReport(page, '#embed-1')).toBeGreaterThan(height);
  }
});

test('nothing in an embed depends on the viewport’s height: the content is as tall in any frame', async ({
  page,
  servers,
}) => {
  for (const layout of ['', '&layout=full'])
    for (const campaign of ['', '&campaign=ouganda-loi-anti-gay']) {
      const heights: number[] = [];
      for (const height of [600, 1400]) {
        await page.setViewportSize({ width: 1280, height });
        await page.goto(`${servers.app}/?embed${layout}${campaign}`);
        await expect(page.locator('.timeline-slot')).toBeVisible();
        heights.push(
          await page.evaluate(() => document.documentElement.getBoundingClientRect().height),
        );
      }
      expect(heights[0], `?embed${layout}${campaign}`).toBe(heights[1]);
    }
});

test('&layout=full embeds the whole page, and the URL keeps it', async ({ page, servers }) => {
  await page.goto(`${servers.app}/?embed&layout=full&tag=sport`);
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.locator('details.list-fold')).toHaveCount(0);
  await page.getByRole('table').getByRole('button').nth(1).click();
  await expect(page).toHaveURL(/\?embed&layout=full&campaign=/);
});

test('the embed announces itself with every campaign id and its view', async ({
  page,
  servers,
}) => {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const w = window as unknown as { __raw: unknown[] };
    w.__raw = [];
    addEventListener('message', (event) => w.__raw.push(event.data));
  });
  await page.goto(`${servers.host}/two.html`);
  const raw = () => page.evaluate(() => (window as unknown as { __raw: unknown[] }).__raw);
  await expect
    .poll(async () => (await raw()).filter((m) => (m as { type?: string }).type === 'ready').length)
    .toBe(2);
  const ready = (await raw()).find(
    (m) =>
      (m as { type?: string; state?: { campaign?: string } }).type === 'ready' &&
      (m as { state: { campaign: string | null } }).state.campaign === FTF,
  ) as { ids: string[]; state: unknown; source: string; version: number };
  expect(ready.source).toBe('campaign-explorer');
  expect(ready.version).toBe(1);
  expect(ready.ids).toHaveLength(13);
  expect(ready.ids).toContain(FTF);
  expect(ready.state).toEqual({
    query: `campaign=${FTF}`,
    campaign: FTF,
    country: null,
    period: null,
  });
  // The resize message also comes in the AMP and embed.ly dialects.
  const all = await raw();
  expect(all).toContainEqual(expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }));
  expect(all.some((m) => typeof m === 'string' && JSON.parse(m).context === 'iframe.resize')).toBe(
    true,
  );
});

test('select from the host opens the campaign and the select event comes back', async ({
  page,
  servers,
}) => {
  await page.goto(`${servers.host}/index.html`);
  const frame = await embedFrame(page, '#embed-1');
  await recordEvents(page, '#embed-1');
  await page.evaluate(
    (id) =>
      (
        window as unknown as { CampaignExplorer: { select(id: string): void } }
      ).CampaignExplorer.select(id),
    FTF,
  );
  await expect
    .poll(() => events(page, '#embed-1', 'select'))
    .toEqual([expect.objectContaining({ type: 'select', id: FTF })]);
  await openList(frame);
  await expect(listButton(frame, /#FreeTheFive/)).toHaveAttribute('aria-current', 'true');
  await expect(frame.getByRole('heading', { name: /#FreeTheFive/, level: 2 })).toBeVisible();
  const state = (await events(page, '#embed-1', 'state')).at(-1) as { query: string };
  expect(state.query).toBe(`campaign=${FTF}`);

  // filter and reset, in URL forms.
  await page.evaluate(() => {
    const api = (
      document.querySelector('#embed-1') as unknown as {
        campaignExplorer: { filter(f: object): void };
      }
    ).campaignExplorer;
    api.filter({ country: 'CHN', period: '2015' });
  });
  await expect
    .poll(async () => (await events(page, '#embed-1', 'filter')).at(-1))
    .toEqual(expect.objectContaining({ country: 'CHN', period: '2015' }));
  await page.evaluate(() =>
    (window as unknown as { CampaignExplorer: { reset(): void } }).CampaignExplorer.reset(),
  );
  await expect
    .poll(async () => (await events(page, '#embed-1', 'select')).at(-1))
    .toEqual(expect.objectContaining({ id: null }));
  await expect(frame.getByRole('table').getByRole('rowheader')).toHaveCount(13);

  // With allow="clipboard-write" the panel's copy-link button works even in the sandbox.
  await listButton(frame, /#FreeTheFive/).click();
  await frame.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(frame.getByRole('status').filter({ hasText: 'Lien copié' })).toBeVisible();
});

test('a host URL with a deep link opens that campaign, and the view is mirrored back', async ({
  page,
  servers,
}) => {
  await page.goto(`${servers.host}/index.html#ce-1=campaign%3D${FTF}%26period%3D2015`);
  await expect(page.locator('#embed-1 iframe')).toHaveAttribute(
    'src',
    `${servers.app}/?embed&campaign=${FTF}&period=2015`,
  );
  const frame = await embedFrame(page, '#embed-1');
  await openList(frame);
  await expect(listButton(frame, /#FreeTheFive/)).toHaveAttribute('aria-current', 'true');
  // Selecting another campaign inside the frame rewrites the host's hash, not its history.
  const length = await page.evaluate(() => history.length);
  await frame
    .getByRole('button', { name: /Fermer|Close/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#ce-1=period%3D2015$/);
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('the host Back button is unaffected by what happens inside the iframe', async ({
  page,
  servers,
}) => {
  await page.goto(`${servers.host}/iframe.html`);
  await page.goto(`${servers.host}/index.html`);
  const frame = await embedFrame(page, '#embed-1');
  const length = await page.evaluate(() => history.length);
  // The compact embed's list, then what it writes to the frame's URL (the search is in the full page).
  await openList(frame);
  await listButton(frame, /#FreeTheFive/).click();
  await listButton(frame, /TV9/).click();
  await frame.getByRole('button', { name: /^Date/ }).click();
  await frame.getByRole('link', { name: /English/ }).click();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.goBack();
  await expect(page).toHaveURL(/iframe\.html$/);
});

test('hundreds of malformed messages change nothing and log nothing', async ({
  page,
  servers,
  log,
}) => {
  await page.goto(`${servers.host}/index.html`);
  const frame = await embedFrame(page, '#embed-1');
  await recordEvents(page, '#embed-1');
  const before = await frame.evaluate(() => location.search);
  const warningsBefore = log.warnings.length;
  await page.evaluate(() => {
    const target = document.querySelector<HTMLIFrameElement>('#embed-1 iframe')!.contentWindow!;
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    const huge = 'x'.repeat(200_000);
    const values = [
      null,
      undefined,
      0,
      -1,
      NaN,
      '',
      huge,
      true,
      [],
      {},
      [1, 2],
      { id: 'chine-free-the-five' },
      'chine-free-the-five ',
    ];
    const messages: unknown[] = [
      null,
      undefined,
      0,
      'select',
      huge,
      [],
      [{}],
      JSON.stringify({ source: 'campaign-explorer-host', version: 1, type: 'reset' }),
    ];
    for (let i = 0; i < 400; i++) {
      messages.push({
        source: pick([
          'campaign-explorer-host',
          'campaign-explorer',
          'Campaign-Explorer-Host',
          null,
          huge,
        ]),
        version: pick([1, 2, 0, '1', null, [1]]),
        type: pick(['select', 'filter', 'theme', 'resize', 'ready', 'state', 'SELECT', '', null]),
        id: pick([...values, 'nope', 1, ['chine-free-the-five']]),
        country: pick([...values, 'XXX', 'FR', 250]),
        period: pick([...values, '2014..2012', '2012..2013..2014', 'soon']),
        theme: pick([...values, 'sepia', 'DARK']),
      });
    }
    // Well-formed but refused: wrong source, version, or an unknown id.
    messages.push({
      source: 'campaign-explorer-host',
      version: 2,
      type: 'select',
      id: 'chine-free-the-five',
    });
    messages.push({
      source: 'campaign-explorer',
      version: 1,
      type: 'select',
      id: 'chine-free-the-five',
    });
    messages.push({ source: 'campaign-explorer-host', version: 1, type: 'select', id: 'nope' });
    for (const message of messages) target.postMessage(message, '*');
  });
  // A message from the frame to itself (not from its parent) is ignored too.
  await frame.evaluate(() =>
    postMessage(
      { source: 'campaign-explorer-host', version: 1, type: 'select', id: 'reportage-tv9' },
      '*',
    ),
  );
  // A valid message after them all: once it is handled, every earlier one was.
  await page.evaluate(() =>
    document
      .querySelector<HTMLIFrameElement>('#embed-1 iframe')!
      .contentWindow!.postMessage(
        { source: 'campaign-explorer-host', version: 1, type: 'theme', theme: 'dark' },
        '*',
      ),
  );
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await frame.evaluate(() => location.search)).toBe(before);
  expect(await events(page, '#embed-1', 'select')).toEqual([]);
  expect(await events(page, '#embed-1', 'filter')).toEqual([]);
  expect(await events(page, '#embed-1', 'state')).toEqual([]);
  await openList(frame);
  await expect(frame.getByRole('table').getByRole('rowheader')).toHaveCount(13);
  expect(log.warnings.slice(warningsBefore)).toEqual([]);
});

test('two embeds on one page are independent', async ({ page, servers }) => {
  await page.goto(`${servers.host}/two.html`);
  const a = await embedFrame(page, '#embed-a');
  const b = await embedFrame(page, '#embed-b');
  await recordEvents(page, '#embed-a');
  await recordEvents(page, '#embed-b');
  await openList(a);
  await openList(b);
  await expect(listButton(a, /#FreeTheFive/)).toHaveAttribute('aria-current', 'true');
  await expect(b.locator('html')).toHaveAttribute('lang', 'en');
  await expect(b.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.evaluate(() =>
    (
      document.querySelector('#embed-b') as unknown as {
        campaignExplorer: { select(id: string): void };
      }
    ).campaignExplorer.select('reportage-tv9'),
  );
  await expect(listButton(b, /TV9/)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => events(page, '#embed-b', 'select')).toHaveLength(1);
  expect(await events(page, '#embed-a', 'select')).toEqual([]);
  await expect(listButton(a, /#FreeTheFive/)).toHaveAttribute('aria-current', 'true');
  await expect(listButton(a, /TV9/)).not.toHaveAttribute('aria-current', 'true');
  // Each mirrors its own view under its own key.
  await expect(page).toHaveURL(/ce-1=campaign%3Dchine-free-the-five/);
  await expect(page).toHaveURL(/ce-2=campaign%3Dreportage-tv9%26lang%3Den/);
  // The two iframes took their own heights.
  const heights = await page
    .locator('iframe')
    .evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
  expect(heights[0]).not.toBe(heights[1]);
});

test('without clipboard permission, copy-link shows the link to copy by hand', async ({
  page,
  servers,
}) => {
  await page.goto(`${servers.host}/locked.html`);
  const frame = page.frameLocator('#locked');
  await frame.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(frame.getByRole('textbox', { name: 'Copier le lien' })).toHaveValue(
    /campaign=chine-free-the-five/,
  );
});

test('a plain iframe without the script keeps a 4:3 shape', async ({ page, servers }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`${servers.host}/iframe.html`);
  const iframe = page.locator('#plain');
  const box = await iframe.boundingBox();
  expect(box).not.toBeNull();
  expect(Math.round(box!.height)).toBe(Math.round((box!.width * 3) / 4));
  const frame = page.frameLocator('#plain');
  await frame.getByText('Liste des campagnes (13)').click();
  await expect(
    frame
      .getByRole('table')
      .getByRole('button', { name: /Ouganda/ })
      .first(),
  ).toBeVisible();
});

test('only listed hosts may command an embed that sets ?hosts=', async ({ page, servers }) => {
  await page.goto(`${servers.host}/index.html`);
  await embedFrame(page, '#embed-1');
  for (const [id, hosts] of [
    ['locked', 'https://partner.example'],
    ['open', servers.host],
  ]) {
    await page.evaluate(
      ([id, src]) => {
        const div = document.createElement('div');
        div.id = id!;
        div.dataset.campaignExplorer = src;
        div.dataset.title = id;
        div.dataset.sandbox = 'allow-scripts';
        document.querySelector('main')!.append(div);
        (window as unknown as { CampaignExplorer: { scan(): void } }).CampaignExplorer.scan();
      },
      [id, `${servers.app}/?embed&hosts=${encodeURIComponent(hosts!)}`],
    );
    await embedFrame(page, `#${id}`);
    await page.evaluate(
      (id) =>
        (
          document.getElementById(id!) as unknown as {
            campaignExplorer: { select(id: string): void };
          }
        ).campaignExplorer.select('chine-free-the-five'),
      id,
    );
  }
  const open = await embedFrame(page, '#open');
  await openList(open);
  await expect(listButton(open, /#FreeTheFive/)).toHaveAttribute('aria-current', 'true');
  const locked = await embedFrame(page, '#locked');
  await openList(locked);
  await expect(listButton(locked, /#FreeTheFive/)).not.toHaveAttribute('aria-current', 'true');
});

/**
 * axe run inside an embedded document, as its own page. Not AxeBuilder on the host:
 * it injects axe into child frames under a 1 s limit and quietly skips a frame that
 * misses it (dequelabs/axe-core-npm#1060), which a busy 2-core machine sometimes did.
 */
async function axeInFrame(frame: Frame) {
  await frame.evaluate(axe.source);
  return frame.evaluate(
    (values) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values },
      }),
    AXE_TAGS,
  );
}

test('the embedded explorer passes axe, closed and with a campaign open', async ({
  page,
  servers,
}) => {
  await page.goto(`${servers.host}/two.html`);
  // Each frame on its own: landmarks are unique within each embedded document.
  for (const selector of ['#embed-a', '#embed-b']) {
    const results = await axeInFrame(await embedFrame(page, selector));
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`),
      selector,
    ).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  }
});

test('theme and accent apply, and an unreadable accent is refused with a warning', async ({
  page,
  servers,
  log,
}) => {
  await page.goto(`${servers.app}/?embed&theme=light&accent=%230057b8`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // What the app set on <html> (through the CSSOM), per colour scheme. Polled: the
  // colour maths load on demand, after the prerendered page is already shown.
  const inline = (name: string) =>
    page.evaluate((n) => document.documentElement.style.getPropertyValue(n), name);
  await expect.poll(() => inline('--accent')).toBe('light-dark(rgb(0 87 184), #ff7ab8)');
  expect(await inline('--accent-text')).toBe('light-dark(#ffffff, #121418)');
  const used = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--accent'),
  );
  expect(used).toContain('0 87 184');
  expect(log.warnings).toEqual([]);

  await page.goto(`${servers.app}/?embed&theme=light&accent=gold`);
  await expect
    .poll(() => log.warnings.join('\n'))
    .toMatch(/accent "gold" is below the WCAG AA contrast/);
  expect(await inline('--accent')).toBe('');
  await page.goto(`${servers.app}/?embed&theme=dark&accent=url(x)`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => log.warnings.join('\n')).toMatch(/accent "url\(x\)" is not a colour/);
  expect(await inline('--accent')).toBe('');
  // hsl() and named colours are read by the browser; dark text goes on a light accent.
  await page.goto(`${servers.app}/?theme=dark&accent=hsl(45,100%,65%)`);
  await expect
    .poll(() => inline('--accent'))
    .toMatch(/^light-dark\(#b0136a, rgb\(255 \d+ \d+\)\)$/);
  expect(await inline('--accent-text')).toBe('light-dark(#ffffff, #121418)');
});
