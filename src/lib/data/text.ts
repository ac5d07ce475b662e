/** The narrative as plain text. Kept apart from parse.ts so the app does not bundle the schema. */
import type { Campaign, Paragraph } from './schema';

export function paragraphText(p: Paragraph): string[] {
  return typeof p === 'string' ? [p] : p.items;
}

export function narrativeText(c: Pick<Campaign, 'narrative'>): string {
  return c.narrative.flatMap(paragraphText).join('\n');
}
