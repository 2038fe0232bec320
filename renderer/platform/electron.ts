/** The desktop implementation of the platform seam: a thin adapter over the typed preload API. */
import type { IpcResult, TandemApi } from '../../shared/ipc/contract';
import { PlatformError } from './errors';
import type { Platform } from './index';

/** An IPC error value becomes a PlatformError with its code and German message, for the UI to show. */
function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error.code, result.error.message);
  return result.value;
}

export function electronPlatform(api: TandemApi): Platform {
  return {
    kind: 'electron',
    async saveFile(suggestedName, bytes, kind) {
      return unwrap(await api.saveFile({ suggestedName, bytes, kind }));
    },
    async openFile(kind) {
      return unwrap(await api.openFile({ kind }));
    },
    async printPdf({ html, suggestedName }) {
      return unwrap(await api.printPdf({ html, suggestedName }));
    },
    async openProjector(route) {
      unwrap(await api.openProjector({ route }));
    },
    onBeforeClose(flush) {
      return api.onBeforeClose(flush);
    },
  };
}
