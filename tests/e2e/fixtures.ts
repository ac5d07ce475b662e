/**
 * Every end-to-end test runs through this `page`: it fails on any console error,
 * uncaught exception or request to a host other than the local server.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

export const test = base.extend<{ expectedConsoleErrors: RegExp[] }>({
  /**
   * Console errors a test causes on purpose: the browser's own line for a request that
   * a test server fails. The app itself logs no error for a failure it handles.
   */
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, baseURL, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !expectedConsoleErrors.some((e) => e.test(text)))
        errors.push(text);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(
      (url) => url.origin !== origin,
      (route) => {
        foreign.push(route.request().url());
        return route.abort();
      },
    );
    await use(page);
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other hosts').toEqual([]);
  },
});

export { expect };

/** The rules every axe check runs: WCAG 2.2 A/AA and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core, WCAG 2.2 A/AA and best practices: zero violations allowed. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations in ${state}`).toEqual([]);
}

/** The sizes the reading-experience checks run at: phone, tablet, laptop, 1080p. */
export const VIEWPORTS = [
  [375, 812],
  [768, 1024],
  [1366, 768],
  [1920, 1080],
] as const;
export const SCHEMES = ['light', 'dark'] as const;
