/** The « Intégrer » dialog: the snippet for the current view, a live preview, copy. */
import { expect, expectAccessible, test } from './fixtures';

test('« Intégrer » builds the snippet for the current view, with a live preview', async ({
  page,
}) => {
  // Each option reloads the app in the preview, then axe runs on the page and the preview:
  // 21 s on this machine when idle, over 30 s on a CI run that was busier.
  test.setTimeout(60_000);
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(r.url()));
  await page.goto('./?campaign=chine-free-the-five&period=2015');
  await expect(page.getByRole('table').getByRole('rowheader').first()).toBeVisible();
  // The dialog's code is not part of the default load.
  expect(chunks.filter((u) => /EmbedDialog/.test(u))).toEqual([]);

  const open = page.getByRole('button', { name: 'Intégrer', exact: true });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer l’explorateur sur votre site' });
  await expect(dialog).toBeVisible();
  expect(chunks.some((u) => /EmbedDialog/.test(u))).toBe(true);

  const code = dialog.getByRole('textbox', { name: 'Code à coller' });
  await expect(code).toHaveValue(
    /^<div data-campaign-explorer="http:\/\/127\.0\.0\.1:\d+\/\?embed&amp;campaign=chine-free-the-five&amp;period=2015" data-title="[^"]+">/,
  );
  await expect(code).toHaveValue(
    /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/,
  );

  await dialog.getByRole('radio', { name: /iframe seule/ }).check();
  await dialog.getByRole('radio', { name: 'Sombre' }).check();
  await dialog.getByRole('radio', { name: 'English' }).check();
  await dialog.getByRole('checkbox', { name: /Ouvrir sur/ }).uncheck();
  await dialog.getByRole('checkbox', { name: /Page entière/ }).check();
  await expect(code).toHaveValue(
    /^<iframe src="[^"]*\/\?embed&amp;layout=full&amp;period=2015&amp;lang=en&amp;theme=dark" title="Our campaigns: [^"]+" loading="lazy" allow="fullscreen; clipboard-write" style="width:100%;aspect-ratio:4\/3;border:0"><\/iframe>$/,
  );
  // The preview is the app itself in embed mode, sized by its resize messages.
  const preview = dialog.locator('iframe');
  await expect(preview).toHaveAttribute(
    'src',
    /\?embed&layout=full&period=2015&lang=en&theme=dark$/,
  );
  await expect(preview).toHaveAttribute('title', 'Aperçu de l’intégration');
  const inside = dialog.frameLocator('iframe');
  await expect(inside.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The whole page: the filters and the list, unfolded.
  await expect(inside.getByRole('searchbox')).toBeVisible();
  await expect(inside.getByRole('table').getByRole('rowheader')).toHaveCount(1);
  await expect
    .poll(async () => {
      const frameHeight = await preview.evaluate((f) => f.getBoundingClientRect().height);
      const content = await inside
        .locator('html')
        .evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
      return Math.abs(frameHeight - content) <= 1;
    })
    .toBe(true);

  // Copy: the clipboard, or the code selected to copy by hand.
  await dialog.getByRole('button', { name: 'Copier le code' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Code copié|Code sélectionné/);

  await dialog.getByRole('radio', { name: /^Script/ }).check();
  await expectAccessible(page, 'the « Intégrer » dialog');
  await page.screenshot({ path: `${process.env.SHOTS_DIR ?? 'test-results'}/embed-dialog.png` });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('« Intégrer » is absent from the embedded explorer itself', async ({ page }) => {
  await page.goto('./?embed');
  await expect(page.getByText('Liste des campagnes (13)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Intégrer' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'embed');
});

test('the close button closes the dialog and focus returns to « Intégrer »', async ({ page }) => {
  await page.goto('./');
  const open = page.getByRole('button', { name: 'Intégrer', exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Code à coller' })).toHaveValue(/\?embed"/);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('« Intégrer » embeds the dataset being viewed with ?data=', async ({ page }) => {
  await page.goto('./?data=data/example-small.json&campaign=jeux-de-sotchi');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
  await page.getByRole('button', { name: 'Intégrer', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const code = dialog.getByRole('textbox', { name: 'Code à coller' });
  await expect(code).toHaveValue(
    /^<div data-campaign-explorer="http:\/\/127\.0\.0\.1:\d+\/\?embed&amp;data=data%2Fexample-small\.json&amp;campaign=jeux-de-sotchi" [^>]*><a href="http:\/\/127\.0\.0\.1:\d+\/\?data=data%2Fexample-small\.json&amp;campaign=jeux-de-sotchi">/,
  );
  await dialog.getByRole('radio', { name: /iframe seule/ }).check();
  await expect(code).toHaveValue(
    /^<iframe src="[^"]*\/\?embed&amp;data=data%2Fexample-small\.json&amp;campaign=jeux-de-sotchi"/,
  );
  // The preview shows that dataset, not the build's 13 campaigns.
  await expect(dialog.locator('iframe')).toHaveAttribute(
    'src',
    /\/\?embed&data=data%2Fexample-small\.json&campaign=jeux-de-sotchi$/,
  );
  const inside = dialog.frameLocator('iframe');
  // The compact embed by default: its list behind a disclosure.
  await inside.getByText('Liste des campagnes (3)').click();
  await expect(inside.getByRole('table').getByRole('rowheader')).toHaveCount(3);
  await expect(inside.getByRole('heading', { name: /Sotchi/, level: 2 })).toBeVisible();
});
