// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { atOnce, inSteps, nextTask } from './in-steps';

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

describe('atOnce and inSteps', () => {
  function* count(to: number): Generator<void, number> {
    let n = 0;
    while (n < to) {
      n++;
      if (n < to) yield;
    }
    return n;
  }

  it('give the generator’s value, inSteps pausing wherever it yields', async () => {
    expect(atOnce(count(4))).toBe(4);
    let pauses = 0;
    expect(await inSteps(count(4), async () => void pauses++)).toBe(4);
    expect(pauses).toBe(3);
  });
});
