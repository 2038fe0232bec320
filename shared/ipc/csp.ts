/**
 * The Content-Security-Policy of the app, declared once. Electron's `app://` protocol handler sends
 * it with every response, and the local web server for `npm run web` and the end-to-end tests should
 * send the same (this file imports nothing, so a script can bundle or transpile it on the fly).
 *
 * Rules: no remote origin anywhere, no inline script, no `eval`.
 */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const appCspDirectives: CspDirectives = {
  'default-src': ["'none'"],
  // 'wasm-unsafe-eval' allows compiling WebAssembly only (the KDF of the Tandem-Paket runs in
  // WebAssembly); JavaScript eval, `new Function` and string timers stay blocked.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // WARNING: 'unsafe-inline' for styles only. ProseMirror/TipTap write `style` attributes into the
  // editor DOM and inject a <style> element; Radix injects one for scroll locking. Styles cannot run
  // script, and with connect/img/font limited to the app itself, CSS cannot send data anywhere.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  // The protocol preview is a sandboxed iframe (srcdoc or a blob: URL).
  'frame-src': ["'self'", 'blob:', 'data:'],
  'media-src': ["'none'"],
  'manifest-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The policy of a document printed to PDF: no script at all, only its own embedded styles, fonts
 * and images (the protocol HTML is self-contained by design).
 */
export const printCspDirectives: CspDirectives = {
  'default-src': ["'none'"],
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
  'font-src': ['data:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const appContentSecurityPolicy = serializeCsp(appCspDirectives);
export const printContentSecurityPolicy = serializeCsp(printCspDirectives);
