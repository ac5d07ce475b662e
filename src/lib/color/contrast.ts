/**
 * WCAG 2.x contrast: relative luminance and contrast ratio of sRGB colours, plus
 * a small parser for the colour forms a URL usually carries (hex, rgb()). No DOM
 * here: the browser-side parser for any other CSS colour lives in parse-css-color.ts.
 */

/** Channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** WCAG 2.2 AA for normal text. */
export const AA_TEXT = 4.5;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function hexColor(hex: string): Rgba | null {
  if (!/^[0-9a-f]+$/i.test(hex)) return null;
  const short = hex.length === 3 || hex.length === 4;
  if (!short && hex.length !== 6 && hex.length !== 8) return null;
  const step = short ? 1 : 2;
  const channel = (i: number) => {
    const part = hex.slice(i * step, i * step + step);
    return parseInt(short ? part + part : part, 16);
  };
  const hasAlpha = hex.length === 4 || hex.length === 8;
  return { r: channel(0), g: channel(1), b: channel(2), a: hasAlpha ? channel(3) / 255 : 1 };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

function channelValue(text: string, percentScale: number): number | null {
  if (!NUMBER.test(text)) return null;
  const n = parseFloat(text);
  if (!Number.isFinite(n)) return null;
  return text.endsWith('%') ? (n / 100) * percentScale : n;
}

function rgbColor(body: string): Rgba | null {
  let parts: string[];
  let alpha: string | undefined;
  if (body.includes(',')) {
    parts = body.split(',').map((p) => p.trim());
    if (parts.length === 4) alpha = parts.pop();
  } else {
    const [channels = '', rest, ...extra] = body.split('/');
    if (extra.length) return null;
    parts = channels.trim().split(/\s+/);
    alpha = rest?.trim();
  }
  if (parts.length !== 3) return null;
  // CSS forbids mixing numbers and percentages among the three channels.
  const percents = parts.filter((p) => p.endsWith('%')).length;
  if (percents !== 0 && percents !== 3) return null;
  const [r, g, b] = parts.map((p) => channelValue(p, 255));
  const a = alpha === undefined ? 1 : channelValue(alpha, 1);
  if (r == null || g == null || b == null || a == null) return null;
  return {
    r: Math.round(clamp(r, 0, 255)),
    g: Math.round(clamp(g, 0, 255)),
    b: Math.round(clamp(b, 0, 255)),
    a: clamp(a, 0, 1),
  };
}

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()` and `rgba()` (comma or space syntax); null otherwise. */
export function parseColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  if (value.length > 100) return null;
  if (value.startsWith('#')) return hexColor(value.slice(1));
  const match = /^rgba?\(([^()]*)\)$/.exec(value);
  return match ? rgbColor(match[1] ?? '') : null;
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 to 21, whichever colour is lighter. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `rgb(r g b)`: the normalised form written to CSS (never the raw input). */
export function toCss({ r, g, b }: Rgba): string {
  return `rgb(${r} ${g} ${b})`;
}
