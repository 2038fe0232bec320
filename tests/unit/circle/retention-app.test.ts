/**
 * Aufbewahrung in the app's storage: the real Repository, Dexie and y-indexeddb on fake-indexeddb,
 * with a given "now". After the run, the deleted case content is in no row of any IndexedDB database
 * (doc stores, index, backups); the record stays, also for a freshly started app.
 */
import { describe, expect, it } from 'vitest';
import {
  addCase, addFollowUp, addItem, addStrategy, casesSnapshot, circleSnapshot, followUpNote, meetingMetaSnapshot,
  meetingRetentionStatus, meetingSnapshot, ORIGIN, setMeetingFields, type TemplateId,
} from '../../../shared/doc';
import * as Y from 'yjs';
import { Repository } from '../../../renderer/data/repository';
import { postponeMeetingRetention, runCircleRetention, runRetention } from '../../../renderer/features/circle/retention';
import { typeParagraph } from '../../factories/docs';

const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h);
const DUE = at(2027, 3, 12, 0);

const SECRET = {
  title: 'Familie Yilmaz, Gartenstraße',
  note: 'Notiz über Emre Yilmaz',
  item: 'Oma Ayşe hilft',
  measure: 'Termin bei Frau Dr. Sommer',
  followUp: 'Verlauf: Emre schläft besser',
};

const utf16 = (text: string) => Buffer.from(text, 'utf16le');
/** Whether a stored value holds `text`: bytes as UTF-8 or UTF-16, strings, and everything nested. */
function holds(value: unknown, text: string): boolean {
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    const bytes = Buffer.from(value instanceof ArrayBuffer ? new Uint8Array(value) : value);
    return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(utf16(text)) || bytes.includes(Buffer.from(utf16(text)).swap16());
  }
  if (typeof value === 'string') return value.includes(text);
  if (Array.isArray(value)) return value.some((v) => holds(v, text));
  if (value && typeof value === 'object') return Object.values(value).some((v) => holds(v, text));
  return false;
}

/** Every row (keys and values) of every store of every IndexedDB database of the origin. */
async function everyRow(): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (const info of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const name of [...db.objectStoreNames]) {
      const store = db.transaction(name, 'readonly').objectStore(name);
      const read = <T,>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      rows.push(...await read(store.getAllKeys()), ...await read(store.getAll()));
    }
    db.close();
  }
  return rows;
}

async function storedSecrets(): Promise<string[]> {
  const rows = await everyRow();
  return Object.values(SECRET).filter((secret) => rows.some((row) => holds(row, secret)));
}

/** A circle with a meeting of 12.03.2026: a case with notes, an item, a strategy, a follow-up, an import backup. */
async function appWithMeeting() {
  const dbName = `tandem-test-${crypto.randomUUID()}`;
  const repo = new Repository(dbName);
  const circleId = await repo.createCircle({ name: 'IQZ Süd', region: 'Karlsruhe' });
  let circle = await repo.openDoc('circle', circleId);
  const templateId = circleSnapshot(circle.doc).templates[0]!.id as TemplateId;
  await repo.closeDoc(circle);
  const meetingId = await repo.createMeeting(circleId, templateId, { title: '3. Sitzung 2026', date: '2026-03-12', startTime: '15:00', endTime: '16:30', place: 'Rathaus', topic: 'Schreibabys' });
  const meeting = await repo.openDoc('meeting', meetingId);
  setMeetingFields(meeting.doc, { vnr: '2760812026031200001' });
  const caseId = addCase(meeting.doc, SECRET.title);
  typeParagraph(meeting.doc, caseId, meetingSnapshot(meeting.doc).phases[0]!.id, SECRET.note);
  addItem(meeting.doc, caseId, 'resource', SECRET.item);
  addStrategy(meeting.doc, caseId, { measure: SECRET.measure, responsibleSystem: 'health' });
  // A backup as an import leaves it: the meeting's full state before the import.
  await repo.db.backups.put({ importId: 'import-1', docId: meetingId, kind: 'meeting', existed: true, state: Y.encodeStateAsUpdate(meeting.doc), at: new Date().toISOString() });
  await repo.closeDoc(meeting);
  circle = await repo.openDoc('circle', circleId);
  const followUp = addFollowUp(circle.doc, { meetingId: 'later' as never, sourceMeetingId: meetingId, sourceCaseId: caseId, caseTitle: SECRET.title, sourceMeetingTitle: '3. Sitzung 2026', sourceMeetingDate: '2026-03-12' });
  const note = followUpNote(circle.doc, followUp)!;
  circle.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(SECRET.followUp)]);
    note.push([paragraph]);
  }, ORIGIN.local);
  await repo.closeDoc(circle);
  await repo.flush();
  return { dbName, repo, circleId, meetingId };
}

