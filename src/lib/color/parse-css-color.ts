/**
 * Any CSS colour the browser understands (names, hsl(), oklch()…) as sRGB bytes:
 * hex and rgb() go through the pure parser; anything else is painted on a 1×1
 * canvas and read back. Null outside a browser or for anything not a plain colour.
 */
import { parseColor, type Rgba } from './contrast';

// Valid colours, but ones that depend on context: never a brand colour.
const CONTEXTUAL = /var\(|env\(|attr\(|currentcolor|inherit|initial|unset|revert|transparent/i;

export function parseCssColor(
  text: string,
  doc: Document | undefined = globalThis.document,
): Rgba | null {
  const value = text.trim();
  if (!value || value.length > 100 || CONTEXTUAL.test(value)) return null;
  const simple = parseColor(value);
  if (simple || /^(#|rgba?\()/i.test(value)) return simple;
  if (!doc || typeof CSS === 'undefined' || !CSS.supports('color', value)) return null;
  try {
    const canvas = doc.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.fillStyle = value;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
    return { r, g, b, a: a / 255 };
  } catch {
    return null;
  }
}
