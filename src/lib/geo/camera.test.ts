// @vitest-environment node
import { geoEqualEarth } from 'd3-geo';
import { interpolateZoom } from 'd3-interpolate';
import { describe, expect, it } from 'vitest';
import topology from './world-map.json';
import { fitTransform, flight, framing, IDENTITY, transformOf, viewOf } from './camera';
import { FRAME } from './frame';
import { boundsOf, mapProjection } from './projection';
import { worldShapes } from './world';

const shapes = worldShapes(topology as never);

/** A place's [longitude, latitude] in pixels of a 960 px map, as scripts/prepare-map.ts projects it. */
function placeAt960(lonLat: [number, number]): [number, number] {
  const { width, height, padding } = FRAME;
  const [x, y] = geoEqualEarth().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    { type: 'Sphere' },
  )(lonLat)!;
  return [(x * 960) / width, (y * 960) / width];
}

describe('fitTransform', () => {
  const projection = mapProjection(960);
  const apply = (
    t: { k: number; x: number; y: number },
    [x, y]: [number, number],
  ): [number, number] => [t.k * x + t.x, t.k * y + t.y];

  it('puts the countries’ centre at the view centre and keeps them inside with padding', () => {
    const box = boundsOf(projection, shapes, ['UGA'])!;
    const t = fitTransform(box, 960, 468);
    const [cx, cy] = apply(t, [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2]);
    expect(cx).toBeCloseTo(480, 6);
    expect(cy).toBeCloseTo(234, 6);
    expect(t.k).toBeLessThanOrEqual(6);
    const [x0, y0] = apply(t, box[0]);
    const [x1, y1] = apply(t, box[1]);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(960);
    expect(y1).toBeLessThanOrEqual(468);
  });

  it('zooms as far as the padding allows for a mid-sized country', () => {
    const box = boundsOf(projection, shapes, ['FRA', 'DEU'])!;
    const t = fitTransform(box, 960, 468, { padding: 0.15, maxScale: 20 });
    const [x0, y0] = apply(t, box[0]);
    const [x1, y1] = apply(t, box[1]);
    // The limiting side fills 70 % of the view.
    expect(Math.max((x1 - x0) / 960, (y1 - y0) / 468)).toBeCloseTo(0.7, 6);
  });

  it('does not zoom out below the whole world for countries on several continents', () => {
    const box = boundsOf(projection, shapes, ['RUS', 'USA', 'CHE'])!;
    expect(fitTransform(box, 960, 468).k).toBe(1);
  });
});

describe('framing', () => {
  it('frames the countries of a campaign as fitTransform frames their box', () => {
    const projection = mapProjection(960);
    const box = boundsOf(projection, shapes, ['UGA', 'SWE'])!;
    expect(framing(projection, shapes, ['UGA', 'SWE'], 960, 468)).toEqual(
      fitTransform(box, 960, 468),
    );
  });

  it('frames France as metropolitan France: French Guiana stays out of view', () => {
    const projection = mapProjection(960);
    const t = framing(projection, shapes, ['FRA'], 960, 468)!;
    const onScreen = ([x, y]: [number, number]) => [t.k * x + t.x, t.k * y + t.y];
    const inView = ([x, y]: number[]) => x! >= 0 && x! <= 960 && y! >= 0 && y! <= 468;
    // Paris (2.35° E, 48.86° N) and Cayenne (52.3° W, 4.9° N), through the map's projection.
    const paris = onScreen(placeAt960([2.35, 48.86]));
    const cayenne = onScreen(placeAt960([-52.3, 4.9]));
    expect(inView(paris)).toBe(true);
    expect(inView(cayenne)).toBe(false);
    // Zoomed in on Europe, not left at the whole world that the full shape would need.
    expect(t.k).toBeGreaterThan(2);
  });

  it('frames nothing when none of the countries is drawn', () => {
    expect(framing(mapProjection(960), shapes, ['XXX'], 960, 468)).toBeUndefined();
  });
});

describe('viewOf and transformOf', () => {
  it('turn a zoom transform into d3’s view (centre, width) and back', () => {
    const t = { k: 3, x: -900, y: -200 };
    const view = viewOf(t, 960, 468);
    expect(view[2]).toBeCloseTo(320, 9);
    const back = transformOf(view, 960, 468);
    expect(back.k).toBeCloseTo(3, 9);
    expect(back.x).toBeCloseTo(-900, 9);
    expect(back.y).toBeCloseTo(-200, 9);
  });

  it('let d3’s smooth zoom path start and end exactly on the two transforms', () => {
    const from = { k: 1, x: 0, y: 0 };
    const to = { k: 4, x: -1200, y: -300 };
    const path = interpolateZoom(viewOf(from, 960, 468), viewOf(to, 960, 468));
    const end = transformOf(path(1), 960, 468);
    expect(transformOf(path(0), 960, 468).k).toBeCloseTo(1, 9);
    expect(end.k).toBeCloseTo(4, 9);
    expect(end.x).toBeCloseTo(-1200, 6);
    expect(end.y).toBeCloseTo(-300, 6);
  });
});

describe('flight', () => {
  const to = { k: 4, x: -1200, y: -300 };

  it('starts on the first transform and lands exactly on the second', () => {
    const f = flight(IDENTITY, to, 960, 468);
    const start = f.at(0);
    expect(start.k).toBeCloseTo(1, 9);
    expect(start.x).toBeCloseTo(0, 6);
    expect(f.at(1)).toBe(to);
  });

  it('eases in and out: a tenth of the time covers less than a tenth of the zoom', () => {
    const f = flight(IDENTITY, { k: 4, x: -1440, y: -702 }, 960, 468);
    const k = (p: number) => Math.log(f.at(p).k) / Math.log(4);
    expect(k(0.1)).toBeLessThan(0.1);
    expect(k(0.9)).toBeGreaterThan(0.9);
  });

  it('lasts d3’s estimate, kept between 300 and 1200 ms', () => {
    expect(flight(IDENTITY, IDENTITY, 960, 468).duration).toBe(300);
    expect(flight(IDENTITY, { k: 8, x: -7000, y: -3000 }, 960, 468).duration).toBe(1200);
    const path = interpolateZoom(viewOf(IDENTITY, 960, 468), viewOf(to, 960, 468));
    expect(flight(IDENTITY, to, 960, 468).duration).toBe(
      Math.min(1200, Math.max(300, path.duration)),
    );
  });
});
