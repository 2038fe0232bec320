/**
 * Direct, read-mostly access to the docs' IndexedDB stores (the layout y-indexeddb owns: object store
 * `updates` with auto-increment keys, each row a Yjs V1 update), for the Tandem-Paket exchange:
 * - reading a doc's stored state without opening it in the DocStore, so a preview writes nothing
 *   (y-indexeddb writes a row whenever it opens a doc), and a Web Worker can read it too;
 * - replacing a doc's stored state in one transaction (undo of an import).
 * Pure IndexedDB: usable in the window, in the sync worker and in Node on fake-indexeddb.
 */
import * as Y from 'yjs';
import type { DocKind } from '../../shared/doc';

const PREFIX = 'tandem-doc-';
const UPDATES = 'updates';
const storeName = (kind: DocKind, id: string) => `${PREFIX}${kind}-${id}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Opens a doc's database, creating it in y-indexeddb's layout if missing. */
function openStore(name: string, idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = idb.open(name);
    open.onupgradeneeded = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(UPDATES)) db.createObjectStore(UPDATES, { autoIncrement: true });
      if (!db.objectStoreNames.contains('custom')) db.createObjectStore('custom');
    };
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    open.onerror = () => reject(open.error);
  });
}

/** Names of every doc database on this device. */
export async function storedDocNames(idb: IDBFactory = indexedDB): Promise<Set<string>> {
  const infos = await idb.databases();
  return new Set(infos.map((info) => info.name ?? '').filter((name) => name.startsWith(PREFIX)));
}

/**
 * The stored state of a doc as one V1 update, or null when this device has no such store.
 * Reads only: a missing database is not created.
 */
export async function readStoredState(kind: DocKind, id: string, idb: IDBFactory = indexedDB, names?: ReadonlySet<string>): Promise<Uint8Array | null> {
  const name = storeName(kind, id);
  if (!(names ?? (await storedDocNames(idb))).has(name)) return null;
  const db = await openStore(name, idb);
  try {
    const rows = (await request(db.transaction([UPDATES], 'readonly').objectStore(UPDATES).getAll())) as Uint8Array[];
    return rows.length === 0 ? null : rows.length === 1 ? rows[0]! : Y.mergeUpdates(rows);
  } finally {
    db.close();
  }
}

/**
 * Replaces a doc's stored rows by one row holding `state` (a V1 update), or by none when `state` is
 * null, in one transaction: a reader sees the old rows or the new one, never a mix.
 * WARNING: only while no window has the doc open (DocStore.replaceStored), or an open instance
 * would write its own state back.
 */
export async function replaceStoredState(kind: DocKind, id: string, state: Uint8Array | null, idb: IDBFactory = indexedDB): Promise<void> {
  const db = await openStore(storeName(kind, id), idb);
  try {
    const tx = db.transaction([UPDATES], 'readwrite');
    const store = tx.objectStore(UPDATES);
    store.clear();
    if (state) store.add(state);
    await done(tx);
  } finally {
    db.close();
  }
}
