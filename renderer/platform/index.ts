/**
 * The platform seam: the only code that talks to the preload API (window.tandem, Electron) or
 * falls back to the browser (npm run web, tests). Features call `platform`, never window.tandem.
 */
import type { TandemApi } from '../../shared/ipc/contract';
import { electronPlatform } from './electron';
import { webPlatform } from './web';

export { isPlatformError, PlatformError } from './errors';

export type FileKind = 'tandem-package' | 'pdf' | 'markdown' | 'json';

export type SaveResult = { canceled: true } | { canceled: false; fileName: string };
export type OpenResult = { canceled: true } | { canceled: false; fileName: string; bytes: Uint8Array };
/** Electron saves the PDF itself (a file name); the browser hands the document to its print dialog. */
export type PrintResult = SaveResult | { canceled: false; printDialog: true };

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Saves bytes to a file the user picks (Electron: native dialog; web: a download). */
  saveFile(suggestedName: string, bytes: Uint8Array, kind: FileKind): Promise<SaveResult>;
  /** Lets the user pick a file and returns its bytes (Electron: native dialog; web: file input). */
  openFile(kind: 'tandem-package' | 'json'): Promise<OpenResult>;
  /**
   * Prints self-contained HTML (no script) to PDF. Electron: Chromium's print engine in a hidden,
   * sandboxed window, then the native save dialog. Web: the browser's print dialog.
   */
  printPdf(request: { readonly html: string; readonly suggestedName: string }): Promise<PrintResult>;
  /** Opens the projector view for a route such as `/projector/<meetingId>/<caseId>`. */
  openProjector(route: string): Promise<void>;
  /** Runs `flush` before the window closes (Electron: close handshake; web: pagehide). */
  onBeforeClose(flush: () => Promise<void>): () => void;
}

declare global {
  interface Window {
    /** Exposed by electron/preload in the desktop app only. */
    tandem?: TandemApi;
  }
}

export const platform: Platform = window.tandem ? electronPlatform(window.tandem) : webPlatform();
