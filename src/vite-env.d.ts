/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:campaigns' {
  import type { Dataset } from './lib/data/schema';
  const dataset: Dataset;
  export default dataset;
}
