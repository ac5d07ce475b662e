import { readLaunch } from '../../lib/url/launch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyAppearance, readTheme } from './appearance';

const root = () => document.createElement('html');

describe('readTheme', () => {
  it('knows light, dark and auto, nothing else', () => {
    expect(['light', 'dark', 'auto', 'purple', '', null].map(readTheme)).toEqual([
      'light',
      'dark',
      'auto',
      null,
      null,
      null,
    ]);
  });
});

describe('applyAppearance', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('applies a known theme and a readable accent, and reports nothing', () => {
    const html = root();
    expect(applyAppearance(readLaunch('?theme=dark&accent=%23ff7ab8'), html)).toEqual([]);
    expect(html.dataset.theme).toBe('dark');
    expect(html.style.getPropertyValue('--accent')).not.toBe('');
  });

  it('reports an unknown theme and leaves the page’s own', () => {
    const html = root();
    expect(applyAppearance(readLaunch('?theme=purple'), html)).toEqual([
      { kind: 'bad-value', key: 'theme', value: 'purple' },
    ]);
    expect(html.dataset.theme).toBeUndefined();
  });

  it('reports an accent that is not a colour, or too faint where it would show', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // jsdom has no CSS.supports: the browser says "notacolour" is no colour.
    vi.stubGlobal('CSS', { supports: () => false });
    expect(applyAppearance(readLaunch('?accent=notacolour'), root())).toEqual([
      { kind: 'bad-value', key: 'accent', value: 'notacolour' },
    ]);
    // Yellow reads on the dark background only.
    expect(applyAppearance(readLaunch('?accent=%23ffee00'), root())).toEqual([
      { kind: 'weak-accent', value: '#ffee00', schemes: ['light'] },
    ]);
    expect(applyAppearance(readLaunch('?theme=dark&accent=%23ffee00'), root())).toEqual([]);
  });
});
