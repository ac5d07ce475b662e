// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ROLES } from '../data/schema';
import { OUTLINES, outlineKind } from './outline';

describe('outlineKind', () => {
  it('outlines focus countries solid and every other role dashed', () => {
    expect(outlineKind('focus')).toBe('focus');
    for (const role of ROLES.filter((r) => r !== 'focus')) expect(outlineKind(role)).toBe('other');
    expect(OUTLINES.focus.dash).toBeUndefined();
    expect(OUTLINES.other.dash).toBe('5 3');
  });

  it('outlines a country emphasised without a role plainly', () => {
    expect(outlineKind(undefined)).toBe('plain');
  });
});
