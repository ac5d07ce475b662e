/**
 * Where the build puts a view's card and the cards' text alternatives, from the app's
 * root. Apart from ./meta.ts so that the « Intégrer » dialog can name a card without
 * carrying the page writer.
 */
import type { Lang } from '../view';

/** The card's size: Open Graph's and Twitter's large image, 1.91:1. */
export const CARD = { width: 1200, height: 630 } as const;

/** Where a page's card is, from the app's root. */
export function cardPath(campaign: string | null, lang: Lang): string {
  return `cartes/${campaign ?? 'index'}${lang === 'en' ? '.en' : ''}.png`;
}

/** Every card's text alternative, per language and campaign id ('index': the default view). */
export const CARD_ALTS = 'cartes/alt.json';
export type CardAlts = Partial<Record<Lang, Record<string, string>>>;

/** The key of a view's card in CARD_ALTS. */
export const cardKey = (campaign: string | null) => campaign ?? 'index';
