import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, relativeLuminance, toCss } from './contrast';

const c = (text: string) => {
  const color = parseColor(text);
  if (!color) throw new Error(`unparsed ${text}`);
  return color;
};

describe('parseColor', () => {
  it('reads every hex length, in any case', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#0F08')).toEqual({ r: 0, g: 255, b: 0, a: 0x88 / 255 });
    expect(parseColor('#B0136A')).toEqual({ r: 176, g: 19, b: 106, a: 1 });
    expect(parseColor('  #b0136a80 ')).toEqual({ r: 176, g: 19, b: 106, a: 128 / 255 });
  });

  it('reads rgb() and rgba() with commas, spaces, percentages and a slash alpha', () => {
    expect(parseColor('rgb(176, 19, 106)')).toEqual({ r: 176, g: 19, b: 106, a: 1 });
    expect(parseColor('rgba(0,0,0,0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(0 128 255 / 50%)')).toEqual({ r: 0, g: 128, b: 255, a: 0.5 });
    expect(parseColor('RGB(100% 0% 50%)')).toEqual({ r: 255, g: 0, b: 128, a: 1 });
    expect(parseColor('rgb(300 -4 12.4)')).toEqual({ r: 255, g: 0, b: 12, a: 1 });
  });

  it('returns null for anything else instead of guessing', () => {
    for (const bad of [
      '',
      '#',
      '#ff',
      '#fffff',
      '#ggg',
      'fff',
      'rgb()',
      'rgb(1,2)',
      'rgb(1,2,3,4,5)',
      'rgb(1 2 3 / 4 / 5)',
      'rgb(10%, 2, 3)',
      'rgb(a, b, c)',
      'rgb(1,2,3',
      'rgb(1,2,3))',
      'url(x)',
      'red',
      'var(--x)',
      `#${'f'.repeat(200)}`,
    ]) {
      expect(parseColor(bad), bad).toBeNull();
    }
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance(c('#000'))).toBe(0);
    expect(relativeLuminance(c('#fff'))).toBeCloseTo(1, 10);
  });

  it('weighs green most, as the WCAG formula does', () => {
    expect(relativeLuminance(c('#0f0'))).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance(c('#f00'))).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance(c('#00f'))).toBeCloseTo(0.0722, 4);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio(c('#000'), c('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(c('#fff'), c('#000'))).toBeCloseTo(21, 5);
    expect(contrastRatio(c('#b0136a'), c('#b0136a'))).toBe(1);
  });

  it('puts #767676 just above and #777777 just below 4.5:1 on white', () => {
    expect(contrastRatio(c('#767676'), c('#fff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(c('#777777'), c('#fff'))).toBeLessThan(4.5);
  });
});

describe('toCss', () => {
  it('writes the normalised rgb() form', () => {
    expect(toCss(c('#B0136A'))).toBe('rgb(176 19 106)');
  });
});
