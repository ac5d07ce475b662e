/** Search that ignores case and accents: « sterilisation » finds « stérilisation ». */
import type { Campaign, Paragraph } from '../data/schema';
import { paragraphText } from '../data/text';

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’']/g, "'")
    .toLowerCase();
}

/**
 * Folded text per campaign, computed once: the search runs on every keystroke.
 * `narrative` gives a campaign's story when it is kept apart from the campaign.
 */
export function searchIndex(
  campaigns: readonly Campaign[],
  narrative: (c: Campaign) => readonly Paragraph[] = (c) => c.narrative,
): Map<string, string> {
  return new Map(
    campaigns.map((c) => [
      c.id,
      fold(
        `${c.title}\n${narrative(c).flatMap(paragraphText).join('\n')}\n${(c.tags ?? []).join(' ')}`,
      ),
    ]),
  );
}

/** Every word of the query must appear somewhere in the campaign's text. */
export function matchesQuery(indexed: string | undefined, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.every((w) => indexed?.includes(w));
}
