import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves a built archive on 127.0.0.1 like a static host: `index.html` for folders, the 404 page
 * for unknown paths, and an optional base path prefix.
 * @param dist - the built folder.
 * @param base - base path the archive is served under (default `/`).
 * @returns the origin (e.g. `http://127.0.0.1:41234`) and a `close()`.
 */
export async function serve(
  dist: string,
  base = '/',
): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(dist, { dev: false, etag: false, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside base');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      const notFound = join(dist, '404.html');
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
