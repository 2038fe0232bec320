/**
 * The Tandem-Paket exchange between two laptops through the real service: first contact (the second
 * moderator receives circle and meeting), edits on both sides, packages both ways with only what the
 * other lacks, the preview before anything is written, authorship counted per moderator, the log.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorsByClient, circleSnapshot, meetingSnapshot, phaseNotesText, setMeetingFields } from '../../../shared/doc';
import { SyncAppError } from '../../../renderer/data/syncErrors';
import { packageFileName } from '../../../renderer/data/syncService';
import { addCaseWithNote, createCircleWithMeeting, editMeeting, exportCircle, importOn, meetingView, openOn, readMeeting, typeInto } from './helpers';
import { Laptop, PASSPHRASE, storageDigest } from './laptop';

async function tandem() {
  const anna = await Laptop.create('anna', 'Dr. Anna Beispiel', 'physician');
  const ben = await Laptop.create('ben', 'Ben Vogel', 'youthWelfare');
  return { anna, ben };
}

describe('Tandem-Paket between two laptops', () => {
  it('first contact: the second laptop previews, then receives circle and meeting under the same ids', async () => {
    const { anna, ben } = await tandem();
    const { circleId, meetingId } = await createCircleWithMeeting(anna);
    await addCaseWithNote(anna, meetingId, 'Säugling, Schreiphasen', 'Mutter erschöpft.');
    const bytes = await exportCircle(anna, circleId);

    const before = await storageDigest(ben);
    const opened = await openOn(ben, bytes);
    expect(await storageDigest(ben)).toEqual(before); // the preview wrote nothing
    expect(opened.preview).toMatchObject({
      sender: { name: 'Dr. Anna Beispiel', role: 'physician' },
      circleId, circleName: 'IQZ Frühe Hilfen Südstadt', circleKnown: false,
    });
    expect(opened.preview.docs.map((d) => [d.kind, d.title, d.known])).toEqual([['circle', 'IQZ Frühe Hilfen Südstadt', false], ['meeting', 'Herbstsitzung', false]]);
    const annasShare = opened.preview.authors.find((a) => a.name === 'Dr. Anna Beispiel');
    expect(annasShare?.inserted).toBeGreaterThanOrEqual('Mutter erschöpft.'.length);

    const { row } = await importOn(ben, bytes);
    expect(row).toMatchObject({ direction: 'import', circleId, status: 'applied', peer: { name: 'Dr. Anna Beispiel' } });
    await ben.run(async () => {
      expect(await ben.repository.db.circles.get(circleId)).toMatchObject({ name: 'IQZ Frühe Hilfen Südstadt', meetingCount: 1 });
      expect(await ben.repository.db.meetings.get(meetingId)).toMatchObject({ title: 'Herbstsitzung', caseCount: 1 });
    });
    expect(await readMeeting(ben, meetingId, meetingView)).toEqual(await readMeeting(anna, meetingId, meetingView));
  });

  it('edits on both sides merge both ways with nothing lost, and the replies carry only what the other lacks', async () => {
    const { anna, ben } = await tandem();
    const { circleId, meetingId } = await createCircleWithMeeting(anna);
    const { caseId, phaseId } = await addCaseWithNote(anna, meetingId, 'Säugling, Schreiphasen', 'Vor der Sitzung notiert.');
    await importOn(ben, await exportCircle(anna, circleId));

    // Offline, both write into the same phase note and change the same field.
    await editMeeting(anna, meetingId, (doc) => typeInto(doc, caseId, phaseId, 'Anna: Hebamme einbinden.'));
    await editMeeting(ben, meetingId, (doc) => {
      typeInto(doc, caseId, phaseId, 'Ben: Frühe Hilfen Lotsin fragen.');
      setMeetingFields(doc, { place: 'Rathaus, Saal 3' });
    });
    await addCaseWithNote(ben, meetingId, 'Kleinkind, Trennung', 'Vater zieht aus.');

    // Ben's reply: Ben knows Anna's state from her package, so he sends only what she lacks.
    const annaState = await readMeeting(anna, meetingId, (doc) => Y.encodeStateVector(doc));
    const minimal = await readMeeting(ben, meetingId, (doc) => Y.encodeStateAsUpdateV2(doc, annaState));
    const reply = await exportCircle(ben, circleId);
    const { opened, row } = await importOn(anna, reply);
    const meetingDoc = opened.content.docs.find((d) => d.id === meetingId)!;
    expect(meetingDoc.update.length).toBe(minimal.length);
    expect(row.docs.every((d) => !d.isNew)).toBe(true);
    expect(opened.preview.authors.map((a) => a.name)).toEqual(['Ben Vogel']);

    // Anna's answer brings her note to Ben.
    await importOn(ben, await exportCircle(anna, circleId));
    const annaView = await readMeeting(anna, meetingId, meetingView);
    expect(await readMeeting(ben, meetingId, meetingView)).toEqual(annaView);
    const note = annaView.notes[0]![1]!;
    for (const text of ['Vor der Sitzung notiert.', 'Anna: Hebamme einbinden.', 'Ben: Frühe Hilfen Lotsin fragen.']) expect(note).toContain(text);
    expect(annaView.cases.map((c) => c.title).sort()).toEqual(['Kleinkind, Trennung', 'Säugling, Schreiphasen']);
    expect(annaView.place).toBe('Rathaus, Saal 3');

    // Who wrote what: both laptops' clientIDs are mapped to their moderators on both laptops.
    const names = await readMeeting(ben, meetingId, (doc) => [...new Set([...authorsByClient(doc).values()].map((a) => a.name))].sort());
    expect(names).toEqual(['Ben Vogel', 'Dr. Anna Beispiel']);
  });

  it('a one-meeting package carries the meeting and its circle', async () => {
    const { anna, ben } = await tandem();
    const { circleId, meetingId } = await createCircleWithMeeting(anna);
    const second = await anna.run(async () => {
      const circle = await anna.repository.openDoc('circle', circleId);
      const templateId = circleSnapshot(circle.doc).templates[0]!.id;
      await anna.repository.closeDoc(circle);
      return anna.repository.createMeeting(circleId, templateId, { title: 'Wintersitzung', date: '2027-01-19', startTime: '15:00', endTime: '16:30', place: '', topic: '' });
    });
    const bytes = await exportCircle(anna, circleId, { meetingId: second });
    const opened = await openOn(ben, bytes);
    expect(opened.content.docs.map((d) => d.id).sort()).toEqual([circleId, second].sort());
    await ben.run(() => ben.service.applyPackage(opened));
    expect(await ben.run(() => ben.repository.db.meetings.get(meetingId))).toBeUndefined();
    expect(await readMeeting(ben, second, (doc) => meetingSnapshot(doc).title)).toBe('Wintersitzung');
  });

  it('logs every export and import, and keeps the newest state vector of the co-moderator', async () => {
    const { anna, ben } = await tandem();
    const { circleId, meetingId } = await createCircleWithMeeting(anna);
    await importOn(ben, await exportCircle(anna, circleId));
    const older = await exportCircle(ben, circleId);
    await editMeeting(ben, meetingId, (doc) => setMeetingFields(doc, { topic: 'Neues Thema' }));
    const newer = await exportCircle(ben, circleId);
    await importOn(anna, newer);
    await importOn(anna, older); // arrives late: changes nothing, and does not make Anna forget what Ben has
    const rows = await anna.run(() => anna.repository.db.peerStates.where('docId').equals(meetingId).toArray());
    expect(rows).toHaveLength(1);
    const benState = await readMeeting(ben, meetingId, (doc) => Y.encodeStateVector(doc));
    expect(Y.decodeStateVector(rows[0]!.stateVector)).toEqual(Y.decodeStateVector(benState));
    const log = await anna.run(() => anna.repository.db.syncLog.orderBy('at').toArray());
    expect(log.map((r) => r.direction)).toEqual(['export', 'import', 'import']);
    expect(log[2]!.docs.every((d) => d.inserted === 0 && d.deleted === 0)).toBe(true);
  });

  it('runs one job at a time', async () => {
    const { anna } = await tandem();
    const { circleId } = await createCircleWithMeeting(anna);
    await anna.run(async () => {
      const first = anna.service.createPackage({ circleId }, PASSPHRASE);
      await expect(anna.service.createPackage({ circleId }, PASSPHRASE)).rejects.toEqual(new SyncAppError('busy'));
      expect(anna.service.busy).toBe(true);
      await first;
      expect(anna.service.busy).toBe(false);
    });
  });

  it('names the file after the day and a short random id, never after a circle or a person', async () => {
    const day = new Date(2026, 10, 24, 18, 30);
    expect(packageFileName(day, () => Uint8Array.from([0, 1, 30, 31]))).toBe('Tandem-Paket_2026-11-24_23Z2.tandem');
    const names = new Set(Array.from({ length: 50 }, () => packageFileName(day)));
    expect(names.size).toBeGreaterThan(45);
    for (const name of names) expect(name).toMatch(/^Tandem-Paket_2026-11-24_[2-9A-HJKMNP-Z]{4}\.tandem$/);
    const { anna } = await tandem();
    const { circleId, meetingId } = await createCircleWithMeeting(anna, 'IQZ Frühe Hilfen Südstadt');
    for (const scope of [{ circleId }, { circleId, meetingId }]) {
      const created = await anna.run(() => anna.service.createPackage(scope, PASSPHRASE));
      expect(created.fileName).toMatch(/^Tandem-Paket_\d{4}-\d{2}-\d{2}_[2-9A-HJKMNP-Z]{4}\.tandem$/);
      expect(created.fileName).not.toMatch(/IQZ|Südstadt|Herbstsitzung|Anna|Sitzung/);
    }
  });

  it('the phase note text reads the same on both laptops after the exchange', async () => {
    const { anna, ben } = await tandem();
    const { circleId, meetingId } = await createCircleWithMeeting(anna);
    const { caseId, phaseId } = await addCaseWithNote(anna, meetingId, 'Fall', 'A');
    await importOn(ben, await exportCircle(anna, circleId));
    expect(await readMeeting(ben, meetingId, (doc) => phaseNotesText(doc, caseId, phaseId))).toBe('A');
  });
});
