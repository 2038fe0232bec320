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
 * - PURGE: the rows never keep text that was deleted. A row written per change can hold text deleted
 *   later, so the store is rewritten as one row of the purged state (shared/doc/purge.ts) on request
 *   (`purge()`: after a replacement from the findings panel, a removal for good, an import), once
 *   changes pause for PURGE_AFTER_DELETION_MS after any deletion, at every compaction, and before the
 *   doc is flushed for a closing window or closed. A marker row in `custom` says "the rows hold no
 *   deleted content"; the first deletion after a rewrite removes it in the same transaction as its
 *   row, so after a crash the next load sees the marker missing and rewrites the store;
 * - a doc is loaded in chunks that are applied while the next ones are read (readStoredRows), not
 *   with y-indexeddb's one `getAll` followed by applying everything: reading and applying overlap,
 *   which opens a long, uncompacted meeting about twice as fast.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { encodePurgedState, ORIGIN, transactionDeleted } from '../../shared/doc';

export const COMPACT_AT = 500;
const COMPACT_AFTER_LOAD_MS = 2_000;
const UPDATES = 'updates';
/** y-indexeddb's key-value store; holds PURGED_KEY while the rows hold no deleted content. */
const CUSTOM = 'custom';
const PURGED_KEY = 'tandem:purged';
/** A store that holds deleted text is rewritten after this pause in changes (see the class comment). */
export const PURGE_AFTER_DELETION_MS = 3_000;
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
  private rewriteListeners = new Set<() => void>();
  private destroyed = false;
  /** Deletions seen since the store was last rewritten (a rewrite clears only those it contains). */
  private deletions = 0;
  /** Whether the marker row is in the store (known after loading). */
  private marked = false;
  private purgeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once the rows were counted and the marker read (flush waits for it, loading does not). */
  private counted: Promise<void> = Promise.resolve();
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

  /** Called after the store was rewritten without deleted content that it held (a purge). */
  onPurged(listener: () => void): () => void {
    this.rewriteListeners.add(listener);
    return () => this.rewriteListeners.delete(listener);
  }

  onSaveState(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every update made so far has been committed to IndexedDB. */
  async flush(): Promise<void> {
    await this.whenLoaded;
    await this.counted;
    // A rewrite that waits for a pause runs now: the window may be about to close.
    if (this.purgeTimer !== undefined) this.compact();
    if (this.saveState !== 'saving') return;
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /**
   * Rewrites the store as one row of the doc's purged state and resolves once that has committed
   * (after a replacement or a removal for good: the removed text is then gone from the store).
   */
  async purge(): Promise<void> {
    await this.whenLoaded;
    this.deletions += 1;
    this.compact();
    await this.flush();
    // A compaction that was already running may have encoded the state before the deletion.
    if (this.deletions > 0 && !this.destroyed) {
      this.compact();
      await this.flush();
    }
  }

  /** Whether the stored rows may still hold deleted content (for tests and the bench). */
  get holdsDeleted(): boolean {
    return this.deletions > 0;
  }

  async destroy(): Promise<void> {
    await this.flush();
    clearTimeout(this.purgeTimer);
    this.purgeTimer = undefined;
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
      this.counted = this.countRows(db);
    });
    return provider;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction?: Y.Transaction) => {
    // Loading writes nothing; another window of the app has already stored its own update (and
    // rewrites the store after its deletions).
    if (this.isLoadOrigin(origin) || origin === ORIGIN.otherWindow || this.destroyed) return;
    const deleted = transactionDeleted(transaction);
    if (deleted) this.schedulePurge();
    // Before the database is open, the full state is written when loading completes.
    const db = this.provider.db;
    if (!db) return;
    try {
      const unmark = deleted && this.marked;
      const tx = db.transaction(unmark ? [UPDATES, CUSTOM] : [UPDATES], 'readwrite');
      tx.objectStore(UPDATES).add(update);
      if (unmark) {
        tx.objectStore(CUSTOM).delete(PURGED_KEY);
        this.marked = false;
      }
      // Commit now rather than when the task ends: a window closed right after the key keeps it.
      tx.commit?.();
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

  /** A deletion: the store holds its text until it is rewritten, after the next pause in changes. */
  private schedulePurge(): void {
    this.deletions += 1;
    this.armPurge();
  }

  /** Compacts after `ms` (or at the next flush, whichever comes first). */
  private armPurge(ms = PURGE_AFTER_DELETION_MS): void {
    clearTimeout(this.purgeTimer);
    this.purgeTimer = setTimeout(() => {
      this.purgeTimer = undefined;
      this.compact();
    }, ms);
  }

  /**
   * Replaces all rows by one row holding the full purged state (and the marker), in one transaction. Rows added since the
   * last load or compaction (by this or another window) are applied first, so the state written
   * contains them; older rows are already in the doc.
   */
  private compact(): void {
    const db = this.provider.db;
    if (this.compacting || !db) return;
    clearTimeout(this.purgeTimer);
    this.purgeTimer = undefined;
    this.compacting = true;
    this.emit();
    let contained = 0;
    try {
      const tx = db.transaction([UPDATES, CUSTOM], 'readwrite');
      const store = tx.objectStore(UPDATES);
      const fresh = store.getAll(IDBKeyRange.lowerBound(this.appliedBelow));
      const last = store.openKeyCursor(null, 'prev');
      last.onsuccess = () => {
        const lastKey = last.result?.key as number | undefined;
        Y.transact(this.doc, () => {
          for (const row of fresh.result as Uint8Array[]) Y.applyUpdate(this.doc, row);
        }, this.provider, false);
        contained = this.deletions;
        const added = store.add(encodePurgedState(this.doc));
        added.onsuccess = () => { this.appliedBelow = (added.result as number) + 1; };
        if (lastKey !== undefined) store.delete(IDBKeyRange.upperBound(lastKey));
        tx.objectStore(CUSTOM).put(true, PURGED_KEY);
      };
      tx.oncomplete = () => {
        this.compacting = false;
        this.rows = 1;
        // Deletions made while this ran are in rows written after it: they wait for the next rewrite.
        this.deletions -= contained;
        this.marked = this.deletions === 0;
        if (contained > 0) for (const listener of this.rewriteListeners) listener();
        if (this.deletions > 0 && this.purgeTimer === undefined) this.armPurge();
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
        // y-indexeddb wrote the doc's whole state as it opened, undo histories' deleted text included.
        this.deletions += 1;
        this.compact();
        this.settle();
      },
      () => {
        this.recovering = false;
        this.failed = true;
        this.emit();
      },
    );
  }

  private countRows(db: IDBDatabase): Promise<void> {
    return new Promise((resolve) => {
      try {
        const tx = db.transaction([UPDATES, CUSTOM], 'readonly');
        const request = tx.objectStore(UPDATES).count();
        const marker = tx.objectStore(CUSTOM).get(PURGED_KEY);
        tx.oncomplete = () => {
          this.rows = request.result;
          this.marked = marker.result === true;
          // Rows without the marker may hold deleted text (a crash before the rewrite, or a store
          // written before purging existed); a long store is compacted too. Both soon, but not while
          // the doc is first being shown.
          const unpurged = !this.marked && this.rows > 0;
          if (unpurged) this.deletions += 1;
          if ((this.rows >= COMPACT_AT || unpurged) && this.purgeTimer === undefined) this.armPurge(COMPACT_AFTER_LOAD_MS);
          resolve();
        };
        tx.onabort = () => resolve();
      } catch {
        this.recover();
        resolve();
      }
    });
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
