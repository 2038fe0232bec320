/**
 * HTML → PDF with Chromium's print engine, in a hidden window where no script runs.
 *
 * The HTML can be up to 20 MB (embedded fonts and images), beyond Chromium's 2 MB limit for data:
 * URLs, and writing case content to a temp file would leave it on disk. So the document is served
 * from memory on its own origin (`app://print/<random>.html`) for exactly as long as it is printed.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, WebContents } from 'electron';
import { PRINT_ORIGIN } from './app-url';
import { secureWebPreferences } from './window';

export type PrintDocuments = {
  /** Makes `html` available at a fresh, unguessable URL until `release()` is called. */
  publish(html: string): { readonly url: string; release(): void };
  lookup(url: string): string | undefined;
};

export function createPrintDocuments(): PrintDocuments {
  const documents = new Map<string, string>();
  return {
    publish(html) {
      const url = `${PRINT_ORIGIN}/${randomUUID()}.html`;
      documents.set(url, html);
      return { url, release: () => documents.delete(url) };
    },
    lookup: (url) => documents.get(url),
  };
}

/** No preload (the window cannot reach main), JavaScript off, never shown. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794, // A4 at 96 dpi; the PDF's page size comes from the document's CSS @page
    height: 1123,
    webPreferences: { ...secureWebPreferences(undefined, { devTools: false }), javascript: false },
  };
}

export const pdfOptions: PrintToPDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false, // page numbers come from CSS @page margin boxes
  pageSize: 'A4',
};

/** The part of a BrowserWindow the print flow uses. */
export type PrintWindow = {
  readonly webContents: Pick<WebContents, 'loadURL' | 'printToPDF'>;
  isDestroyed(): boolean;
  destroy(): void;
};

export type PrintDeps = {
  readonly createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  readonly documents: PrintDocuments;
  readonly timeoutMs?: number;
};

/**
 * Loads the document and prints it. `loadURL` settles on `did-finish-load`, which comes after the
 * load event; the documents preload every font face in their head (shared/protocol/fonts.ts,
 * `fontHead`), and preloads delay that event, so no face is still loading when the print
 * layout draws text. `document.fonts.ready` cannot be awaited: no script runs.
 */
export async function printHtmlToPdf(html: string, { createWindow, documents, timeoutMs = 60_000 }: PrintDeps): Promise<Uint8Array> {
  const published = documents.publish(html);
  const printWindow = createWindow(printWindowOptions());
  const { webContents } = printWindow;
  try {
    const pdf = await withTimeout(
      webContents.loadURL(published.url).then(() => webContents.printToPDF(pdfOptions)),
      timeoutMs,
    );
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    published.release();
    if (!printWindow.isDestroyed()) printWindow.destroy();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`PDF printing took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
