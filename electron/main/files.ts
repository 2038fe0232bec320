/** File access for the save/open methods. Paths come only from native dialogs the user answered. */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink, writeFile } from 'node:fs/promises';

export type ReadResult = { readonly kind: 'ok'; readonly bytes: Uint8Array } | { readonly kind: 'too-large' };

/** Reads a whole file, refusing anything above `maxBytes` before reading it into memory. */
export async function readFileLimited(filePath: string, maxBytes: number): Promise<ReadResult> {
  const handle = await open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error('not a regular file');
    if (stats.size > maxBytes) return { kind: 'too-large' };
    // One spare byte tells a file that grew while being read; its content would be torn.
    const buffer = new Uint8Array(stats.size + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > stats.size) throw new Error('file changed while reading');
    return { kind: 'ok', bytes: buffer.subarray(0, total) };
  } finally {
    await handle.close();
  }
}

/** Files Tandem writes are readable by their owner only (they hold case content or the roster). */
export const SAVED_FILE_MODE = 0o600;

/**
 * Writes next to the target, then renames over it: an existing file is either fully replaced or left
 * as it was, never half-written (a Tandem-Paket on a USB stick pulled too early). The file gets mode
 * 0600 (where the file system has modes).
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const tempPath = `${filePath}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tempPath, bytes, { flag: 'wx', mode: SAVED_FILE_MODE });
    await rename(tempPath, filePath);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
}
