/** The browser implementation of the platform seam (npm run web, end-to-end tests). */
import type { OpenResult, Platform } from './index';

const MIME: Record<string, string> = {
  'tandem-package': 'application/octet-stream',
  pdf: 'application/pdf',
  markdown: 'text/markdown',
  json: 'application/json',
};
const ACCEPT: Record<string, string> = { 'tandem-package': '.tandem', json: '.json,application/json' };

export function webPlatform(): Platform {
  return {
    kind: 'web',
    async saveFile(suggestedName, bytes, kind) {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME[kind] }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { canceled: false, fileName: suggestedName };
    },
    openFile(kind) {
      return new Promise<OpenResult>((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = ACCEPT[kind] ?? '';
        input.addEventListener('change', async () => {
          const file = input.files?.[0];
          resolve(file ? { canceled: false, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { canceled: true });
        });
        input.addEventListener('cancel', () => resolve({ canceled: true }));
        input.click();
      });
    },
    async printPdf({ html }) {
      printInFrame(html);
      return { canceled: false, printDialog: true };
    },
    async openProjector(route) {
      window.open(`${location.pathname}#${route}`, 'tandem-projector', 'popup=yes,width=1280,height=720');
    },
    onBeforeClose(flush) {
      // A page cannot wait for async work while it unloads; IndexedDB commits what was already
      // issued. Flushing on pagehide/visibilitychange gets the rest on its way as early as possible.
      const onHide = () => void flush();
      window.addEventListener('pagehide', onHide);
      document.addEventListener('visibilitychange', onHide);
      return () => {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onHide);
      };
    },
  };
}

/**
 * The browser's print dialog for a self-contained document: a hidden iframe with the HTML as srcdoc.
 * The frame may not run script (no allow-scripts; the document has none and its own CSP forbids it);
 * allow-same-origin lets the app call print() on it, allow-modals lets the dialog open.
 */
function printInFrame(html: string): void {
  document.querySelector('iframe[data-tandem-print]')?.remove();
  const frame = document.createElement('iframe');
  frame.dataset.tandemPrint = '';
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10000px;top:0';
  frame.addEventListener('load', () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
  }, { once: true });
  frame.srcdoc = html;
  document.body.append(frame);
}
