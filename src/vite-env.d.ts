/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:campaigns' {
  import type { Dataset } from './lib/data/schema';
  const dataset: Dataset;
  export default dataset;
  /** The source document's copy beside the page (its path from the page), or null: none in the single file. */
  export const sourceFile: string | null;
}

/** The campaigns' narratives by id; `virtual:campaigns` carries empty ones. */
declare module 'virtual:narratives' {
  import type { Narratives } from './lib/data/parse';
  const narratives: Narratives;
  export default narratives;
}

interface Window {
  /** The `?data=` file's response, asked for by public/pending.js before the app's script ran. */
  __earlyData?: { url: string; response: Promise<Response>; controller: AbortController };
}
