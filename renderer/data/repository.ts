/**
 * The app's data entry point: the Dexie index, the doc store, and the commands that span both
 * (creating a circle or meeting opens a new doc, runs the command and indexes the result at once).
 * While a doc is open, its index row follows its changes (debounced, written only when it differs).
 */
import * as Y from 'yjs';
import {
  createCircle, createMeeting, newId, registerMeeting, templatePhases, circleSnapshot, trackAuthorship, type Author,
  type CircleFields, type CircleId, type MeetingFields, type MeetingId, type TemplateId,
} from '../../shared/doc';
import { openTandemDb, type ModeratorRole, type ProfileRow, type TandemDb } from './db';
import { DocStore, type DocHandle } from './docStore';
import { projectDoc } from './projection';

const INDEX_DELAY_MS = 150;

export class Repository {
  readonly db: TandemDb;
  readonly docs = new DocStore({
    // Who wrote what: each opened instance maps its clientID to this laptop's moderator on its first edit.
    onOpen: (handle) => {
      const tracker = trackAuthorship(handle.doc, () => this.author);
      // A backup lives only while its import can be undone (docs/privacy.md).
      const offPurged = handle.persistence.onPurged(() => void this.dropStaleBackups(handle.id, handle.doc));
      return { beforeFlush: tracker.flush, dispose: () => { tracker.dispose(); offPurged(); } };
    },
    // Another import was undone under this window's open docs: start afresh from the stored state.
    onReplaced: () => globalThis.location?.reload(),
  });
  /** The local moderator as authorship records it; set once the profile is read or saved. */
  private author: Author | undefined;
  private indexed = new WeakSet<Y.Doc>();
  private indexTimers = new Map<Y.Doc, ReturnType<typeof setTimeout>>();
  private indexing = new Set<Promise<void>>();

  constructor(dbName?: string) {
    this.db = openTandemDb(dbName);
    // Open IndexedDB right away, so it overlaps the UI's first render instead of following it.
    void this.db.open().catch(() => undefined);
    void this.profile().catch(() => undefined);
  }

  /** Opens a doc whose index row follows its changes while it is open. */
  async openDoc(kind: 'circle' | 'meeting', id: string): Promise<DocHandle> {
    const handle = await this.docs.load(kind, id);
    if (!this.indexed.has(handle.doc)) {
      this.indexed.add(handle.doc);
      handle.doc.on('update', () => this.scheduleIndex(handle.doc));
    }
    return handle;
  }

  async closeDoc(handle: DocHandle): Promise<void> {
    await this.indexNow(handle.doc);
    await this.docs.release(handle);
  }

  private scheduleIndex(doc: Y.Doc): void {
    clearTimeout(this.indexTimers.get(doc));
    this.indexTimers.set(doc, setTimeout(() => void this.indexNow(doc), INDEX_DELAY_MS));
  }

  private async indexNow(doc: Y.Doc): Promise<void> {
    clearTimeout(this.indexTimers.get(doc));
    this.indexTimers.delete(doc);
    // A destroyed instance may hold state that was replaced (undo of an import): never index it.
    if (doc.isDestroyed) return;
    const job = projectDoc(this.db, doc).finally(() => this.indexing.delete(job));
    this.indexing.add(job);
    await job;
  }

  /** Everything typed is in IndexedDB and the index is current (before a window closes). */
  async flush(): Promise<void> {
    await this.docs.flushAll();
    await Promise.all([...this.indexTimers.keys()].map((doc) => this.indexNow(doc)));
    await Promise.all([...this.indexing]);
  }

  /**
   * Removed content leaves the store now: the doc's rows are rewritten as its purged state
   * (docs/privacy.md). Called after a replacement from the findings panel and a removal for good.
   */
  async purge(target: { readonly doc: Y.Doc }): Promise<void> {
    await this.docs.purge(target.doc);
  }

  /**
   * Drops the pre-import backups of imports that can no longer be undone because this doc changed
   * since (after its store was rewritten without deleted content): a backup holds the state before
   * the import, removed text included, so it is kept only while „Import rückgängig machen“ can use it.
   */
  private async dropStaleBackups(docId: string, doc: Y.Doc): Promise<void> {
    const job = (async () => {
      const importIds = [...new Set(await this.db.backups.where('docId').equals(docId).toArray().then((rows) => rows.map((row) => row.importId)))];
      if (importIds.length === 0 || doc.isDestroyed) return;
      const now = Y.encodeStateVector(doc);
      const logRows = await this.db.syncLog.bulkGet(importIds);
      // No log row yet: the import is still being applied (its own deletions are rewritten first).
      const stale = importIds.filter((id, index) => {
        const row = logRows[index];
        return row && (!row.after?.[docId] || !sameStateVector(row.after[docId]!, now));
      });
      if (stale.length > 0) await this.db.backups.where('importId').anyOf(stale).delete();
    })().catch(() => undefined).finally(() => this.indexing.delete(job));
    this.indexing.add(job);
    await job;
  }

  async profile(): Promise<ProfileRow | undefined> {
    const row = await this.db.profile.get('me');
    if (row) this.author = { deviceId: row.deviceId, name: row.name, role: row.role };
    return row;
  }

  async saveProfile(name: string, role: ModeratorRole): Promise<ProfileRow> {
    const existing = await this.profile();
    const row: ProfileRow = {
      key: 'me', name: name.trim(), role,
      deviceId: existing?.deviceId ?? globalThis.crypto.randomUUID(),
      createdAt: existing?.createdAt ?? new Date().toISOString(),
    };
    await this.db.profile.put(row);
    this.author = { deviceId: row.deviceId, name: row.name, role: row.role };
    return row;
  }

  async createCircle(fields: CircleFields): Promise<CircleId> {
    const id = newId<CircleId>();
    const handle = await this.docs.load('circle', id);
    try {
      createCircle(handle.doc, fields, { id });
      await projectDoc(this.db, handle.doc);
    } finally {
      await this.docs.release(handle);
    }
    return id;
  }

  async createMeeting(circleId: CircleId, templateId: TemplateId, fields: Omit<MeetingFields, 'status'>): Promise<MeetingId> {
    const circle = await this.openDoc('circle', circleId);
    try {
      const template = circleSnapshot(circle.doc).templates.find((t) => t.id === templateId);
      const phases = templatePhases(circle.doc, templateId);
      if (!template || !phases) throw new Error(`Unknown template ${templateId}`);
      const id = newId<MeetingId>();
      const meeting = await this.docs.load('meeting', id);
      try {
        createMeeting(meeting.doc, { circleId, fields, methodName: template.name, phases }, { id });
        await projectDoc(this.db, meeting.doc);
      } finally {
        await this.docs.release(meeting);
      }
      registerMeeting(circle.doc, id);
      return id;
    } finally {
      await this.closeDoc(circle);
    }
  }
}

function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const x = Y.decodeStateVector(a);
  const y = Y.decodeStateVector(b);
  return x.size === y.size && [...x].every(([client, clock]) => y.get(client) === clock);
}
