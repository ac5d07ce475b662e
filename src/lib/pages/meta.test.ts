import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/make';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { totalsOf } from '../scales/totals';
import {
  cardAlts,
  headTags,
  jsonLdScript,
  pageMeta,
  robots,
  sitemap,
  type PageInput,
} from './meta';
import { oembedOf } from './oembed';

const dataset = makeDataset([
  {
    id: 'sotchi',
    title: 'Tous mobilisés pendant les Jeux de Sotchi',
    date: '2014-04',
    outcome: 'partial',
    countries: ['RUS', { code: 'CHE', role: 'target' }],
    impact: [
      { kind: 'mobilised', value: 1_000_000, qualifier: 'over', label: 'personnes ont agi' },
      { kind: 'reached', value: 5_000_000, label: 'personnes atteintes' },
    ],
  },
  { id: 'encours', title: 'Une campagne', date: 'ongoing', outcome: 'ongoing' },
]);
const [sotchi, ongoing] = dataset.campaigns as [
  (typeof dataset.campaigns)[0],
  (typeof dataset.campaigns)[0],
];
const input = (over: Partial<PageInput>): PageInput => ({
  dataset,
  campaign: sotchi,
  lang: 'fr',
  t: fr,
  totals: totalsOf(dataset.campaigns),
  appUrl: 'https://example.org/app/',
  cards: true,
  ...over,
});

describe('a campaign page’s description', () => {
  it('says its date, outcome and headline figure with its « plus de », in French', () => {
    expect(pageMeta(input({})).description).toBe(
      'Avril 2014, victoire partielle\u00a0: plus de 1 million de personnes ont agi.',
    );
  });

  it('says « En cours » once for an ongoing campaign without figures', () => {
    expect(pageMeta(input({ campaign: ongoing })).description).toBe('En cours.');
  });

  it('speaks English on the English page (the figure’s label stays the source’s)', () => {
    expect(pageMeta(input({ lang: 'en', t: en })).description).toBe(
      'April 2014, partial victory: over 1 million (personnes ont agi).',
    );
  });
});

describe('the cards’ text alternatives', () => {
  const alts = cardAlts(dataset, totalsOf(dataset.campaigns), { fr, en });

  it('are the pages’ og:image:alt, for every campaign and the default view, in both languages', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const campaign of [null, sotchi, ongoing])
        expect(alts[lang]?.[campaign?.id ?? 'index']).toBe(
          pageMeta(input({ campaign, lang, t: lang === 'en' ? en : fr })).image?.alt,
        );
  });
});

describe('a campaign page’s head', () => {
  const meta = pageMeta(input({}));
  const tags = headTags(meta);

  it('is canonical at its absolute address, with its English twin', () => {
    expect(meta.canonical).toBe('https://example.org/app/campagnes/sotchi/');
    expect(tags).toContain(
      '<link rel="canonical" href="https://example.org/app/campagnes/sotchi/">',
    );
    expect(tags).toContain(
      '<link rel="alternate" hreflang="en" href="https://example.org/app/en/campagnes/sotchi/">',
    );
    expect(tags).toContain('hreflang="x-default" href="https://example.org/app/campagnes/sotchi/"');
  });

  it('gives Open Graph and Twitter the title, the sentence and the card with its text', () => {
    expect(tags).toContain(
      '<meta property="og:title" content="Tous mobilisés pendant les Jeux de Sotchi">',
    );
    expect(tags).toContain(
      '<meta property="og:image" content="https://example.org/app/cartes/sotchi.png">',
    );
    expect(tags).toContain('<meta property="og:image:width" content="1200">');
    expect(tags).toContain('<meta property="og:image:height" content="630">');
    expect(meta.image?.alt).toBe(
      '«\u202fTous mobilisés pendant les Jeux de Sotchi\u202f». Avril 2014, victoire partielle\u00a0: plus de 1 million de personnes ont agi. Carte du monde\u00a0: Russie et Suisse en évidence.',
    );
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
  });

  it('has no image where the build drew no cards', () => {
    const bare = headTags(pageMeta(input({ cards: false })));
    expect(bare).not.toContain('og:image');
    expect(bare).toContain('<meta name="twitter:card" content="summary">');
  });

  it('describes the campaign in JSON-LD as an Article about its countries and time', () => {
    expect(meta.jsonLd).toMatchObject({
      '@type': 'Article',
      headline: 'Tous mobilisés pendant les Jeux de Sotchi',
      temporalCoverage: '2014-04',
      spatialCoverage: [
        { '@type': 'Country', name: 'Russie' },
        { '@type': 'Country', name: 'Suisse' },
      ],
      publisher: { name: 'All Out' },
    });
  });

  it('describes the whole view as a Dataset', () => {
    expect(pageMeta(input({ campaign: null })).jsonLd).toMatchObject({
      '@type': 'Dataset',
      temporalCoverage: '2014/..',
    });
  });

  it('is relative to the page without APP_URL', () => {
    const relative = pageMeta(input({ appUrl: null }));
    expect(relative.canonical).toBe('../../campagnes/sotchi/');
    expect(relative.image?.url).toBe('../../cartes/sotchi.png');
  });
});

describe('JSON-LD in the page', () => {
  it('cannot close its element, whatever the data says', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).toBe(
      '<script type="application/ld+json">{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script>',
    );
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('list every page in both languages, with their alternates', () => {
    const xml = sitemap([null, 'sotchi'], 'https://example.org/app/');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://example.org/app/',
      'https://example.org/app/en/',
      'https://example.org/app/campagnes/sotchi/',
      'https://example.org/app/en/campagnes/sotchi/',
    ]);
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/app/en/campagnes/sotchi/"/>',
    );
  });

  it('point robots to the sitemap when its address can be absolute', () => {
    expect(robots('https://example.org/app/')).toContain(
      'Sitemap: https://example.org/app/sitemap.xml',
    );
    expect(robots(null)).not.toMatch(/^Sitemap:/m);
  });
});

describe('a page’s oEmbed', () => {
  it('embeds that campaign and names its card as the thumbnail', () => {
    const oembed = JSON.parse(
      oembedOf({ dataset, campaign: sotchi, lang: 'en', appUrl: 'https://e.org/', cards: true }),
    );
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 800,
      height: 600,
      thumbnail_url: 'https://e.org/cartes/sotchi.en.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(oembed.html).toContain('src="https://e.org/?embed&amp;campaign=sotchi&amp;lang=en"');
  });
});
