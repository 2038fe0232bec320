/**
 * The Tandem-Paket exchange in the app: export, open (decode + preview), import, undo, sync log.
 * Flow and rules in docs/tandem-paket.md; the file format in docs/sync-format.md.
 *
 * Rules:
 * - Validate everything, then touch anything: opening a package (decode, checks, trial merge on
 *   copies) writes nothing; a bad file leaves every stored doc byte for byte as it was.
 * - Import backs up each affected doc's full state (Dexie `backups`) before applying, then applies
 *   each doc's update in ONE transaction with origin ORIGIN.import.
 * - Undo restores the backups by replacing the stored state (Yjs cannot un-apply an update): every
 *   window closes its instances first (DocStore.replaceStored), so none can write the undone changes
 *   back. It is offered only while the docs are exactly as the import left them (state vectors), so
 *   undo never discards anything typed after the import.
 * - The co-moderator's state vectors are stored only from packages that decoded, and an older package
 *   never replaces a newer one's (a wrong state vector would make the next package too small).
 * - One job at a time (`busy`); the UI disables its buttons meanwhile.
 */
import * as Y from 'yjs';
import {
  authorList, circleSnapshot, createDoc, deletedMeetingIds, docKind, encodePurgedState, metaOf, newId, ORIGIN, str, type CircleId, type DocKind, type MeetingId,
} from '../../shared/doc';
import {
  HEADER_LENGTH, MAX_PACKAGE_BYTES, SYNC_FORMAT_VERSION, SyncPackageError, buildPackageDocs, readSyncPackageHeader,
  type SyncPackageContent,
} from '../../shared/sync';
import type { ProfileRow } from './db';
import type { DocHandle } from './docStore';
import { BACKUP_DAYS, pruneOldBackups, removeDeletedMeetings } from './deletion';
import { projectDoc } from './projection';
import type { Repository } from './repository';
import type { SyncCodec } from './syncCodec';
import { SyncAppError } from './syncErrors';
import { sumAuthors } from './syncOpen';
import { readStoredState, replaceStoredState, storedDocNames } from './syncStorage';
import { storedLogRow, type BackupRow, type OpenedPackage, type SyncLogDoc, type SyncLogRow, type SyncStepProgress } from './syncTypes';

/**
 * Backups of this many most recent imports are kept, none older than BACKUP_DAYS; older imports
 * can no longer be undone.
 */
export const KEPT_BACKUPS = 20;
export { BACKUP_DAYS };

export interface ExportScope {
  readonly circleId: string;
  /** Only this meeting (with its circle); all the circle's meetings when absent. */
  readonly meetingId?: string;
}

export interface CreatedPackage {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly log: Omit<SyncLogRow, 'fileName' | 'at'>;
}

export type UndoStatus = 'available' | 'changed' | 'undone' | 'unavailable';

export class SyncService {
  private running = false;
  private listeners = new Set<() => void>();

  constructor(readonly repository: Repository, private readonly codec: SyncCodec) {}

