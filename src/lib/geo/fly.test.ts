// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flight, IDENTITY, type ZoomTransform } from './camera';
import { fly, motionAllowed } from './fly';

/** Animation frames run by hand, at the times a test gives. */
let frames: Map<number, FrameRequestCallback>;
let next = 0;
const runFrame = (now: number) => {
  const due = [...frames.values()];
  frames.clear();
  for (const callback of due) callback(now);
};

beforeEach(() => {
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++next, callback);
    return next;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

const to: ZoomTransform = { k: 4, x: -1200, y: -300 };

describe('fly', () => {
  it('waits a frame, then moves on each frame and lands exactly on the target', () => {
    const seen: ZoomTransform[] = [];
    const f = flight(IDENTITY, to, 960, 468);
    fly(f, (t) => seen.push(t));
    runFrame(0);
    expect(seen).toEqual([]); // what asked for the move paints first
    runFrame(100);
    runFrame(100 + f.duration / 2);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.k).toBeGreaterThan(1);
    expect(seen[1]!.k).toBeLessThan(4);
    runFrame(100 + f.duration);
    expect(seen.at(-1)).toBe(to);
    expect(frames.size).toBe(0);
  });

  it('stops where it is when told to', () => {
    const seen: ZoomTransform[] = [];
    const stop = fly(flight(IDENTITY, to, 960, 468), (t) => seen.push(t));
    runFrame(0);
    runFrame(100);
    stop();
    runFrame(200);
    expect(seen).toHaveLength(1);
  });
});

describe('motionAllowed', () => {
  const prefers = (reduce: boolean) =>
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: reduce && query === '(prefers-reduced-motion: reduce)',
    }));

  it('animates only when the reader’s setting and the system both allow it', () => {
    prefers(false);
    expect(motionAllowed(true)).toBe(true);
    expect(motionAllowed(false)).toBe(false);
    prefers(true);
    expect(motionAllowed(true)).toBe(false);
  });
});
