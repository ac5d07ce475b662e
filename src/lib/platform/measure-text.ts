/**
 * Text widths for layouts drawn in SVG: a canvas 2D context's `measureText` in
 * the font the text is drawn with (read from its computed style), cached per
 * string. Where there is no canvas (the prerender, jsdom) an estimate stands in
 * until the page can measure. The context is injected, so this runs in Node.
 */

/** Width in CSS pixels of `text`, regular or bold. */
export type MeasureText = (text: string, bold?: boolean) => number;

export interface FontSpec {
  fontStyle: string;
  fontSize: string;
  fontFamily: string;
}

/** What the measurer needs of a canvas context. */
export type MeasuringContext = Pick<CanvasRenderingContext2D, 'font' | 'measureText'>;

/** A rough average glyph width (em) of sans-serif text, regular and bold: only until measured. */
const ESTIMATE = { regular: 0.55, bold: 0.6 };

export function estimateText(fontSizePx = 12): MeasureText {
  return (text, bold = false) =>
    text.length * fontSizePx * (bold ? ESTIMATE.bold : ESTIMATE.regular);
}

export function textMeasurer(font: FontSpec, context: MeasuringContext | null): MeasureText {
  if (!context) return estimateText(parseFloat(font.fontSize) || 12);
  const fonts = [400, 700].map((w) => `${font.fontStyle} ${w} ${font.fontSize} ${font.fontFamily}`);
  const cache = new Map<string, number>();
  return (text, bold = false) => {
    const key = `${bold ? 1 : 0}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = fonts[bold ? 1 : 0]!;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/** Measures in the font `element` is drawn with (a canvas of its document). */
export function measurerFor(element: Element): MeasureText {
  // jsdom has no canvas context (and says so on the console when asked for one).
  const context =
    typeof CanvasRenderingContext2D === 'undefined'
      ? null
      : element.ownerDocument.createElement('canvas').getContext('2d');
  return textMeasurer(getComputedStyle(element), context);
}