  /** Whether an export, import or undo is running (only one at a time). */
  get busy(): boolean {
    return this.running;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async exclusive<T>(job: () => Promise<T>): Promise<T> {
    if (this.running) throw new SyncAppError('busy');
    this.running = true;
    this.emit();
    try {
      return await job();
    } finally {
      this.running = false;
      this.emit();
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private get db() {
    return this.repository.db;
  }

  private async me(): Promise<ProfileRow> {
    const profile = await this.repository.profile();
    if (!profile) throw new SyncAppError('no-profile');
    return profile;
  }

  // --- export ---------------------------------------------------------------------------------------

  /**
   * Builds a package of a circle with all its meetings (or one meeting): per doc only what the
   * co-moderator lacks when their state vectors are known, the whole doc otherwise or when `full`.
   */
  createPackage(scope: ExportScope, passphrase: string, { full = false, onProgress }: { full?: boolean; onProgress?: SyncStepProgress } = {}): Promise<CreatedPackage> {
    return this.exclusive(async () => {
      const me = await this.me();
      onProgress?.('read');
      await this.repository.flush();
      const names = await storedDocNames();
      const circle = await loadStored('circle', scope.circleId, names);
      if (docKind(circle) !== 'circle') throw new SyncAppError('wrong-content', `circle ${scope.circleId} is not stored here`);
      const deleted = deletedMeetingIds(circle);
      const meetingIds = (scope.meetingId ? [scope.meetingId] : await this.meetingIdsOf(scope.circleId as CircleId, circle))
        .filter((id) => !deleted.has(id as MeetingId));
      const docs: Array<{ id: string; kind: DocKind; doc: Y.Doc }> = [{ id: scope.circleId, kind: 'circle', doc: circle }];
      for (const id of meetingIds) {
        const meeting = await loadStored('meeting', id, names);
        if (docKind(meeting) === 'meeting' && str(metaOf(meeting), 'circleId') === scope.circleId) docs.push({ id, kind: 'meeting', doc: meeting });
      }
      const known = full ? new Map<string, Uint8Array>() : await this.peerStateVectors(docs, me.deviceId);
      const packageDocs = buildPackageDocs(docs, known);
      const content: SyncPackageContent = {
        formatVersion: SYNC_FORMAT_VERSION,
        createdAt: new Date().toISOString(),
        sender: { deviceId: me.deviceId, name: me.name, role: me.role },
        docs: packageDocs,
      };
      const bytes = await this.codec.encode(content, passphrase, onProgress);
      const logDocs = docs.map(({ id, kind, doc }, index): SyncLogDoc => ({
        id, kind, title: titleOf(doc), date: kind === 'meeting' ? str(metaOf(doc), 'date') : '', isNew: !known.has(id),
        inserted: unitsIn(packageDocs[index]!.update), deleted: 0,
      }));
      const circleName = titleOf(circle);
      const meeting = scope.meetingId ? docs.find((d) => d.id === scope.meetingId) : undefined;
      for (const { doc } of docs) doc.destroy();
      return {
        bytes,
        fileName: packageFileName(circleName, meeting && str(metaOf(meeting.doc), 'date')),
        log: {
          id: newId(), direction: 'export', circleId: scope.circleId, circleName, size: bytes.length,
          peer: { deviceId: me.deviceId, name: me.name, role: me.role }, docs: logDocs, authors: [],
        },
      };
    });
  }

  /** Records an export in the sync log once the file was saved. */
  async recordExport(created: CreatedPackage, savedAs: string): Promise<SyncLogRow> {
    const row: SyncLogRow = { ...created.log, fileName: savedAs, at: new Date().toISOString() };
    await this.db.syncLog.put(storedLogRow(row));
    return row;
  }

  private async meetingIdsOf(circleId: CircleId, circle: Y.Doc): Promise<string[]> {
    const indexed = await this.db.meetings.where('circleId').equals(circleId).primaryKeys();
    return [...new Set<string>([...circleSnapshot(circle).meetingIds, ...indexed])];
  }

  /**
   * Per doc, what every other laptop that takes part has for sure: the smallest clock per client over
   * their last packages. A laptop takes part once it sent a package or wrote into the doc (its entry
   * in the doc's authorship map); if one of them never sent a package, the doc is sent whole (it is
   * left out of the map). So a reply is minimal in the tandem, and still complete for a third laptop.
   */
  private async peerStateVectors(docs: ReadonlyArray<{ id: string; doc: Y.Doc }>, myDeviceId: string): Promise<Map<string, Uint8Array>> {
    const rows = await this.db.peerStates.where('docId').anyOf(docs.map((d) => d.id)).toArray();
    const known = new Map<string, Uint8Array>();
    for (const { id, doc } of docs) {
      const vectors = new Map(rows.filter((row) => row.docId === id && row.deviceId !== myDeviceId).map((row) => [row.deviceId, row.stateVector]));
      const writers = authorList(doc).map((author) => author.deviceId).filter((deviceId) => deviceId !== myDeviceId);
      if (vectors.size > 0 && writers.every((deviceId) => vectors.has(deviceId))) known.set(id, minStateVector([...vectors.values()]));
    }
    return known;
  }

  // --- import ---------------------------------------------------------------------------------------

  /**
   * The cheap checks of a chosen file, before any passphrase is asked: size, magic, version, header,
   * length. Throws SyncPackageError; no key derivation.
   */
  checkFile(bytes: Uint8Array): void {
    if (bytes.length > MAX_PACKAGE_BYTES) throw new SyncPackageError('too-large', `file is ${bytes.length} bytes`);
    const header = readSyncPackageHeader(bytes);
    if (bytes.length !== HEADER_LENGTH + header.bodyLength) throw new SyncPackageError('damaged', 'length does not match the header');
  }

  /** Decodes a package and previews what importing it would change. Writes nothing. */
  openPackage(bytes: Uint8Array, passphrase: string, { fileName = '', onProgress }: { fileName?: string; onProgress?: SyncStepProgress } = {}): Promise<OpenedPackage> {
    return this.exclusive(async () => {
      onProgress?.('read');
      // What is typed is in the stores before the preview reads them.
      await this.repository.flush();
      const { content, preview } = await this.codec.open(bytes, passphrase, onProgress);
      // A circle deleted for good here stays deleted: an old file cannot bring it back.
      if (await this.db.deletedCircles.get(preview.circleId as CircleId)) throw new SyncAppError('circle-deleted');
      return { content, preview, fileName, size: bytes.length };
    });
  }

  /**
   * Imports an opened package: backs up each affected doc, applies each doc's update in one
   * transaction (creating docs this laptop does not have under the same ids), stores and indexes the
   * result, remembers the sender's state vectors and logs the import.
   */
  applyPackage(opened: OpenedPackage, { onProgress }: { onProgress?: SyncStepProgress } = {}): Promise<SyncLogRow> {
    return this.exclusive(async () => {
      const me = await this.me();
      const { content, preview } = opened;
      const importId = newId();
      const at = new Date().toISOString();
      onProgress?.('backup');
      await this.repository.flush();
      const handles: DocHandle[] = [];
      // Meetings deleted for good (on either laptop) are not recreated from the package.
      const skipped = new Set(preview.docs.filter((d) => d.deletedForGood).map((d) => d.id));
      const entries = content.docs.filter((entry) => !skipped.has(entry.id));
      try {
        for (const entry of entries) handles.push(await this.repository.openDoc(entry.kind, entry.id));
        const backups: BackupRow[] = handles.map((handle) => ({
          importId, docId: handle.id, kind: handle.kind, existed: docKind(handle.doc) !== undefined, state: encodePurgedState(handle.doc), at,
        }));
        await this.db.backups.bulkPut(backups);

        onProgress?.('apply', 0);
        try {
          entries.forEach((entry, index) => {
            Y.applyUpdateV2(handles[index]!.doc, entry.update, ORIGIN.import);
            onProgress?.('apply', (index + 1) / entries.length);
          });
        } catch (error) {
          await this.restore(backups);
          throw new SyncAppError('apply-failed', 'an update failed to apply; backups restored', { cause: error });
        }

        onProgress?.('store');
        // Deletions the package brought leave the stores now (the flush rewrites them), and meetings
        // the co-moderator deleted for good leave this laptop.
        await this.repository.flush();
        const circleHandle = handles.find((handle) => handle.kind === 'circle');
        const removed = circleHandle ? await removeDeletedMeetings(this.repository, circleHandle.doc) : [];
        // An import that deleted meetings here cannot be undone: their stores are gone, and restoring
        // the circle without its tombstones would list meetings that no longer exist.
        const after = removed.length > 0 ? undefined : Object.fromEntries(handles.map((handle) => [handle.id, Y.encodeStateVector(handle.doc)]));
        const row: SyncLogRow = {
          id: importId, at, direction: 'import', circleId: preview.circleId, circleName: preview.circleName,
          fileName: opened.fileName, size: opened.size, peer: content.sender,
          docs: preview.docs.filter((d) => !skipped.has(d.id)).map((d) => ({ id: d.id, kind: d.kind, title: d.title, date: d.date, isNew: !d.known, inserted: d.inserted, deleted: d.deleted })),
          authors: sumAuthors(preview.authors), status: 'applied', ...(after && { after }),
        };
        await this.db.transaction('rw', this.db.syncLog, this.db.peerStates, this.db.backups, async () => {
          await this.db.syncLog.put(storedLogRow(row));
          if (!after) await this.db.backups.where('importId').equals(importId).delete();
          if (content.sender.deviceId !== me.deviceId) await this.rememberPeer({ ...content, docs: entries });
          await this.pruneBackups();
        });
        return row;
      } finally {
        onProgress?.('index');
        for (const handle of handles) await this.repository.closeDoc(handle);
      }
    });
  }

  private async rememberPeer(content: SyncPackageContent): Promise<void> {
    const { deviceId, name, role } = content.sender;
    const receivedAt = new Date().toISOString();
    const stored = await this.db.peerStates.bulkGet(content.docs.map((entry): [string, string] => [entry.id, deviceId]));
    await this.db.peerStates.bulkPut(content.docs
      .filter((_entry, index) => !stored[index] || stored[index]!.packageCreatedAt <= content.createdAt)
      .map((entry) => ({ docId: entry.id, deviceId, name, role, stateVector: entry.stateVector, packageCreatedAt: content.createdAt, receivedAt })));
  }

  /** Drops the backups of all but the KEPT_BACKUPS most recent imports that are still applied. */
  private async pruneBackups(): Promise<void> {
    const keep = await this.db.syncLog.orderBy('at').reverse()
      .filter((row) => row.direction === 'import' && row.status === 'applied').limit(KEPT_BACKUPS).primaryKeys();
    await this.db.backups.where('importId').noneOf(keep).delete();
    await pruneOldBackups(this.repository);
  }

  // --- undo -----------------------------------------------------------------------------------------

  /** Whether an import can be undone now: its backups exist and its docs are as it left them. */
  async undoStatus(importId: string): Promise<UndoStatus> {
    const row = await this.db.syncLog.get(importId);
    if (!row || row.direction !== 'import' || !row.after) return 'unavailable';
    if (row.status === 'undone') return 'undone';
    const backups = await this.db.backups.where('importId').equals(importId).toArray();
    if (backups.length !== row.docs.length) return 'unavailable';
    await this.repository.flush();
    const names = await storedDocNames();
    for (const backup of backups) {
      const stored = await readStoredState(backup.kind, backup.docId, indexedDB, names);
      const now = stored ? Y.encodeStateVectorFromUpdate(stored) : Y.encodeStateVector(new Map());
      const then = row.after[backup.docId];
      if (!then || !sameStateVector(now, then)) return 'changed';
    }
    return 'available';
  }

  /**
   * Restores every doc of an import to its backup and marks the import undone in the log. Docs the
   * import created are emptied and leave the index. Resolves with whether this window had any of
   * them open (it is then reloaded by the DocStore's onReplaced).
   */
  undoImport(importId: string, { onProgress }: { onProgress?: SyncStepProgress } = {}): Promise<boolean> {
    return this.exclusive(async () => {
      if ((await this.undoStatus(importId)) !== 'available') throw new SyncAppError('undo-unavailable');
      const backups = await this.db.backups.where('importId').equals(importId).toArray();
      onProgress?.('restore');
      const reopened = await this.restore(backups);
      await this.db.transaction('rw', this.db.syncLog, this.db.backups, async () => {
        await this.db.syncLog.update(importId, { status: 'undone', undoneAt: new Date().toISOString() });
        await this.db.backups.where('importId').equals(importId).delete();
      });
      return reopened;
    });
  }

  /** Replaces the stored state of each doc by its backup, then indexes the restored state. */
  private async restore(backups: readonly BackupRow[]): Promise<boolean> {
    const docs = backups.map((b) => ({ kind: b.kind, id: b.docId }));
    const reopened = await this.repository.docs.replaceStored(docs, async () => {
      for (const b of backups) await replaceStoredState(b.kind, b.docId, b.existed ? b.state : null);
    });
    for (const b of backups) {
      if (!b.existed) {
        await (b.kind === 'circle' ? this.db.circles.delete(b.docId as CircleId) : this.db.meetings.delete(b.docId as MeetingId));
        continue;
      }
      const doc = createDoc();
      Y.applyUpdate(doc, b.state);
      await projectDoc(this.db, doc);
      doc.destroy();
    }
    return reopened;
  }
}

// --- helpers ----------------------------------------------------------------------------------------

async function loadStored(kind: DocKind, id: string, names: ReadonlySet<string>): Promise<Y.Doc> {
  const doc = createDoc();
  const state = await readStoredState(kind, id, indexedDB, names);
  if (state) Y.applyUpdate(doc, state);
  return doc;
}

function titleOf(doc: Y.Doc): string {
  return str(metaOf(doc), docKind(doc) === 'circle' ? 'name' : 'title');
}

/** Units (characters, elements, entries) an update adds: the clocks it spans per client. */
function unitsIn(update: Uint8Array): number {
  const { from, to } = Y.parseUpdateMetaV2(update);
  let units = 0;
  for (const [client, clock] of to) units += clock - (from.get(client) ?? 0);
  return units;
}

/** Per client the smallest clock over several state vectors (a client missing in one counts 0). */
export function minStateVector(vectors: readonly Uint8Array[]): Uint8Array {
  const decoded = vectors.map((v) => Y.decodeStateVector(v));
  const min = new Map<number, number>();
  for (const [client] of decoded[0] ?? []) {
    const clock = Math.min(...decoded.map((sv) => sv.get(client) ?? 0));
    if (clock > 0) min.set(client, clock);
  }
  return Y.encodeStateVector(min);
}

function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const x = Y.decodeStateVector(a);
  const y = Y.decodeStateVector(b);
  return x.size === y.size && [...x].every(([client, clock]) => y.get(client) === clock);
}

/** `Tandem-Paket_<Zirkel>_<Datum>.tandem` (with the meeting's date for a one-meeting package). */
export function packageFileName(circleName: string, meetingDate?: string, now = new Date()): string {
  const safe = circleName.normalize('NFC').replace(/[\\/:*?"<>|\p{Cc}]/gu, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'Zirkel';
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `Tandem-Paket_${safe}${meetingDate ? `_Sitzung-${meetingDate}` : ''}_${today}.tandem`;
}
