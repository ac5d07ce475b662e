/** Loaded for a retry only (see lazy.svelte.ts): the first load of the page does not carry it. */

/**
 * Links again every stylesheet marked with the attribute `failed`; settles when they
 * have loaded, fails if one fails again.
 */
export async function relinkFailedStylesheets(failed: string, doc = document): Promise<void> {
  const links = doc.querySelectorAll<HTMLLinkElement>(`link[rel="stylesheet"][${failed}]`);
  await Promise.all(
    [...links].map(
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
