/**
 * What a country's tooltip says on the people map: its value as what it is (« plus de »
 * when a term is a lower bound, « sans chiffre » when nothing is credited to it), the
 * figures its campaigns place nowhere, and each campaign's term of the sum.
 */
import type { Campaign } from '../../lib/data/schema';
import { creditTo, hasUnplacedFigure } from '../../lib/figures/amount';
import { formatAmount, formatImpactValue } from '../../lib/format/numbers';
import type { Messages } from '../../lib/i18n/fr';

/** A country's people value as the tally has it (state/tally.svelte.ts). */
export interface CountryPeople {
  /** The credited sum; undefined when no campaign in view credits the country a figure. */
  value: number | undefined;
  /** Some term of the sum is « plus de ». */
  atLeast: boolean;
  /** Campaigns in view with the country as a focus and a figure the source places in no country. */
  unplaced: number;
}

/** The value line: « plus de 220 000 signatures et actions », or « 3 campagnes, sans chiffre… ». */
export function peopleValue(people: CountryPeople, campaigns: number, t: Messages): string {
  if (people.value === undefined) return t.countryNoFigure(campaigns);
  const amount = { value: people.value, atLeast: people.atLeast };
  return t.countryPeople(`${amount.atLeast ? `${t.over} ` : ''}${formatAmount(amount, t.locale)}`);
}

/** The line on the figures left out, or nothing when every figure is placed. */
export function unplacedNote(people: CountryPeople, t: Messages): string | undefined {
  return people.unplaced > 0 ? t.countryUnplaced(people.unplaced) : undefined;
}

/** What one campaign adds to the country's value: its credited figure, or why nothing. */
export function creditText(c: Campaign, code: string, t: Messages): string {
  const figure = creditTo(c, code);
  if (figure)
    return `${figure.qualifier === 'over' ? `${t.over} ` : ''}${formatImpactValue(figure, t.locale)}`;
  const focus = c.countries.some((x) => x.code === code && x.role === 'focus');
  return focus && hasUnplacedFigure(c) ? t.countryUnplaced(1) : t.creditNone;
}
