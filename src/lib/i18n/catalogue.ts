/** The interface's strings in a language: French is in the first load, English comes on demand. */
import type { Lang } from '../view';
import { fr, type Messages } from './fr';

export function loadCatalogue(lang: Lang): Promise<Messages> {
  return lang === 'en' ? import('./en').then((m) => m.en) : Promise.resolve(fr);
}
