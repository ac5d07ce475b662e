/**
 * Writes a page per campaign (`campagnes/<id>/`, and `en/…` in English), each the
 * built index.html with that campaign server-rendered open and its own head
 * (lib/pages/meta.ts), plus each page's oEmbed, sitemap.xml and robots.txt.
 * Called by prerender.ts, which also fills the root page through `fillPage`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Campaign, Dataset } from '../src/lib/data/schema';
import { en } from '../src/lib/i18n/en';
import { fr } from '../src/lib/i18n/fr';
import { attribute as html } from '../src/features/embed-dialog/snippet';
import { headTags, pageMeta, robots, sitemap, type PageMeta } from '../src/lib/pages/meta';
import { oembedOf } from '../src/lib/pages/oembed';
import { totalsOf } from '../src/lib/scales/totals';
import { rootFrom } from '../src/lib/url/pages';
import { LANGS, type Lang } from '../src/lib/view';

export type Render = (view: { campaign: string | null; lang: Lang; root: string | null }) => {
  head: string;
  body: string;
};

export interface PagesOptions {
  outDir: string;
  /** dist/index.html as Vite wrote it, before any page was filled. */
  template: string;
  dataset: Dataset;
  render: Render;
  appUrl: string | null;
  /** Whether the cards were drawn (og:image and the oEmbed thumbnail name them). */
  cards: boolean;
  /** Tags every page's head gains (a preload), with paths from the root ('./assets/…'). */
  preload: string;
  /** Only for a campaign's page: the stories' chunk, which it waits for before hydrating. */
  narrativesChunk: string | null;
  /** Every page but the root: the chunk that reads its path (lib/url/pages.ts), awaited at start. */
  pagesChunk: string | null;
}

const catalogue = { fr, en } as const;

/** The template with its paths made to work from `root`, its head and its #app filled. */
export function fillPage(
  template: string,
  meta: PageMeta | null,
  rendered: { head: string; body: string },
  extraHead: string,
  root: string | null,
): string {
  const from = root ?? './';
  let page = template.replace(/(href|src)="\.\//g, `$1="${from}`);
  if (meta) {
    page = page
      .replace('<html lang="fr">', `<html lang="${meta.lang}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${html(meta.title)}</title>`)
      .replace(
        /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
        `<meta name="description" content="${html(meta.description)}">`,
      )
      .replace(
        /<link\s+rel="alternate"\s+type="application\/json\+oembed"[^>]*>/,
        `<link rel="alternate" type="application/json+oembed" href="${html(meta.oembed)}" title="${html(meta.headline)}">`,
      );
  }
  const app = root === null ? '<div id="app">' : `<div id="app" data-root="${root}">`;
  if (!page.includes('<div id="app"></div>')) throw new Error('template: no empty #app to fill');
  return page
    .replace(
      '</head>',
      `${extraHead.replace(/(href|src)="\.\//g, `$1="${from}`)}${meta ? headTags(meta) : ''}${rendered.head}</head>`,
    )
    .replace('<div id="app"></div>', `${app}${rendered.body}</div>`);
}

/** Writes every page but the root's, and returns the root's meta and the count written. */
export function writePages(options: PagesOptions): { root: PageMeta[]; written: number } {
  const { outDir, dataset, appUrl, cards } = options;
  const totals = totalsOf(dataset.campaigns);
  const metaOf = (campaign: Campaign | null, lang: Lang) =>
    pageMeta({ dataset, campaign, lang, t: catalogue[lang], totals, appUrl, cards });
  let written = 0;
  const write = (path: string, text: string) => {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const roots: PageMeta[] = [];
  for (const campaign of [null, ...dataset.campaigns]) {
    for (const lang of LANGS) {
      const meta = metaOf(campaign, lang);
      const root = rootFrom(meta.path);
      write(`${meta.path}oembed.json`, oembedOf({ dataset, campaign, lang, appUrl, cards }));
      // The root page is index.html itself, filled by the caller (after the embed build).
      if (!meta.path) {
        roots.push(meta);
        continue;
      }
      const rendered = options.render({ campaign: campaign?.id ?? null, lang, root });
      const chunks = [options.pagesChunk, campaign && options.narrativesChunk];
      const extra =
        options.preload +
        chunks
          .filter(Boolean)
          .map((chunk) => `<link rel="modulepreload" crossorigin href="./assets/${chunk}">`)
          .join('');
      write(`${meta.path}index.html`, fillPage(options.template, meta, rendered, extra, root));
      written++;
    }
  }
  write('sitemap.xml', sitemap([null, ...dataset.campaigns.map((c) => c.id)], appUrl));
  write('robots.txt', robots(appUrl));
  return { root: roots, written };
}
