// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from './load';

// The validator is a chunk of its own: the network can fail between the page and it.
vi.mock('./parse', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('loadDataset without its validator', () => {
  it('says the file cannot be checked rather than failing silently', async () => {
    const result = await loadDataset(
      'x.json',
      'https://explorer.example/',
      async () => new Response('{"campaigns": []}'),
    );
    expect(result.ok).toBe(false);
    expect((result as { lines: string[] }).lines).toEqual([
      expect.stringMatching(/^x\.json: cannot check it \(.+\)$/),
    ]);
  });
});
