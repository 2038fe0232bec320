import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCase, circleSnapshot, createDoc, createMeeting, DEFAULT_PHASES, docKind, meetingSnapshot, phaseNotes,
  phaseNotesText, removeCase, renameCase, restoreCase, setCircleFields, setMeetingFields, ORIGIN, CIRCLE_SCHEMA_VERSION,
  MEETING_SCHEMA_VERSION,
} from '../../../shared/doc';
import { makeCircle, makeMeeting, typeParagraph } from '../../factories/docs';

describe('circle commands', () => {
  it('creates a circle with the default method "Familienfallkonferenz (IQZ)" and nine phases', () => {
    const { doc, id } = makeCircle({ name: '  IQZ Nord ' });
    const circle = circleSnapshot(doc);
    expect(circle).toMatchObject({ id, name: 'IQZ Nord', region: 'Karlsruhe', schemaVersion: CIRCLE_SCHEMA_VERSION });
    expect(docKind(doc)).toBe('circle');
    expect(circle.templates).toHaveLength(1);
    expect(circle.templates[0]!.name).toBe('Familienfallkonferenz (IQZ)');
    expect(circle.templates[0]!.phases.map((p) => p.title)).toEqual(DEFAULT_PHASES.map((p) => p.title));
    expect(circle.templates[0]!.totalMinutes).toBe(85);
  });

  it('sets fields as one local transaction', () => {
    const { doc } = makeCircle();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    setCircleFields(doc, { region: 'Landkreis Karlsruhe' });
    expect(circleSnapshot(doc).region).toBe('Landkreis Karlsruhe');
    expect(origins).toEqual([ORIGIN.local]);
  });
});

describe('meeting commands', () => {
  it('creates a meeting whose phases are copied once from the template', () => {
    const { doc, circle } = makeMeeting({ title: 'Frühjahrssitzung' });
    const meeting = meetingSnapshot(doc);
    expect(meeting).toMatchObject({ title: 'Frühjahrssitzung', status: 'planned', circleId: circle.id, schemaVersion: MEETING_SCHEMA_VERSION });
    expect(meeting.phases).toHaveLength(9);
    expect(meeting.phases[3]).toMatchObject({ title: 'Perspektiven & Hypothesen', minutes: 15, lists: ['hypothesis'] });
    // The copy is independent: the template's phase ids are not reused.
    const templateIds = circleSnapshot(circle.doc).templates[0]!.phases.map((p) => p.id);
    expect(meeting.phases.some((p) => templateIds.includes(p.id))).toBe(false);
  });

  it('refuses to create a meeting twice in the same doc', () => {
    const { doc, circle } = makeMeeting();
    expect(() => createMeeting(doc, { circleId: circle.id, methodName: 'x', phases: [], fields: { title: '', date: '', startTime: '', endTime: '', place: '', topic: '' } })).toThrow();
  });

  it('sets meeting fields and ignores an unknown status', () => {
    const { doc } = makeMeeting();
    setMeetingFields(doc, { place: ' Rathaus ', status: 'done' });
    setMeetingFields(doc, { status: 'bogus' as never });
    expect(meetingSnapshot(doc)).toMatchObject({ place: 'Rathaus', status: 'done' });
  });

  it('adds, renames, removes and restores cases; each case has one notes fragment per phase', () => {
    const { doc } = makeMeeting();
    const first = addCase(doc, 'Fall A – Säugling, Schreiphasen');
    const second = addCase(doc, 'Fall B');
    renameCase(doc, second, 'Fall B – Geschwisterkind');
    expect(meetingSnapshot(doc).cases.map((c) => c.title)).toEqual(['Fall A – Säugling, Schreiphasen', 'Fall B – Geschwisterkind']);
    for (const phase of meetingSnapshot(doc).phases) expect(phaseNotes(doc, first, phase.id)).toBeInstanceOf(Y.XmlFragment);

    typeParagraph(doc, first, meetingSnapshot(doc).phases[1]!.id, 'Die Mutter ist erschöpft.');
    removeCase(doc, first);
    expect(meetingSnapshot(doc).cases.map((c) => c.id)).toEqual([second]);
    restoreCase(doc, first);
    expect(meetingSnapshot(doc).cases.map((c) => c.id)).toEqual([first, second]);
    expect(phaseNotesText(doc, first, meetingSnapshot(doc).phases[1]!.id)).toBe('Die Mutter ist erschöpft.');
  });

  it('snapshots are plain data that can be serialised', () => {
    const { doc } = makeMeeting();
    addCase(doc, 'Fall A');
    const snapshot = meetingSnapshot(doc);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('reads an empty doc without throwing', () => {
    const doc = createDoc();
    expect(meetingSnapshot(doc)).toMatchObject({ title: '', cases: [], phases: [] });
    expect(docKind(doc)).toBeUndefined();
  });
});
