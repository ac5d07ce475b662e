// `?data=<path>`: the page's prerendered campaigns are the default ones, not those
// asked for. Set aside before the first paint (a classic script runs as it is
// parsed), which also spares laying them out; the app clears it once it draws.
if (/[?&]data=/.test(location.search)) {
  document.documentElement.dataset.pending = '';
  // The file is the long wait: ask for it now rather than once the app's script has
  // arrived and run. Same origin only, as the app checks: never a request elsewhere.
  const path = new URLSearchParams(location.search).get('data');
  try {
    const url = new URL(path, location.href);
    if (path && url.origin === location.origin) {
      const response = fetch(url);
      response.catch(() => {}); // the app reports a failure when it takes the response
      window.__earlyData = { url: url.href, response };
    }
  } catch {
    // Not a URL: the app says so.
  }
}
