// @vitest-environment jsdom
/**
 * A file the desktop app refuses to read (too large) or cannot save: the moderator reads why, in
 * German, in the Tandem-Paket dialogs — not "unexpected error". The real desktop adapter over
 * IPC error values as main returns them (shared/ipc/result.ts).
 */
import { describe, expect, it } from 'vitest';
import { fail, ipcErrorMessages } from '../../../shared/ipc/result';
import type { TandemApi } from '../../../shared/ipc/contract';
import { electronPlatform } from '../../../renderer/platform/electron';
import { isPlatformError } from '../../../renderer/platform';
import { syncFailure } from '../../../renderer/features/sync/messages';

const failing = electronPlatform({
  openFile: async () => fail('too-large'),
  saveFile: async () => fail('unwritable'),
} as Partial<TandemApi> as TandemApi);

describe('file errors of the desktop app', () => {
  it('keep their code and German message up to the dialogs', async () => {
    const opened = await failing.openFile('tandem-package').catch((error: unknown) => error);
    expect(isPlatformError(opened) && opened.code).toBe('too-large');
    expect(syncFailure(opened)).toBe(ipcErrorMessages['too-large']);
    expect(syncFailure(opened)).toMatch(/zu groß/);

    const saved = await failing.saveFile('a.tandem', new Uint8Array(1), 'tandem-package').catch((error: unknown) => error);
    expect(syncFailure(saved)).toBe('Die Datei konnte nicht gespeichert werden. Bitte einen anderen Ort wählen.');
  });
});
