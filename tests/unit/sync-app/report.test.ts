/**
 * A merge the moderators understand, through the real service on two laptops: the preview names the
 * conflicts and the changes in words; „Stattdessen übernehmen“ is a local edit that travels; a package
 * that brings nothing new costs no backup and leaves nothing to undo; backups are kept for the last
 * KEPT_BACKUPS imports, once per state; undo says why not where it cannot work.
 */
import { describe, expect, it } from 'vitest';
import { addItem, metaOf, renameCase, setMeetingFields, type CaseId } from '../../../shared/doc';
import { KEPT_BACKUPS } from '../../../renderer/data/syncService';
import { pruneOldBackups, BACKUP_DAYS } from '../../../renderer/data/deletion';
import { Laptop } from './laptop';
import { addCaseWithNote, createCircleWithMeeting, editMeeting, exportCircle, importOn, openOn, readMeeting } from './helpers';

async function tandem() {
  const anna = await Laptop.create('anna', 'Dr. Anna Beispiel', 'physician');
  const ben = await Laptop.create('ben', 'Ben Vogel', 'youthWelfare');
  const { circleId, meetingId } = await createCircleWithMeeting(anna);
  const { caseId } = await addCaseWithNote(anna, meetingId, 'Säugling, Schreiphasen', 'Mutter erschöpft.');
  await importOn(ben, await exportCircle(anna, circleId));
  return { anna, ben, circleId, meetingId, caseId };
}

const backups = (laptop: Laptop) => laptop.run(() => laptop.repository.db.backups.toArray());
const log = (laptop: Laptop) => laptop.run(() => laptop.repository.db.syncLog.orderBy('at').toArray());

describe('conflicts through the service', () => {
  it('both change the place and a case title offline: the preview names both, „Stattdessen übernehmen“ on B reaches A', async () => {
    const { anna, ben, circleId, meetingId, caseId } = await tandem();
    await editMeeting(anna, meetingId, (doc) => {
      setMeetingFields(doc, { place: 'Rathaus, Saal 1' });
      renameCase(doc, caseId, 'Säugling (Anna)');
    });
    await editMeeting(ben, meetingId, (doc) => {
      setMeetingFields(doc, { place: 'Familienzentrum Süd' });
      renameCase(doc, caseId, 'Säugling (Ben)');
    });
    const fromAnna = await exportCircle(anna, circleId);
    const opened = await openOn(ben, fromAnna);
    const meeting = opened.preview.docs.find((d) => d.id === meetingId)!;
    const conflicts = meeting.conflicts ?? [];
    expect(conflicts.map((c) => c.key).sort()).toEqual(['place', 'title']);
    const place = conflicts.find((c) => c.key === 'place')!;
    expect([place.kept.value, place.other.value].sort()).toEqual(['Familienzentrum Süd', 'Rathaus, Saal 1']);
    expect(opened.lastExchangeAt).not.toBe('');

    await ben.run(() => ben.service.applyPackage(opened));
    // The log keeps how many conflicts, never their values.
    const stored = JSON.stringify(await log(ben));
    expect(stored).not.toContain('Rathaus');
    expect(stored).not.toContain('Familienzentrum Süd');
    expect(stored).not.toContain('Säugling (');

    const kept = await readMeeting(ben, meetingId, (doc) => metaOf(doc).get('place'));
    expect(kept).toBe(place.kept.value);
    expect(await ben.run(() => ben.service.takeConflictValue({ kind: 'meeting', id: meetingId }, place, place.kept.value, place.other.value))).toBe(true);
    expect(await readMeeting(ben, meetingId, (doc) => metaOf(doc).get('place'))).toBe(place.other.value);
    await importOn(anna, await exportCircle(ben, circleId));
    expect(await readMeeting(anna, meetingId, (doc) => metaOf(doc).get('place'))).toBe(place.other.value);
  });

  it('the preview tells per meeting and case who added what', async () => {
    const { anna, ben, circleId, meetingId, caseId } = await tandem();
    await addCaseWithNote(ben, meetingId, 'Kleinkind, Trennung', 'Vater zieht aus.');
    await editMeeting(ben, meetingId, (doc) => {
      addItem(doc, caseId as CaseId, 'hypothesis', 'Überforderung');
      addItem(doc, caseId as CaseId, 'hypothesis', 'Wenig Schlaf');
      setMeetingFields(doc, { topic: 'Trennung und Schlaf' });
    });
    const opened = await openOn(anna, await exportCircle(ben, circleId));
    const scopes = opened.preview.docs.find((d) => d.id === meetingId)!.changes!.scopes;
    expect(scopes.map((s) => [s.scope, s.caseTitle ?? ''])).toEqual([['meeting', ''], ['case', 'Säugling, Schreiphasen'], ['case', 'Kleinkind, Trennung']]);
    const [meetingScope, first, second] = scopes;
    expect(meetingScope!.authors).toMatchObject([{ name: 'Ben Vogel', fields: ['topic'] }]);
    expect(first!.authors).toMatchObject([{ name: 'Ben Vogel', counts: { hypothesis: 2 }, notes: [] }]);
    expect(second!.authors).toMatchObject([{ name: 'Ben Vogel', counts: { caseAdded: 1 }, notes: [{ kind: 'protocol', paragraphs: 1, characters: 16 }] }]);
  });
});

