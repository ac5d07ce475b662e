// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILES, preparedText, SPHERE_FILE, sphereOutline } from './prepare-map';

describe('prepare-map', () => {
  it('has produced the committed map files from world-atlas (npm run map)', () => {
    for (const [file, detail] of Object.entries(FILES))
      expect(readFileSync(file, 'utf8') === preparedText(detail), file).toBe(true);
    expect(JSON.parse(readFileSync(SPHERE_FILE, 'utf8'))).toEqual(sphereOutline());
  });

  it('makes the world-view file much lighter than the fine one', () => {
    const [light, fine] = Object.values(FILES).map((d) => preparedText(d).length);
    expect(light! / fine!).toBeLessThan(0.7);
  });
});
