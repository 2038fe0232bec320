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
 * - the store is compacted (one full-state row replaces the others) once it holds COMPACT_AT rows.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { ORIGIN } from '../../shared/doc';

export const COMPACT_AT = 500;
const COMPACT_AFTER_LOAD_MS = 2_000;
const UPDATES = 'updates';

export type SaveState = 'saved' | 'saving' | 'error';

export class DocPersistence {
  private provider: IndexeddbPersistence;
  private pending = 0;
  private compacting = false;
  private recovering = false;
  private failed = false;
  private rows = 0;
  private waiters: Array<() => void> = [];
  private listeners = new Set<(state: SaveState) => void>();
  private destroyed = false;
  /** Resolves once the stored state has been applied to the doc. */
  whenLoaded: Promise<void>;

  constructor(readonly name: string, readonly doc: Y.Doc) {
    this.provider = this.connect();
    this.whenLoaded = this.provider.whenSynced.then(() => undefined);
    doc.on('update', this.onUpdate);
  }

  get saveState(): SaveState {
    if (this.failed) return 'error';
    return this.pending > 0 || this.compacting || this.recovering ? 'saving' : 'saved';
  }

  /** The origin of transactions that apply stored rows (y-indexeddb's provider). */
  get loadOrigin(): unknown {
    return this.provider;
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

  private connect(): IndexeddbPersistence {
    const provider = new IndexeddbPersistence(this.name, this.doc);
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
    if (origin === this.provider || origin === ORIGIN.otherWindow || this.destroyed) return;
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
      const fresh = store.getAll(IDBKeyRange.lowerBound(this.provider._dbref));
      const last = store.openKeyCursor(null, 'prev');
      last.onsuccess = () => {
        const lastKey = last.result?.key as number | undefined;
        Y.transact(this.doc, () => {
          for (const row of fresh.result as Uint8Array[]) Y.applyUpdate(this.doc, row);
        }, this.provider, false);
        const added = store.add(Y.encodeStateAsUpdate(this.doc));
        added.onsuccess = () => { this.provider._dbref = (added.result as number) + 1; };
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
