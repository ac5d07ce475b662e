// `?data=<path>`: the page's prerendered campaigns are the default ones, not those
// asked for. Set aside before the first paint (a classic script runs as it is
// parsed), which also spares laying them out; the app clears it once it draws.
if (/[?&]data=/.test(location.search)) document.documentElement.dataset.pending = '';
