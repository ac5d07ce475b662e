// The prerender is the default view of the default campaigns, and the app draws any
// other URL afresh (src/main.ts): a deep link, a language, another mode or dataset. For
// those, set it aside before the first paint (the app clears this once it draws), so no
// reader sees the wrong view first, and ask for a ?data= file now, not once the app has run.
{
  const query = new URLSearchParams(location.search);
  if (location.search) document.documentElement.dataset.pending = '';
  // An English link is told it is loading in English (the note is in index.html).
  if (query.get('lang') === 'en') document.documentElement.lang = 'en';
  // A host's ?theme=dark must not flash the light page first (the app applies the rest).
  const theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  const path = query.get('data');
  try {
    const url = path && new URL(path, location.href);
    // Same origin only, as the app checks: never a request elsewhere, nor a redirect
    // there (mode same-origin makes it a network error). The app's deadline aborts it.
    if (url && url.origin === new URL(location.href).origin) {
      const controller = new AbortController();
      const response = fetch(url, { mode: 'same-origin', signal: controller.signal });
      response.catch(() => {}); // the app reports failures
      window.__earlyData = { url: url.href, response, controller };
    }
  } catch {
    // Not a URL: the app says so.
  }
}
