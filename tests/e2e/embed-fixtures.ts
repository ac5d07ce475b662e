/**
 * Fixtures for embedding tests: two local origins per worker, the app under the
 * strict CSP on 127.0.0.1 and the host fixture pages (tests/fixtures/host) on
 * localhost, and a `page` that fails on console errors, CSP violations and any
 * request beyond those two origins (and the baseURL server).
 */
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { serveStatic } from '../../scripts/serve-static';

export interface Servers {
  /** The built app (E2E_DIST, default dist/) with the strict CSP. */
  app: string;
  /** tests/fixtures/host, with __APP__ replaced by the app's origin. */
  host: string;
}

export interface PageLog {
  errors: string[];
  warnings: string[];
  violations: string[];
}

export const test = base.extend<{ log: PageLog }, { servers: Servers }>({
  servers: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const app = await serveStatic({ dir: process.env.E2E_DIST ?? 'dist', csp: true });
      const host = await serveStatic({
        dir: 'tests/fixtures/host',
        host: 'localhost',
        replace: { __APP__: app.origin },
      });
      await use({ app: app.origin, host: host.origin });
      await Promise.all([app.close(), host.close()]);
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  log: async ({}, use) => {
    await use({ errors: [], warnings: [], violations: [] });
  },
  page: async ({ page, servers, baseURL, log }, use) => {
    const allowed = new Set([servers.app, servers.host, new URL(baseURL ?? servers.app).origin]);
    const foreign: string[] = [];
    await page.addInitScript(() => {
      addEventListener('securitypolicyviolation', (event) =>
        console.warn(
          `CSP violation: ${event.effectiveDirective} ${event.blockedURI} ${event.sample} at ${event.sourceFile}:${event.lineNumber}`,
        ),
      );
    });
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('CSP violation')) log.violations.push(text);
      else if (message.type() === 'error') log.errors.push(text);
      else if (message.type() === 'warning') log.warnings.push(text);
    });
    page.on('pageerror', (error) => log.errors.push(error.message));
    await page.route(
      (url) => !allowed.has(url.origin),
      (route) => {
        foreign.push(route.request().url());
        return route.abort();
      },
    );
    await use(page);
    expect(log.errors, 'console errors').toEqual([]);
    expect(log.violations, 'CSP violations').toEqual([]);
    expect(foreign, 'requests to other hosts').toEqual([]);
  },
});

export { expect };

/** The Frame inside a host element's iframe, once the explorer in it has rendered. */
export async function embedFrame(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(`${selector} iframe`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  // The list is there in both layouts (folded in the compact one): the explorer has rendered.
  await frame.locator('#campaign-list').waitFor({ state: 'attached' });
  // And drawn (public/pending.js): before that a reader sees « Chargement… », and a fold
  // opened in the prerendered page would be closed again by hydration.
  await frame.locator('html:not([data-pending])').waitFor({ state: 'attached' });
  return frame;
}

/** Opens the compact embed's folded list (« Liste des campagnes (13) »); a full page has none. */
export async function openList(frame: Frame): Promise<void> {
  const fold = frame.locator('details.list-fold');
  if ((await fold.count()) && !(await fold.evaluate((d) => (d as HTMLDetailsElement).open)))
    // By key: a click's coordinates can miss while embed.js is still resizing the frames above.
    await fold.locator('summary').press('Enter');
  await frame.getByRole('table').waitFor();
}

/** Records the host API's events for one embed into window.__events (as [type, data]). */
export async function recordEvents(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (s) => !!(document.querySelector(s) as { campaignExplorer?: unknown } | null)?.campaignExplorer,
    selector,
  );
  await page.evaluate((s) => {
    const w = window as unknown as { __events?: Record<string, [string, unknown][]> };
    const events = (w.__events ??= {});
    const list = (events[s] = [] as [string, unknown][]);
    const api = (
      document.querySelector(s) as unknown as {
        campaignExplorer: { on(type: string, h: (d: unknown) => void): void };
      }
    ).campaignExplorer;
    for (const type of ['ready', 'select', 'filter', 'state', 'resize'])
      api.on(type, (data) => list.push([type, data]));
  }, selector);
}

export function events(page: Page, selector: string, type?: string): Promise<unknown[]> {
  return page.evaluate(
    ([s, t]) => {
      const w = window as unknown as { __events?: Record<string, [string, unknown][]> };
      return (w.__events?.[s] ?? []).filter(([k]) => !t || k === t).map(([, d]) => d);
    },
    [selector, type] as const,
  );
}
