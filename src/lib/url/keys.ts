/**
 * The URL's two kinds of keys, apart from params.ts and with no imports: embed.js
 * bundles this list on partners' pages without the rest of the URL code.
 */

/**
 * The view's own keys, those `toParams` writes and `fromParams` reads: all a deep link
 * restored from a host page's hash may carry.
 */
export const VIEW_KEYS: readonly string[] = [
  'campaign',
  'country',
  'period',
  'metric',
  'tag',
  'outcome',
  'q',
  'sort',
  'lang',
];

/** Keys read by modes and hosts rather than by the explorer's view: never "unknown". */
export const MODE_KEYS: readonly string[] = [
  'embed',
  'present',
  'theme',
  'accent',
  'hosts',
  'tour',
  'slide',
  'console',
  'kiosk',
  'data',
  'layout',
  'play',
];
