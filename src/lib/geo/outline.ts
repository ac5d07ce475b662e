/**
 * How the map and the export outline an emphasised country, by its role in the
 * campaign: focus countries solid and thick, target and action ones dashed (so
 * the role is not told by colour alone), and `plain` for a country emphasised
 * without a role (a hovered country, several campaigns at once).
 */
import type { Role } from '../data/schema';

export type OutlineKind = 'focus' | 'other' | 'plain';

export interface OutlineStyle {
  /** A CSS colour, theme variables included: the export resolves it to rgb(). */
  colour: string;
  /** In screen pixels on the map (non-scaling), in map units in the export. */
  width: number;
  /** An SVG stroke-dasharray, for the roles that are dashed. */
  dash?: string;
}

export const OUTLINES: Readonly<Record<OutlineKind, Readonly<OutlineStyle>>> = {
  focus: { colour: 'var(--role-focus)', width: 3 },
  other: { colour: 'var(--role-other)', width: 2.5, dash: '5 3' },
  plain: { colour: 'var(--text)', width: 2 },
};

/** Strokes an SVG element in a style, through the CSSOM (a strict CSP allows it, a style attribute it would not). */
export const stroked = (style: OutlineStyle) => (node: SVGElement) => {
  node.style.setProperty('stroke', style.colour);
  node.style.setProperty('stroke-width', String(style.width));
  if (style.dash) node.style.setProperty('stroke-dasharray', style.dash);
  else node.style.removeProperty('stroke-dasharray');
};

/** The roles the key explains, in order: what each outline kind means. */
export const OUTLINE_KEY = ['focus', 'other'] as const satisfies readonly OutlineKind[];

export function outlineKind(role: Role | undefined): OutlineKind {
  return role === 'focus' ? 'focus' : role ? 'other' : 'plain';
}
