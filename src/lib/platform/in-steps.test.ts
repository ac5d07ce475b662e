// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeInSteps, nextTask } from './in-steps';

describe('nextTask', () => {
  it('resolves in a later task, not with the current one', async () => {
    let resolved = false;
    const next = nextTask().then(() => (resolved = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(resolved).toBe(false);
    await next;
    expect(resolved).toBe(true);
  });
});

describe('decodeInSteps', () => {
  const text = '« Égalité » pour 120 000 personnes 🏳️‍🌈, ';
  const bytes = new TextEncoder().encode(text.repeat(40)).buffer;

  it('gives the text TextDecoder gives, whatever characters the slices cut', async () => {
    for (const slice of [1, 2, 3, 7, 64, 1 << 20])
      expect(await decodeInSteps(bytes, async () => {}, slice)).toBe(text.repeat(40));
  });

  it('pauses between slices, not before the first', async () => {
    let pauses = 0;
    await decodeInSteps(bytes, async () => void pauses++, 100);
    expect(pauses).toBe(Math.ceil(bytes.byteLength / 100) - 1);
    pauses = 0;
    await decodeInSteps(new ArrayBuffer(0), async () => void pauses++);
    expect(pauses).toBe(0);
  });
});
