import { describe, expect, it } from 'vitest';
import { rovingTarget } from './roving';

describe('rovingTarget', () => {
  it('moves forward with → and ↓ and back with ← and ↑ in a list', () => {
    expect(rovingTarget('ArrowRight', 2, 5)).toBe(3);
    expect(rovingTarget('ArrowDown', 2, 5)).toBe(3);
    expect(rovingTarget('ArrowLeft', 2, 5)).toBe(1);
    expect(rovingTarget('ArrowUp', 2, 5)).toBe(1);
  });

  it('stops at the ends of a list unless it wraps', () => {
    expect(rovingTarget('ArrowRight', 4, 5)).toBe(4);
    expect(rovingTarget('ArrowLeft', 0, 5)).toBe(0);
    expect(rovingTarget('ArrowRight', 4, 5, { wrap: true })).toBe(0);
    expect(rovingTarget('ArrowLeft', 0, 5, { wrap: true })).toBe(4);
  });

  it('jumps to the first and last items with Home and End', () => {
    expect(rovingTarget('Home', 3, 5)).toBe(0);
    expect(rovingTarget('End', 1, 5)).toBe(4);
  });

  it('moves a slider up with ↑ and down with ↓, a page at a time with Page Up and Down', () => {
    const slider = { kind: 'slider', page: 12 } as const;
    expect(rovingTarget('ArrowUp', 5, 60, slider)).toBe(6);
    expect(rovingTarget('ArrowDown', 5, 60, slider)).toBe(4);
    expect(rovingTarget('PageUp', 5, 60, slider)).toBe(17);
    expect(rovingTarget('PageDown', 5, 60, slider)).toBe(0);
  });

  it('lets other keys through, and Page keys in a list', () => {
    expect(rovingTarget('Enter', 1, 5)).toBeNull();
    expect(rovingTarget('a', 1, 5)).toBeNull();
    expect(rovingTarget('PageUp', 1, 5)).toBeNull();
  });

  it('has nowhere to go among no items', () => {
    expect(rovingTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
