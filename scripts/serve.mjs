// A small static file server with no dependencies: the demo (`npm start`), page-level tests and benchmarks.
// Every response carries a strict Content-Security-Policy unless told otherwise, because the widgets must work
// under one.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves files under `root`. `mounts` maps URL prefixes to other folders (`{'/dist/': 'dist'}`); `routes` maps
 * exact paths to handlers `(req, res) => void` for tests that need slow, failing or counted responses. `cors` adds
 * `Access-Control-Allow-Origin: *`, which a page elsewhere needs to load the bundle with an integrity hash.
 */
export function startServer({
  root = '.',
  port = 0,
  host = '127.0.0.1',
  csp = STRICT_CSP,
  cors = true,
  mounts = {},
  routes = {},
} = {}) {
  const base = resolve(root);
  const mounted = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[url.pathname];
    if (csp) res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Pages elsewhere load the bundle with an integrity hash, which needs CORS.
    if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
    if (route) return route(req, res, url);
    let dir = base;
    let path = decodeURIComponent(url.pathname);
    for (const [prefix, target] of mounted) {
      if (path.startsWith(prefix)) {
        dir = target;
        path = path.slice(prefix.length - 1);
        break;
      }
    }
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ready({ url: `http://${host}:${actual}`, server, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

// `node scripts/serve.mjs [root] [--port 8080]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env.PORT ?? 8080);
  const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? '.';
  const { url } = await startServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Serving ${root} at ${url}/ (Ctrl+C to stop)`);
}
