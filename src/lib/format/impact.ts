/** The order in which figures are told: who acted, how far it reached, money, results, context. */
import type { Impact, ImpactKind } from '../data/schema';

const ORDER: ImpactKind[] = ['mobilised', 'reached', 'money', 'result', 'other'];

export function groupImpact(impact: readonly Impact[]): { kind: ImpactKind; figures: Impact[] }[] {
  return ORDER.map((kind) => ({ kind, figures: impact.filter((i) => i.kind === kind) })).filter(
    (g) => g.figures.length > 0,
  );
}

/** The figure to headline a campaign with: its largest mobilisation, else its first result. */
export function headlineFigure(impact: readonly Impact[]): Impact | undefined {
  const mobilised = impact.filter((i) => i.kind === 'mobilised');
  if (mobilised.length) return mobilised.reduce((a, b) => (b.value > a.value ? b : a));
  return impact.find((i) => i.kind === 'result') ?? impact[0];
}
