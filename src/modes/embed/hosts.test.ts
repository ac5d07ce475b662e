// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readHosts } from './hosts';

describe('readHosts: the origins', () => {
  it('is null without the parameter: any parent may command the embed', () => {
    expect(readHosts(null).origins).toBeNull();
  });

  it('keeps the origins of the listed URLs', () => {
    expect(readHosts('https://a.org, http://localhost:8080/path').origins).toEqual(
      new Set(['https://a.org', 'http://localhost:8080']),
    );
  });

  it('drops what is not an http(s) origin and fails closed when nothing is left', () => {
    expect(readHosts('javascript:alert(1),nope,').origins).toEqual(new Set());
  });
});

describe('readHosts', () => {
  it('names the entries it ignores, as written, and skips empty ones', () => {
    expect(readHosts(' https://a.org ,notanorigin,, ftp://b.org,javascript:alert(1)')).toEqual({
      origins: new Set(['https://a.org']),
      rejected: ['notanorigin', 'ftp://b.org', 'javascript:alert(1)'],
    });
  });

  it('ignores nothing when the parameter is absent or lists only origins', () => {
    expect(readHosts(null).rejected).toEqual([]);
    expect(readHosts('https://a.org,http://b.org:8080').rejected).toEqual([]);
  });
});
