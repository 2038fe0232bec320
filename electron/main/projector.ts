/** The projector window: at most one, reused and brought to front on every request. */
import { appRouteUrl } from './app-url';

/** The part of a BrowserWindow the projector uses. */
export type ProjectorWindow = {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  close(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
};

export function createProjector(createWindow: () => ProjectorWindow) {
  let current: ProjectorWindow | undefined;

  return {
    /** `route` was validated by the contract (`/projector/…`). */
    open(route: string): void {
      const url = appRouteUrl(route);
      if (current && !current.isDestroyed()) {
        void current.loadURL(url).catch(() => undefined); // same document: only the hash changes
        if (current.isMinimized()) current.restore();
        current.show();
        current.focus();
        return;
      }
      const window = createWindow();
      current = window;
      window.on('closed', () => {
        if (current === window) current = undefined;
      });
      window.once('ready-to-show', () => window.show());
      void window.loadURL(url).catch(() => undefined);
    },
    close(): void {
      if (current && !current.isDestroyed()) current.close();
    },
  };
}
