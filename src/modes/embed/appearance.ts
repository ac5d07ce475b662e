/**
 * `?theme=` and `?accent=`: a host's say on the explorer's look, in any mode.
 * Styles are set through the CSSOM (allowed under `style-src 'self'`), never as
 * style attributes, and the accent is written normalised, never as the raw input.
 */
import { planAccent, type Scheme } from '../../lib/color/accent';
import { parseCssColor } from '../../lib/color/parse-css-color';
import type { UrlProblem } from '../../lib/url/params';
import { THEMES, type Theme } from './protocol';

export function readTheme(value: string | null): Theme | null {
  return value !== null && (THEMES as readonly string[]).includes(value) ? (value as Theme) : null;
}

/** `light`/`dark` force a scheme through `data-theme`; `auto` follows the reader's system. */
export function applyTheme(theme: Theme, root: HTMLElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

function schemesInUse(root: HTMLElement): Scheme[] {
  const forced = root.dataset.theme;
  return forced === 'light' || forced === 'dark' ? [forced] : ['light', 'dark'];
}

/**
 * Applies an accent for the schemes in use where it keeps WCAG AA; elsewhere keeps
 * the default, warns (for the host's developer) and reports it (for a notice).
 */
export function applyAccent(value: string, root: HTMLElement): UrlProblem[] {
  const color = parseCssColor(value, root.ownerDocument);
  if (!color) {
    console.warn(
      `campaign-explorer: accent "${value.slice(0, 100)}" is not a colour; default kept.`,
    );
    return [{ kind: 'bad-value', key: 'accent', value }];
  }
  const plan = planAccent(color, schemesInUse(root));
  if (plan.rejected.length)
    console.warn(
      `campaign-explorer: accent "${value.slice(0, 100)}" is below the WCAG AA contrast (4.5:1) ` +
        `on the ${plan.rejected.join(' and ')} background; default kept there.`,
    );
  for (const [name, css] of Object.entries(plan.properties ?? {}))
    root.style.setProperty(name, css);
  return plan.rejected.length ? [{ kind: 'weak-accent', value, schemes: plan.rejected }] : [];
}

/** Applies the launch's `theme` and `accent` to <html> and reports what it refused. */
export function applyAppearance(
  launch: { theme: string | null; accent: string | null },
  root: HTMLElement,
): UrlProblem[] {
  const problems: UrlProblem[] = [];
  const asked = launch.theme;
  const theme = readTheme(asked);
  if (theme) applyTheme(theme, root);
  else if (asked !== null) problems.push({ kind: 'bad-value', key: 'theme', value: asked });
  const accent = launch.accent;
  if (accent) problems.push(...applyAccent(accent, root));
  return problems;
}
