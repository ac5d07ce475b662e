// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spreadMarkers } from './spread';

const distances = (points: { x: number; y: number }[]) =>
  points.flatMap((a, i) => points.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));

describe('spreadMarkers', () => {
  it('leaves markers that are far enough apart where their countries are', () => {
    const anchors = [
      { code: 'UGA', x: 100, y: 100 },
      { code: 'PRY', x: 200, y: 150 },
    ];
    expect(spreadMarkers(anchors, 24, 400, 200)).toEqual([
      { code: 'UGA', x: 100, y: 100, ax: 100, ay: 100 },
      { code: 'PRY', x: 200, y: 150, ax: 200, ay: 150 },
    ]);
  });

  it('parts a European cluster until every two targets are 24 px apart', () => {
    // France, Switzerland and the Netherlands on a phone-sized map: a few pixels apart.
    const spread = spreadMarkers(
      [
        { code: 'FRA', x: 190, y: 31 },
        { code: 'CHE', x: 195, y: 31 },
        { code: 'NLD', x: 192, y: 25 },
        { code: 'SWE', x: 200, y: 15 },
      ],
      24,
      375,
      183,
    );
    for (const d of distances(spread)) expect(d).toBeGreaterThanOrEqual(24 - 1e-6);
    // Each marker still remembers its country's point.
    expect(spread.find((m) => m.code === 'CHE')).toMatchObject({ ax: 195, ay: 31 });
  });

  it('keeps every marker inside the map, and parts markers on the same point', () => {
    const spread = spreadMarkers(
      [
        { code: 'A', x: 2, y: 2 },
        { code: 'B', x: 2, y: 2 },
      ],
      24,
      300,
      150,
    );
    for (const m of spread) {
      expect(m.x).toBeGreaterThanOrEqual(12);
      expect(m.y).toBeGreaterThanOrEqual(12);
    }
    expect(distances(spread)[0]).toBeGreaterThanOrEqual(24 - 1e-6);
  });
});
