/**
 * Drafts of fields that have no doc entity yet: the field for a new item of a capture list, the form
 * for a new strategy. Nothing exists in the doc until Enter, so what is typed there is kept on this
 * device, in the Dexie table `drafts` (db.ts, version 3), and put back into the field when it is drawn
 * again (another phase, a reload, a crash). Fields over a doc value write to the doc instead
 * (renderer/features/live/DraftInput.tsx).
 *
 * - A change is written at once (no debounce): one transaction with the field's whole text, on its
 *   way to the disk with the key that typed it. Changes made while a write runs go into the next one,
 *   right after it (`write`), so fast typing never queues writes behind a slow disk, and a killed
 *   browser keeps all but the last few milliseconds.
 * - `saveState` is "saving" until the latest text of every field has committed, for the save
 *   indicator (with the docs'); `flush()` waits for that (before the window closes, like the docs),
 *   and writes what changed during a running write at once instead of after it.
 * - A meeting's drafts are read once, before live mode draws its fields (`load`); then `get` answers
 *   from memory.
 * - An entry that was added deletes its draft only once the doc holding it is stored (`clear(key,
 *   after)`): a crash in between leaves the text in the field, never nowhere.
 * - Keys are `<meetingId>/<caseId>/<field>` (`draftKey`): deleting a meeting drops every row whose key
 *   starts with `<meetingId>/` (`dropMeeting`).
 */
import type { TandemDb } from './db';
import type { SaveState } from './persistence';

/** A failed write is tried again after this long. */
export const RETRY_MS = 1_000;

export const draftKey = (meetingId: string, caseId: string, field: string) => `${meetingId}/${caseId}/${field}`;

export class DraftStore {
  /** The latest text per key as this window knows it ('' is never kept). */
  private texts = new Map<string, string>();
  /** Bumped by every change of a key, so a deferred write never undoes a later one. */
  private versions = new Map<string, number>();
  private loads = new Map<string, Promise<void>>();
  private loaded = new Set<string>();
  /** Keys changed since the last write began. */
  private dirty = new Set<string>();
  /** Writes on their way (two at most: one more when flushing). */
  private writes = 0;
  /** Settles when the write on its way has committed or failed. */
  private writeDone: Promise<void> = Promise.resolve();
  /** Deletions waiting for their doc to be stored, and meetings being dropped. */
  private waiting = 0;
  private failed = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private waiters: Array<() => void> = [];
  private listeners = new Set<() => void>();

  constructor(private readonly db: TandemDb) {}

  /** Reads a meeting's stored drafts into memory (once); resolves when `get` knows them. */
  load(meetingId: string): Promise<void> {
    let job = this.loads.get(meetingId);
    if (!job) {
      job = this.db.drafts.where('key').startsWith(`${meetingId}/`).toArray()
        .then((rows) => {
          // A key changed in this window meanwhile is newer than what was read.
          for (const row of rows) if (!this.versions.has(row.key) && row.text) this.texts.set(row.key, row.text);
        })
        .catch(() => undefined) // unreadable: the fields start empty, typing still writes
        .then(() => {
          this.loaded.add(meetingId);
          this.emit();
        });
      this.loads.set(meetingId, job);
    }
    return job;
  }

  isLoaded(meetingId: string): boolean {
    return this.loaded.has(meetingId);
  }

  /** The draft of a field ('' when there is none). */
  get(key: string): string {
    return this.texts.get(key) ?? '';
  }

  /** Stores what the field holds now ('' deletes the draft): written at once, or with the next write. */
  set(key: string, text: string): void {
    if (this.get(key) === text) return;
    this.bump(key, text);
    this.queue(key);
  }

  /**
   * The entry was added: the field is empty at once, the stored draft goes once `after` has resolved
   * (the doc that now holds the entry is stored), unless the field changed again meanwhile.
   */
  clear(key: string, after: Promise<unknown>): void {
    const version = this.bump(key, '');
    this.waiting += 1;
    this.emit();
    void after.catch(() => undefined).then(() => {
      this.waiting -= 1;
      if (this.versions.get(key) === version) this.queue(key);
      else this.settle();
    });
  }

