/**
 * What a key does in the tour, for clickers and keyboards alike. Pure, so it is
 * tested without the stage.
 */
import { inTextField } from '../../lib/a11y/text-field';

export type TourAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'black'
  | 'white'
  | 'fullscreen'
  | 'narrative'
  | 'theme'
  | 'motion'
  | 'help'
  | 'console'
  | 'play'
  | 'exit';

const KEYS: Record<string, TourAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'black',
  B: 'black',
  '.': 'black',
  w: 'white',
  W: 'white',
  f: 'fullscreen',
  F: 'fullscreen',
  n: 'narrative',
  N: 'narrative',
  d: 'theme',
  D: 'theme',
  m: 'motion',
  M: 'motion',
  '?': 'help',
  c: 'console',
  C: 'console',
  p: 'play',
  P: 'play',
  Escape: 'exit',
};

export function tourAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): TourAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return KEYS[event.key];
}

/** Keys a focused control needs for itself (Enter and Space on a button, arrows in a scroller). */
export function keyBelongsToTarget(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (inTextField(target)) return true;
  if ((key === 'Enter' || key === ' ') && target.closest('button, a[href], summary')) return true;
  if (
    /^(ArrowUp|ArrowDown|PageUp|PageDown|Home|End| )$/.test(key) &&
    target.closest('[data-scroll]')
  ) {
    return true;
  }
  return false;
}
