import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPiece, markFailedStylesheets, relinkFailedStylesheets } from './lazy';

/** A stylesheet link as Vite's preload adds it; jsdom loads nothing, so tests fire its events. */
function linkStylesheet(doc: Document, href: string): HTMLLinkElement {
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  doc.head.append(link);
  return link;
}
const fire = (target: EventTarget, type: 'load' | 'error') => target.dispatchEvent(new Event(type));
const links = (doc: Document) => [...doc.querySelectorAll<HTMLLinkElement>('link')];

describe('failed stylesheets', () => {
  const doc = document;
  markFailedStylesheets(doc);
  afterEach(() => doc.head.replaceChildren());

  it('are linked again on a retry, which waits for them to load', async () => {
    fire(linkStylesheet(doc, 'https://app.test/assets/a.css'), 'error');
    fire(linkStylesheet(doc, 'https://app.test/assets/b.css'), 'load');
    const load = vi.fn(async () => 'piece');
    const piece = loadPiece(load, true);
    // The failed one is replaced by a fresh link to the same file; the loaded one stays.
    const [again, b] = links(doc);
    expect(b!.href).toBe('https://app.test/assets/b.css');
    expect(again!.href).toBe('https://app.test/assets/a.css');
    expect(again!.hasAttribute('data-load-failed')).toBe(false);
    expect(load).not.toHaveBeenCalled();
    fire(again!, 'load');
    await expect(piece).resolves.toBe('piece');
    expect(load).toHaveBeenCalledOnce();
  });

  it('fail the retry when one fails again, and are tried on the next', async () => {
    fire(linkStylesheet(doc, 'https://app.test/assets/a.css'), 'error');
    const retry = relinkFailedStylesheets(doc);
    fire(links(doc)[0]!, 'error');
    await expect(retry).rejects.toThrow('a.css');
    expect(links(doc)[0]!.hasAttribute('data-load-failed')).toBe(true);
    const next = relinkFailedStylesheets(doc);
    fire(links(doc)[0]!, 'load');
    await expect(next).resolves.toBeUndefined();
  });

  it('are left alone by a first try', async () => {
    fire(linkStylesheet(doc, 'https://app.test/assets/a.css'), 'error');
    const failed = links(doc)[0];
    await expect(loadPiece(async () => 1, false)).resolves.toBe(1);
    expect(links(doc)[0]).toBe(failed);
  });
});
