import { describe, expect, it } from 'vitest';
import { attribute, buildSnippet, cardFor, dataFrom, embedUrl, scriptUrl } from './snippet';

const base = 'https://example.org/campagnes/';

describe('embedUrl', () => {
  it('adds ?embed as a flag before the view query', () => {
    expect(embedUrl({ base, query: 'campaign=chine-free-the-five&period=2012..2014' })).toBe(
      'https://example.org/campagnes/?embed&campaign=chine-free-the-five&period=2012..2014',
    );
  });

  it('drops the query of the base and sets the language, theme and accent it is given', () => {
    expect(
      embedUrl({
        base: `${base}?campaign=x#top`,
        query: 'lang=en&theme=light',
        theme: 'dark',
        lang: 'en',
        accent: '#0057b8',
      }),
    ).toBe('https://example.org/campagnes/?embed&lang=en&theme=dark&accent=%230057b8');
  });

  it('leaves French and the automatic theme implicit', () => {
    expect(embedUrl({ base, lang: 'fr', theme: 'auto' })).toBe(`${base}?embed`);
  });

  it('embeds the dataset it is given right after embed, whatever the view query says', () => {
    expect(
      embedUrl({
        base,
        data: 'data/example-small.json',
        query: 'data=other.json&campaign=a',
        theme: 'dark',
      }),
    ).toBe(
      'https://example.org/campagnes/?embed&data=data%2Fexample-small.json&campaign=a&theme=dark',
    );
    expect(embedUrl({ base, data: null })).toBe(`${base}?embed`);
  });

  it('asks for the whole page only when told, and a view query cannot', () => {
    expect(embedUrl({ base, layout: 'full', query: 'layout=compact&campaign=x' })).toBe(
      `${base}?embed&layout=full&campaign=x`,
    );
    expect(embedUrl({ base, layout: 'compact', query: 'layout=full' })).toBe(`${base}?embed`);
    // The link for readers without scripts is the explorer, which has no such key.
    expect(buildSnippet({ kind: 'script', base, layout: 'full', title: 'T' })).toContain(
      `<a href="${base}">`,
    );
  });

  it('works from a relative base', () => {
    expect(embedUrl({ base: './' })).toBe('./?embed');
  });
});

describe('dataFrom', () => {
  it('is null when the page shows the build’s own dataset', () => {
    expect(dataFrom(`${base}?campaign=a`, base)).toBeNull();
    expect(dataFrom(`${base}?data=`, base)).toBeNull();
  });

  it('keeps the path as the page had it when it names the same file from the base', () => {
    expect(dataFrom(`${base}?data=data/example-small.json&campaign=a`, base)).toBe(
      'data/example-small.json',
    );
    expect(dataFrom(`${base}index.html?data=../autres/d.json`, `${base}index.html`)).toBe(
      '../autres/d.json',
    );
    expect(dataFrom(`${base}?data=/d.json`, base)).toBe('/d.json');
  });

  it('writes the file’s absolute path when the base sits elsewhere on the site', () => {
    expect(dataFrom(`${base}fr/?data=d.json`, base)).toBe('/campagnes/fr/d.json');
    expect(dataFrom(`${base}fr/?data=d.json%3Fv%3D2`, base)).toBe('/campagnes/fr/d.json?v=2');
  });

  it('leaves an address on another origin whole, for the embed to refuse as the page did', () => {
    expect(dataFrom(`${base}fr/?data=https://evil.example/d.json`, base)).toBe(
      'https://evil.example/d.json',
    );
  });
});

describe('scriptUrl', () => {
  it('puts embed.js beside the app, whatever the base looks like', () => {
    expect(scriptUrl(base)).toBe('https://example.org/campagnes/embed.js');
    expect(scriptUrl('https://example.org/campagnes/index.html?embed')).toBe(
      'https://example.org/campagnes/embed.js',
    );
    expect(scriptUrl('https://example.org')).toBe('https://example.org/embed.js');
    expect(scriptUrl('./')).toBe('./embed.js');
  });
});

describe('attribute', () => {
  it('escapes what could end an attribute or open a tag', () => {
    expect(attribute('a&b "c" <d>')).toBe('a&amp;b &quot;c&quot; &lt;d&gt;');
  });
});

