/**
 * The benchmark's in-page half, installed before the app's scripts run. Times
 * are taken in the page (performance.now(), 0 = navigation start) so that the
 * round trips to Playwright never count. Elements are found by their accessible
 * names (the app's French strings), not by classes the app may rename.
 */

export interface ProbeArgs {
  /** Accessible names of the map and list regions, and of the panel's close button. */
  mapName: string;
  listName: string;
  closeName: string;
  /** Start of the app's « dataset unusable » message for this `?data=` path. */
  errorText: string;
}

export type Ready =
  | {
      drawn: number;
      interactive: number;
      longTasks: number;
      longestTask: number;
      /** Where the time went: DOMContentLoaded and each fetched file's [start, end]. */
      milestones: Record<string, number | [number, number]>;
    }
  | { error: string };

export interface BenchProbe {
  /** Resolves once the map's countries and the range handles are painted and the main thread has been quiet for `quietMs`. */
  interactive(quietMs: number): Promise<Ready>;
  /** Waits until no long task has run for `quietMs`. */
  settle(quietMs: number): Promise<void>;
  /** Texts of the campaign list's clickable elements. */
  titles(): string[];
  /**
   * Clicks the list entry with this text `phase` ms into a frame. Returns the ms from
   * the click to just after the frame that paints the panel labelled by it, and which
   * frame that is after the one the click fell in (1: the very next, its work done
   * before the one after it starts), or an error.
   */
  select(title: string, phase: number): Promise<{ ms: number; frames: number } | string>;
  /** Closes the panel labelled by this title; false when it has no close button. */
  close(title: string): Promise<boolean>;
  startFrames(): void;
  /** Deltas between consecutive frames since startFrames(), in ms. */
  stopFrames(): number[];
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

function probe(args: ProbeArgs): void {
  const tasks: { end: number; duration: number }[] = [];
  const record = (entries: PerformanceEntryList) =>
    entries.forEach((e) => tasks.push({ end: e.startTime + e.duration, duration: e.duration }));
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  try {
    observer.observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: "interactive" degrades to "drawn".
  }

  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const tick = () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
  /** The element whose aria-labelledby names it `name` (regions, the panel). */
  const labelled = (name: string) =>
    [...document.querySelectorAll('[aria-labelledby]')].find(
      (el) =>
        el
          .getAttribute('aria-labelledby')!
          .split(/\s+/)
          .map((id) => text(document.getElementById(id)))
          .join(' ') === name,
    );
  const clickables = (root: ParentNode) => [
    ...root.querySelectorAll<HTMLElement>('button, a[href], [role="button"], [role="link"]'),
  ];
  const lastTaskEnd = () => {
    record(observer.takeRecords());
    return Math.max(0, ...tasks.map((t) => t.end));
  };
  const settle = async (quietMs: number) => {
    while (performance.now() - lastTaskEnd() < quietMs) await sleep(quietMs / 4);
  };

  // Checked every frame from the first one: the first frame where both are in the DOM is painted with them.
  // (The prerendered page already has the range handles, but no map paths: those need the app.)
  const drawn = new Promise<{ at: number } | { error: string }>((resolve) => {
    const check = () => {
      const alert = [...document.querySelectorAll('[role="alert"]')].find((a) =>
        text(a).includes(args.errorText),
      );
      if (alert) return resolve({ error: (alert as HTMLElement).innerText.trim() });
      const map = labelled(args.mapName);
      const sliders = document.querySelectorAll('[role="slider"]').length;
      if (map?.querySelector('svg path[data-code]') && sliders >= 2)
        return void tick().then(() => resolve({ at: performance.now() }));
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });

  let frames: number[] = [];
  let recording = false;

  window.__bench = {
    async interactive(quietMs) {
      const d = await drawn;
      if ('error' in d) return d;
      await settle(quietMs);
      return {
        drawn: d.at,
        interactive: Math.max(d.at, lastTaskEnd()),
        longTasks: tasks.length,
        longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
        milestones: Object.fromEntries([
          ...performance
            .getEntriesByType('navigation')
            .map((n) => [
              'DOMContentLoaded',
              (n as PerformanceNavigationTiming).domContentLoadedEventEnd,
            ]),
          ...performance
            .getEntriesByType('resource')
            .map((r) => [
              r.name.replace(/^.*\//, ''),
              [r.startTime, (r as PerformanceResourceTiming).responseEnd],
            ]),
        ]),
      };
    },
    settle,
    titles() {
      return clickables(labelled(args.listName) ?? document).map(text);
    },
    async select(title, phase) {
      const target = clickables(labelled(args.listName) ?? document).find(
        (el) => text(el) === title,
      );
      if (!target) return `no list entry "${title}"`;
      // A frame clock: a rAF's timestamp is its frame's start (vsync), the same for every callback of that frame.
      let current = await frame();
      let ticking = true;
      const clock = (t: number) => {
        if (!ticking) return;
        current = t;
        requestAnimationFrame(clock);
      };
      requestAnimationFrame(clock);
      await sleep(phase);
      const clickedIn = current;
      const start = performance.now();
      target.click();
      // The DOM changes in a microtask after the click; a MutationObserver sees it then.
      await new Promise<void>((resolve) => {
        if (labelled(title)) return resolve();
        const watch = new MutationObserver(() => {
          if (!labelled(title)) return;
          watch.disconnect();
          resolve();
        });
        watch.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      // This rAF runs in the frame that paints the panel (just before), the posted message just after it.
      const paintedIn = await frame();
      await tick();
      const end = performance.now();
      ticking = false;
      // The frame the click fell in: the clock's last tick may be one behind (a frame's rAFs run a little after it starts).
      const interval = 1000 / 60;
      const base = clickedIn + Math.floor((start - clickedIn) / interval) * interval;
      // On time, the painting frame starts one interval after the click's and its work ends before the next starts.
      const frames = Math.max(
        Math.round((paintedIn - base) / interval),
        Math.ceil((end - base) / interval) - 1,
      );
      return { ms: end - start, frames };
    },
    async close(title) {
      const panel = labelled(title);
      const button = panel
        ? clickables(panel).find(
            (b) => b.getAttribute('aria-label') === args.closeName || text(b) === args.closeName,
          )
        : undefined;
      if (!button) return !panel;
      button.click();
      while (labelled(title)) await frame();
      return true;
    },
    startFrames() {
      frames = [];
      recording = true;
      // The rAF timestamp is the frame's start (vsync-aligned): deltas are whole frame intervals.
      const loop = (t: number) => {
        if (!recording) return;
        frames.push(t);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopFrames() {
      recording = false;
      return frames.slice(1).map((t, i) => t - frames[i]!);
    },
  };
}

/** The probe as an init script. tsx wraps named functions in an `__name` helper the page lacks. */
export function probeScript(args: ProbeArgs): string {
  return `(() => { const __name = (f) => f; (${probe.toString()})(${JSON.stringify(args)}); })();`;
}
