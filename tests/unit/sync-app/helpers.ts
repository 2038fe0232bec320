/** Moderator actions on a test laptop, through the real repository and the real doc commands. */
import * as Y from 'yjs';
import {
  addCase, circleSnapshot, itemsSnapshot, meetingSnapshot, phaseNotes, phaseNotesText,
  type CaseId, type CircleId, type MeetingId, type PhaseId,
} from '../../../shared/doc';
import type { OpenedPackage } from '../../../renderer/data/syncTypes';
import { PASSPHRASE, type Laptop } from './laptop';

export async function createCircleWithMeeting(laptop: Laptop, circleName = 'IQZ Frühe Hilfen Südstadt'): Promise<{ circleId: CircleId; meetingId: MeetingId }> {
  return laptop.run(async () => {
    const { repository } = laptop;
    const circleId = await repository.createCircle({ name: circleName, region: 'Karlsruhe' });
    const circle = await repository.openDoc('circle', circleId);
    const templateId = circleSnapshot(circle.doc).templates[0]!.id;
    await repository.closeDoc(circle);
    const meetingId = await repository.createMeeting(circleId, templateId, {
      title: 'Herbstsitzung', date: '2026-11-24', startTime: '15:00', endTime: '16:30', place: 'Familienzentrum', topic: 'Schreibabys',
    });
    await repository.flush();
    return { circleId, meetingId };
  });
}

/** Opens a meeting doc on the laptop, runs `edit` on it, and closes it (everything stored). */
export async function editMeeting<T>(laptop: Laptop, meetingId: string, edit: (doc: Y.Doc) => T): Promise<T> {
  return laptop.run(async () => {
    const handle = await laptop.repository.openDoc('meeting', meetingId);
    try {
      return edit(handle.doc);
    } finally {
      await laptop.repository.closeDoc(handle);
      await laptop.repository.flush();
    }
  });
}

export async function readMeeting<T>(laptop: Laptop, meetingId: string, read: (doc: Y.Doc) => T): Promise<T> {
  return editMeeting(laptop, meetingId, read);
}

/** Adds a case and types a first paragraph into its second phase. */
export async function addCaseWithNote(laptop: Laptop, meetingId: string, title: string, text: string): Promise<{ caseId: CaseId; phaseId: PhaseId }> {
  return editMeeting(laptop, meetingId, (doc) => {
    const caseId = addCase(doc, title);
    const phaseId = meetingSnapshot(doc).phases[1]!.id;
    typeInto(doc, caseId, phaseId, text);
    return { caseId, phaseId };
  });
}

/** Types a paragraph at the end of a phase note, character by character (one transaction each, as the editor does). */
export function typeInto(doc: Y.Doc, caseId: CaseId, phaseId: PhaseId, text: string): void {
  const fragment = phaseNotes(doc, caseId, phaseId)!;
  const paragraph = new Y.XmlElement('paragraph');
  const xmlText = new Y.XmlText();
  doc.transact(() => {
    paragraph.insert(0, [xmlText]);
    fragment.push([paragraph]);
  });
  for (let i = 0; i < text.length; i++) doc.transact(() => xmlText.insert(i, text[i]!));
}

/** Everything a moderator sees of a meeting, as plain data (for comparing laptops). */
export function meetingView(doc: Y.Doc) {
  const meeting = meetingSnapshot(doc);
  return {
    ...meeting,
    notes: meeting.cases.map((c) => meeting.phases.map((p) => phaseNotesText(doc, c.id, p.id))),
    items: meeting.cases.map((c) => itemsSnapshot(doc, c.id)),
  };
}

export async function exportCircle(laptop: Laptop, circleId: string, options: { full?: boolean; meetingId?: string; passphrase?: string } = {}): Promise<Uint8Array> {
  return laptop.run(async () => {
    const created = await laptop.service.createPackage({ circleId, ...(options.meetingId && { meetingId: options.meetingId }) }, options.passphrase ?? PASSPHRASE, { full: options.full });
    await laptop.service.recordExport(created, created.fileName);
    return created.bytes;
  });
}

export async function openOn(laptop: Laptop, bytes: Uint8Array, passphrase = PASSPHRASE): Promise<OpenedPackage> {
  return laptop.run(() => laptop.service.openPackage(bytes, passphrase, { fileName: 'test.tandem' }));
}

export async function importOn(laptop: Laptop, bytes: Uint8Array, passphrase = PASSPHRASE) {
  const opened = await openOn(laptop, bytes, passphrase);
  const row = await laptop.run(() => laptop.service.applyPackage(opened));
  return { opened, row };
}
