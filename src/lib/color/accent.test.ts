import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeAccent, planAccent, THEME } from './accent';
import { parseColor, type Rgba } from './contrast';

const c = (text: string) => parseColor(text) as Rgba;

describe('THEME', () => {
  it('mirrors the background, accent and accent text of global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    for (const [name, key] of [
      ['--bg', 'bg'],
      ['--accent', 'accent'],
      ['--accent-text', 'accentText'],
    ] as const) {
      const line = new RegExp(`${name}: light-dark\\((#[0-9a-f]+), (#[0-9a-f]+)\\)`, 'i').exec(css);
      expect(line?.slice(1), name).toEqual([THEME.light[key], THEME.dark[key]]);
    }
  });
});

describe('judgeAccent', () => {
  it('accepts a dark brand blue on the light background with white text on it', () => {
    const verdict = judgeAccent(c('#0057b8'), 'light');
    expect(verdict.ok).toBe(true);
    expect(verdict.text).toBe('#ffffff');
  });

  it('rejects a pale yellow on the light background', () => {
    expect(judgeAccent(c('#ffe14d'), 'light').ok).toBe(false);
  });

  it('accepts a pale yellow on the dark background with dark text on it', () => {
    const verdict = judgeAccent(c('#ffe14d'), 'dark');
    expect(verdict.ok).toBe(true);
    expect(verdict.text).toBe('#121418');
  });

  it('rejects a translucent colour, whose contrast depends on what is behind it', () => {
    expect(judgeAccent(c('#0057b880'), 'light').ok).toBe(false);
  });

  it('accepts the default accents in their own scheme', () => {
    expect(judgeAccent(c(THEME.light.accent), 'light').ok).toBe(true);
    expect(judgeAccent(c(THEME.dark.accent), 'dark').ok).toBe(true);
  });
});

describe('planAccent', () => {
  it('keeps the default dark accent when a colour only passes on light, for auto themes', () => {
    const plan = planAccent(c('#0057b8'));
    expect(plan.rejected).toEqual(['dark']);
    expect(plan.properties).toEqual({
      '--accent': 'light-dark(rgb(0 87 184), #ff7ab8)',
      '--accent-text': 'light-dark(#ffffff, #121418)',
    });
  });

  it('applies the colour without complaint when only the light theme is in use', () => {
    const plan = planAccent(c('#0057b8'), ['light']);
    expect(plan.rejected).toEqual([]);
    expect(plan.properties?.['--accent']).toBe('light-dark(rgb(0 87 184), #ff7ab8)');
  });

  it('sets nothing when the colour fails every scheme in use', () => {
    expect(planAccent(c('#ffe14d'), ['light'])).toEqual({ properties: null, rejected: ['light'] });
    expect(planAccent(c('#777777')).properties).toBeNull();
  });
});
