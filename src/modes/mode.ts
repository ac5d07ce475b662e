/** The app's mode, read once from the URL at start: modes wrap the same views and state. */
import type { UrlProblem } from '../lib/url/params';
import { readHosts } from './embed/hosts';

export type Mode = 'plain' | 'embed' | 'present';

export function readMode(search: string): Mode {
  const params = new URLSearchParams(search);
  if (params.has('present')) return 'present';
  if (params.has('embed')) return 'embed';
  return 'plain';
}

/**
 * What the mode keys ask for that the page will ignore, known without loading a mode:
 * `hosts` entries that are not origins. (`theme` and `accent` are judged where they
 * are applied, modes/embed/appearance.ts.)
 */
export function modeProblems(search: string): UrlProblem[] {
  const { rejected } = readHosts(new URLSearchParams(search).get('hosts'));
  return rejected.map((value) => ({ kind: 'bad-value', key: 'hosts', value }));
}
