/**
 * Pieces that load on demand, when the network fails them: each says so, offers a
 * retry or a way back, logs no error, and the next try loads it. A test server
 * (hostile.ts) fails the chosen chunk's first requests. Pieces with a stylesheet
 * are asked for twice at first (Vite's modulepreload, then the import itself):
 * failing only the first request is absorbed, so those fail twice.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from './fixtures';
import { hostileTest as test, type HostileServer } from './hostile';

// The browser's own line for each failed request; nothing else may reach the console.
test.use({ expectedConsoleErrors: [/^Failed to load resource: .* status of 503\b/] });

const assets = readdirSync(join(process.env.E2E_DIST ?? 'dist', 'assets'));
/** The path of the built chunk whose name starts with `name`, as a pattern. */
function chunk(name: string, ext: 'js' | 'css' = 'js'): RegExp {
  const file = assets.find((f) => f.startsWith(`${name}-`) && f.endsWith(`.${ext}`));
  if (!file) throw new Error(`no ${name}-*.${ext} in dist/assets: run npm run build`);
  return new RegExp(`/assets/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
const requestsFor = (hostile: HostileServer, path: RegExp) =>
  hostile.requests.filter((r) => path.test(r)).length;

test('the presenter, failing to load, offers a retry that brings it, styled', async ({
  page,
  hostile,
}) => {
  // Its stylesheet fails: Vite's preload gives up before the import.
  hostile.misbehave(chunk('PresentStage', 'css'), { kind: 'fail', times: 1 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Présenter' }).click();
  await expect(page.getByRole('alert')).toContainText('La présentation n’a pas pu être chargée.');
  await expect(page).toHaveURL(/\?present$/);
  await expect(page.getByRole('button', { name: 'Réessayer' })).toBeFocused();
  await page.getByRole('button', { name: 'Réessayer' }).click();
  const stage = page.getByRole('region', { name: 'Présentation des campagnes' });
  await expect(stage).toBeVisible();
  // Its stylesheet, failed the first time, was linked again.
  await expect(stage).toHaveCSS('position', 'fixed');
  expect(requestsFor(hostile, chunk('PresentStage', 'css'))).toBe(2);
});

test('« Retour à l’explorateur » leaves a presenter that failed for the explorer', async ({
  page,
  hostile,
}) => {
  hostile.misbehave(chunk('PresentStage'), { kind: 'fail', times: 2 });
  await page.goto('./?present&slide=2&tour=jeux-de-sotchi,chine-free-the-five&metric=people');
  await expect(page.getByRole('alert')).toContainText('La présentation n’a pas pu être chargée');
  await page.getByRole('button', { name: 'Retour à l’explorateur' }).click();
  await expect(page.getByRole('heading', { name: 'Liste des campagnes' })).toBeVisible();
  await expect(page).toHaveURL(/\/\?metric=people$/);
});

test('the map’s zoom, failing to load, says so; the next gesture loads it', async ({
  page,
  hostile,
}) => {
  hostile.misbehave(chunk('zoom-behavior'), { kind: 'fail', times: 1 });
  await page.goto('./');
  const layer = page.locator('.frame svg > g:first-of-type');
  await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
  const message = page.getByRole('alert').filter({ hasText: 'Le zoom de la carte' });
  await expect(message).toContainText('Le zoom de la carte n’a pas pu être chargé.');
  await expect(layer).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  await message.getByRole('button', { name: 'Réessayer' }).click();
  await expect(message).toHaveCount(0);
  await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
  await expect(layer).toHaveAttribute('transform', /scale\(1\.6\)$/);
});

test('English, failing to load, leaves the page in French with a notice; the link tries again', async ({
  page,
  hostile,
}) => {
  hostile.misbehave(chunk('en'), { kind: 'fail', times: 1 });
  await page.goto('./?campaign=chine-free-the-five');
  await page.getByRole('link', { name: 'Language: English' }).click();
  await expect(page.getByText('La version anglaise n’a pas pu être chargée.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nos mobilisations');
  await page.waitForTimeout(300); // the URL writer's delay: lang=en must not be written
  await expect(page).toHaveURL(/\/campagnes\/chine-free-the-five\/$/);
  await page.getByRole('link', { name: 'Language: English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our campaigns');
  await expect(page).toHaveURL(/\/en\/campagnes\/chine-free-the-five\/$/);
});

test('an English link whose catalogue fails once is still drawn in English', async ({
  page,
  hostile,
}) => {
  hostile.misbehave(chunk('en'), { kind: 'fail', times: 1 });
  await page.goto('./?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our campaigns');
  expect(requestsFor(hostile, chunk('en'))).toBe(2);
});

test('« Intégrer », failing to load, says so; the next click opens the dialog', async ({
  page,
  hostile,
}) => {
  hostile.misbehave(chunk('EmbedDialog'), { kind: 'fail', times: 2 });
  await page.goto('./');
  const open = page.getByRole('button', { name: 'Intégrer' });
  await open.click();
  await expect(page.getByRole('status').filter({ hasText: 'intégration' })).toHaveText(
    'Le code d’intégration n’a pas pu être chargé.',
  );
  await open.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByText('Le code d’intégration n’a pas pu être chargé')).toHaveCount(0);
});

test('the export, failing to load, says so; the next click downloads', async ({
  page,
  hostile,
}) => {
  hostile.misbehave(chunk('run-export'), { kind: 'fail', times: 1 });
  await page.goto('./');
  await page.getByText('Exporter').click();
  const svg = page.getByRole('button', { name: /SVG/ });
  await svg.click();
  await expect(page.getByRole('status').filter({ hasText: 'export' })).toHaveText(
    'L’export n’a pas pu être préparé.',
  );
  const [download] = await Promise.all([page.waitForEvent('download'), svg.click()]);
  expect(download.suggestedFilename()).toBe('nos-mobilisations-carte.svg');
});

test('the embed bridge, failing to load, says so at the top; « Réessayer » loads it', async ({
  page,
  hostile,
}) => {
  // The bridge has no stylesheet: one request, no modulepreload before it.
  hostile.misbehave(chunk('EmbedBridge'), { kind: 'fail', times: 1 });
  await page.goto('./?embed');
  const message = page.getByRole('alert');
  await expect(message).toContainText('La liaison avec la page hôte n’a pas pu être chargée.');
  await message.getByRole('button', { name: 'Réessayer' }).click();
  await expect(message).toHaveCount(0);
  expect(requestsFor(hostile, chunk('EmbedBridge'))).toBe(2);
});
