/**
 * The host script, embed.js, built on its own: one IIFE, minified, no imports at
 * run time, written beside the app (same outDir, not emptied). `DIST` picks the
 * directory (default dist/), as scripts/write-oembed.ts and check-embed-size.ts.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: process.env.DIST ?? 'dist',
    emptyOutDir: false,
    target: 'es2019',
    minify: true,
    copyPublicDir: false,
    lib: {
      entry: 'src/modes/embed/host.ts',
      formats: ['iife'],
      name: 'CampaignExplorerHost',
      fileName: () => 'embed.js',
    },
  },
});
