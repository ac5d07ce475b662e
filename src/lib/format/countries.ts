/** Country names from the platform (Intl.DisplayNames), keyed by ISO alpha-3. */
import { alpha3ToAlpha2 } from '../geo/iso';

const namers = new Map<string, Intl.DisplayNames>();

export function countryName(alpha3: string, locale = 'fr'): string {
  let namer = namers.get(locale);
  if (!namer) namers.set(locale, (namer = new Intl.DisplayNames([locale], { type: 'region' })));
  const alpha2 = alpha3ToAlpha2(alpha3);
  return (alpha2 && namer.of(alpha2)) || alpha3;
}

const collators = new Map<string, Intl.Collator>();

/** Sorts names as a French reader expects (É with E). One collator per locale: creating one is slow. */
export function compareNames(a: string, b: string, locale = 'fr'): number {
  let collator = collators.get(locale);
  if (!collator)
    collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base' })));
  return collator.compare(a, b);
}