describe('Aufbewahrung in the app', () => {
  it('deletes the due case content from every stored row and keeps the record', async () => {
    const { dbName, repo, circleId, meetingId } = await appWithMeeting();
    expect(await storedSecrets()).toEqual(Object.values(SECRET)); // all there: the search can find them

    // The day before the notice weeks: nothing to show, nothing deleted.
    const early = await runRetention(repo, at(2027, 2, 11));
    expect(early).toEqual([{ circleId, months: 12, notices: [], deleted: [], failed: [] }]);
    // 4 weeks ahead: the circle screen's notice.
    const notice = await runCircleRetention(repo, circleId, at(2027, 2, 12));
    expect(notice.notices).toEqual([{ meetingId, meetingTitle: '3. Sitzung 2026', meetingDay: '2026-03-12', dueDay: '2027-03-12', months: 12, postponedMonths: 0, canPostpone: true }]);
    expect(notice.deleted).toEqual([]);
    expect(await storedSecrets()).toEqual(Object.values(SECRET));

    // The meeting screen (or another part of the app) holds both docs open meanwhile: closing is
    // not what rewrites their stores, the run is.
    const held = [await repo.openDoc('meeting', meetingId), await repo.openDoc('circle', circleId)];
    const due = await runRetention(repo, DUE);
    expect(due[0]).toMatchObject({ deleted: [{ meetingId, meetingDay: '2026-03-12' }], notices: [], failed: [] });
    expect(await storedSecrets()).toEqual([]);
    expect(casesSnapshot(held[0]!.doc).map((c) => c.title)).toEqual(['Fall 1']);
    for (const handle of held) await repo.closeDoc(handle);
    await repo.flush();
    expect(await storedSecrets()).toEqual([]);
    expect(await repo.db.meetings.get(meetingId)).toMatchObject({ title: '3. Sitzung 2026', date: '2026-03-12', startTime: '15:00', endTime: '16:30', place: 'Rathaus', topic: 'Schreibabys', caseCount: 1, strategies: [] });
    expect(await repo.db.backups.count()).toBe(0);

    // A freshly started app reads the record and when the content went.
    const next = new Repository(dbName);
    const meeting = await next.openDoc('meeting', meetingId);
    const circle = await next.openDoc('circle', circleId);
    expect(casesSnapshot(meeting.doc).map((c) => c.title)).toEqual(['Fall 1']);
    expect(meetingMetaSnapshot(meeting.doc).vnr).toBe('2760812026031200001');
    expect(meetingRetentionStatus(circle.doc, meeting.doc, DUE)).toMatchObject({ state: 'deleted', contentDeletedAt: DUE.toISOString() });
    await next.closeDoc(meeting);
    await next.closeDoc(circle);
    // Run again: nothing more to delete.
    expect((await runRetention(next, at(2027, 3, 13)))[0]!.deleted).toEqual([]);
  });

  it('postpones once from the notice; the content goes on the postponed day', async () => {
    const { repo, circleId, meetingId } = await appWithMeeting();
    expect(await postponeMeetingRetention(repo, circleId, meetingId, at(2027, 2, 20))).toBe(true);
    expect(await postponeMeetingRetention(repo, circleId, meetingId, at(2027, 2, 20))).toBe(false);
    expect((await runCircleRetention(repo, circleId, at(2027, 2, 20))).notices).toEqual([]);
    expect((await runCircleRetention(repo, circleId, DUE)).deleted).toEqual([]);
    expect(await storedSecrets()).toEqual(Object.values(SECRET));
    const later = await runCircleRetention(repo, circleId, at(2027, 5, 15));
    expect(later.notices).toEqual([expect.objectContaining({ meetingId, dueDay: '2027-06-12', postponedMonths: 3, canPostpone: false })]);
    expect((await runCircleRetention(repo, circleId, at(2027, 6, 12))).deleted).toEqual([{ meetingId, meetingDay: '2026-03-12' }]);
    await repo.flush();
    expect(await storedSecrets()).toEqual([]);
  });
});
