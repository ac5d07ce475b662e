/** fr-FR (or en) figures: "120 000", "1 million", "60 000 $", "60 %". */
import type { Impact } from '../data/schema';
import type { Amount } from '../figures/amount';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** Whole millions read as words ("4 millions"); anything else is grouped digits. */
export function formatCount(value: number, locale = 'fr-FR'): string {
  const millions = value >= 1e6 && value % 1e6 === 0;
  return numberFormat(
    locale,
    millions ? { notation: 'compact', compactDisplay: 'long' } : { maximumFractionDigits: 1 },
  ).format(value);
}

/**
 * A sum as precise as its terms allow: exact when every term is, otherwise rounded
 * down to two significant digits (« plus de 1,6 million »: never more than the source).
 * The caller says « plus de » when `amount.atLeast`.
 */
export function formatAmount(amount: Amount, locale = 'fr-FR'): string {
  if (!amount.atLeast) return formatCount(amount.value, locale);
  const floored = Number(
    numberFormat('en', {
      maximumSignificantDigits: 2,
      roundingMode: 'floor',
      useGrouping: false,
    }).format(amount.value),
  );
  return amount.value >= 1e6
    ? numberFormat(locale, { notation: 'compact', compactDisplay: 'long' }).format(floored)
    : formatCount(floored, locale);
}

function currencySymbol(currency: string, locale: string): string {
  const parts = numberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

/** The number as a reader should see it, with its unit but without the label. */
export function formatImpactValue(
  impact: Pick<Impact, 'value' | 'unit'>,
  locale = 'fr-FR',
): string {
  const { value, unit } = impact;
  if (unit === 'percent') return numberFormat(locale, { style: 'percent' }).format(value / 100);
  const count = formatCount(value, locale);
  if (!unit) return count;
  const symbol = currencySymbol(unit, locale);
  // fr: "60 000 $"; en: "$60,000".
  return locale.startsWith('fr') ? `${count}\u00a0${symbol}` : `${symbol}${count}`;
}
