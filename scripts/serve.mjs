#!/usr/bin/env node
// Serves the built renderer on 127.0.0.1 with the app's Content-Security-Policy: `npm run web`,
// the end-to-end tests and the benchmarks all use this server. Loopback only; nothing else.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('..', import.meta.url));

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf',
};

/** The CSP declared once in shared/ipc/csp.ts (transpiled on the fly: this script is plain Node). */
async function loadCsp() {
  const result = await build({ entryPoints: [join(repo, 'shared/ipc/csp.ts')], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  return mod.appContentSecurityPolicy;
}

/**
 * Starts the server. `routes` may add extra in-memory responses (tests use it for fixture pages).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ root = join(repo, 'dist/renderer'), port = 0, routes = {} } = {}) {
  const rootDir = resolve(root);
  const csp = await loadCsp();
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      if (routes[pathname]) {
        const { body, type } = routes[pathname];
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        return response.end(body);
      }
      const file = resolve(rootDir, '.' + (pathname === '/' ? '/index.html' : pathname));
      if (!file.startsWith(rootDir + sep) || pathname.includes('\0')) {
        response.writeHead(403);
        return response.end();
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        response.writeHead(404);
        return response.end();
      }
      response.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      response.end(await readFile(file));
    } catch {
      response.writeHead(500);
      response.end();
    }
  });
  await new Promise((resolveListen) => server.listen(port, '127.0.0.1', resolveListen));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolveClose) => { server.closeAllConnections(); server.close(() => resolveClose()); }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 5173);
  const { url } = await startServer({ port });
  console.log(`Tandem (Web) läuft auf ${url} – im Browser öffnen. Beenden mit Strg+C.`);
}
