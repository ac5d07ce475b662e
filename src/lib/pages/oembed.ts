/**
 * A page's oEmbed (`oembed.json` beside it, linked from its head): a "rich" embed
 * whose html is the plain iframe for that page's view, and the page's card as its
 * thumbnail. oEmbed consumers need absolute URLs: they are, with APP_URL; without
 * it they are relative to the app's root ("./?embed") and partners must complete them.
 */
import type { Campaign, Dataset } from '../data/schema';
import { iframeSnippet } from '../../features/embed-dialog/snippet';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import type { Lang } from '../view';
import { CARD, cardPath } from './meta';

/** The iframe's size that oEmbed announces (the explorer then sizes itself). */
const FRAME = { width: 800, height: 600 } as const;

export interface OembedInput {
  dataset: Dataset;
  campaign: Campaign | null;
  lang: Lang;
  appUrl: string | null;
  cards: boolean;
}

export function oembedOf({ dataset, campaign, lang, appUrl, cards }: OembedInput): string {
  const t = lang === 'en' ? en : fr;
  const base = appUrl ?? './';
  const oembed = {
    version: '1.0',
    type: 'rich',
    title: campaign ? campaign.title : `${t.appTitle} · ${t.appTagline}`,
    provider_name: `${t.appTitle} (${dataset.source.publisher})`,
    ...(appUrl ? { provider_url: appUrl } : {}),
    ...FRAME,
    html: iframeSnippet({
      base,
      title: t.embedFrameTitle,
      query: campaign ? `campaign=${campaign.id}` : '',
      lang,
    }),
    ...(cards
      ? {
          thumbnail_url: base + cardPath(campaign?.id ?? null, lang),
          thumbnail_width: CARD.width,
          thumbnail_height: CARD.height,
        }
      : {}),
  };
  return `${JSON.stringify(oembed, null, 2)}\n`;
}
