import { describe, expect, it } from 'vitest';
import { fr } from '../i18n/fr';
import { appRoot, pagePath, pageTitle } from './page-path';
import { pageSearch, rootFrom, shareLink, viewAddress } from './pages';

describe('a page’s path', () => {
  it('names the campaign under campagnes/, and English under en/', () => {
    expect(pagePath(null)).toBe('');
    expect(pagePath('jeux-de-sotchi')).toBe('campagnes/jeux-de-sotchi/');
    expect(pagePath('jeux-de-sotchi', 'en')).toBe('en/campagnes/jeux-de-sotchi/');
    expect(pagePath(null, 'en')).toBe('en/');
  });

  it('leads back to the root, however deep', () => {
    expect(rootFrom('')).toBe('./');
    expect(rootFrom('en/')).toBe('../');
    expect(rootFrom('campagnes/a/')).toBe('../../');
    expect(rootFrom('en/campagnes/a/')).toBe('../../../');
  });

  it('is read back as the view’s campaign and language', () => {
    const root = 'https://e.org/app/';
    expect(pageSearch(`${root}en/campagnes/a-b/`, root)).toBe('?campaign=a-b&lang=en');
    expect(pageSearch(`${root}campagnes/a/index.html`, root)).toBe('?campaign=a');
    expect(pageSearch(`${root}index.html`, root)).toBe('');
    expect(pageSearch(`${root}elsewhere/x/`, root)).toBe('');
  });
});

describe('the search a page stands for', () => {
  const root = 'https://example.org/app/';
  it('is its path’s, under a sub-path, with the query after it', () => {
    expect(pageSearch('https://example.org/app/campagnes/a/?period=2012', root)).toBe(
      '?campaign=a&period=2012',
    );
    expect(pageSearch('https://example.org/app/en/', root)).toBe('?lang=en');
  });

  it('lets the query win over the path (an old link pasted onto a page)', () => {
    expect(pageSearch('https://example.org/app/campagnes/a/?campaign=b', root)).toBe('?campaign=b');
  });

  it('is the query alone without pages (the single file)', () => {
    expect(pageSearch('file:///x/campaign-explorer.html?campaign=a', null)).toBe('?campaign=a');
  });

  it('knows the root from the page’s data-root', () => {
    expect(appRoot('https://example.org/app/campagnes/a/', '../../')).toBe(root);
    expect(appRoot('https://example.org/app/', undefined)).toBeNull();
  });
});

describe('a view’s address', () => {
  it('moves the campaign and the language into the path, keeps the rest', () => {
    expect(viewAddress('https://e.org/', 'campaign=a&period=2012&lang=en')).toBe(
      'https://e.org/en/campagnes/a/?period=2012',
    );
    expect(viewAddress('https://e.org/', 'present&slide=2')).toBe('https://e.org/?present&slide=2');
    expect(viewAddress('../../', '')).toBe('../../');
  });

  it('is shared as the campaign’s page where pages exist, else as a query', () => {
    const view = new URLSearchParams('campaign=a');
    expect(shareLink('https://e.org/', view, 'https://e.org/?x')).toBe(
      'https://e.org/campagnes/a/',
    );
    expect(shareLink(null, view, 'file:///f.html?embed')).toBe('file:///f.html?campaign=a');
  });
});

describe('the document’s title', () => {
  it('names the open campaign first, in French typography', () => {
    expect(pageTitle({ title: 'Chine: #FreeTheFive' }, fr)).toBe(
      'Chine\u00a0: #FreeTheFive · Nos mobilisations',
    );
    expect(pageTitle(undefined, fr)).toBe(fr.documentTitle);
  });
});
