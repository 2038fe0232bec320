/**
 * The `app://` protocol: serves the built renderer from one directory, and documents being printed
 * from memory. IndexedDB is bound to this origin, so the scheme is registered from the first
 * release on (docs/architecture.md).
 */
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { appContentSecurityPolicy, printContentSecurityPolicy } from '../../shared/ipc/csp';
import { APP_HOST, APP_SCHEME, PRINT_HOST } from './app-url';

export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true, // real origin, relative URLs, hosts
    secure: true, // a secure context, like https
    supportFetchAPI: true,
    corsEnabled: false,
    stream: true,
    codeCache: true,
    bypassCSP: false,
    allowServiceWorkers: false,
  },
};

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appScheme]);
}

/** What the renderer build contains. Anything else is not served (404), so nothing is ever sniffed. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export type ResolvedRequest =
  | { readonly ok: true; readonly filePath: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404 };

/**
 * Maps an `app://tandem/…` URL to a file below `rootDir`, or refuses it. Chromium normalises URLs
 * before they get here; this check does not rely on that. Rules: only host `tandem`; each path
 * segment is decoded on its own and must not be empty, `.`-prefixed, or contain a separator,
 * backslash, colon or NUL (so no encoded `%2e%2e%2f`, no `C:`, no alternate data streams); the
 * result must lie inside `rootDir`. `/` serves `index.html`; there is no fallback for other paths
 * (the app routes with the hash).
 */
export function resolveAppRequest(url: string, rootDir: string): ResolvedRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { ok: false, status: 403 };
  }
  const rawSegments = parsed.pathname === '/' || parsed.pathname === '' ? ['index.html'] : parsed.pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (segment === '') return { ok: false, status: 404 };
    if (segment.startsWith('.') || /[/\\:\0]/.test(segment)) return { ok: false, status: 403 };
    segments.push(segment);
  }
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  if (!filePath.startsWith(root + path.sep)) return { ok: false, status: 403 };
  const mimeType = MIME_TYPES[path.extname(filePath).toLowerCase()];
  if (mimeType === undefined) return { ok: false, status: 404 };
  return { ok: true, filePath, mimeType };
}

export type AppProtocolDeps = {
  /** Directory of the renderer build (`dist/renderer`). */
  readonly rootDir: string;
  readonly readFile: (filePath: string) => Promise<Uint8Array>;
  /**
   * Resolves symlinks (fs.promises.realpath): a file is served only if its real path lies inside the
   * real root, so a symlink in the build cannot point out of it.
   */
  readonly realpath: (filePath: string) => Promise<string>;
  /** Documents waiting to be printed, by URL (see print.ts). */
  readonly printDocuments?: { lookup(url: string): string | undefined };
};

/** The handler for `protocol.handle('app', …)`. Every response carries the CSP and `nosniff`. */
export function createAppProtocolHandler({ rootDir, readFile, realpath, printDocuments }: AppProtocolDeps) {
  let realRoot: Promise<string> | undefined;
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, appContentSecurityPolicy);
    if (hostOf(request.url) === PRINT_HOST) {
      const html = printDocuments?.lookup(request.url);
      return html === undefined
        ? respond(404, printContentSecurityPolicy)
        : respond(200, printContentSecurityPolicy, 'text/html; charset=utf-8', html);
    }
    const resolved = resolveAppRequest(request.url, rootDir);
    if (!resolved.ok) return respond(resolved.status, appContentSecurityPolicy);
    let body: Uint8Array;
    try {
      realRoot ??= realpath(rootDir);
      const [root, real] = await Promise.all([realRoot, realpath(resolved.filePath)]);
      if (!real.startsWith(root + path.sep)) return respond(403, appContentSecurityPolicy);
      body = await readFile(real);
    } catch (error) {
      return respond(isNotFound(error) ? 404 : 500, appContentSecurityPolicy);
    }
    return respond(200, appContentSecurityPolicy, resolved.mimeType, body);
  };
}

function respond(status: number, csp: string, contentType?: string, body?: Uint8Array | string): Response {
  const headers = new Headers({
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  if (contentType) headers.set('Content-Type', contentType);
  // Bodies are file contents or strings, never views of a SharedArrayBuffer.
  return new Response((body ?? null) as BodyInit | null, { status, headers });
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
