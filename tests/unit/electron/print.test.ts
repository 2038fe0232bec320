import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createPrintDocuments, pdfOptions, printHtmlToPdf, printWindowOptions, type PrintWindow } from '../../../electron/main/print';

const PDF = Buffer.from('%PDF-1.7 fake');

/** A BrowserWindow stand-in: loadURL reads the document the way the app:// handler would serve it. */
function fakeWindowFactory(documents: ReturnType<typeof createPrintDocuments>, behaviour: { load?: 'ok' | 'fail' | 'hang' } = {}) {
  const log: string[] = [];
  const created: BrowserWindowConstructorOptions[] = [];
  let destroyed = false;
  let servedHtml: string | undefined;
  const createWindow = (options: BrowserWindowConstructorOptions): PrintWindow => {
    created.push(options);
    return {
      webContents: {
        loadURL: (url: string) => {
          log.push(`load ${url}`);
          servedHtml = documents.lookup(url);
          if (behaviour.load === 'fail') return Promise.reject(new Error('ERR_FAILED'));
          if (behaviour.load === 'hang') return new Promise<void>(() => undefined);
          return Promise.resolve();
        },
        printToPDF: async (options) => {
          log.push(`print ${JSON.stringify(options)}`);
          return PDF;
        },
      },
      isDestroyed: () => destroyed,
      destroy: () => {
        log.push('destroy');
        destroyed = true;
      },
    };
  };
  return { createWindow, log, created, servedHtml: () => servedHtml };
}

describe('printWindowOptions', () => {
  it('is hidden, sandboxed, isolated, without preload and without JavaScript', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('prints with the CSS page size, backgrounds, and no Chromium header or footer', () => {
    expect(pdfOptions).toMatchObject({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
  });
});

describe('printHtmlToPdf', () => {
  const html = '<!doctype html><html lang="de"><h1>Protokoll</h1></html>';

  it('loads the document from memory, prints it, returns the PDF bytes and closes the window', async () => {
    const documents = createPrintDocuments();
    const fake = fakeWindowFactory(documents);
    const pdf = await printHtmlToPdf(html, { createWindow: fake.createWindow, documents });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    expect(fake.servedHtml()).toBe(html);
    expect(fake.created).toEqual([printWindowOptions()]);
    expect(fake.log[0]).toMatch(/^load app:\/\/print\/[0-9a-f-]{36}\.html$/);
    expect(fake.log.slice(1)).toEqual([`print ${JSON.stringify(pdfOptions)}`, 'destroy']);
  });

  it('serves more than the 2 MB a data: URL could carry', async () => {
    const documents = createPrintDocuments();
    const fake = fakeWindowFactory(documents);
    const big = `<p>${'x'.repeat(5 * 1024 * 1024)}</p>`;
    await printHtmlToPdf(big, { createWindow: fake.createWindow, documents });
    expect(fake.servedHtml()).toBe(big);
    expect(fake.log[0]?.length).toBeLessThan(100);
  });

  it('forgets the document afterwards: its URL answers nothing', async () => {
    const documents = createPrintDocuments();
    const fake = fakeWindowFactory(documents);
    await printHtmlToPdf(html, { createWindow: fake.createWindow, documents });
    const url = fake.log[0]?.slice('load '.length) ?? '';
    expect(documents.lookup(url)).toBeUndefined();
  });

  it('closes the window and forgets the document when loading fails', async () => {
    const documents = createPrintDocuments();
    const fake = fakeWindowFactory(documents, { load: 'fail' });
    await expect(printHtmlToPdf(html, { createWindow: fake.createWindow, documents })).rejects.toThrow('ERR_FAILED');
    expect(fake.log.at(-1)).toBe('destroy');
    expect(documents.lookup(fake.log[0]?.slice('load '.length) ?? '')).toBeUndefined();
  });

  it('gives up after the timeout instead of hanging', async () => {
    const documents = createPrintDocuments();
    const fake = fakeWindowFactory(documents, { load: 'hang' });
    await expect(printHtmlToPdf(html, { createWindow: fake.createWindow, documents, timeoutMs: 20 })).rejects.toThrow(/longer than 20 ms/);
    expect(fake.log.at(-1)).toBe('destroy');
  });

  it('publishes each document under a fresh, unguessable URL', () => {
    const documents = createPrintDocuments();
    const first = documents.publish('a');
    const second = documents.publish('a');
    expect(first.url).not.toBe(second.url);
    expect(documents.lookup(first.url)).toBe('a');
  });
});
