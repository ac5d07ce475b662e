/** The narrative as plain text. Kept apart from parse.ts so the app does not bundle the schema. */
import type { Paragraph } from './schema';

export function paragraphText(p: Paragraph): string[] {
  return typeof p === 'string' ? [p] : p.items;
}

export function narrativeText(c: { readonly narrative: readonly Paragraph[] }): string {
  return c.narrative.flatMap(paragraphText).join('\n');
}
