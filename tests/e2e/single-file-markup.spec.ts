/**
 * The single file with a dataset whose texts hold `<!--`, `<script>`, `</script>`,
 * U+2028 and U+2029 (tests/fixtures/markup.json): built into a folder of its own, it
 * still draws from file:// and shows those texts as text. Before the inline scripts
 * were escaped, `<!--` in a text made the page blank (and the build exited 0).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { frenchTypography } from '../../src/lib/format/typography';

const OUT = 'dist-single-markup';
const file = pathToFileURL(resolve(OUT, 'campaign-explorer.html')).href;

test.beforeAll(() => {
  // A build of its own, with the hostile dataset (a few seconds).
  test.setTimeout(180_000);
  execFileSync('npm', ['run', 'build:single', '--', '--outDir', OUT], {
    stdio: 'pipe',
    env: { ...process.env, DATA: 'tests/fixtures/markup.json' },
  });
});

test.beforeEach(async ({ context }) => {
  await context.route(/^(https?|wss?):/, (route) => route.abort());
});

test('the single file draws a dataset whose texts hold <!--, <script> and </script>', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(file);
  // Shown as the app shows any text: with French typography (a space before « ! »).
  const title = frenchTypography('Chine : <!-- #FreeTheFive --> <script>alert(1)</script>');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
  await page.getByRole('table').getByRole('button', { name: title }).click();
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
  const paragraph =
    'Un texte qui contient </SCRIPT> et <!-- et <Script type="module">, puis\u2028une fin de ligne\u2029et une autre.';
  await expect(panel.getByText(frenchTypography(paragraph))).toBeVisible();
  // The text is text: no element was made of it.
  await expect(page.locator('#app script')).toHaveCount(0);
  expect(errors).toEqual([]);
});
