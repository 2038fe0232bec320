/**
 * Durable persistence of one Y.Doc in IndexedDB, around y-indexeddb.
 *
 * y-indexeddb loads the doc and owns the database layout (`updates` rows, `custom`), but gives no
 * "saved" signal, throws inside Yjs' update handler when its connection was closed, and postpones
 * compaction for as long as updates keep coming. So this class replaces its update handler:
 * - every local update is written in its own transaction, counted until it commits (`pending`);
 * - `flush()` resolves when everything written so far has committed;
 * - a closed or failing connection is reopened and the whole doc state written again, so nothing
 *   typed while it was broken is lost;
 * - the store is compacted (one full-state row replaces the others) once it holds COMPACT_AT rows;
 * - a doc is loaded in chunks that are applied while the next ones are read (readStoredRows), not
 *   with y-indexeddb's one `getAll` followed by applying everything: reading and applying overlap,
 *   which opens a long, uncompacted meeting about twice as fast.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { ORIGIN } from '../../shared/doc';

export const COMPACT_AT = 500;
const COMPACT_AFTER_LOAD_MS = 2_000;
const UPDATES = 'updates';
/** Rows per read while loading: each chunk is applied while the next is read. */
const LOAD_CHUNK_ROWS = 2_000;
/** The origin of transactions that apply rows read by readStoredRows. */
const STORED = Symbol('stored rows');

export type SaveState = 'saved' | 'saving' | 'error';

export class DocPersistence {
  private provider: IndexeddbPersistence;
  private pending = 0;
  private compacting = false;
  private recovering = false;
  private failed = false;
  private rows = 0;
  /** Rows with a smaller key are in the doc (compaction applies the others before replacing them). */
  private appliedBelow = 0;
  private waiters: Array<() => void> = [];
  private listeners = new Set<(state: SaveState) => void>();
  private destroyed = false;
  /** Resolves once the stored state has been applied to the doc. */
  whenLoaded: Promise<void>;

  constructor(readonly name: string, readonly doc: Y.Doc) {
    // The rows are read here, in chunks. y-indexeddb opens (or creates) the database and takes over
    // from there, but reads nothing. Its opening comes second, so that its read-write transaction
    // (which ends with a slow count of all rows) waits for the read, not the other way round.
    const read = readStoredRows(name, (rows) => Y.transact(doc, () => {
      for (const row of rows) Y.applyUpdate(doc, row);
    }, STORED, false));
    this.provider = this.connect({ readRows: false });
    doc.on('update', this.onUpdate);
    this.whenLoaded = Promise.all([read, this.provider.whenSynced]).then(async ([lastKey]) => {
      if (lastKey === 'failed') return this.reload();
      // Rows written after the last one read (by another window) are applied by compaction.
      if (lastKey !== undefined) this.appliedBelow = lastKey + 1;
    });
  }

  get saveState(): SaveState {
    if (this.failed) return 'error';
    return this.pending > 0 || this.compacting || this.recovering ? 'saving' : 'saved';
  }

  /** Whether a transaction's origin is loading stored rows (nothing to write or send on). */
  isLoadOrigin(origin: unknown): boolean {
    return origin === STORED || origin === this.provider;
  }

  /** Rows in the store as far as this instance knows (for tests and the benchmark). */
  get storedRows(): number {
    return this.rows;
  }

