/**
 * A partner's accent colour is accepted per colour scheme only where it keeps
 * WCAG AA (4.5:1) against that scheme's background and with the best text colour
 * on it; elsewhere the default stays. One colour can never pass on both the light
 * and the dark background, hence the per-scheme answer.
 */
import { AA_TEXT, contrastRatio, parseColor, toCss, type Rgba } from './contrast';

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/** Mirrors src/styles/global.css (--bg, --accent, --accent-text); a test keeps them in sync. */
export const THEME = {
  light: { bg: '#ffffff', accent: '#b0136a', accentText: '#ffffff' },
  dark: { bg: '#121418', accent: '#ff7ab8', accentText: '#121418' },
} as const satisfies Record<Scheme, { bg: string; accent: string; accentText: string }>;

const rgba = (hex: string) => parseColor(hex) as Rgba;

export interface SchemeVerdict {
  ok: boolean;
  /** Contrast with the scheme's background. */
  ratio: number;
  /** The text colour (of the two theme text colours) that reads best on the accent. */
  text: string;
}

export function judgeAccent(color: Rgba, scheme: Scheme): SchemeVerdict {
  const ratio = contrastRatio(color, rgba(THEME[scheme].bg));
  const onLight = contrastRatio(color, rgba(THEME.light.bg));
  const onDark = contrastRatio(color, rgba(THEME.dark.bg));
  const text = onLight >= onDark ? THEME.light.bg : THEME.dark.bg;
  const ok = color.a === 1 && ratio >= AA_TEXT && Math.max(onLight, onDark) >= AA_TEXT;
  return { ok, ratio, text };
}

export interface AccentPlan {
  /** Custom properties to set on :root, or null to keep the defaults everywhere. */
  properties: { '--accent': string; '--accent-text': string } | null;
  /** Schemes where the colour failed and the default stays. */
  rejected: Scheme[];
}

/**
 * What to do with an accent for the schemes in use (`auto` = both).
 * The value is written normalised (`rgb(r g b)`), never as the raw input.
 */
export function planAccent(color: Rgba, schemes: readonly Scheme[] = SCHEMES): AccentPlan {
  const verdicts = { light: judgeAccent(color, 'light'), dark: judgeAccent(color, 'dark') };
  const rejected = schemes.filter((s) => !verdicts[s].ok);
  if (rejected.length === schemes.length) return { properties: null, rejected };
  const pick = (s: Scheme) =>
    schemes.includes(s) && verdicts[s].ok
      ? { accent: toCss(color), text: verdicts[s].text }
      : { accent: THEME[s].accent, text: THEME[s].accentText };
  const light = pick('light');
  const dark = pick('dark');
  return {
    properties: {
      '--accent': `light-dark(${light.accent}, ${dark.accent})`,
      '--accent-text': `light-dark(${light.text}, ${dark.text})`,
    },
    rejected,
  };
}