  /** Forgets and deletes every draft of a meeting (the meeting leaves this device). */
  async dropMeeting(meetingId: string): Promise<void> {
    const prefix = `${meetingId}/`;
    const ofMeeting = (key: string) => key.startsWith(prefix);
    for (const key of [...this.texts.keys()].filter(ofMeeting)) this.texts.delete(key);
    for (const key of [...this.versions.keys()].filter(ofMeeting)) this.versions.set(key, this.versions.get(key)! + 1);
    for (const key of [...this.dirty].filter(ofMeeting)) this.dirty.delete(key);
    this.loads.delete(meetingId);
    this.loaded.delete(meetingId);
    this.waiting += 1;
    this.emit();
    try {
      // After the write on its way, which may hold some of them.
      await this.writeDone;
      await this.db.drafts.where('key').startsWith(prefix).delete();
    } finally {
      this.waiting -= 1;
      this.settle();
    }
  }

  private get writing(): boolean {
    return this.writes > 0;
  }

  get saveState(): SaveState {
    if (this.failed) return 'error';
    return this.writing || this.dirty.size > 0 || this.waiting > 0 ? 'saving' : 'saved';
  }

  /**
   * Resolves when every draft written so far has committed. Texts changed while a write runs are
   * written now, not after it (the window may be closing): IndexedDB commits the two in order.
   */
  async flush(): Promise<void> {
    if (this.writing && this.dirty.size > 0 && !this.retryTimer) this.write();
    if (this.saveState === 'saved' || (this.failed && !this.writing && this.waiting === 0)) return;
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private bump(key: string, text: string): number {
    const version = (this.versions.get(key) ?? 0) + 1;
    this.versions.set(key, version);
    if (text) this.texts.set(key, text);
    else this.texts.delete(key);
    return version;
  }

  private queue(key: string): void {
    this.dirty.add(key);
    this.emit();
    if (!this.writing && !this.retryTimer) this.write();
  }

  /**
   * One transaction with the latest text of every changed key. Keys changed while it runs are
   * written by the next one, right after it: never more than one write per change, and however fast
   * the typing, no queue of writes builds up behind the disk. A failed write is tried again after
   * RETRY_MS (the indicator says so meanwhile).
   */
  private write(): void {
    const keys = [...this.dirty];
    this.dirty.clear();
    const updatedAt = new Date().toISOString();
    const rows = keys.filter((key) => this.get(key)).map((key) => ({ key, text: this.get(key), updatedAt }));
    const gone = keys.filter((key) => !this.get(key));
    this.writes += 1;
    this.writeDone = this.db.transaction('rw', this.db.drafts, () => Promise.all([
      rows.length > 0 && this.db.drafts.bulkPut(rows),
      gone.length > 0 && this.db.drafts.bulkDelete(gone),
    ])).then(
      () => {
        this.failed = false;
        this.writes -= 1;
        if (this.dirty.size > 0 && !this.writing) this.write();
        else this.settle();
      },
      () => {
        this.failed = true;
        this.writes -= 1;
        for (const key of keys) this.dirty.add(key);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          if (this.dirty.size > 0 && !this.writing) this.write();
        }, RETRY_MS);
        this.settle();
      },
    );
  }

  private settle(): void {
    this.emit();
    if (this.writing || this.waiting > 0 || (this.dirty.size > 0 && !this.failed)) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<TandemDb, DraftStore>();

/** The one draft store of a database (the app's: `draftStoreFor(repository.db)`). */
export function draftStoreFor(db: TandemDb): DraftStore {
  let store = stores.get(db);
  if (!store) {
    store = new DraftStore(db);
    stores.set(db, store);
  }
  return store;
}
