/** The order in which figures are told: who acted, how far it reached, money, results, context. */
import type { Impact, ImpactKind } from '../data/schema';
import { largest } from '../figures/amount';

const ORDER: ImpactKind[] = ['mobilised', 'reached', 'money', 'result', 'other'];

export function groupImpact(impact: readonly Impact[]): { kind: ImpactKind; figures: Impact[] }[] {
  return ORDER.map((kind) => ({ kind, figures: impact.filter((i) => i.kind === kind) })).filter(
    (g) => g.figures.length > 0,
  );
}

/** What a headline may be, in order: who acted, how far it reached, what changed, money. Never context. */
const HEADLINE: ImpactKind[] = ['mobilised', 'reached', 'result', 'money'];

/** The figure to headline a campaign with: the largest of the first kind it has, by HEADLINE. */
export function headlineFigure(impact: readonly Impact[]): Impact | undefined {
  for (const kind of HEADLINE) {
    const best = largest(impact.filter((i) => i.kind === kind));
    if (best) return best;
  }
  return undefined;
}
