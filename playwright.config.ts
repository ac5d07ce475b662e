import { defineConfig } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from './scripts/browser';

// E2E_PORT and E2E_DIST let several builds be tested side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  // axe over a whole page takes 5–10 s on this 2-core machine idle, and several times
  // that when the machine is shared: a slow run is not a failure of what a test asserts.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'fr-FR',
    launchOptions: { executablePath: findBrowser(), args: BROWSER_ARGS },
    trace: 'off',
  },
  webServer: {
    // Tests run against the built app, as readers get it.
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
