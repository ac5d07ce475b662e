import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { compileHint } from './scripts/vite-plugin-compile-hint.ts';
import { campaignDataset } from './scripts/vite-plugin-dataset.ts';

const reporters = process.env.CI ? ['default', 'json'] : ['default'];

export default defineConfig(({ mode }) => ({
  // Relative base: dist/ works when served from any sub-path.
  base: './',
  // No compile hint in the single file: its inline script is compiled on the main thread.
  plugins: [campaignDataset(), svelte(), ...(mode === 'single' ? [] : [compileHint()])],
  build:
    mode === 'single'
      ? {
          // One file for offline use: every asset inlined, no chunks to fetch.
          target: 'es2022',
          assetsInlineLimit: () => true,
          cssCodeSplit: false,
          modulePreload: false,
          rollupOptions: { output: { inlineDynamicImports: true } },
        }
      : // Every browser that runs es2022 modules supports <link rel=modulepreload>: no polyfill.
        { target: 'es2022', modulePreload: { polyfill: false } },
  test: {
    reporters,
    outputFile: { json: 'reports/unit.json' },
    projects: [
      {
        // Units and components, in a DOM.
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        // Components compiled for the server, rendered without a window.
        extends: true,
        test: { name: 'server', environment: 'node', include: ['tests/ssr/**/*.test.ts'] },
      },
    ],
  },
}));
