/**
 * Deleting for good on this device (docs/privacy.md): a meeting, a circle with all its meetings,
 * everything; and the housekeeping that keeps no backup longer than BACKUP_DAYS.
 *
 * Rules:
 * - A doc's store is deleted only after every window closed its instance of it (DocStore.replaceStored
 *   sends 'detach' first), so no open instance can write it back.
 * - With a meeting go its Dexie rows: index, backups, the co-moderator's state vectors, its entries in
 *   the sync log (a log line that named only it goes too), its drafts.
 * - A meeting's deletion travels in the circle doc (deleteMeetingRecord): every laptop that learns of
 *   it runs removeDeletedMeetings. A circle's deletion is this device's own decision; its id is kept
 *   (deletedCircles) so that an old Tandem-Paket cannot bring it back.
 */
import {
  deleteMeetingRecord, deletedMeetingIds, docKind, str, metaOf, type CircleId, type MeetingId,
} from '../../shared/doc';
import type * as Y from 'yjs';
import { DEFAULT_DB_NAME } from './db';
import { DOC_DB_PREFIX, docDbName } from './docStore';
import type { Repository } from './repository';

/** Pre-import backups older than this are deleted (an import that old can no longer be undone). */
export const BACKUP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function deleteDatabase(name: string, idb: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = idb.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another connection still open (a window that has not closed it yet): it closes on versionchange.
    request.onblocked = () => undefined;
  });
}

/** Deletes the stores of meetings and their Dexie rows; every window closes its instances first. */
async function removeMeetingData(repository: Repository, meetingIds: readonly MeetingId[]): Promise<void> {
  if (meetingIds.length === 0) return;
  const { db } = repository;
  await repository.docs.replaceStored(meetingIds.map((id) => ({ kind: 'meeting' as const, id })), async () => {
    for (const id of meetingIds) await deleteDatabase(docDbName('meeting', id));
  });
  const ids = new Set<string>(meetingIds);
  await db.transaction('rw', [db.meetings, db.backups, db.peerStates, db.syncLog, ...draftTables(repository)], async () => {
    await db.meetings.bulkDelete([...meetingIds]);
    await db.backups.where('docId').anyOf([...ids]).delete();
    await db.peerStates.where('docId').anyOf([...ids]).delete();
    await db.syncLog.toCollection().modify((row, ref) => {
      if (!row.docs.some((d) => ids.has(d.id))) return;
      const docs = row.docs.filter((d) => !ids.has(d.id));
      // A line about nothing but deleted meetings (and their circle) says nothing any more.
      if (!docs.some((d) => d.kind === 'meeting') && row.docs.some((d) => d.kind === 'meeting')) delete (ref as { value?: unknown }).value;
      else (row as unknown as { docs: typeof docs }).docs = docs;
    });
    for (const table of draftTables(repository)) {
      await table.filter((draft: { key?: unknown }) => typeof draft.key === 'string' && meetingIds.some((id) => (draft.key as string).startsWith(`${id}/`))).delete();
    }
  });
}

/** The Dexie table of typed drafts, where this version has one (device-local, keyed `<meetingId>/…`). */
function draftTables(repository: Repository) {
  return repository.db.tables.filter((table) => table.name === 'drafts');
}

/**
 * Deletes a meeting for good: the tombstone goes into the circle doc (it travels with the next
 * Tandem-Paket), then the meeting's store and rows leave this device.
 */
export async function deleteMeeting(repository: Repository, circleId: CircleId, meetingId: MeetingId, now = new Date()): Promise<void> {
  const circle = await repository.openDoc('circle', circleId);
  try {
    deleteMeetingRecord(circle.doc, meetingId, now);
    await repository.purge(circle);
  } finally {
    await repository.closeDoc(circle);
  }
  await removeMeetingData(repository, [meetingId]);
}

/** Deletes here every meeting the circle doc says was deleted for good (after an import). */
export async function removeDeletedMeetings(repository: Repository, circleDoc: Y.Doc): Promise<MeetingId[]> {
  const deleted = deletedMeetingIds(circleDoc);
  if (deleted.size === 0) return [];
  const stored = await storedNames();
  const indexed = new Set<string>(await repository.db.meetings.where('circleId').equals(str(metaOf(circleDoc), 'id')).primaryKeys());
  const present = [...deleted].filter((id) => stored.has(docDbName('meeting', id)) || indexed.has(id));
  await removeMeetingData(repository, present);
  return present;
}

/** Deletes a circle with all its meetings from this device; a package of it is refused from now on. */
export async function deleteCircle(repository: Repository, circleId: CircleId, now = new Date()): Promise<void> {
  const { db } = repository;
  const circle = await repository.openDoc('circle', circleId);
  const meetingIds = new Set<MeetingId>(await db.meetings.where('circleId').equals(circleId).primaryKeys());
  if (docKind(circle.doc) === 'circle') {
    for (const id of circle.doc.getMap('meetings').keys()) meetingIds.add(id as MeetingId);
    for (const id of deletedMeetingIds(circle.doc)) meetingIds.add(id);
  }
  await repository.closeDoc(circle);
  await db.deletedCircles.put({ id: circleId, at: now.toISOString() });
  await removeMeetingData(repository, [...meetingIds]);
  await repository.docs.replaceStored([{ kind: 'circle', id: circleId }], () => deleteDatabase(docDbName('circle', circleId)));
  await db.transaction('rw', [db.circles, db.backups, db.peerStates, db.syncLog], async () => {
    await db.circles.delete(circleId);
    await db.backups.where('docId').equals(circleId).delete();
    await db.peerStates.where('docId').equals(circleId).delete();
    await db.syncLog.where('circleId').equals(circleId).delete();
  });
}

/**
 * „Alle Daten auf diesem Gerät löschen“: every database of the app (docs, index, profile, settings,
 * sync log, backups) and the window's local storage. The caller reloads the window afterwards.
 */
export async function deleteAllData(repository: Repository, idb: IDBFactory = indexedDB): Promise<void> {
  const names = [...(await idb.databases())].map((info) => info.name ?? '').filter((name) => name !== '');
  const docs = names.flatMap((name) => {
    const match = /^tandem-doc-(circle|meeting)-(.+)$/.exec(name);
    return match ? [{ kind: match[1] as 'circle' | 'meeting', id: match[2]! }] : [];
  });
  await repository.docs.replaceStored(docs, async () => {
    repository.db.close();
    for (const name of new Set([...names, DEFAULT_DB_NAME, repository.db.name])) await deleteDatabase(name, idb);
  });
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
}

/** Housekeeping at start: backups older than BACKUP_DAYS go. */
export async function pruneOldBackups(repository: Repository, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - BACKUP_DAYS * DAY_MS).toISOString();
  return repository.db.backups.where('at').below(cutoff).delete();
}

async function storedNames(idb: IDBFactory = indexedDB): Promise<Set<string>> {
  const infos = await idb.databases();
  return new Set(infos.map((info) => info.name ?? '').filter((name) => name.startsWith(DOC_DB_PREFIX)));
}
