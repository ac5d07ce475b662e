/**
 * Draws the pages' cards (lib/pages/card.ts) into <dist>/cartes/ as 1200×630 PNGs
 * with resvg, fonts from the build (Inter, never the machine's): the same input
 * gives the same bytes. Each PNG is cached by the hash of what makes it (its SVG,
 * the fonts, resvg's version) in node_modules/.cache/campaign-cards/ (or $CARDS_CACHE), so a build
 * redraws only the cards whose campaign, wording or drawing changed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { renderAsync } from '@resvg/resvg-js';
import type { Dataset } from '../src/lib/data/schema';
import { isWorldMap, worldShapes } from '../src/lib/geo/world';
import { en } from '../src/lib/i18n/en';
import { fr } from '../src/lib/i18n/fr';
import { cardSvg } from '../src/lib/pages/card';
import { CARD_ALTS } from '../src/lib/pages/card-file';
import { cardAlts, cardPath } from '../src/lib/pages/meta';
import { totalsOf } from '../src/lib/scales/totals';
import { LANGS } from '../src/lib/view';

const require = createRequire(import.meta.url);

/**
 * A WOFF 1.0 font as the TrueType/OpenType file it wraps (resvg reads no WOFF):
 * the same tables, inflated where they were compressed, behind a rebuilt directory.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('ascii', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: compressed < length ? inflateSync(raw) : raw,
    };
  });
  const pow = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(Math.log2(pow), 8);
  header.writeUInt16BE(count * 16 - pow * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** CARDS_CACHE moves it (`npm run bench:build` starts cold from an empty one). */
const CACHE = process.env.CARDS_CACHE ?? 'node_modules/.cache/campaign-cards';

/**
 * Inter, regular and bold, Latin and Latin Extended (the app's own font, from
 * @fontsource/inter), as TrueType files in the cache for resvg, which reads files.
 */
export function cardFonts(): string[] {
  mkdirSync(CACHE, { recursive: true });
  return ['latin-400', 'latin-700', 'latin-ext-400', 'latin-ext-700'].map((face) => {
    const font = woffToSfnt(
      readFileSync(require.resolve(`@fontsource/inter/files/inter-${face}-normal.woff`)),
    );
    const file = join(CACHE, `inter-${face}.ttf`);
    writeFileSync(file, font);
    return file;
  });
}

/**
 * Only these fonts, never the machine's: the same SVG gives the same PNG anywhere.
 * Asynchronous: resvg renders on libuv's threads, so cards are drawn on every core.
 */
export async function rasterise(svg: string, fonts: string[]): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Inter' },
  });
  return Buffer.from(image.asPng());
}

export interface CardsResult {
  drawn: number;
  cached: number;
  seconds: number;
}

/** Writes every card of `dataset` into `outDir`, drawing only those not in the cache. */
export async function writeCards(outDir: string, dataset: Dataset): Promise<CardsResult> {
  const started = performance.now();
  const topology: unknown = JSON.parse(readFileSync('src/lib/geo/world-map-fine.json', 'utf8'));
  if (!isWorldMap(topology)) throw new Error('world-map-fine.json: not a world map');
  const shapes = worldShapes(topology);
  const fonts = cardFonts();
  const salt = createHash('sha256');
  for (const font of fonts) salt.update(readFileSync(font));
  salt.update(require('@resvg/resvg-js/package.json').version as string);
  const seed = salt.digest('hex');
  const totals = totalsOf(dataset.campaigns);
  let drawn = 0;
  let cached = 0;
  // As many cards in flight as cores (libuv's pool has four threads by default).
  const drawing = new Set<Promise<void>>();
  const draw = async (svg: string, hit: string, file: string) => {
    const png = await rasterise(svg, fonts);
    writeFileSync(hit, png);
    writeFileSync(file, png);
  };
  const slots = Math.min(4, availableParallelism());
  for (const campaign of [null, ...dataset.campaigns]) {
    for (const lang of LANGS) {
      const svg = cardSvg({ dataset, campaign, t: lang === 'en' ? en : fr, totals, shapes });
      const hash = createHash('sha256').update(seed).update(svg).digest('hex');
      const hit = join(CACHE, `${hash}.png`);
      const file = join(outDir, cardPath(campaign?.id ?? null, lang));
      mkdirSync(dirname(file), { recursive: true });
      if (existsSync(hit)) {
        copyFileSync(hit, file);
        cached++;
      } else {
        const job = draw(svg, hit, file).finally(() => drawing.delete(job));
        drawing.add(job);
        drawn++;
        if (drawing.size >= slots) await Promise.race(drawing);
      }
    }
  }
  await Promise.all(drawing);
  // The « Intégrer » dialog reads these to show a view's card in the snippet's fallback.
  writeFileSync(join(outDir, CARD_ALTS), JSON.stringify(cardAlts(dataset, totals, { fr, en })));
  return { drawn, cached, seconds: (performance.now() - started) / 1000 };
}
