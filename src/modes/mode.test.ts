// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { modeProblems, readMode } from './mode';

describe('readMode', () => {
  it('reads present before embed, plain otherwise', () => {
    expect(readMode('?embed&present')).toBe('present');
    expect(readMode('?embed')).toBe('embed');
    expect(readMode('?campaign=x')).toBe('plain');
  });
});

describe('modeProblems', () => {
  it('reports each hosts entry that is not an http(s) origin', () => {
    expect(modeProblems('?embed&hosts=https://a.org,notanorigin,ftp://b.org')).toEqual([
      { kind: 'bad-value', key: 'hosts', value: 'notanorigin' },
      { kind: 'bad-value', key: 'hosts', value: 'ftp://b.org' },
    ]);
  });

  it('reports nothing for good or absent hosts', () => {
    expect(modeProblems('?embed&hosts=https://a.org')).toEqual([]);
    expect(modeProblems('?embed')).toEqual([]);
  });
});
