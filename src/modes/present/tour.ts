/**
 * The presenter's tour: an opening slide, one slide per campaign in date order
 * (or the order `?tour=` gives), and a closing slide with totals from the data.
 */
import type { Campaign } from '../../lib/data/schema';

export type Slide = { kind: 'opening' } | { kind: 'campaign'; id: string } | { kind: 'closing' };

export function buildTour(
  campaigns: readonly Campaign[],
  tour?: string | null,
): { slides: Slide[]; unknown: string[] } {
  const known = new Set(campaigns.map((c) => c.id));
  const asked = tour
    ? tour
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)
    : null;
  const unknown = asked ? asked.filter((id) => !known.has(id)) : [];
  const ids = asked ? asked.filter((id) => known.has(id)) : campaigns.map((c) => c.id);
  const slides: Slide[] = [
    { kind: 'opening' },
    ...ids.map((id) => ({ kind: 'campaign' as const, id })),
    { kind: 'closing' },
  ];
  return { slides, unknown };
}

/** `slide=N` is 1-based; anything else starts at the first slide. */
export function slideIndex(value: string | null, count: number): number | undefined {
  if (value === null) return 0;
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= count ? n - 1 : undefined;
}
