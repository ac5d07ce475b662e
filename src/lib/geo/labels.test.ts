// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from './labels';

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeLabels', () => {
  it('puts a large country’s name on its point', () => {
    const [russia] = placeLabels(
      [{ code: 'RUS', text: 'Russie', x: 300, y: 50, width: 50, height: 16, clear: 0 }],
      [],
      600,
      300,
    );
    expect(russia).toMatchObject({ x: 300, y: 50 });
  });

  it('puts a marked country’s name beside its marker, not on it', () => {
    const marker = { left: 88, top: 88, right: 112, bottom: 112 };
    const [uganda] = placeLabels(
      [{ code: 'UGA', text: 'Ouganda', x: 100, y: 100, width: 60, height: 16, clear: 12 }],
      [marker],
      600,
      300,
    );
    expect(overlaps(uganda!.box, marker)).toBe(false);
  });

  it('keeps names of neighbouring countries apart', () => {
    const placed = placeLabels(
      [
        { code: 'FRA', text: 'France', x: 200, y: 100, width: 48, height: 16, clear: 0 },
        { code: 'CHE', text: 'Suisse', x: 210, y: 102, width: 46, height: 16, clear: 0 },
        { code: 'NLD', text: 'Pays-Bas', x: 204, y: 92, width: 64, height: 16, clear: 0 },
      ],
      [],
      600,
      300,
    );
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
  });

  it('keeps a name at the map’s edge inside the map', () => {
    const [chile] = placeLabels(
      [{ code: 'X', text: 'Pays', x: 590, y: 150, width: 40, height: 16, clear: 0 }],
      [{ left: 560, top: 140, right: 600, bottom: 160 }],
      600,
      300,
    );
    expect(chile!.box.right).toBeLessThanOrEqual(600);
  });
});
