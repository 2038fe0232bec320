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
