/**
 * Aufbewahrung on real Y.Docs with a given "now": exactly the case content goes on the due day (not
 * a day earlier), the record for KV and Ärztekammer stays, a postponed meeting goes at the postponed
 * day, the notice starts exactly 4 weeks ahead, and the deleted text is gone from the encoded bytes.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCase, addFollowUp, addItem, addMonths, addStrategy, addToRoster, applyRetention, attendanceSnapshot, casesSnapshot,
  caseStatement, checkIn, cmeRuleSnapshot, createUndoManager, dismissalsSnapshot, dismissFinding, followUpNote,
  followUpsSnapshot, itemsSnapshot, meetingMetaSnapshot, meetingRetentionStatus, meetingSnapshot, phaseNotesText,
  postponeRetention, removeCase, retentionMonthsOf, rosterSnapshot, setCaseQuestion, setCaseRole, setMeetingFields,
  setRetentionMonths, strategiesSnapshot, ORIGIN, type CaseId, type MeetingId, type PhaseId,
} from '../../../shared/doc';
import { meetingCme } from '../../../shared/protocol';
import { cloneDoc, exchange, makeCircle, makeMeeting, typeParagraph } from '../../factories/docs';
import { bytesContain } from '../../factories/bytes';

/** Local moments (the rule counts local calendar days). */
const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h);
const MEETING_DAY = '2026-03-12';
const DUE = at(2027, 3, 12, 0); // 12 months later, first moment of the day

/** One secret per kind of case content, to look for in the docs and their bytes. */
const SECRET = {
  title: 'Familie Yilmaz aus der Gartenstraße',
  removedTitle: 'Zwillinge Okonkwo',
  question: 'Fragegeheimnis Emre',
  note: 'Notizgeheimnis Kita Pusteblume',
  secondNote: 'Zweitnotizgeheimnis',
  statement: 'Stellungnahmegeheimnis',
  items: ['Hypothesegeheimnis', 'Ressourcegeheimnis', 'Belastungsgeheimnis', 'Ideegeheimnis'],
  measure: 'Maßnahmegeheimnis Familienhebamme',
  profession: 'Berufsgeheimnis Hebamme Frau Schulz',
  removedNote: 'Papierkorbgeheimnis',
  followUpNote: 'Verlaufsgeheimnis',
  agendaNote: 'Tagesordnungsgeheimnis',
  dismissed: 'Rosalind',
} as const;

function typeInto(doc: Y.Doc, fragment: Y.XmlFragment, text: string) {
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.push([paragraph]);
  }, ORIGIN.local);
}