  onSaveState(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every update made so far has been committed to IndexedDB. */
  async flush(): Promise<void> {
    await this.whenLoaded;
    if (this.saveState !== 'saving') return;
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  async destroy(): Promise<void> {
    await this.flush();
    this.destroyed = true;
    this.doc.off('update', this.onUpdate);
    await this.provider.destroy();
  }

  private connect({ readRows = true } = {}): IndexeddbPersistence {
    const provider = new IndexeddbPersistence(this.name, this.doc);
    // y-indexeddb reads the rows from `_dbref` on: past any key, it reads none.
    if (!readRows) provider._dbref = Number.MAX_SAFE_INTEGER;
    // Replace y-indexeddb's own writer (see the class comment).
    this.doc.off('update', provider._storeUpdate);
    provider.whenSynced.then(() => {
      const db = provider.db!;
      db.onclose = () => this.recover();
      this.countRows(db);
    });
    return provider;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    // Loading writes nothing; another window of the app has already stored its own update.
    if (this.isLoadOrigin(origin) || origin === ORIGIN.otherWindow || this.destroyed) return;
    // Before the database is open, the full state is written when loading completes.
    const db = this.provider.db;
    if (!db) return;
    try {
      const tx = db.transaction([UPDATES], 'readwrite');
      tx.objectStore(UPDATES).add(update);
      this.track(tx, () => {
        this.rows += 1;
        if (this.rows >= COMPACT_AT) this.compact();
      });
    } catch {
      this.recover();
    }
  };

  private track(tx: IDBTransaction, onCommit: () => void): void {
    this.pending += 1;
    this.emit();
    tx.oncomplete = () => {
      this.pending -= 1;
      onCommit();
      this.settle();
    };
    tx.onabort = () => {
      this.pending -= 1;
      this.recover();
    };
  }

  /**
   * Replaces all rows by one row holding the full state, in one transaction. Rows added since the
   * last load or compaction (by this or another window) are applied first, so the state written
   * contains them; older rows are already in the doc.
   */
  private compact(): void {
    const db = this.provider.db;
    if (this.compacting || !db) return;
    this.compacting = true;
    this.emit();
    try {
      const tx = db.transaction([UPDATES], 'readwrite');
      const store = tx.objectStore(UPDATES);
      const fresh = store.getAll(IDBKeyRange.lowerBound(this.appliedBelow));
      const last = store.openKeyCursor(null, 'prev');
      last.onsuccess = () => {
        const lastKey = last.result?.key as number | undefined;
        Y.transact(this.doc, () => {
          for (const row of fresh.result as Uint8Array[]) Y.applyUpdate(this.doc, row);
        }, this.provider, false);
        const added = store.add(Y.encodeStateAsUpdate(this.doc));
        added.onsuccess = () => { this.appliedBelow = (added.result as number) + 1; };
        if (lastKey !== undefined) store.delete(IDBKeyRange.upperBound(lastKey));
      };
      tx.oncomplete = () => {
        this.compacting = false;
        this.rows = 1;
        this.settle();
      };
      tx.onabort = () => {
        this.compacting = false;
        this.recover();
      };
    } catch {
      this.compacting = false;
      this.recover();
    }
  }

  /** Reading in chunks failed: let y-indexeddb read everything on a new connection. */
  private async reload(): Promise<void> {
    this.appliedBelow = 0;
    const old = this.provider;
    old.destroy().catch(() => undefined);
    this.provider = this.connect();
    await this.provider.whenSynced;
  }

  /**
   * The connection was closed (by the browser, another tab deleting the database, or a failed write):
   * open a new one. Loading writes the whole current doc state first, so updates that failed or were
   * made meanwhile are stored as part of it.
   */
  private recover(): void {
    if (this.recovering || this.destroyed) return;
    this.recovering = true;
    this.emit();
    const old = this.provider;
    old.db = null;
    old.destroy().catch(() => undefined);
    this.provider = this.connect();
    this.provider.whenSynced.then(
      () => {
        this.recovering = false;
        this.failed = false;
        this.settle();
      },
      () => {
        this.recovering = false;
        this.failed = true;
        this.emit();
      },
    );
  }

  private countRows(db: IDBDatabase): void {
    try {
      const request = db.transaction([UPDATES], 'readonly').objectStore(UPDATES).count();
      request.onsuccess = () => {
        this.rows = request.result;
        // A long store is compacted soon, but not while the doc is first being shown.
        if (this.rows >= COMPACT_AT) setTimeout(() => this.compact(), COMPACT_AFTER_LOAD_MS);
      };
    } catch {
      this.recover();
    }
  }

  private settle(): void {
    this.emit();
    if (this.saveState === 'saving') return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private emit(): void {
    const state = this.saveState;
    for (const listener of this.listeners) listener(state);
  }
}

/**
 * Reads a doc store's rows in chunks of LOAD_CHUNK_ROWS (all requested at once, in one transaction)
 * and hands each chunk to `apply` as it arrives, in key order. Resolves with the last key read
 * (undefined: no rows, or no database yet — nothing is created here), or 'failed'.
 */
export function readStoredRows(dbName: string, apply: (rows: readonly Uint8Array[]) => void): Promise<number | undefined | 'failed'> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(dbName);
    } catch {
      resolve('failed');
      return;
    }
    let missing = false;
    // A new database: leave creating it (with its stores) to y-indexeddb.
    open.onupgradeneeded = () => {
      missing = true;
      open.transaction?.abort();
    };
    open.onerror = (event) => {
      event.preventDefault();
      resolve(missing ? undefined : 'failed');
    };
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains(UPDATES)) {
          db.close();
          resolve(undefined);
          return;
        }
        const tx = db.transaction([UPDATES], 'readonly');
        const store = tx.objectStore(UPDATES);
        let failed = false;
        tx.oncomplete = () => {
          db.close();
          resolve(failed ? 'failed' : lastKey);
        };
        tx.onabort = () => {
          db.close();
          resolve('failed');
        };
        // Keys grow by one from the oldest row kept (compaction deletes only below it), so ranges of
        // LOAD_CHUNK_ROWS keys hold about as many rows; the first and last keys are cheap to read.
        let lastKey: number | undefined;
        const first = store.openKeyCursor(null, 'next');
        const last = store.openKeyCursor(null, 'prev');
        last.onsuccess = () => {
          const from = first.result?.key as number | undefined;
          lastKey = last.result?.key as number | undefined;
          if (from === undefined || lastKey === undefined) return;
          const span = lastKey - from + 1;
          const size = span > LOAD_CHUNK_ROWS * 200 ? span : LOAD_CHUNK_ROWS;
          for (let lo = from; lo <= lastKey; lo += size) {
            const rows = store.getAll(IDBKeyRange.bound(lo, Math.min(lo + size - 1, lastKey)));
            rows.onsuccess = () => {
              if (failed) return;
              try {
                apply(rows.result as Uint8Array[]);
              } catch {
                failed = true;
              }
            };
          }
        };
      } catch {
        db.close();
        resolve('failed');
      }
    };
  });
}
