import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/** Holds every request matching `url` until the returned function is called. */
async function hold(page: Page, url: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const APP_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

test('a campaign deep link opens that campaign', async ({ page }) => {
  await page.goto('./?campaign=chine-free-the-five');
  await expect(page.getByRole('button', { name: /#FreeTheFive/ }).first()).toBeVisible();
  await expect(
    page.getByRole('table').getByRole('button', { name: /#FreeTheFive/ }),
  ).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/\/campagnes\/chine-free-the-five\/$/);
});

test('a period deep link filters the list and keeps the URL', async ({ page }) => {
  await page.goto('./?period=2012..2014');
  const rows = page.getByRole('table').getByRole('rowheader');
  // 2012: 4 campaigns, 2013: 3, 2014: 2.
  await expect(rows).toHaveCount(9);
  await expect(page).toHaveURL(/period=2012\.\.2014/);
});

test('a country deep link dims the other campaigns', async ({ page }) => {
  await page.goto('./?country=UGA');
  await expect(page.locator('tbody tr:not(.background)')).toHaveCount(2);
  await expect(page.locator('tbody tr.background')).toHaveCount(11);
});

test('tag, outcome and search links filter every view', async ({ page }) => {
  await page.goto('./?tag=transidentité&outcome=victory');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Filtres (2)' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Retirer le filtre\u00a0: transidentité' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Filtres (2)' }).click();
  await expect(
    page.getByRole('group', { name: 'Thèmes' }).getByRole('button', { name: 'transidentité' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.goto('./?q=sterilisation');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(1);
  await expect(page.getByRole('searchbox')).toHaveValue('sterilisation');
});

test('unknown or malformed values show a notice and the default view', async ({ page }) => {
  await page.goto('./?campaign=nope&period=2014..2012&metric=gdp&colour=red');
  const notices = page.getByRole('status').filter({ hasText: 'inconnu' });
  await expect(
    page.getByText('Campagne inconnue «\u202fnope\u202f»\u00a0: vue par défaut.'),
  ).toBeVisible();
  await expect(page.getByText(/Période illisible/)).toBeVisible();
  await expect(page.getByText(/Valeur inconnue pour metric/)).toBeVisible();
  await expect(page.getByText(/Paramètre inconnu/)).toBeVisible();
  await expect(notices.first()).toBeVisible();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(13);
  await expectAccessible(page, 'notices');
  // The bad values leave the URL.
  await expect(page).toHaveURL(/\/$/);
});

test('the search box filters as one types and the URL keeps it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox').fill('OUGANDA');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(2);
  await expect(page).toHaveURL(/q=OUGANDA/);
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(13);
});

test('?lang=en switches the interface to English and keeps narratives French', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our campaigns');
  await expect(page).toHaveTitle(/^Our campaigns · /);
  await expect(page.getByRole('row', { name: /#FreeTheFive/ })).toContainText('April 2015');
  await expectAccessible(page, 'English interface');
  await page.getByRole('link', { name: /français/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nos mobilisations');
  await expect(page).toHaveTitle(/^Nos mobilisations · /);
  await expect(page).not.toHaveURL(/lang=/);
});

for (const [mode, query] of [
  ['embed', 'embed&theme=dark'],
  ['present', 'present'],
] as const) {
  test(`?${query} never shows the prerendered full page before its own view`, async ({ page }) => {
    const release = await hold(page, APP_SCRIPT);
    await page.goto(`./?${query}`, { waitUntil: 'commit' });
    await expect(
      page.getByRole('status').filter({ hasText: 'Chargement des campagnes…' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Présenter' })).toBeHidden();
    // A host's dark theme holds from the first paint, not once the app has run.
    if (query.includes('theme=dark'))
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    release();
    await expect(page.locator('html')).toHaveAttribute('data-mode', mode);
    await expect(page.getByText('Chargement des campagnes…')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Nos mobilisations' }).first()).toBeVisible();
  });
}

/** The loading notes of index.html, French and English: one shows at a time. */
const LOADING = /Chargement des campagnes…|Loading the campaigns…/;

for (const [query, drawn, note] of [
  ['campaign=egalite-au-paraguay', 'the campaign', 'Chargement des campagnes…'],
  ['lang=en&period=2013', 'the English view of 2013', 'Loading the campaigns…'],
] as const) {
  test(`a deep link (?${query}) never shows the default view before ${drawn}`, async ({ page }) => {
    const release = await hold(page, APP_SCRIPT);
    await page.goto(`./?${query}`, { waitUntil: 'commit' });
    // Said in the link's language, once.
    const loading = page.getByRole('status').filter({ hasText: LOADING });
    await expect(loading).toHaveText(note);
    await expect(page.locator('html')).toHaveAttribute(
      'lang',
      query.includes('lang=en') ? 'en' : 'fr',
    );
    // The prerendered page is the default view: its 13 campaigns may not show meanwhile.
    await expect(page.getByRole('table')).toBeHidden();
    release();
    await expect(loading).toHaveCount(0);
    if (query.startsWith('campaign')) {
      await expect(
        page.getByRole('heading', { name: 'Égalité au Paraguay', level: 2 }),
      ).toBeVisible();
    } else {
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
    }
  });
}

test('an English link is drawn in English from its first frame, notices included', async ({
  page,
}) => {
  const release = await hold(page, /\/assets\/en-[\w-]+\.js$/);
  const asked = page.waitForRequest(/\/assets\/en-[\w-]+\.js$/);
  await page.goto('./?lang=en&tag=nope', { waitUntil: 'commit' });
  await asked;
  // The catalogue is asked for before the app draws, which then waits for it under the English note.
  await expect(page.getByRole('status').filter({ hasText: LOADING })).toHaveText(
    'Loading the campaigns…',
  );
  await expect(page.getByRole('heading', { name: 'Nos mobilisations' })).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our campaigns');
  await expect(page.getByText(/^Unknown value for tag: .nope., ignored\.$/).first()).toBeVisible();
});

test('the default view shows its prerendered campaigns before the app script runs', async ({
  page,
}) => {
  const release = await hold(page, APP_SCRIPT);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(13);
  await expect(page.getByRole('status').filter({ hasText: LOADING })).toHaveCount(0);
  release();
});

test.describe('?data= loads another dataset from this site', () => {
  test('a valid file replaces the campaigns', async ({ page }) => {
    await page.goto('./?data=data/example-small.json');
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
  });

  test('the example with its narratives apart shows a story from its second file', async ({
    page,
  }) => {
    const narratives = page.waitForRequest('**/data/example-split.narratives.json');
    await page.goto('./?data=data/example-split.json&campaign=chine-free-the-five');
    await narratives;
    await expect(page.getByRole('complementary').getByText(/^Dès que 5 militantes/)).toBeVisible();
  });

  test('until the file arrives, a loading note stands in for the default campaigns', async ({
    page,
  }) => {
    const release = await hold(page, '**/data/example-small.json');
    await page.goto('./?data=data/example-small.json');
    await expect(
      page.getByRole('status').filter({ hasText: 'Chargement des campagnes…' }),
    ).toBeVisible();
    // The prerendered page holds the 13 default campaigns: none of them may show meanwhile.
    await expect(page.getByRole('table')).toBeHidden();
    await expect(page.getByRole('button', { name: /FreeTheFive/ })).toHaveCount(0);
    release();
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
    await expect(page.getByText('Chargement des campagnes…')).toBeHidden();
  });

  test('the file is asked for once, before the app script has arrived', async ({ page }) => {
    // Hold the app's entry script: the file must be requested without it.
    const release = await hold(page, APP_SCRIPT);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/data/example-small.json')) requests.push(request.url());
    });
    const asked = page.waitForRequest('**/data/example-small.json');
    await page.goto('./?data=data/example-small.json', { waitUntil: 'commit' });
    await asked;
    release();
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
    expect(requests).toHaveLength(1);
  });

  test('a missing file says so and offers the default campaigns', async ({ page }) => {
    await page.goto('./?data=data/nope.json');
    await expect(page.getByRole('alert')).toContainText('data/nope.json: not found');
    await page.getByRole('link', { name: 'Ouvrir les campagnes par défaut' }).click();
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(13);
  });

  test('a file that is not JSON, or breaks the schema, is named with the problem', async ({
    page,
  }) => {
    await page.route('**/data/broken.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"campaigns": [ oops ]}' }),
    );
    await page.goto('./?data=data/broken.json');
    await expect(page.getByRole('alert')).toContainText(
      'data/broken.json › (json): not valid JSON',
    );
    await page.route('**/data/wrong.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"campaigns": 3}' }),
    );
    await page.goto('./?data=data/wrong.json');
    await expect(page.getByRole('alert')).toContainText('data/wrong.json › campaigns');
  });

  test('another origin is refused without a request', async ({ page }) => {
    await page.goto('./?data=https://elsewhere.example/campaigns.json');
    await expect(page.getByRole('alert')).toContainText('refused — only files from this site');
    await expectAccessible(page, 'data error');
  });
});