/** A meeting of 12.03.2026 with every kind of case content, attendance, VNR and follow-ups. */
function fullMeeting() {
  const circle = makeCircle();
  const meeting = makeMeeting({ date: MEETING_DAY, startTime: '15:00', endTime: '17:15', place: 'Familienzentrum, Raum 2', topic: 'Schreibabys und Rosalind-Schema' }, circle);
  const doc = meeting.doc;
  setMeetingFields(doc, { vnr: '2760812026031200001', moderators: 'Dr. Jana Krüger, Tom Berger', status: 'done' });
  addToRoster(circle.doc, { name: 'Dr. Lena Berg', profession: 'Kinder- und Jugendärztin/-arzt', system: 'health', efn: '276081234567890' });
  addToRoster(circle.doc, { name: 'Tom Ziegler', profession: 'Sozialpädagoge', system: 'youthWelfare', efn: '' });
  for (const person of rosterSnapshot(circle.doc)) checkIn(doc, person, at(2026, 3, 12, 15));
  const phases = meetingSnapshot(doc).phases.map((p) => p.id);

  const caseId = addCase(doc, SECRET.title);
  setCaseQuestion(doc, caseId, SECRET.question);
  const presenter = attendanceSnapshot(doc)[0]!.id;
  setCaseRole(doc, caseId, 'presenter', presenter);
  typeParagraph(doc, caseId, phases[0]!, SECRET.note);
  typeParagraph(doc, caseId, phases[3]!, SECRET.secondNote);
  typeInto(doc, caseStatement(doc, caseId)!, SECRET.statement);
  (['hypothesis', 'resource', 'stressor', 'idea'] as const).forEach((kind, i) => addItem(doc, caseId, kind, SECRET.items[i]!, 'health'));
  addStrategy(doc, caseId, { measure: SECRET.measure, responsibleSystem: 'health', responsibleProfession: SECRET.profession, due: '2026-04-01' });
  dismissFinding(doc, { kind: 'name', text: SECRET.dismissed }, 'Dr. Jana Krüger'); // occurs in the topic: stays
  dismissFinding(doc, { kind: 'place', text: 'Pusteblume' }, 'Dr. Jana Krüger'); // only in a note: goes
  dismissFinding(doc, { kind: 'name', text: 'Säugling' }, 'Dr. Jana Krüger'); // in the title of a follow-up on the agenda: stays

  const second = addCase(doc, 'Zweiter Fall');
  typeParagraph(doc, second, phases[0]!, 'Auch geheim');
  const removed = addCase(doc, SECRET.removedTitle);
  typeParagraph(doc, removed, phases[0]!, SECRET.removedNote);
  removeCase(doc, removed);

  // A follow-up of this meeting's first case at a later meeting, and one of an earlier case on this meeting's agenda.
  const later = 'later-meeting' as MeetingId;
  const aboutOurs = addFollowUp(circle.doc, { meetingId: later, sourceMeetingId: meeting.id, sourceCaseId: caseId, caseTitle: SECRET.title, sourceMeetingTitle: '3. Sitzung 2026', sourceMeetingDate: MEETING_DAY });
  typeInto(circle.doc, followUpNote(circle.doc, aboutOurs)!, SECRET.followUpNote);
  const onAgenda = addFollowUp(circle.doc, { meetingId: meeting.id, sourceMeetingId: 'earlier' as MeetingId, sourceCaseId: 'earlier-case' as CaseId, caseTitle: 'Fall Säugling', sourceMeetingTitle: '1. Sitzung 2025', sourceMeetingDate: '2025-11-10' });
  typeInto(circle.doc, followUpNote(circle.doc, onAgenda)!, SECRET.agendaNote);
  const unrelated = addFollowUp(circle.doc, { meetingId: later, sourceMeetingId: 'earlier' as MeetingId, sourceCaseId: 'earlier-case' as CaseId, caseTitle: 'Fall Säugling', sourceMeetingTitle: '1. Sitzung 2025', sourceMeetingDate: '2025-11-10' });
  typeInto(circle.doc, followUpNote(circle.doc, unrelated)!, 'Bleibt: andere Sitzung');
  return { circle, meeting, doc, caseId, second, removed, phases, presenter, aboutOurs, onAgenda, unrelated };
}

/** What the KV and the Ärztekammer need from a meeting. */
function kvRecord(circle: Y.Doc, meeting: Y.Doc) {
  const { contentDeletedAt: _deleted, ...meta } = { ...meetingMetaSnapshot(meeting), contentDeletedAt: '' };
  return { meta, attendance: attendanceSnapshot(meeting), cme: meetingCme(meetingMetaSnapshot(meeting), cmeRuleSnapshot(circle)), cases: casesSnapshot(meeting).length };
}


/** The doc's state after a round trip through a gc doc, as it is stored and sent. */
function gcRoundTrip(doc: Y.Doc): Uint8Array {
  const fresh = new Y.Doc({ gc: true });
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  return Y.encodeStateAsUpdate(fresh);
}

const allSecrets = [SECRET.title, SECRET.removedTitle, SECRET.question, SECRET.note, SECRET.secondNote, SECRET.statement, ...SECRET.items, SECRET.measure, SECRET.profession, SECRET.removedNote, SECRET.followUpNote, SECRET.agendaNote, 'Pusteblume'];

