import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appScheme, createAppProtocolHandler, registerAppScheme, resolveAppRequest } from '../../../electron/main/protocol';
import { createPrintDocuments } from '../../../electron/main/print';
import { appContentSecurityPolicy, printContentSecurityPolicy } from '../../../shared/ipc/csp';

const ROOT = path.resolve('/srv/tandem/dist/renderer');

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme with fetch and streaming, without CORS or CSP bypass', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([appScheme]);
    expect(appScheme).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, bypassCSP: false },
    });
  });
});

describe('resolveAppRequest', () => {
  it('serves index.html for / and nothing else as a fallback', () => {
    expect(resolveAppRequest('app://tandem/', ROOT)).toEqual({
      ok: true,
      filePath: path.join(ROOT, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://tandem/meetings/42', ROOT)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('app://tandem/assets/', ROOT)).toEqual({ ok: false, status: 404 });
  });

  it('maps nested paths below the root and ignores query and hash', () => {
    const resolved = resolveAppRequest('app://tandem/assets/index-abc.js?v=1#x', ROOT);
    expect(resolved).toEqual({ ok: true, filePath: path.join(ROOT, 'assets', 'index-abc.js'), mimeType: 'text/javascript; charset=utf-8' });
  });

  it('serves the favicon renderer/index.html names (renderer/public is copied to the root of the build)', async () => {
    const html = await readFile(path.resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const href = /<link rel="icon" type="image\/svg\+xml" href="\/([^"]+)"/.exec(html)?.[1];
    expect(href).toBe('favicon.svg');
    await expect(readFile(path.resolve(import.meta.dirname, '../../../renderer/public', href!), 'utf8')).resolves.toContain('<svg');
    expect(resolveAppRequest(`app://tandem/${href}`, ROOT)).toEqual({ ok: true, filePath: path.join(ROOT, 'favicon.svg'), mimeType: 'image/svg+xml' });
  });

  it('decodes percent-encoded names', () => {
    const resolved = resolveAppRequest('app://tandem/assets/Source%20Sans.woff2', ROOT);
    expect(resolved).toMatchObject({ ok: true, filePath: path.join(ROOT, 'assets', 'Source Sans.woff2') });
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.txt', 'text/plain; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.jpg', 'image/jpeg'],
    ['a.webp', 'image/webp'],
    ['favicon.ico', 'image/x-icon'],
    ['a.woff', 'font/woff'],
    ['a.woff2', 'font/woff2'],
    ['a.ttf', 'font/ttf'],
    ['argon2.wasm', 'application/wasm'],
    ['UPPER.PNG', 'image/png'],
  ])('serves %s as %s', (file, mimeType) => {
    expect(resolveAppRequest(`app://tandem/${file}`, ROOT)).toMatchObject({ ok: true, mimeType });
  });

  it.each(['a.exe', 'a.sh', 'README', 'a.html.bak'])('does not serve unknown file types (%s → 404)', (file) => {
    expect(resolveAppRequest(`app://tandem/${file}`, ROOT)).toEqual({ ok: false, status: 404 });
  });

  it.each([
    'app://tandem/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://tandem/assets%2f..%2f..%2fsecret.json',
    'app://tandem/..%5c..%5cwindows%5cwin.ini',
    'app://tandem/assets\\..\\..\\secret.json',
    'app://tandem/index.html%00.png',
    'app://tandem/C:%5cWindows%5cwin.ini',
    'app://tandem/C:/Windows/win.ini',
    'app://tandem/%2fetc%2fpasswd',
    'app://tandem/.env',
    'app://tandem/assets/.hidden.js',
  ])('refuses %s (403)', (url) => {
    expect(resolveAppRequest(url, ROOT)).toEqual({ ok: false, status: 403 });
  });

  it.each(['app://tandem/../../etc/passwd', 'app://tandem/%2e%2e/%2e%2e/etc/passwd', 'app://tandem/assets/../../../x.js', 'app://tandem/./../x.js'])(
    'never resolves outside the root: %s',
    (url) => {
      const resolved = resolveAppRequest(url, ROOT);
      if (resolved.ok) expect(resolved.filePath.startsWith(ROOT + path.sep)).toBe(true);
    },
  );

  it('refuses other hosts, other schemes, credentials and ports', () => {
    for (const url of ['app://evil/index.html', 'https://tandem/index.html', 'app://user:pw@tandem/index.html', 'app://tandem:8080/index.html']) {
      expect(resolveAppRequest(url, ROOT)).toEqual({ ok: false, status: 403 });
    }
  });

  it('answers 400 for what is not a URL or not decodable', () => {
    expect(resolveAppRequest('no url', ROOT)).toEqual({ ok: false, status: 400 });
    expect(resolveAppRequest('app://tandem/%E0%A4%A.js', ROOT)).toEqual({ ok: false, status: 400 });
  });
});

describe('createAppProtocolHandler', () => {
  let root: string;
  let outside: string;

  beforeAll(async () => {
    outside = await mkdtemp(path.join(os.tmpdir(), 'tandem-protocol-'));
    root = path.join(outside, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Tandem</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(outside, 'secret.json'), '{"secret":true}');
    await symlink(path.join(outside, 'secret.json'), path.join(root, 'assets', 'linked.json'));
  });
  afterAll(() => rm(outside, { recursive: true, force: true }));

  const handler = (printDocuments = createPrintDocuments()) =>
    createAppProtocolHandler({ rootDir: root, readFile: (file) => readFile(file), realpath: (file) => realpath(file), printDocuments });

  it('serves the index with its type, the CSP and nosniff', async () => {
    const response = await handler()(new Request('app://tandem/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Tandem</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(appContentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets', async () => {
    const response = await handler()(new Request('app://tandem/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and directories, with the CSP too', async () => {
    for (const url of ['app://tandem/missing.js', 'app://tandem/assets.js']) {
      const response = await handler()(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(appContentSecurityPolicy);
    }
  });

  it('never serves a file next to the root', async () => {
    const response = await handler()(new Request('app://tandem/..%2fsecret.json'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  it('never follows a symlink in the build out of the root', async () => {
    const response = await handler()(new Request('app://tandem/assets/linked.json'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler()(new Request('app://tandem/', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('serves a published print document from app://print with the script-free print CSP, until released', async () => {
    const documents = createPrintDocuments();
    const published = documents.publish('<!doctype html><h1>Protokoll</h1>');
    const serve = handler(documents);
    const response = await serve(new Request(published.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Protokoll');
    expect(response.headers.get('content-security-policy')).toBe(printContentSecurityPolicy);
    published.release();
    expect((await serve(new Request(published.url))).status).toBe(404);
    expect((await serve(new Request('app://print/guessed.html'))).status).toBe(404);
  });
});
