/**
 * The stage and the speaker's console drive each other: each sends the slide it
 * moves to, the other follows. Two carriers, because neither works everywhere:
 * BroadcastChannel joins any two windows of one origin (a console opened by hand
 * in another tab); a page opened from `file://` has an opaque origin, which
 * Chromium still lets share a channel (measured) but not every browser does;
 * `postMessage` between the stage and the window it opened (`window.opener`)
 * works from any origin, the offline file too (tests/e2e/present-console.spec.ts).
 * A slide index is idempotent, so a message that arrives twice does nothing more.
 */
const CHANNEL = 'campaign-explorer-present';
const KIND = 'campaign-explorer/slide';

export interface SlideMessage {
  kind: typeof KIND;
  slide: number;
}

export function isSlideMessage(data: unknown): data is SlideMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as SlideMessage).kind === KIND &&
    Number.isInteger((data as SlideMessage).slide) &&
    (data as SlideMessage).slide >= 0
  );
}

export interface PresenterLink {
  send(slide: number): void;
  /** A window this one opened (the console), which is sent to as well. */
  adopt(other: Window | null): void;
  close(): void;
}

export function presenterLink(win: Window, onslide: (slide: number) => void): PresenterLink {
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    channel = null; // an opaque origin may refuse it
  }
  let child: Window | null = null;
  const peers = () =>
    [win.opener as Window | null, child].filter((w): w is Window => !!w && !w.closed);
  const receive = (data: unknown) => {
    if (isSlideMessage(data)) onslide(data.slide);
  };
  if (channel) channel.onmessage = (event) => receive(event.data);
  const onmessage = (event: MessageEvent) => {
    // Only the window this one opened, or the one that opened it, may drive it.
    if (peers().includes(event.source as Window)) receive(event.data);
  };
  win.addEventListener('message', onmessage);
  return {
    send(slide) {
      const message: SlideMessage = { kind: KIND, slide };
      channel?.postMessage(message);
      // The peer's origin is this page's, or opaque (file://): '*' is the only target both accept.
      for (const peer of peers()) peer.postMessage(message, '*');
    },
    adopt(other) {
      child = other;
    },
    close() {
      channel?.close();
      win.removeEventListener('message', onmessage);
    },
  };
}
