// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { estimateText, textMeasurer, type MeasuringContext } from './measure-text';

const font = { fontStyle: 'normal', fontSize: '12px', fontFamily: 'system-ui, sans-serif' };

/** A context whose glyphs are 6 px wide, 7 px in bold, and that counts its calls. */
function fakeContext() {
  const calls: string[] = [];
  const context: MeasuringContext & { calls: string[] } = {
    font: '',
    calls,
    measureText(text: string) {
      calls.push(`${this.font}|${text}`);
      return { width: text.length * (this.font.includes(' 700 ') ? 7 : 6) } as TextMetrics;
    },
  };
  return context;
}

describe('textMeasurer', () => {
  it('measures in the computed font, regular or bold', () => {
    const context = fakeContext();
    const measure = textMeasurer(font, context);
    expect(measure('abcd')).toBe(24);
    expect(measure('abcd', true)).toBe(28);
    expect(context.calls).toEqual([
      'normal 400 12px system-ui, sans-serif|abcd',
      'normal 700 12px system-ui, sans-serif|abcd',
    ]);
  });

  it('measures each text once per weight', () => {
    const context = fakeContext();
    const measure = textMeasurer(font, context);
    measure('Sotchi');
    measure('Sotchi');
    measure('Sotchi', true);
    measure('Sotchi', true);
    expect(context.calls).toHaveLength(2);
  });

  it('estimates from the font size where there is no canvas', () => {
    const measure = textMeasurer({ ...font, fontSize: '20px' }, null);
    expect(measure('abcd')).toBe(estimateText(20)('abcd'));
    expect(measure('abcd', true)).toBeGreaterThan(measure('abcd'));
  });
});