describe('buildSnippet', () => {
  it('writes a titled, lazy iframe with a 4:3 fallback for the plain form', () => {
    expect(
      buildSnippet({
        kind: 'iframe',
        base,
        query: 'campaign=a&country=UGA',
        title: 'Nos mobilisations',
      }),
    ).toBe(
      '<iframe src="https://example.org/campagnes/?embed&amp;campaign=a&amp;country=UGA" ' +
        'title="Nos mobilisations" loading="lazy" allow="fullscreen; clipboard-write" ' +
        'style="width:100%;aspect-ratio:4/3;border:0"></iframe>',
    );
  });

  it('writes the div, a fallback link and the async script for the script form', () => {
    const snippet = buildSnippet({
      kind: 'script',
      base,
      query: 'campaign=a',
      title: 'Nos « mobilisations »',
      deeplink: true,
    });
    expect(snippet).toBe(
      '<div data-campaign-explorer="https://example.org/campagnes/?embed&amp;campaign=a" ' +
        'data-title="Nos « mobilisations »" data-deeplink>' +
        '<a href="https://example.org/campagnes/?campaign=a">Nos « mobilisations »</a></div>\n' +
        '<script src="https://example.org/campagnes/embed.js" async></script>',
    );
  });

  it('shows the view’s card inside the fallback link, its alt text the link’s name', () => {
    const card = {
      src: 'https://example.org/campagnes/cartes/a.png',
      alt: '« A ». Mai 2014 : plus de 1 million de personnes.',
      width: 1200,
      height: 630,
    };
    const snippet = buildSnippet({ kind: 'script', base, query: 'campaign=a', title: 'T', card });
    expect(snippet).toContain(
      '<a href="https://example.org/campagnes/?campaign=a">' +
        '<img src="https://example.org/campagnes/cartes/a.png" ' +
        'alt="« A ». Mai 2014 : plus de 1 million de personnes." width="1200" height="630" ' +
        'style="max-width:100%;height:auto"></a>',
    );
    expect(buildSnippet({ kind: 'iframe', base, title: 'T', card })).not.toContain('<img');
  });

  it('names a view’s card at the app’s root, in its language, where the build wrote its alt text', () => {
    const alts = { fr: { index: 'Tout', a: 'A' }, en: { a: 'A (en)' } };
    expect(cardFor(base, alts, 'a', 'en')).toEqual({
      src: 'https://example.org/campagnes/cartes/a.en.png',
      alt: 'A (en)',
      width: 1200,
      height: 630,
    });
    expect(cardFor(base, alts, null, 'fr')?.src).toBe(
      'https://example.org/campagnes/cartes/index.png',
    );
    expect(cardFor(base, alts, null, 'en')).toBeNull();
    expect(cardFor(base, null, 'a', 'fr')).toBeNull();
  });

  it('leaves out data-deeplink unless asked and links the bare app from the fallback', () => {
    const snippet = buildSnippet({ kind: 'script', base, title: 'T' });
    expect(snippet).not.toContain('data-deeplink');
    expect(snippet).toContain('<a href="https://example.org/campagnes/">T</a>');
  });

  it('embeds the dataset being viewed in the div, its fallback link and the plain iframe', () => {
    const data = 'data/example-small.json';
    const script = buildSnippet({ kind: 'script', base, data, query: 'campaign=a', title: 'T' });
    expect(script).toContain(
      'data-campaign-explorer="https://example.org/campagnes/?embed&amp;data=data%2Fexample-small.json&amp;campaign=a"',
    );
    expect(script).toContain(
      '<a href="https://example.org/campagnes/?data=data%2Fexample-small.json&amp;campaign=a">T</a>',
    );
    expect(buildSnippet({ kind: 'iframe', base, data, title: 'T' })).toContain(
      'src="https://example.org/campagnes/?embed&amp;data=data%2Fexample-small.json"',
    );
  });

  it('escapes a hostile title and query', () => {
    const snippet = buildSnippet({ kind: 'iframe', base, query: 'q="><script>', title: '"><x>' });
    expect(snippet).not.toContain('<script');
    expect(snippet).not.toContain('"><x>');
    expect(snippet).toContain('q=%22%3E%3Cscript%3E');
  });
});
