// @vitest-environment node
import built from 'virtual:campaigns';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/make';
import { sourceHref } from './source-link';

describe('the link to the source', () => {
  it('is the copy beside the page for the build’s own dataset, and none without a copy (the single file)', () => {
    expect(sourceHref(built, 'source/nos-mobilisations.txt')).toBe('source/nos-mobilisations.txt');
    expect(sourceHref(built, null)).toBeUndefined();
  });

  it('is never the build’s copy for another dataset', () => {
    const other = makeDataset([{ id: 'a' }]);
    other.source.file = 'source/nos-mobilisations.txt';
    expect(sourceHref(other, 'source/nos-mobilisations.txt')).toBeUndefined();
  });

  it('is the source’s web address when it has one, and only a web address', () => {
    const other = makeDataset([{ id: 'a' }]);
    other.source.url = 'https://example.org/nos-mobilisations';
    expect(sourceHref(other, null)).toBe('https://example.org/nos-mobilisations');
    other.source.url = 'javascript:alert(1)';
    expect(sourceHref(other, null)).toBeUndefined();
  });
});