describe('no-op imports and backups', () => {
  it('the same package three times: one backup, nothing to undo after the first, the log says nothing new', async () => {
    const { anna, ben, circleId, meetingId } = await tandem();
    await addCaseWithNote(ben, meetingId, 'Kleinkind', 'Neu von Ben.');
    const bytes = await exportCircle(ben, circleId);
    const first = await importOn(anna, bytes);
    // Only the meeting changed: the circle is neither backed up nor part of the undo.
    expect((await backups(anna)).map((b) => b.docId)).toEqual([meetingId]);
    expect(Object.keys(first.row.after ?? {})).toEqual([meetingId]);
    expect(await anna.run(() => anna.service.undoStatus(first.row.id))).toBe('available');
    for (let i = 0; i < 2; i++) {
      const again = await importOn(anna, bytes);
      expect(again.opened.preview.docs.every((d) => d.changesDoc === false)).toBe(true);
      expect(again.row.nothingNew).toBe(true);
      expect(again.row.after).toBeUndefined();
      expect(await anna.run(() => anna.service.undoStatus(again.row.id))).toBe('nothing-new');
    }
    expect(await backups(anna)).toHaveLength(1);
    const rows = (await log(anna)).filter((row) => row.direction === 'import');
    expect(rows.map((row) => !!row.nothingNew)).toEqual([false, true, true]);
    expect(await anna.run(() => anna.service.undoStatus(first.row.id))).toBe('available');
  });

  it(`keeps backups for the last ${KEPT_BACKUPS} imports; older ones say their backup expired`, async () => {
    const { anna, ben, circleId, meetingId } = await tandem();
    const ids: string[] = [];
    for (let i = 0; i < KEPT_BACKUPS + 1; i++) {
      await addCaseWithNote(ben, meetingId, `Fall ${i}`, `Notiz ${i}`);
      ids.push((await importOn(anna, await exportCircle(ben, circleId))).row.id);
    }
    const held = new Set((await backups(anna)).map((b) => b.importId));
    expect(held.size).toBe(KEPT_BACKUPS);
    expect(held.has(ids[0]!)).toBe(false);
    expect(await anna.run(() => anna.service.undoStatus(ids[0]!))).toBe('expired');
    // Not the latest, but a later import changed the same meeting: that one first.
    expect(await anna.run(() => anna.service.undoStatus(ids[KEPT_BACKUPS - 1]!))).toBe('later-import');
    expect(await anna.run(() => anna.service.undoStatus(ids[KEPT_BACKUPS]!))).toBe('available');
    // Undo the latest: the one before becomes undoable again.
    await anna.run(() => anna.service.undoImport(ids[KEPT_BACKUPS]!));
    expect(await anna.run(() => anna.service.undoStatus(ids[KEPT_BACKUPS - 1]!))).toBe('available');
  });

  it(`an import older than ${BACKUP_DAYS} days says its backup expired; one with work since says so`, async () => {
    const { anna, ben, circleId, meetingId, caseId } = await tandem();
    await addCaseWithNote(ben, meetingId, 'Kleinkind', 'Neu von Ben.');
    const { row } = await importOn(anna, await exportCircle(ben, circleId));
    await editMeeting(anna, meetingId, (doc) => addItem(doc, caseId as CaseId, 'idea', 'Kita-Platz'));
    expect(await anna.run(() => anna.service.undoStatus(row.id))).toBe('changed');
    await anna.run(() => pruneOldBackups(anna.repository, new Date(Date.now() + (BACKUP_DAYS + 1) * 86_400_000)));
    await anna.run(() => anna.repository.db.syncLog.update(row.id, { at: new Date(Date.now() - (BACKUP_DAYS + 1) * 86_400_000).toISOString() }));
    expect(await anna.run(() => anna.service.undoStatus(row.id))).toBe('expired');
  });
});
