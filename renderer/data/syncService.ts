/**
 * The Tandem-Paket exchange in the app: export, open (decode + preview), import, undo, sync log.
 * Flow and rules in docs/tandem-paket.md; the file format in docs/sync-format.md.
 *
 * Rules:
 * - Validate everything, then touch anything: opening a package (decode, checks, trial merge on
 *   copies) writes nothing; a bad file leaves every stored doc byte for byte as it was.
 * - Import backs up the full state of each doc it changes (Dexie `backups`, each state once) before
 *   applying, then applies each doc's update in ONE transaction with origin ORIGIN.import. A package
 *   that changes nothing writes no backup and leaves nothing to undo (its log line: nothingNew).
 * - Undo restores the backups by replacing the stored state (Yjs cannot un-apply an update): every
 *   window closes its instances first (DocStore.replaceStored), so none can write the undone changes
 *   back. It is offered only while the docs are exactly as the import left them (state vectors and
 *   fingerprints), so undo never discards anything typed after the import; otherwise undoStatus says why.
 * - The co-moderator's state vectors are stored only from packages that decoded, and an older package
 *   never replaces a newer one's (a wrong state vector would make the next package too small).
 * - One job at a time (`busy`); the UI disables its buttons meanwhile.
 */
import * as Y from 'yjs';
import {
  authorList, circleSnapshot, createDoc, deletedMeetingIds, docKind, encodePurgedState, metaOf, newId, ORIGIN, setConflictValue, stateFingerprint, str,
  updateChangesDoc, type CircleId, type Conflict, type DocKind, type MeetingId, type ScalarValue,
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
import {
  storedLogRow, type BackupRow, type DocPreview, type LogSummary, type OpenedPackage, type SyncLogDoc, type SyncLogRow, type SyncStepProgress,
} from './syncTypes';

/**
 * Backups of this many most recent imports (that changed something) are kept, none older than
 * BACKUP_DAYS; older imports can no longer be undone (docs/privacy.md).
 */
export const KEPT_BACKUPS = 5;
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

/**
 * Whether „Import rückgängig machen“ can work now, and if not, why (each reason is one line in the UI):
 * - 'changed': a doc changed here since the import (undo would discard that work);
 * - 'later-import': a later import changed the same docs (undo that one first);
 * - 'expired': its backup is gone: older than BACKUP_DAYS, or more than KEPT_BACKUPS imports ago;
 * - 'deleted-meetings': it deleted meetings here (the co-moderator had deleted them for good);
 * - 'nothing-new': it changed nothing, so there is nothing to undo;
 * - 'undone': it was undone already; 'unavailable': no such import.
 */
export type UndoStatus = 'available' | 'changed' | 'later-import' | 'expired' | 'deleted-meetings' | 'nothing-new' | 'undone' | 'unavailable';

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
      for (const { doc } of docs) doc.destroy();
      return {
        bytes,
        fileName: packageFileName(),
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
      const last = (await this.db.syncLog.where('circleId').equals(preview.circleId).sortBy('at')).pop();
      return { content, preview, fileName, size: bytes.length, lastExchangeAt: last?.at ?? '' };
    });
  }

  /**
   * Imports an opened package: backs up each doc it changes (once per state: deduplicated by
   * fingerprint), applies each doc's update in one transaction (creating docs this laptop does not
   * have under the same ids), stores and indexes the result, remembers the sender's state vectors and
   * logs the import. A package that changes nothing here writes no backup and leaves nothing to undo;
   * its log line says so („nichts Neues“).
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
      const leftovers = preview.docs.some((d) => d.deletedForGood && d.known);
      try {
        for (const entry of entries) handles.push(await this.repository.openDoc(entry.kind, entry.id));
        // Only docs the update changes are backed up and applied (checked on the docs as they are now;
        // a sender ahead of this laptop for some client changes the doc without parsing the update).
        const changing = entries.map((entry, index) => senderAhead(entry.stateVector, handles[index]!.doc) || updateChangesDoc(handles[index]!.doc, entry.update));
        const previews = new Map(preview.docs.map((d) => [d.id, d]));
        const logDocs = (onlyChanged: boolean) => entries
          .filter((_entry, index) => !onlyChanged || changing[index])
          .map((entry) => logDoc(previews.get(entry.id)!));

        if (!changing.some(Boolean) && !leftovers) {
          const row: SyncLogRow = {
            id: importId, at, direction: 'import', circleId: preview.circleId, circleName: preview.circleName,
            fileName: opened.fileName, size: opened.size, peer: content.sender, docs: logDocs(false), authors: [], status: 'applied', nothingNew: true,
          };
          await this.db.transaction('rw', this.db.syncLog, this.db.peerStates, async () => {
            await this.db.syncLog.put(storedLogRow(row));
            if (content.sender.deviceId !== me.deviceId) await this.rememberPeer({ ...content, docs: entries });
          });
          return row;
        }

        const changed = handles.filter((_handle, index) => changing[index]);
        const { backups, backupOf } = await this.backUp(importId, changed, at);

        onProgress?.('apply', 0);
        try {
          entries.forEach((entry, index) => {
            if (changing[index]) Y.applyUpdateV2(handles[index]!.doc, entry.update, ORIGIN.import);
            onProgress?.('apply', (index + 1) / entries.length);
          });
        } catch (error) {
          await this.restore(await this.resolveBackups(backups, backupOf));
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
        const undoable = removed.length === 0 && changed.length > 0;
        const row: SyncLogRow = {
          id: importId, at, direction: 'import', circleId: preview.circleId, circleName: preview.circleName,
          fileName: opened.fileName, size: opened.size, peer: content.sender, docs: logDocs(true),
          authors: sumAuthors(preview.docs.filter((d) => !skipped.has(d.id)).flatMap((d) => d.authors)), status: 'applied',
          ...(undoable && {
            after: Object.fromEntries(changed.map((handle) => [handle.id, Y.encodeStateVector(handle.doc)])),
            afterFingerprint: Object.fromEntries(changed.map((handle) => [handle.id, stateFingerprint(handle.doc)])),
            ...(Object.keys(backupOf).length > 0 && { backupOf }),
          }),
        };
        await this.db.transaction('rw', this.db.syncLog, this.db.peerStates, this.db.backups, async () => {
          await this.db.syncLog.put(storedLogRow(row));
          if (!undoable) await this.db.backups.where('importId').equals(importId).delete();
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

  /**
   * Backs up each doc's full purged state before an import. A state already held by a kept backup of
   * the same doc (equal fingerprint) is not stored again: `backupOf` names the import whose row holds it.
   */
  private async backUp(importId: string, handles: readonly DocHandle[], at: string): Promise<{ backups: BackupRow[]; backupOf: Record<string, string> }> {
    const existing = await this.db.backups.where('docId').anyOf(handles.map((h) => h.id)).toArray();
    const backups: BackupRow[] = [];
    const backupOf: Record<string, string> = {};
    for (const handle of handles) {
      const fingerprint = stateFingerprint(handle.doc);
      const same = existing.find((row) => row.docId === handle.id && row.state.length > 0 && (row.fingerprint ?? stateFingerprint(row.state)) === fingerprint);
      if (same) {
        backupOf[handle.id] = same.importId;
        continue;
      }
      backups.push({ importId, docId: handle.id, kind: handle.kind, existed: docKind(handle.doc) !== undefined, state: encodePurgedState(handle.doc), at, fingerprint });
    }
    await this.db.backups.bulkPut(backups);
    return { backups, backupOf };
  }

  /** This import's backups together with the rows of other imports it shares (backupOf). */
  private async resolveBackups(own: readonly BackupRow[], backupOf: Readonly<Record<string, string>>): Promise<BackupRow[]> {
    const shared = await this.db.backups.bulkGet(Object.entries(backupOf).map(([docId, importId]): [string, string] => [importId, docId]));
    return [...own, ...shared.filter((row): row is BackupRow => row !== undefined)];
  }

  /**
   * „Stattdessen übernehmen“: sets a conflict's field to its other value as an ordinary local edit
   * (undoable, it travels with the next package). Only while the field still holds the value the
   * report showed as kept; returns whether it was set.
   */
  async takeConflictValue(doc: { readonly kind: DocKind; readonly id: string }, conflict: Pick<Conflict, 'mapPath' | 'key'>, expected: ScalarValue | undefined, value: ScalarValue | undefined): Promise<boolean> {
    const handle = await this.repository.openDoc(doc.kind, doc.id);
    try {
      return setConflictValue(handle.doc, conflict, expected, value, ORIGIN.local);
    } finally {
      await this.repository.closeDoc(handle);
      await this.repository.flush();
    }
  }

  private async rememberPeer(content: SyncPackageContent): Promise<void> {
    const { deviceId, name, role } = content.sender;
    const receivedAt = new Date().toISOString();
    const stored = await this.db.peerStates.bulkGet(content.docs.map((entry): [string, string] => [entry.id, deviceId]));
    await this.db.peerStates.bulkPut(content.docs
      .filter((_entry, index) => !stored[index] || stored[index]!.packageCreatedAt <= content.createdAt)
      .map((entry) => ({ docId: entry.id, deviceId, name, role, stateVector: entry.stateVector, packageCreatedAt: content.createdAt, receivedAt })));
  }

  /**
   * Drops the backups of all but the KEPT_BACKUPS most recent imports that are still applied and can
   * be undone (the rows they share with older imports stay), and every backup older than BACKUP_DAYS.
   */
  private async pruneBackups(): Promise<void> {
    const kept = await this.keptImports();
    const keep = new Set(kept.map((row) => row.id));
    for (const row of kept) for (const id of Object.values(row.backupOf ?? {})) keep.add(id);
    await this.db.backups.where('importId').noneOf([...keep]).delete();
    await pruneOldBackups(this.repository);
  }

  /** The KEPT_BACKUPS most recent imports that are applied and were undoable when made. */
  private keptImports(): Promise<SyncLogRow[]> {
    return this.db.syncLog.orderBy('at').reverse()
      .filter((row) => row.direction === 'import' && row.status === 'applied' && !!row.after).limit(KEPT_BACKUPS).toArray();
  }

  // --- undo -----------------------------------------------------------------------------------------

  /** Whether an import can be undone now (its backups exist and its docs are as it left them), or why not. */
  async undoStatus(importId: string): Promise<UndoStatus> {
    const row = await this.db.syncLog.get(importId);
    if (!row || row.direction !== 'import') return 'unavailable';
    if (row.status === 'undone') return 'undone';
    if (row.nothingNew) return 'nothing-new';
    if (!row.after) return 'deleted-meetings';
    const backups = await this.backupsOf(row);
    if (!backups) return this.whyNoBackup(row);
    await this.repository.flush();
    const names = await storedDocNames();
    for (const backup of backups) {
      const stored = await readStoredState(backup.kind, backup.docId, indexedDB, names);
      const now = stored ? Y.encodeStateVectorFromUpdate(stored) : Y.encodeStateVector(new Map());
      const then = row.after[backup.docId];
      const fingerprint = row.afterFingerprint?.[backup.docId];
      if (!then || !sameStateVector(now, then) || (fingerprint && stored && stateFingerprint(stored) !== fingerprint)) {
        return (await this.laterImportOf(row)) ? 'later-import' : 'changed';
      }
    }
    return 'available';
  }

  /** The backup of every doc an import changed, or undefined if one is gone. */
  private async backupsOf(row: SyncLogRow): Promise<BackupRow[] | undefined> {
    const keys = Object.keys(row.after ?? {}).map((docId): [string, string] => [row.backupOf?.[docId] ?? row.id, docId]);
    const rows = await this.db.backups.bulkGet(keys);
    if (rows.some((backup) => !backup)) return undefined;
    return (rows as BackupRow[]).map((backup, index) => ({ ...backup, importId: row.id, docId: keys[index]![1] }));
  }

  /** Why an import's backup is gone: its age or the count of newer imports, else a change since (dropped then). */
  private async whyNoBackup(row: SyncLogRow): Promise<UndoStatus> {
    if (Date.now() - new Date(row.at).getTime() > BACKUP_DAYS * 24 * 60 * 60 * 1000) return 'expired';
    if (!(await this.keptImports()).some((kept) => kept.id === row.id)) return 'expired';
    return (await this.laterImportOf(row)) ? 'later-import' : 'changed';
  }

  /** A later import, still applied, that changed one of the docs this import changed. */
  private async laterImportOf(row: SyncLogRow): Promise<SyncLogRow | undefined> {
    const docs = new Set(Object.keys(row.after ?? {}));
    const later = await this.db.syncLog.where('circleId').equals(row.circleId)
      .filter((other) => other.direction === 'import' && other.at > row.at && other.status === 'applied' && !other.nothingNew).toArray();
    return later.find((other) => other.docs.some((d) => docs.has(d.id)));
  }

  /**
   * Restores every doc of an import to its backup and marks the import undone in the log. Docs the
   * import created are emptied and leave the index. Resolves with whether this window had any of
   * them open (it is then reloaded by the DocStore's onReplaced).
   */
  undoImport(importId: string, { onProgress }: { onProgress?: SyncStepProgress } = {}): Promise<boolean> {
    return this.exclusive(async () => {
      if ((await this.undoStatus(importId)) !== 'available') throw new SyncAppError('undo-unavailable');
      const row = (await this.db.syncLog.get(importId))!;
      const backups = (await this.backupsOf(row))!;
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

/** Whether the sender's state vector is ahead of the doc for some client (the package then brings structs the doc lacks). */
function senderAhead(senderStateVector: Uint8Array, doc: Y.Doc): boolean {
  for (const [client, clock] of Y.decodeStateVector(senderStateVector)) if (clock > Y.getState(doc.store, client)) return true;
  return false;
}

function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const x = Y.decodeStateVector(a);
  const y = Y.decodeStateVector(b);
  return x.size === y.size && [...x].every(([client, clock]) => y.get(client) === clock);
}

/**
 * `Tandem-Paket_<Datum>_<Kennung>.tandem`: the day it was made and a short random id, so two packages
 * of one day are told apart. It names no circle, meeting or person: the file travels by USB stick and
 * e-mail, and its name is readable by anyone who sees it (issue 18).
 */
export function packageFileName(now = new Date(), random: (n: number) => Uint8Array = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n))): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  // 31 letters and digits without 0/O and 1/I/L (readable aloud): about 20 bits in four characters.
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  const id = [...random(4)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `Tandem-Paket_${today}_${id}.tandem`;
}

/** The counts of a doc preview that the log keeps (no titles, no text, no values). */
export function logSummary(preview: Pick<DocPreview, 'changes' | 'conflicts'>): LogSummary {
  let paragraphs = 0;
  let characters = 0;
  let deletedCharacters = 0;
  const counts: Record<string, number> = {};
  const fields = new Set<string>();
  for (const scope of preview.changes?.scopes ?? []) {
    for (const author of scope.authors) {
      for (const note of author.notes) {
        paragraphs += note.paragraphs;
        characters += note.characters;
        deletedCharacters += note.deletedCharacters;
      }
      for (const [key, n] of Object.entries(author.counts)) counts[key] = (counts[key] ?? 0) + (n ?? 0);
      for (const field of author.fields) fields.add(field);
    }
  }
  return { paragraphs, characters, deletedCharacters, counts, fields: [...fields], conflicts: preview.conflicts?.length ?? 0 };
}

function logDoc(d: DocPreview): SyncLogDoc {
  return { id: d.id, kind: d.kind, title: d.title, date: d.date, isNew: !d.known, inserted: d.inserted, deleted: d.deleted, summary: logSummary(d) };
}