describe('Aufbewahrung: the circle rule', () => {
  it('is 12 months by default and takes whole months from 1 to 120', () => {
    const { doc } = makeCircle();
    expect(retentionMonthsOf(doc)).toBe(12);
    expect(setRetentionMonths(doc, 24)).toBe(true);
    expect(retentionMonthsOf(doc)).toBe(24);
    for (const wrong of [0, -3, 121, 1.5, Number.NaN]) expect(setRetentionMonths(doc, wrong)).toBe(false);
    expect(retentionMonthsOf(doc)).toBe(24);
  });

  it('counts calendar months; a day the month lacks becomes its last day', () => {
    expect(addMonths('2026-03-12', 12)).toBe('2027-03-12');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('Aufbewahrung: deleting case content', () => {
  it('deletes every kind of case content on the due day and keeps the record for KV and Ärztekammer', () => {
    const f = fullMeeting();
    const record = kvRecord(f.circle.doc, f.doc);
    expect(record.cases).toBe(2);

    const result = applyRetention(f.circle.doc, f.doc, DUE);

    expect(result).toEqual({ meeting: true, circle: true });
    // Titles are neutral, in the meeting's order; the removed case is numbered after the others.
    expect(casesSnapshot(f.doc).map((c) => c.title)).toEqual(['Fall 1', 'Fall 2']);
    expect(f.doc.getMap<Y.Map<unknown>>('cases').get(f.removed)!.get('title')).toBe('Fall 3');
    for (const caseId of [f.caseId, f.second, f.removed]) {
      expect(casesSnapshot(f.doc).find((c) => c.id === caseId)?.question ?? '').toBe('');
      for (const phaseId of f.phases) expect(phaseNotesText(f.doc, caseId, phaseId as PhaseId)).toBe('');
      expect(caseStatement(f.doc, caseId)!.length).toBe(0);
      expect(itemsSnapshot(f.doc, caseId)).toEqual([]);
      expect(strategiesSnapshot(f.doc, caseId)).toEqual([]);
      expect((f.doc.getMap<Y.Map<unknown>>('cases').get(caseId)!.get('items') as Y.Map<unknown>).size).toBe(0);
      expect((f.doc.getMap<Y.Map<unknown>>('cases').get(caseId)!.get('strategies') as Y.Map<unknown>).size).toBe(0);
    }
    // Follow-up notes about this meeting's cases and on its agenda; another meeting's stays.
    const followUps = new Map(followUpsSnapshot(f.circle.doc).map((x) => [x.id, x]));
    expect(followUps.get(f.aboutOurs)).toMatchObject({ noteText: '', caseTitle: 'Fall 1', sourceMeetingDate: MEETING_DAY });
    expect(followUps.get(f.onAgenda)).toMatchObject({ noteText: '', caseTitle: 'Fall Säugling' });
    expect(followUps.get(f.unrelated)!.noteText).toBe('Bleibt: andere Sitzung');
    // A dismissal of a text still in the meeting stays; one of a deleted note's text goes.
    expect(dismissalsSnapshot(f.doc).map((d) => d.text)).toEqual([SECRET.dismissed, 'Säugling']);

    // The record stays: date, times, place, topic, attendance, VNR, CME points, number of cases (and roles).
    expect(kvRecord(f.circle.doc, f.doc)).toEqual(record);
    expect(meetingMetaSnapshot(f.doc)).toMatchObject({ date: MEETING_DAY, startTime: '15:00', endTime: '17:15', place: 'Familienzentrum, Raum 2', vnr: '2760812026031200001' });
    expect(attendanceSnapshot(f.doc).map((a) => a.name).sort()).toEqual(['Dr. Lena Berg', 'Tom Ziegler']);
    expect(casesSnapshot(f.doc)[0]!.roles.presenter).toBe(f.presenter);
    expect(meetingCme(meetingMetaSnapshot(f.doc), cmeRuleSnapshot(f.circle.doc)).points).toBe(4);
    // The meeting says when.
    expect(meetingRetentionStatus(f.circle.doc, f.doc, DUE)).toMatchObject({ state: 'deleted', contentDeletedAt: DUE.toISOString(), dueDay: '2027-03-12' });
  });

  it('deletes nothing before the due day', () => {
    const f = fullMeeting();
    const before = { meeting: Y.encodeStateVector(f.doc), circle: Y.encodeStateVector(f.circle.doc) };
    const lastMoment = new Date(2027, 2, 11, 23, 59, 59);
    expect(applyRetention(f.circle.doc, f.doc, lastMoment)).toEqual({ meeting: false, circle: false });
    expect(Y.encodeStateVector(f.doc)).toEqual(before.meeting);
    expect(Y.encodeStateVector(f.circle.doc)).toEqual(before.circle);
    expect(casesSnapshot(f.doc)[0]!.title).toBe(SECRET.title);
    expect(phaseNotesText(f.doc, f.caseId, f.phases[0] as PhaseId)).toBe(SECRET.note);
    expect(meetingRetentionStatus(f.circle.doc, f.doc, lastMoment)?.state).toBe('notice');
  });

  it('follows the circle rule: 6 months deletes half a year after the meeting', () => {
    const f = fullMeeting();
    setRetentionMonths(f.circle.doc, 6);
    expect(applyRetention(f.circle.doc, f.doc, at(2026, 9, 11)).meeting).toBe(false);
    expect(applyRetention(f.circle.doc, f.doc, at(2026, 9, 12)).meeting).toBe(true);
    expect(casesSnapshot(f.doc)[0]!.title).toBe('Fall 1');
  });

  it('writes nothing when run again; content that arrives later is deleted at the next run', () => {
    const f = fullMeeting();
    const laptopB = cloneDoc(f.doc);
    applyRetention(f.circle.doc, f.doc, DUE);
    let updates = 0;
    f.doc.on('update', () => updates++);
    f.circle.doc.on('update', () => updates++);
    expect(applyRetention(f.circle.doc, f.doc, at(2027, 3, 20))).toEqual({ meeting: false, circle: false });
    // An open notes editor keeps an empty paragraph in an empty note: that is no content either.
    typeParagraph(f.doc, f.caseId, f.phases[0] as PhaseId, '');
    updates = 0;
    expect(applyRetention(f.circle.doc, f.doc, at(2027, 3, 20))).toEqual({ meeting: false, circle: false });
    expect(updates).toBe(0);

    // The co-moderator wrote on, without the deletion: a new note, a new item, an edit of a deleted item.
    typeParagraph(laptopB, f.caseId, f.phases[1] as PhaseId, 'Nachgetragen von B');
    addItem(laptopB, f.caseId, 'resource', 'Neue Ressource von B');
    const oldItem = itemsSnapshot(laptopB, f.caseId)[0]!;
    ((laptopB.getMap<Y.Map<unknown>>('cases').get(f.caseId)!.get('items') as Y.Map<Y.Map<unknown>>).get(oldItem.id)!.get('text') as Y.Text).insert(0, 'B: ');
    exchange(f.doc, laptopB);
    expect(phaseNotesText(f.doc, f.caseId, f.phases[1] as PhaseId)).toBe('Nachgetragen von B');
    expect(itemsSnapshot(f.doc, f.caseId).map((i) => i.text)).toEqual(['Neue Ressource von B']); // the edited item stays deleted

    expect(applyRetention(f.circle.doc, f.doc, at(2027, 3, 21)).meeting).toBe(true);
    expect(phaseNotesText(f.doc, f.caseId, f.phases[1] as PhaseId)).toBe('');
    expect(itemsSnapshot(f.doc, f.caseId)).toEqual([]);
    expect(meetingRetentionStatus(f.circle.doc, f.doc, at(2027, 3, 21))?.contentDeletedAt).toBe(DUE.toISOString()); // the first date stays
    exchange(f.doc, laptopB);
    expect(phaseNotesText(laptopB, f.caseId, f.phases[1] as PhaseId)).toBe('');
    expect(casesSnapshot(laptopB)[0]!.title).toBe('Fall 1');
  });

  it('is never undone by Ctrl+Z', () => {
    const f = fullMeeting();
    const undo = createUndoManager(f.doc);
    setMeetingFields(f.doc, { topic: 'Schreibabys und Rosalind-Schema, Teil 2' });
    applyRetention(f.circle.doc, f.doc, DUE);
    while (undo.canUndo()) undo.undo();
    expect(casesSnapshot(f.doc).map((c) => c.title)).toEqual(['Fall 1', 'Fall 2']);
    expect(phaseNotesText(f.doc, f.caseId, f.phases[0] as PhaseId)).toBe('');
  });

  it('leaves none of the deleted text in the encoded state after a gc round trip', () => {
    const f = fullMeeting();
    const beforeMeeting = gcRoundTrip(f.doc);
    const beforeCircle = gcRoundTrip(f.circle.doc);
    // The secrets are really there before (so the search below can find them).
    for (const secret of allSecrets) expect(bytesContain(beforeMeeting, secret) || bytesContain(beforeCircle, secret), secret).toBe(true);

    applyRetention(f.circle.doc, f.doc, DUE);
    const meetingBytes = gcRoundTrip(f.doc);
    const circleBytes = gcRoundTrip(f.circle.doc);
    for (const secret of allSecrets) {
      expect(bytesContain(meetingBytes, secret), `meeting holds ${secret}`).toBe(false);
      expect(bytesContain(circleBytes, secret), `circle holds ${secret}`).toBe(false);
    }
    // The record is still in the bytes, and the purged doc reads the same.
    expect(bytesContain(meetingBytes, 'Familienzentrum, Raum 2')).toBe(true);
    const reread = new Y.Doc({ gc: true });
    Y.applyUpdate(reread, meetingBytes);
    expect(kvRecord(f.circle.doc, reread)).toEqual(kvRecord(f.circle.doc, f.doc));
  });
});

describe('Aufbewahrung: notice and postponing', () => {
  it('shows the notice exactly 4 weeks ahead and not before', () => {
    const { doc, circle } = makeMeeting({ date: MEETING_DAY });
    expect(meetingRetentionStatus(circle.doc, doc, new Date(2027, 1, 11, 23, 59))?.state).toBe('kept'); // 29 days ahead
    expect(meetingRetentionStatus(circle.doc, doc, new Date(2027, 1, 12, 0, 0))).toMatchObject({ state: 'notice', noticeDay: '2027-02-12', dueDay: '2027-03-12', months: 12, canPostpone: true });
    expect(meetingRetentionStatus(circle.doc, doc, at(2027, 3, 11))?.state).toBe('notice');
    expect(meetingRetentionStatus(circle.doc, doc, DUE)).toMatchObject({ state: 'due', canPostpone: false });
  });

  it('postpones once by 3 months; the content goes on the postponed day', () => {
    const f = fullMeeting();
    const inNotice = at(2027, 3, 1);
    expect(postponeRetention(f.circle.doc, f.doc, inNotice)).toBe(true);
    expect(postponeRetention(f.circle.doc, f.doc, inNotice)).toBe(false);
    expect(meetingRetentionStatus(f.circle.doc, f.doc, inNotice)).toMatchObject({ state: 'kept', postponedMonths: 3, dueDay: '2027-06-12', canPostpone: false });

    expect(applyRetention(f.circle.doc, f.doc, DUE).meeting).toBe(false);
    expect(applyRetention(f.circle.doc, f.doc, at(2027, 6, 11)).meeting).toBe(false);
    expect(casesSnapshot(f.doc)[0]!.title).toBe(SECRET.title);
    expect(meetingRetentionStatus(f.circle.doc, f.doc, at(2027, 5, 14))?.state).toBe('kept');
    expect(meetingRetentionStatus(f.circle.doc, f.doc, at(2027, 5, 15))?.state).toBe('notice');
    expect(applyRetention(f.circle.doc, f.doc, at(2027, 6, 12)).meeting).toBe(true);
    expect(casesSnapshot(f.doc)[0]!.title).toBe('Fall 1');
    expect(postponeRetention(f.circle.doc, f.doc, at(2027, 6, 13))).toBe(false);
  });

  it('cannot postpone on or after the due day', () => {
    const { doc, circle } = makeMeeting({ date: MEETING_DAY });
    expect(postponeRetention(circle.doc, doc, DUE)).toBe(false);
    expect(meetingRetentionStatus(circle.doc, doc, DUE)?.postponedMonths).toBe(0);
  });

  it('marks a meeting without cases as done under the rule', () => {
    const { doc, circle } = makeMeeting({ date: MEETING_DAY });
    expect(applyRetention(circle.doc, doc, DUE)).toEqual({ meeting: true, circle: false });
    expect(meetingRetentionStatus(circle.doc, doc, DUE)?.state).toBe('deleted');
    expect(applyRetention(circle.doc, doc, DUE)).toEqual({ meeting: false, circle: false });
  });
});
