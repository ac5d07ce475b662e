/**
 * A hostile server for end-to-end tests: the built app, served as a real host would
 * (strict CSP), except for the paths a test names, which it redirects elsewhere,
 * never answers, or fails a given number of times before serving them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';
import { test as base } from './fixtures';

export type Misbehaviour =
  | { kind: 'redirect'; to: string; status?: 301 | 302 | 307 | 308 }
  | { kind: 'hang' }
  | { kind: 'fail'; times: number; status?: number };

export interface HostileServer extends StaticServer {
  /** From now on, requests whose path matches `path` misbehave as told. */
  misbehave(path: RegExp, how: Misbehaviour): void;
  /** Paths requested so far, in order (query included). */
  requests: string[];
}

export async function serveHostile(
  dir = process.env.E2E_DIST ?? 'dist',
  options: { csp?: boolean } = {},
): Promise<HostileServer> {
  const rules: { path: RegExp; how: Misbehaviour }[] = [];
  const requests: string[] = [];
  const hanging = new Set<ServerResponse>();
  const intercept = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '/';
    requests.push(url);
    const rule = rules.find((r) => r.path.test(url));
    if (!rule) return false;
    const { how } = rule;
    if (how.kind === 'redirect') {
      res.writeHead(how.status ?? 302, { location: how.to, 'cache-control': 'no-store' }).end();
      return true;
    }
    if (how.kind === 'hang') {
      // Headers never come: the request stays open until the server closes.
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return true;
    }
    if (how.times <= 0) return false;
    how.times--;
    res
      .writeHead(how.status ?? 503, { 'content-type': 'text/plain', 'cache-control': 'no-store' })
      .end('unavailable');
    return true;
  };
  const server = await serveStatic({ dir, csp: options.csp ?? true, intercept });
  return {
    ...server,
    requests,
    misbehave: (path, how) => void rules.push({ path, how }),
    close: async () => {
      for (const res of hanging) res.destroy();
      await server.close();
    },
  };
}

/**
 * The fixtures' `test` with a hostile server per test, and every page its own: the
 * fixtures' page then counts any request to another origin, a followed redirect
 * included, as a failure.
 */
export const hostileTest = base.extend<{ hostile: HostileServer }>({
  // eslint-disable-next-line no-empty-pattern
  hostile: async ({}, use) => {
    const server = await serveHostile();
    await use(server);
    await server.close();
  },
  baseURL: async ({ hostile }, use) => use(`${hostile.origin}/`),
});
