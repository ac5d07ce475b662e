/**
 * V8's explicit compile hint on the first line of the entry chunk. Chromium (136 and later)
 * then compiles all of the entry's functions on the thread that streams the file, instead
 * of one at a time on the main thread as hydration and the first click call them (README,
 * « Lighthouse »). Any other engine reads a comment.
 */
import type { Plugin } from 'vite';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    apply: 'build',
    // The browser's bundle only: the prerender's server bundle runs once, in Node.
    applyToEnvironment: (environment) => environment.name === 'client',
    // The line is added after hashing: counting it keeps the entry's name tied to its content.
    augmentChunkHash: (chunk) => (chunk.isEntry ? COMPILE_HINT : undefined),
    // Last, so nothing (Vite's own preamble of preloads) lands above it.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && chunk.isEntry)
            chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      },
    },
  };
}
