/** Country names from the platform (Intl.DisplayNames), keyed by ISO alpha-3. */
import { alpha3ToAlpha2 } from '../geo/iso';

/** Per locale, the names already asked for: `DisplayNames.of` costs a lookup in ICU's data each time. */
const names = new Map<string, Map<string, string>>();

export function countryName(alpha3: string, locale = 'fr'): string {
  let known = names.get(locale);
  if (!known) names.set(locale, (known = new Map()));
  let name = known.get(alpha3);
  if (name === undefined) {
    const alpha2 = alpha3ToAlpha2(alpha3);
    name = (alpha2 && displayNames(locale).of(alpha2)) || alpha3;
    known.set(alpha3, name);
  }
  return name;
}

const namers = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string): Intl.DisplayNames {
  let namer = namers.get(locale);
  if (!namer) namers.set(locale, (namer = new Intl.DisplayNames([locale], { type: 'region' })));
  return namer;
}

/** Codes sorted by their names in `locale`, each name looked up once. */
export function byName(codes: Iterable<string>, locale = 'fr'): string[] {
  return [...codes]
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => compareNames(a.name, b.name, locale))
    .map((x) => x.code);
}

const collators = new Map<string, Intl.Collator>();

/** Sorts names as a French reader expects (É with E). One collator per locale: creating one is slow. */
export function compareNames(a: string, b: string, locale = 'fr'): number {
  let collator = collators.get(locale);
  if (!collator)
    collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base' })));
  return collator.compare(a, b);
}
