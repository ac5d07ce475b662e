import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../../lib/data/schema';
import { byDate } from '../../lib/time/month-key';
import { keyBelongsToTarget, tourAction } from './keys';
import { buildTour, slideIndex } from './tour';

const campaigns = [...(raw as Dataset).campaigns].sort(byDate);

describe('buildTour', () => {
  it('opens, walks every campaign in date order and closes: 15 slides', () => {
    const { slides } = buildTour(campaigns);
    expect(slides).toHaveLength(15);
    expect(slides[0]).toEqual({ kind: 'opening' });
    expect(slides[1]).toEqual({ kind: 'campaign', id: 'reportage-tv9' });
    expect(slides[13]).toEqual({ kind: 'campaign', id: 'contre-les-traitements-anti-gays' });
    expect(slides[14]).toEqual({ kind: 'closing' });
  });

  it('follows ?tour= order and reports unknown ids', () => {
    const { slides, unknown } = buildTour(campaigns, 'jeux-de-sotchi,nope,reportage-tv9');
    expect(slides.map((s) => (s.kind === 'campaign' ? s.id : s.kind))).toEqual([
      'opening',
      'jeux-de-sotchi',
      'reportage-tv9',
      'closing',
    ]);
    expect(unknown).toEqual(['nope']);
  });
});

describe('slideIndex', () => {
  it('reads slide=N as 1-based and refuses what is out of range', () => {
    expect(slideIndex(null, 15)).toBe(0);
    expect(slideIndex('4', 15)).toBe(3);
    expect(slideIndex('15', 15)).toBe(14);
    for (const bad of ['0', '16', '-1', 'two', '1.5']) expect(slideIndex(bad, 15)).toBeUndefined();
  });
});

describe('tourAction', () => {
  it('maps clicker and keyboard keys', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) {
      expect(tourAction({ key, ctrlKey: false, metaKey: false, altKey: false })).toBe('next');
    }
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) {
      expect(tourAction({ key, ctrlKey: false, metaKey: false, altKey: false })).toBe('previous');
    }
    expect(tourAction({ key: '.', ctrlKey: false, metaKey: false, altKey: false })).toBe('black');
    expect(tourAction({ key: 'W', ctrlKey: false, metaKey: false, altKey: false })).toBe('white');
    expect(tourAction({ key: 'f', ctrlKey: false, metaKey: false, altKey: false })).toBe(
      'fullscreen',
    );
  });

  it('leaves browser shortcuts alone', () => {
    expect(tourAction({ key: 'f', ctrlKey: true, metaKey: false, altKey: false })).toBeUndefined();
  });
});

describe('keyBelongsToTarget', () => {
  it('leaves every key to text fields', () => {
    document.body.innerHTML = '<input><button></button><div data-scroll><p></p></div>';
    expect(keyBelongsToTarget('ArrowRight', document.querySelector('input'))).toBe(true);
    expect(keyBelongsToTarget('Enter', document.querySelector('button'))).toBe(true);
    expect(keyBelongsToTarget('ArrowRight', document.querySelector('button'))).toBe(false);
    expect(keyBelongsToTarget('ArrowDown', document.querySelector('p'))).toBe(true);
  });
});
