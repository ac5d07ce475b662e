/** The app's mode, read once from the URL at start: modes wrap the same views and state. */
export type Mode = 'plain' | 'embed' | 'present';

export function readMode(search: string): Mode {
  const params = new URLSearchParams(search);
  if (params.has('present')) return 'present';
  if (params.has('embed')) return 'embed';
  return 'plain';
}
