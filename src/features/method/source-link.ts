/**
 * Where « Comment lisons-nous ces chiffres ? » sends a reader to read the source: its
 * public address when the dataset gives one, else the copy the build puts beside the
 * page (the build's own dataset only, never in the single file); otherwise nowhere,
 * and the method names the source without a link.
 */
import built, { sourceFile } from 'virtual:campaigns';
import type { Dataset } from '../../lib/data/schema';

export function sourceHref(dataset: Dataset, copy: string | null = sourceFile): string | undefined {
  const { url } = dataset.source;
  // A dataset from a link is checked by the schema, but only a web address is a link here.
  if (url && /^https?:\/\//i.test(url)) return url;
  return dataset === built && copy ? copy : undefined;
}
