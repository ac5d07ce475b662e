/**
 * `?data=` against a hostile server (tests/e2e/hostile.ts serves the built app under
 * the strict CSP): redirects elsewhere are refused and say so, redirects within the
 * site work, a server that never answers is given up on with a way out, and odd
 * files (a BOM, Latin-1, campaign ids named like Object.prototype's keys) are read
 * by the same rules as check:data.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readDataset } from '../../scripts/check-data-lib';
import { splitNarratives } from '../../scripts/split-narratives';
import { expect, expectAccessible } from './fixtures';
import { hostileTest as test, type HostileServer } from './hostile';

/** The same server under another name: another origin, with a valid dataset at that path. */
const elsewhere = (hostile: HostileServer, path: string) =>
  `${hostile.origin.replace('127.0.0.1', 'localhost')}${path}`;

const rows = (page: Page) => page.getByRole('table').getByRole('rowheader');

test.describe('redirects', () => {
  // Chromium's own line when same-origin mode stops a redirect to another origin.
  test.use({ expectedConsoleErrors: [/^Unsafe attempt to load URL .* must match/s] });

  test('a dataset redirected to another site is refused, saying so, with nothing asked of that site', async ({
    page,
    hostile,
  }) => {
    hostile.misbehave(/^\/data\/moved\.json/, {
      kind: 'redirect',
      to: elsewhere(hostile, '/data/example-small.json'),
    });
    await page.goto('./?data=data/moved.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      `data/moved.json: refused — it redirects to another site, and only files from this site (${hostile.origin}) can be loaded`,
    );
    await expect(alert).not.toContainText('Failed to fetch');
    await expect(rows(page)).toHaveCount(0);
    await expectAccessible(page, 'a dataset redirected elsewhere');
  });

  test('a narratives file redirected to another site is refused where the story would be', async ({
    page,
    hostile,
  }) => {
    hostile.misbehave(/^\/data\/example-split\.narratives\.json/, {
      kind: 'redirect',
      status: 307,
      to: elsewhere(hostile, '/data/example-split.narratives.json'),
    });
    await page.goto('./?data=data/example-split.json&campaign=chine-free-the-five');
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('alert')).toContainText(
      'data/example-split.narratives.json: refused — it redirects to another site',
    );
    await expect(panel.getByText(/^Dès que 5 militantes/)).toHaveCount(0);
    // The campaigns themselves came from this site and stay.
    await expect(rows(page)).toHaveCount(3);
  });

  test('a redirect within the site is followed, for the dataset and its narratives', async ({
    page,
    hostile,
  }) => {
    hostile.misbehave(/^\/data\/moved\.json$/, {
      kind: 'redirect',
      status: 301,
      to: '/data/example-split.json',
    });
    // The narratives' address is resolved against the dataset's as asked (data/), then
    // redirected to the same file under another address of this site.
    hostile.misbehave(/^\/data\/example-split\.narratives\.json$/, {
      kind: 'redirect',
      to: `${hostile.origin}/data/example-split.narratives.json?moved`,
    });
    await page.goto('./?data=data/moved.json&campaign=chine-free-the-five');
    await expect(rows(page)).toHaveCount(3);
    const panel = page.getByRole('complementary');
    await expect(panel.getByText(/^Dès que 5 militantes/)).toBeVisible();
    expect(hostile.requests).toContain('/data/example-split.narratives.json?moved');
  });
});

test.describe('a server that does not answer', () => {
  test('a hanging dataset is given up on after 20 s, with a retry and the default campaigns', async ({
    page,
    hostile,
  }) => {
    await page.clock.install();
    hostile.misbehave(/^\/data\/hang\.json/, { kind: 'hang' });
    await page.goto('./?data=data/hang.json');
    await expect(
      page.getByRole('status').filter({ hasText: 'Chargement des campagnes…' }),
    ).toBeVisible();
    const alert = page.getByRole('alert');
    // The deadline starts once the loader runs: move the clock on until it has passed.
    await expect(async () => {
      await page.clock.fastForward(20_000);
      await expect(alert).toBeVisible({ timeout: 500 });
    }).toPass();
    await expect(alert).toContainText(
      'data/hang.json: no complete answer within 20 s (the server may be down or too slow)',
    );
    await expect(page.getByText('Chargement des campagnes…')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Réessayer' })).toHaveAttribute(
      'href',
      `${hostile.origin}/?data=data/hang.json`,
    );
    await expectAccessible(page, 'a dataset that never came');
    await page.getByRole('link', { name: 'Ouvrir les campagnes par défaut' }).click();
    await expect(rows(page)).toHaveCount(13);
  });
});

test.describe('a server error', () => {
  // Chromium logs every HTTP error status it receives.
  test.use({ expectedConsoleErrors: [/status of 503/] });

  test('the error page speaks English under lang=en, and its retry tries again', async ({
    page,
    hostile,
  }) => {
    hostile.misbehave(/^\/data\/example-small\.json/, { kind: 'fail', times: 1 });
    await page.goto('./?data=data/example-small.json&lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The dataset “data/example-small.json” cannot be used:');
    await expect(alert).toContainText('data/example-small.json: cannot load it (HTTP 503)');
    await expect(page.getByRole('link', { name: 'Open the default campaigns' })).toBeVisible();
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect(rows(page)).toHaveCount(3);
  });
});

test.describe('the bytes of a file, as check:data reads them', () => {
  const serveBytes = (page: Page, path: string, body: Buffer | string) =>
    page.route(`**/data/${path}`, (route) =>
      route.fulfill({ contentType: 'application/json', body }),
    );

  test('a file that starts with a byte order mark loads', async ({ page }) => {
    await serveBytes(page, 'bom.json', readFileSync('tests/fixtures/valid-small-bom.json'));
    await page.goto('./?data=data/bom.json');
    await expect(rows(page)).toHaveCount(3);
  });

  test('a file that is not UTF-8 is refused, naming the byte', async ({ page }) => {
    await serveBytes(page, 'latin1.json', readFileSync('tests/fixtures/broken/not-utf8.json'));
    await page.goto('./?data=data/latin1.json');
    await expect(page.getByRole('alert')).toContainText(
      'data/latin1.json › (encoding): not valid UTF-8 at byte 197',
    );
  });

  test('the stories of campaigns named constructor and prototype, kept apart, are found', async ({
    page,
  }) => {
    const read = readDataset('tests/fixtures/odd-ids.json');
    if (!read.ok) throw new Error(read.lines.join('\n'));
    const split = splitNarratives(read.dataset, 'odd.narratives.json', read.narratives);
    await serveBytes(page, 'odd.json', JSON.stringify(split.dataset));
    await serveBytes(page, 'odd.narratives.json', JSON.stringify(split.narratives));
    await page.goto('./?data=data/odd.json&campaign=constructor');
    const panel = page.getByRole('complementary');
    await expect(panel.getByText(/^Dès que 5 militantes/)).toBeVisible();
    await page
      .getByRole('table')
      .getByRole('button', { name: /Paraguay/ })
      .click();
    await expect(panel.getByText(/^Les personnes gays, lesbiennes et trans/)).toBeVisible();
    await expect(panel.getByRole('alert')).toHaveCount(0);
  });
});
