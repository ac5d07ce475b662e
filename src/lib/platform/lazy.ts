/**
 * Pieces loaded on demand, and a failing network. Chromium fetches again a module
 * whose fetch failed (the module map keeps no fetch failure), but Vite's preload
 * links a piece's stylesheet once per page: after a failure, the next try would
 * load the piece without its styles. So a stylesheet that fails is marked, and a
 * retry links the marked ones again first.
 */
const FAILED = 'data-load-failed';

/** From now on, marks every stylesheet of `doc` that fails to load. */
export function markFailedStylesheets(doc: Document = document): void {
  doc.addEventListener(
    'error',
    (event) => {
      const link = event.target;
      if (link instanceof HTMLLinkElement && link.rel === 'stylesheet')
        link.setAttribute(FAILED, '');
    },
    // Error events do not bubble: the document hears them in the capture phase.
    true,
  );
}

/** Links again every stylesheet that failed; settles when they have loaded, fails if one fails again. */
export async function relinkFailedStylesheets(doc: Document = document): Promise<void> {
  const failed = doc.querySelectorAll<HTMLLinkElement>(`link[rel="stylesheet"][${FAILED}]`);
  await Promise.all(
    [...failed].map(
      (old) =>
        new Promise<void>((resolve, reject) => {
          const link = doc.createElement('link');
          link.rel = 'stylesheet';
          link.crossOrigin = old.crossOrigin;
          link.href = old.href;
          link.addEventListener('load', () => resolve(), { once: true });
          link.addEventListener('error', () => reject(new Error(`${link.href} unavailable`)), {
            once: true,
          });
          old.replaceWith(link);
        }),
    ),
  );
}

/** Loads a piece; when `retry`, after linking its failed stylesheets again. */
export function loadPiece<T>(load: () => Promise<T>, retry: boolean): Promise<T> {
  return retry ? relinkFailedStylesheets().then(load) : load();
}
