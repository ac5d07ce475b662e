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

/**
 * A piece loaded on demand: `get()` loads it once, never rejects, and after a
 * failure (`failed`, for the view to say so) loads it again when asked.
 */
export class Lazy<T> {
  value = $state.raw<T | undefined>();
  failed = $state(false);
  readonly #load: () => Promise<T>;
  #pending: Promise<T | undefined> | undefined;
  #tried = false;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  get(): Promise<T | undefined> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    return (this.#pending ??= this.#try().finally(() => (this.#pending = undefined)));
  }

  async #try(): Promise<T | undefined> {
    // A retry first links again the stylesheets that failed (one may be this piece's):
    // best effort, the piece itself decides.
    if (this.#tried)
      await import('./relink').then((m) => m.relinkFailedStylesheets(FAILED)).catch(() => {});
    this.#tried = true;
    try {
      this.value = await this.#load();
      this.failed = false;
    } catch {
      this.failed = true;
    }
    return this.value;
  }
}
