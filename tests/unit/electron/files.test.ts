import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileLimited, writeFileAtomic } from '../../../electron/main/files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-files-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readFileLimited', () => {
  it('reads a file up to the limit', async () => {
    const file = path.join(dir, 'a.tandem');
    await writeFile(file, new Uint8Array([1, 2, 3, 4]));
    expect(await readFileLimited(file, 4)).toEqual({ kind: 'ok', bytes: new Uint8Array([1, 2, 3, 4]) });
  });

  it('refuses a file above the limit without reading it', async () => {
    const file = path.join(dir, 'big.tandem');
    await writeFile(file, new Uint8Array(5));
    expect(await readFileLimited(file, 4)).toEqual({ kind: 'too-large' });
  });

  it('reads an empty file', async () => {
    const file = path.join(dir, 'empty.json');
    await writeFile(file, '');
    expect(await readFileLimited(file, 4)).toEqual({ kind: 'ok', bytes: new Uint8Array() });
  });

  it('throws for what is not a readable regular file', async () => {
    await expect(readFileLimited(path.join(dir, 'missing'), 4)).rejects.toThrow();
    await expect(readFileLimited(dir, 4)).rejects.toThrow();
  });
});

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one, leaving no temp files', async () => {
    const file = path.join(dir, 'Protokoll.pdf');
    await writeFileAtomic(file, new Uint8Array([1]));
    await writeFileAtomic(file, new Uint8Array([2, 2]));
    expect(new Uint8Array(await readFile(file))).toEqual(new Uint8Array([2, 2]));
    expect(await readdir(dir)).toEqual(['Protokoll.pdf']);
  });

  it('writes files readable by their owner only (0600)', async () => {
    const file = path.join(dir, 'Tandem-Paket.tandem');
    await writeFileAtomic(file, new Uint8Array([1]));
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('fails without leaving anything behind when the target cannot be written', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing-dir', 'x.pdf'), new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
