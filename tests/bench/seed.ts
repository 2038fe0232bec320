/**
 * Seeding the browser's IndexedDB the way the app stores things, for benchmarks: Dexie index rows
 * (the app creates the database on its first load) and y-indexeddb doc stores (`updates` rows).
 * Docs are built in Node with the real shared/doc commands and projected with the real projection.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const repo = fileURLToPath(new URL('../../', import.meta.url));

const toBase64 = (rows: readonly Uint8Array[]) => rows.map((row) => Buffer.from(row).toString('base64'));

/** Writes raw update rows into a doc store named like the app's (`tandem-doc-<kind>-<id>`). */
export async function seedDocStore(page: Page, dbName: string, rows: readonly Uint8Array[]): Promise<void> {
  await page.evaluate(async ({ dbName, rows }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(dbName, 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('updates', { autoIncrement: true });
        open.result.createObjectStore('custom');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const decode = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('updates', 'readwrite');
      const store = tx.objectStore('updates');
      for (const row of rows) store.add(decode(row));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { dbName, rows: toBase64(rows) });
}

/** Puts rows into the app's Dexie tables (the app must have opened its database once). */
export async function seedIndex(page: Page, tables: Record<string, readonly object[]>): Promise<void> {
  await page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tandem');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables as Record<string, object[]>);
}

export async function countRows(page: Page, dbName: string): Promise<number> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(dbName);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('updates', 'readonly').objectStore('updates').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  }, dbName);
}

let yjsSource: Promise<string> | undefined;
/** Yjs as a script for `page.evaluate` (the devtools protocol is not subject to the page's CSP). */
export function yjsScript(): Promise<string> {
  yjsSource ??= build({
    stdin: { contents: "import * as Y from 'yjs'; globalThis.Y = Y;", resolveDir: repo },
    bundle: true, format: 'iife', write: false, logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return yjsSource;
}
