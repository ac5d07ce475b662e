/**
 * A tiny static server for end-to-end tests of embedding: serves a directory,
 * optionally under the app's strict Content-Security-Policy, and can substitute
 * placeholders in HTML (host fixture pages need the app's origin). Also a CLI:
 *   tsx scripts/serve-static.ts <dir> [--port 4304] [--host 127.0.0.1] [--csp]
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The headers the README asks hosts to set. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticOptions {
  dir: string;
  port?: number;
  host?: string;
  csp?: boolean;
  /** Text replacements applied to .html files, e.g. { __APP__: 'http://127.0.0.1:4304' }. */
  replace?: Record<string, string>;
  /** Gzip text responses when the client accepts it, as a real host does (Lighthouse measures transfer size). */
  gzip?: boolean;
  /** Cache-Control for every response; default no-store (which also bars the back/forward cache). */
  cacheControl?: string;
  /**
   * Called before a file is served; answering the request itself (and returning
   * true) replaces the file: tests use it to redirect, hang or fail (tests/e2e/hostile.ts).
   */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface StaticServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(options: StaticOptions): Promise<StaticServer> {
  const root = resolve(options.dir);
  const server = createServer(async (req, res) => {
    if (options.intercept?.(req, res)) return;
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body: Buffer | string = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (options.replace && extname(file) === '.html') {
        body = body.toString('utf8');
        for (const [from, to] of Object.entries(options.replace)) body = body.replaceAll(from, to);
      }
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': options.cacheControl ?? 'no-store',
        'x-content-type-options': 'nosniff',
        // Public static files: a sandboxed (opaque-origin) frame fetches its module
        // scripts and stylesheets in CORS mode, so they must allow any origin.
        'access-control-allow-origin': '*',
      };
      if (options.csp) headers['content-security-policy'] = STRICT_CSP;
      if (options.gzip) {
        headers['vary'] = 'accept-encoding';
        const text = /^(text\/|application\/json|image\/svg)/.test(type);
        if (text && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
          body = gzipSync(body);
          headers['content-encoding'] = 'gzip';
        }
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, ok);
  });
  const { port } = server.address() as { port: number };
  return {
    server,
    origin: `http://${host}:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(port|host)$/));
  const { origin } = await serveStatic({
    dir: dir ?? 'dist',
    port: Number(value('--port') ?? 4304),
    host: value('--host') ?? '127.0.0.1',
    csp: args.includes('--csp'),
  });
  console.log(
    `serving ${dir ?? 'dist'} at ${origin}${args.includes('--csp') ? ' (strict CSP)' : ''}`,
  );
}
