import { describe, expect, it, vi } from 'vitest';
import { isSlideMessage, presenterLink } from './link';

describe('the presenter link', () => {
  it('accepts only slide messages with a whole, non-negative slide', () => {
    expect(isSlideMessage({ kind: 'campaign-explorer/slide', slide: 3 })).toBe(true);
    expect(isSlideMessage({ kind: 'campaign-explorer/slide', slide: -1 })).toBe(false);
    expect(isSlideMessage({ kind: 'campaign-explorer/slide', slide: 1.5 })).toBe(false);
    expect(isSlideMessage({ kind: 'other', slide: 1 })).toBe(false);
    expect(isSlideMessage('slide 1')).toBe(false);
  });

  it('follows a message from the window it opened, never from a stranger', () => {
    const onslide = vi.fn();
    const link = presenterLink(window, onslide);
    const child = { closed: false, postMessage: vi.fn() } as unknown as Window;
    link.adopt(child);
    const data = { kind: 'campaign-explorer/slide', slide: 4 };
    window.dispatchEvent(
      new MessageEvent('message', { data, source: child as MessageEventSource }),
    );
    window.dispatchEvent(new MessageEvent('message', { data: { ...data, slide: 9 } }));
    expect(onslide.mock.calls).toEqual([[4]]);
    link.send(2);
    expect(child.postMessage).toHaveBeenCalledWith(
      data && { kind: 'campaign-explorer/slide', slide: 2 },
      '*',
    );
    link.close();
  });
});
