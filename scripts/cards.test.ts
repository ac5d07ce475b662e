import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../src/features/export/export-svg';
import { isWorldMap, worldShapes } from '../src/lib/geo/world';
import { fr } from '../src/lib/i18n/fr';
import { CARD_COLOURS, cardSvg } from '../src/lib/pages/card';
import { totalsOf } from '../src/lib/scales/totals';
import { makeDataset } from '../tests/fixtures/make';
import { cardFonts, rasterise, woffToSfnt } from './cards';

const topology: unknown = JSON.parse(readFileSync('src/lib/geo/world-map-fine.json', 'utf8'));
if (!isWorldMap(topology)) throw new Error('no map');
const shapes = worldShapes(topology);
const dataset = makeDataset([
  {
    id: 'sotchi',
    title: 'Tous mobilisés pendant les Jeux de Sotchi',
    countries: ['RUS', { code: 'CHE', role: 'target' }],
    impact: [
      { kind: 'mobilised', value: 1_000_000, qualifier: 'over', label: 'personnes ont agi' },
    ],
  },
]);
const svg = cardSvg({
  dataset,
  campaign: dataset.campaigns[0]!,
  t: fr,
  totals: totalsOf(dataset.campaigns),
  shapes,
});

describe('a card', () => {
  it('draws the title, the date and outcome, the figure with its « plus de », the names and the source', () => {
    expect(svg).toContain('>Tous mobilisés pendant les Jeux de Sotchi<');
    expect(svg).toContain('janvier 2014 · Victoire');
    expect(svg).toMatch(/>plus de <\/tspan><tspan[^>]*>1 million<\/tspan>/);
    expect(svg).toContain('Pays concerné\u00a0: Russie');
    expect(svg).toContain('Suisse');
    expect(svg).toContain('Source\u00a0: All Out');
  });

  it('is a 1200×630 PNG under 200 KB, byte for byte the same from one render to the next', async () => {
    const fonts = cardFonts();
    const [first, second] = await Promise.all([rasterise(svg, fonts), rasterise(svg, fonts)]);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(first.length).toBeLessThan(200 * 1024);
    expect(Buffer.compare(first, second)).toBe(0);
  }, 30_000);

  it('uses the light theme’s colours as the stylesheet defines them', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const light = (name: string) =>
      new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6})`).exec(css)?.[1];
    expect(CARD_COLOURS).toMatchObject({
      background: light('bg'),
      text: light('text'),
      muted: light('muted'),
      accent: light('accent'),
      land: light('land'),
      concerned: light('choro-1'),
      roleFocus: light('role-focus'),
      roleOther: light('role-other'),
    });
  });
});

describe('a WOFF font unwrapped for resvg', () => {
  it('is the TrueType file it held, with its tables', () => {
    const woff = readFileSync('node_modules/@fontsource/inter/files/inter-latin-400-normal.woff');
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(ttf.length).toBe(woff.readUInt32BE(16));
  });
});
