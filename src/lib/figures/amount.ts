/**
 * A figure, or a sum of figures, with what it claims: `atLeast` when the source
 * says « plus de » of it or of any of its terms, so that a sum is never read as
 * more exact than the numbers it adds up.
 */
import type { Campaign, Impact } from '../data/schema';

export interface Amount {
  readonly value: number;
  /** A lower bound: « plus de ». */
  readonly atLeast: boolean;
}

export const NOTHING: Amount = { value: 0, atLeast: false };

export function amountOf(figure: Impact): Amount {
  return { value: figure.value, atLeast: figure.qualifier === 'over' };
}

/** A sum is a lower bound as soon as one of its terms is. */
export function sum(amounts: Iterable<Amount>): Amount {
  let value = 0;
  let atLeast = false;
  for (const a of amounts) {
    value += a.value;
    atLeast ||= a.atLeast;
  }
  return { value, atLeast };
}

/**
 * The largest of some figures (a campaign's figures overlap: the same people sign
 * and share, so it counts one of them). Of two equal values, « plus de » says more.
 */
export function largest(figures: Iterable<Impact>): Impact | undefined {
  let best: Impact | undefined;
  for (const f of figures)
    if (
      !best ||
      f.value > best.value ||
      (f.value === best.value && f.qualifier === 'over' && best.qualifier !== 'over')
    )
      best = f;
  return best;
}

/** The figures that count people who acted (signatures, e-mails, « ont agi »…). */
export function mobilisation(c: Campaign): Impact[] {
  return c.impact.filter((i) => i.kind === 'mobilised');
}

/**
 * What a campaign's mobilisation credits a country: its largest figure about that
 * country, or, for a campaign with a single focus country, its largest figure about
 * no country in particular. A campaign with several focus countries credits an
 * unscoped figure to none of them (the source does not say where its people were).
 */
export function creditTo(c: Campaign, code: string): Impact | undefined {
  const figures = mobilisation(c);
  const scoped = largest(figures.filter((f) => f.countries?.includes(code)));
  if (scoped) return scoped;
  const focus = c.countries.filter((x) => x.role === 'focus');
  if (focus.length === 1 && focus[0]!.code === code)
    return largest(figures.filter((f) => !f.countries));
  return undefined;
}

/** Whether the campaign has a mobilisation figure it credits to no country (several focus countries). */
export function hasUnplacedFigure(c: Campaign): boolean {
  return (
    c.countries.filter((x) => x.role === 'focus').length > 1 &&
    mobilisation(c).some((f) => !f.countries)
  );
}
