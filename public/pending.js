// ?data=: hide the prerendered default campaigns before the first paint (the app
// clears this once it draws), and ask for the file now, not once the app has run.
if (/[?&]data=/.test(location.search)) {
  document.documentElement.dataset.pending = '';
  const path = new URLSearchParams(location.search).get('data');
  try {
    const url = new URL(path, location.href);
    // Same origin only, as the app checks: never a request elsewhere.
    if (path && url.origin === new URL(location.href).origin) {
      const response = fetch(url);
      response.catch(() => {}); // the app reports failures
      window.__earlyData = { url: url.href, response };
    }
  } catch {
    // Not a URL: the app says so.
  }
}
