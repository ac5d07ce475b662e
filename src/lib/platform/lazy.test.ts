import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lazy, markFailedStylesheets } from './lazy.svelte';
import { relinkFailedStylesheets } from './relink';

const FAILED = 'data-load-failed';
/** A stylesheet link as Vite's preload adds it; jsdom loads nothing, so tests fire its events. */
function linkStylesheet(href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
  return link;
}
const fire = (target: EventTarget, type: 'load' | 'error') => target.dispatchEvent(new Event(type));
const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link')];
/** Fires `load` on each new link as it appears, as a network that came back would. */
function loadNewLinks(): MutationObserver {
  const observer = new MutationObserver((records) =>
    records.forEach((r) =>
      r.addedNodes.forEach((node) => queueMicrotask(() => fire(node, 'load'))),
    ),
  );
  observer.observe(document.head, { childList: true });
  return observer;
}

markFailedStylesheets(document);
afterEach(() => document.head.replaceChildren());

describe('relinkFailedStylesheets', () => {
  it('links again each stylesheet that failed, and settles once they load', async () => {
    fire(linkStylesheet('https://app.test/assets/a.css'), 'error');
    const loaded = linkStylesheet('https://app.test/assets/b.css');
    fire(loaded, 'load');
    const relinked = relinkFailedStylesheets(FAILED);
    const [again, b] = links();
    expect(b).toBe(loaded);
    expect(again!.href).toBe('https://app.test/assets/a.css');
    expect(again!.hasAttribute(FAILED)).toBe(false);
    fire(again!, 'load');
    await expect(relinked).resolves.toBeUndefined();
  });

  it('fails when one fails again, which is marked for the next time', async () => {
    fire(linkStylesheet('https://app.test/assets/a.css'), 'error');
    const relinked = relinkFailedStylesheets(FAILED);
    fire(links()[0]!, 'error');
    await expect(relinked).rejects.toThrow('a.css');
    expect(links()[0]!.hasAttribute(FAILED)).toBe(true);
  });
});

describe('Lazy', () => {
  it('loads once, however many ask at the same time', async () => {
    const load = vi.fn(async () => 'piece');
    const lazy = new Lazy(load);
    const [a, b] = await Promise.all([lazy.get(), lazy.get()]);
    expect([a, b, await lazy.get(), lazy.value]).toEqual(['piece', 'piece', 'piece', 'piece']);
    expect(load).toHaveBeenCalledOnce();
  });

  it('says it failed without rejecting, and loads again when asked', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('piece');
    const lazy = new Lazy(load);
    await expect(lazy.get()).resolves.toBeUndefined();
    expect(lazy.failed).toBe(true);
    await expect(lazy.get()).resolves.toBe('piece');
    expect(lazy.failed).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('links failed stylesheets again before a retry, not before a first try', async () => {
    const failed = linkStylesheet('https://app.test/assets/piece.css');
    fire(failed, 'error');
    const lazy = new Lazy(vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(1));
    await lazy.get();
    expect(links()).toEqual([failed]);
    const observer = loadNewLinks();
    await expect(lazy.get()).resolves.toBe(1);
    observer.disconnect();
    expect(links()).toHaveLength(1);
    expect(links()[0]).not.toBe(failed);
    expect(links()[0]!.href).toBe('https://app.test/assets/piece.css');
  });
});
