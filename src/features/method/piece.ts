/** What « Comment lisons-nous ces chiffres ? » loads when it first opens: one chunk. */
export { default as Method } from './Method.svelte';
export { sourceHref } from './source-link';
