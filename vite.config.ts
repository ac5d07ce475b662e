import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { campaignDataset } from './scripts/vite-plugin-dataset.ts';

export default defineConfig({
  // Relative base: dist/ works when served from any sub-path.
  base: './',
  plugins: [campaignDataset(), svelte(), svelteTesting()],
  build: { target: 'es2022' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
