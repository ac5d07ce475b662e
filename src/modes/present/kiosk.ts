/**
 * `?present&kiosk=8`: an unattended screen. The tour advances every N seconds and
 * loops; someone touching a key or the pointer pauses it, and after a minute
 * without anyone it starts again from the opening slide. Pure timing, driven by
 * the stage (the clock is the page's, so tests drive it with Playwright's).
 */

/** Seconds between slides: `kiosk=N` (2 to 600), 8 when the value is missing or unusable. */
export function kioskSeconds(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value);
  return value !== '' && Number.isFinite(n) && n >= 2 && n <= 600 ? n : 8;
}

/** How long the screen must be left alone before the tour starts again. */
export const KIOSK_IDLE_MS = 60_000;

/** The slide after `index`, round and round. */
export const nextInLoop = (index: number, count: number): number => (index + 1) % count;

/** Keeps the screen awake where the browser can; silently nothing elsewhere. */
export function keepAwake(): () => void {
  let lock: { release(): Promise<void> } | null = null;
  let done = false;
  const request = () => {
    const wake = (
      navigator as Navigator & {
        wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> };
      }
    ).wakeLock;
    wake
      ?.request('screen')
      .then((l) => (done ? void l.release() : (lock = l)))
      .catch(() => {});
  };
  // The browser drops the lock when the page is hidden: ask again when it shows.
  const onvisible = () => document.visibilityState === 'visible' && request();
  request();
  document.addEventListener('visibilitychange', onvisible);
  return () => {
    done = true;
    document.removeEventListener('visibilitychange', onvisible);
    void lock?.release().catch(() => {});
  };
}
