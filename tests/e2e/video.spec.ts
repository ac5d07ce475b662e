import { readFileSync } from 'node:fs';
import { test as strict } from './embed-fixtures';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * What a WebM file says about itself, read with a small EBML scanner (independent of
 * the app's code): its DocType, its Segment Info's Duration in ms, and the time of
 * its last video block (cluster timecode + block offset), which the frames reach.
 */
function readWebm(file: Buffer) {
  let p = 0;
  const vint = (keepMarker: boolean) => {
    const first = file[p]!;
    let length = 1;
    while (length <= 8 && !(first & (0x100 >> length))) length++;
    let value = keepMarker ? first : first & (0xff >> length);
    let unknown = value === 0xff >> length;
    for (let i = 1; i < length; i++) {
      value = value * 256 + file[p + i]!;
      if (file[p + i] !== 0xff) unknown = false;
    }
    p += length;
    return { value, unknown: !keepMarker && unknown };
  };
  const uint = (at: number, size: number) => {
    let v = 0;
    for (let i = 0; i < size; i++) v = v * 256 + file[at + i]!;
    return v;
  };
  // Masters are entered (Chrome writes the Segment and its Clusters with an unknown size).
  const ENTER = new Set([0x1a45dfa3, 0x18538067, 0x1549a966, 0x1f43b675, 0xa0]);
  let docType = '';
  let scale = 1_000_000;
  let duration: number | null = null;
  let cluster = 0;
  let lastBlock = 0;
  let blocks = 0;
  while (p < file.length) {
    const id = vint(true).value;
    const size = vint(false);
    if (ENTER.has(id)) continue;
    if (size.unknown) throw new Error(`unknown size for element ${id.toString(16)}`);
    const at = p;
    if (id === 0x4282) docType = file.subarray(at, at + size.value).toString('ascii');
    if (id === 0x2ad7b1) scale = uint(at, size.value);
    if (id === 0x4489) duration = size.value === 4 ? file.readFloatBE(at) : file.readDoubleBE(at);
    if (id === 0xe7) cluster = uint(at, size.value);
    if (id === 0xa3 || id === 0xa1) {
      // Track number (a vint), then the block's signed 16-bit offset from its cluster.
      p = at;
      vint(false);
      lastBlock = Math.max(lastBlock, cluster + file.readInt16BE(p));
      blocks++;
    }
    p = at + size.value;
  }
  const ms = (units: number) => (units * scale) / 1_000_000;
  return {
    magic: file.subarray(0, 4).toString('hex'),
    docType,
    duration: duration === null ? null : ms(duration),
    lastBlock: ms(lastBlock),
    blocks,
  };
}

/**
 * The header's Duration is the length the speed gives (recording runs in real time: a
 * frame late on a loaded machine lengthens it a little, never shortens it), and the
 * frames reach the last one's time.
 */
function expectLength(webm: ReturnType<typeof readWebm>, length: number, lastFrameAt: number) {
  expect(webm.duration).not.toBeNull();
  expect(webm.duration!).toBeGreaterThanOrEqual(length - 50);
  expect(webm.duration!).toBeLessThan(length + 1500);
  expect(webm.lastBlock).toBeGreaterThan(lastFrameAt - 400);
  expect(webm.lastBlock).toBeLessThanOrEqual(webm.duration!);
}

async function recordVideo(page: Page, entry: RegExp) {
  await page.getByText('Exporter', { exact: true }).click();
  await page.getByRole('radio', { name: '4×' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: entry }).click(),
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Vidéo enregistrée.' })).toBeVisible();
  return { name: download.suggestedFilename(), file: readFileSync((await download.path())!) };
}

const VIDEOS = [
  {
    what: 'the time-lapse of 2011–2012 at 4×: 24 months at 125 ms, 3 s',
    url: './?period=2011..2012',
    entry: /Vidéo de la lecture/,
    name: 'nos-mobilisations-lecture-2011-01-2012-12-4x.webm',
    length: 3000,
    lastFrameAt: 2875,
    atLeast: 20_000,
  },
  {
    what: 'the tour at 4×: 15 slides at 1 s, 15 s',
    url: './',
    entry: /Vidéo de la tournée/,
    name: 'nos-mobilisations-tournee-4x.webm',
    length: 15_000,
    lastFrameAt: 14_000,
    atLeast: 50_000,
  },
];

test.describe('the video export', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const video of VIDEOS)
    test(`${video.what}, is a WebM that says its duration`, async ({ page }) => {
      await page.goto(video.url);
      const { name, file } = await recordVideo(page, video.entry);
      expect(name).toBe(video.name);
      const webm = readWebm(file);
      expect(webm.magic).toBe('1a45dfa3');
      expect(webm.docType).toBe('webm');
      expectLength(webm, video.length, video.lastFrameAt);
      expect(file.length).toBeGreaterThan(video.atLeast);
    });
});

test('a recording shows its progress, keeps the menu open and can be cancelled', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByText('Exporter', { exact: true }).click();
  await page.getByRole('radio', { name: '0,5×' }).check();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: /Vidéo de la tournée/ }).click();
  // 15 slides at 8 s: two minutes, in real time.
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Enregistrement… \d+\u00a0s\u202f\/\u202f120\u00a0s/ }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /Vidéo de la lecture/ })).toBeDisabled();
  // A click outside leaves the menu (and its « Annuler ») open while it records.
  await page.getByRole('heading', { level: 1 }).click();
  await page.getByRole('button', { name: 'Annuler la vidéo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vidéo annulée.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Vidéo de la tournée/ })).toBeEnabled();
  expect(downloads).toBe(0);
});

strict(
  'a video records under the strict CSP with zero violations (blob: images on the canvas)',
  async ({ page, servers, log }) => {
    strict.setTimeout(90_000);
    await page.goto(`${servers.app}/?period=2011..2011`);
    const { file } = await recordVideo(page, /Vidéo de la lecture/);
    const webm = readWebm(file);
    expect(webm.docType).toBe('webm');
    expectLength(webm, 1500, 1375);
    expect(log.violations).toEqual([]);
  },
);
