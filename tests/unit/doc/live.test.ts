import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCase, addFollowUp, addItem, addMinute, addOffer, addPhase, addStrategy, addToRoster, attendanceSnapshot,
  checkIn, circleSnapshot, createUndoManager, deleteItem, editItem, followUpsSnapshot, goToPhase, itemsSnapshot,
  meetingSnapshot, movePhase, moveItem, offersSnapshot, ORIGIN, parity, pauseTimer, remainingMs, removePhase,
  rosterSnapshot, setCaseRole, startTimer, strategiesSnapshot, tagItem, timerSnapshot, totals, updatePhase,
  updateStrategy, usedMs, MINUTE, formatDuration, setText, setCaseQuestion,
  type System,
} from '../../../shared/doc';
import { cloneDoc, exchange, makeCircle, makeMeeting } from '../../factories/docs';

function meetingWithCase() {
  const meeting = makeMeeting();
  const caseId = addCase(meeting.doc, 'Fall A');
  const phases = meetingSnapshot(meeting.doc).phases;
  return { ...meeting, caseId, phases };
}

describe('timer arithmetic', () => {
  it('counts running time, stops counting while paused, and carries on after a reload', () => {
    const { doc, caseId, phases } = meetingWithCase();
    const t0 = 1_000_000;
    startTimer(doc, caseId, phases[0]!.id, t0);
    expect(usedMs(timerSnapshot(doc, caseId), phases[0]!.id, t0 + 90_000)).toBe(90_000);
    pauseTimer(doc, caseId, t0 + 120_000);
    // Paused: time passes, nothing is counted.
    expect(usedMs(timerSnapshot(doc, caseId), phases[0]!.id, t0 + 999_000)).toBe(120_000);
    // A reload is a new doc from the stored state: the timer state comes with it.
    const reloaded = cloneDoc(doc);
    startTimer(reloaded, caseId, phases[0]!.id, t0 + 300_000);
    expect(usedMs(timerSnapshot(reloaded, caseId), phases[0]!.id, t0 + 330_000)).toBe(150_000);
    expect(formatDuration(remainingMs(timerSnapshot(reloaded, caseId), phases[0]!, t0 + 330_000))).toBe('2:30');
  });

  it('moves to the next phase keeping the timer running, and shows overrun as negative time', () => {
    const { doc, caseId, phases } = meetingWithCase();
    const [first, second] = phases;
    startTimer(doc, caseId, first!.id, 0);
    goToPhase(doc, caseId, second!.id, 6 * MINUTE); // one minute over the planned 5
    const state = timerSnapshot(doc, caseId);
    expect(state.phaseId).toBe(second!.id);
    expect(remainingMs(state, first!, 99 * MINUTE)).toBe(-MINUTE);
    expect(usedMs(state, second!.id, 8 * MINUTE)).toBe(2 * MINUTE);
    expect(formatDuration(remainingMs(state, first!, 0))).toBe('−1:00');
  });

  it('+1 minute extends the planned time of the phase; totals add planned and used time', () => {
    const { doc, caseId, phases } = meetingWithCase();
    startTimer(doc, caseId, phases[0]!.id, 0);
    addMinute(doc, caseId, phases[0]!.id);
    const state = timerSnapshot(doc, caseId);
    expect(remainingMs(state, phases[0]!, 0)).toBe(6 * MINUTE);
    expect(totals(state, phases, 3 * MINUTE)).toEqual({ plannedMs: 86 * MINUTE, usedMs: 3 * MINUTE });
  });
});

describe('participants and parity', () => {
  const attendees = (health: number, youth: number, other = 0) =>
    [...Array(health).fill('health'), ...Array(youth).fill('youthWelfare'), ...Array(other).fill('other')].map((system: System) => ({ system }));

  it('warns when the systems differ by more than one person or the group is outside 6–20', () => {
    expect(parity(attendees(4, 4))).toMatchObject({ total: 8, imbalanced: false, tooFew: false, tooMany: false });
    expect(parity(attendees(4, 3)).imbalanced).toBe(false);
    expect(parity(attendees(5, 3)).imbalanced).toBe(true);
    expect(parity(attendees(2, 2)).tooFew).toBe(true);
    expect(parity(attendees(11, 10)).tooMany).toBe(true);
    expect(parity(attendees(3, 3, 2)).counts).toEqual({ health: 3, youthWelfare: 3, other: 2 });
  });

  it('checks in from the roster; both laptops checking in the same person converge', () => {
    const circle = makeCircle();
    const id = addToRoster(circle.doc, { name: 'Dr. Eva Roth', profession: 'Kinder- und Jugendärztin/-arzt', system: 'health', efn: '123 456 789 012 345' });
    const person = rosterSnapshot(circle.doc)[0]!;
    expect(person).toMatchObject({ id, efn: '123456789012345' });
    const a = makeMeeting({}, circle).doc;
    const b = cloneDoc(a);
    checkIn(a, person);
    checkIn(b, person, new Date('2026-11-24T15:02:00Z'));
    exchange(a, b);
    expect(attendanceSnapshot(a)).toEqual(attendanceSnapshot(b));
    expect(attendanceSnapshot(a)).toHaveLength(1);
  });

  it('assigns case roles to checked-in participants', () => {
    const { doc, caseId } = meetingWithCase();
    setCaseRole(doc, caseId, 'presenter', 'p1');
    setCaseRole(doc, caseId, 'timekeeper', 'p2');
    expect(meetingSnapshot(doc).cases[0]!.roles).toEqual({ presenter: 'p1', timekeeper: 'p2', minuteTaker: '' });
  });
});

describe('capture items and strategies', () => {
  it('adds, edits, tags, reorders and deletes items; both sides\' items survive a merge', () => {
    const { doc, caseId } = meetingWithCase();
    const h1 = addItem(doc, caseId, 'hypothesis', 'Mutter erschöpft')!;
    const h2 = addItem(doc, caseId, 'hypothesis', 'Vater wenig eingebunden')!;
    addItem(doc, caseId, 'resource', 'Großmutter in der Nähe');
    expect(addItem(doc, caseId, 'resource', '   ')).toBeUndefined();
    editItem(doc, caseId, h1, 'Mutter stark erschöpft');
    tagItem(doc, caseId, h1, 'health');
    moveItem(doc, caseId, h2, -1);
    expect(itemsSnapshot(doc, caseId).map((i) => [i.kind, i.text, i.system])).toEqual([
      ['hypothesis', 'Vater wenig eingebunden', ''],
      ['hypothesis', 'Mutter stark erschöpft', 'health'],
      ['resource', 'Großmutter in der Nähe', ''],
    ]);
    const other = cloneDoc(doc);
    addItem(doc, caseId, 'idea', 'Familienzentrum');
    addItem(other, caseId, 'idea', 'Schreiambulanz');
    editItem(other, caseId, h1, 'Mutter stark erschöpft, schläft kaum');
    deleteItem(doc, caseId, h2);
    exchange(doc, other);
    const texts = itemsSnapshot(other, caseId).map((i) => i.text);
    expect(texts).toEqual(itemsSnapshot(doc, caseId).map((i) => i.text));
    expect(texts).toEqual(expect.arrayContaining(['Familienzentrum', 'Schreiambulanz', 'Mutter stark erschöpft, schläft kaum']));
    expect(texts).not.toContain('Vater wenig eingebunden');
  });

  it('keeps both moderators\' edits of the same item text (Y.Text, minimal edits)', () => {
    const { doc, caseId } = meetingWithCase();
    const id = addItem(doc, caseId, 'stressor', 'Schulden')!;
    const other = cloneDoc(doc);
    editItem(doc, caseId, id, 'Hohe Schulden');
    editItem(other, caseId, id, 'Schulden und Wohnungsnot');
    exchange(doc, other);
    expect(itemsSnapshot(doc, caseId)[0]!.text).toBe('Hohe Schulden und Wohnungsnot');
  });

  it('records strategies linked to an offer of the circle directory', () => {
    const { doc, caseId, circle } = meetingWithCase();
    const offer = addOffer(circle.doc, { name: 'Schreiambulanz St. Marien', kind: 'Sprechstunde', system: 'health', description: 'Beratung bei Regulationsstörungen' });
    expect(offersSnapshot(circle.doc)[0]).toMatchObject({ id: offer, name: 'Schreiambulanz St. Marien' });
    const id = addStrategy(doc, caseId, { measure: 'Termin in der Schreiambulanz vermitteln', responsibleSystem: 'health', responsibleProfession: 'Kinderärztin', due: '2026-12-15', offerId: offer })!;
    updateStrategy(doc, caseId, id, { status: 'done', measure: 'Termin in der Schreiambulanz vermittelt' });
    expect(strategiesSnapshot(doc, caseId)).toEqual([{
      id, measure: 'Termin in der Schreiambulanz vermittelt', responsibleSystem: 'health', responsibleProfession: 'Kinderärztin',
      due: '2026-12-15', offerId: offer, status: 'done',
    }]);
  });
});

describe('method templates', () => {
  it('can be edited, and a meeting copies the template as it is at creation, once', () => {
    const circle = makeCircle();
    const template = circleSnapshot(circle.doc).templates[0]!;
    updatePhase(circle.doc, template.id, template.phases[0]!.id, { minutes: 7, title: 'Ankommen' });
    // Which capture lists a phase shows is part of the template too.
    updatePhase(circle.doc, template.id, template.phases[3]!.id, { lists: ['hypothesis', 'idea'] });
    updatePhase(circle.doc, template.id, template.phases[4]!.id, { lists: [] });
    removePhase(circle.doc, template.id, template.phases[8]!.id);
    const extra = addPhase(circle.doc, template.id, { title: 'Blitzlicht', minutes: 3, questions: 'Wie geht es uns?' })!;
    movePhase(circle.doc, template.id, extra, -1);
    const meeting = makeMeeting({}, circle);
    const titles = meetingSnapshot(meeting.doc).phases.map((p) => p.title);
    expect(titles[0]).toBe('Ankommen');
    expect(titles.slice(-2)).toEqual(['Blitzlicht', 'Handlungsstrategien vereinbaren']);
    expect(meetingSnapshot(meeting.doc).phases[0]!.minutes).toBe(7);
    expect(meetingSnapshot(meeting.doc).phases[3]!.lists).toEqual(['hypothesis', 'idea']);
    expect(meetingSnapshot(meeting.doc).phases[4]!.lists).toEqual([]);
    // Later template edits do not change the meeting.
    updatePhase(circle.doc, template.id, template.phases[0]!.id, { minutes: 1 });
    expect(meetingSnapshot(meeting.doc).phases[0]!.minutes).toBe(7);
  });
});

describe('follow-ups', () => {
  it('put a case of an earlier meeting on a later agenda, linking back to it', () => {
    const circle = makeCircle();
    const earlier = makeMeeting({ title: 'März', date: '2026-03-04' }, circle);
    const caseId = addCase(earlier.doc, 'Säugling, Schreiphasen');
    const later = makeMeeting({ title: 'Juni', date: '2026-06-10' }, circle);
    const id = addFollowUp(circle.doc, { meetingId: later.id, sourceMeetingId: earlier.id, sourceCaseId: caseId, caseTitle: 'Säugling, Schreiphasen', sourceMeetingTitle: 'März', sourceMeetingDate: '2026-03-04' });
    expect(followUpsSnapshot(circle.doc, { meetingId: later.id })).toEqual([expect.objectContaining({ id, sourceMeetingId: earlier.id, sourceCaseId: caseId })]);
    expect(followUpsSnapshot(circle.doc, { sourceCaseId: caseId })).toHaveLength(1);
    expect(followUpsSnapshot(circle.doc, { meetingId: earlier.id })).toEqual([]);
  });
});

describe('undo scope', () => {
  it('undoes the moderator\'s own edits but never an imported change', () => {
    const { doc, caseId } = meetingWithCase();
    const undo = createUndoManager(doc);
    addItem(doc, caseId, 'idea', 'Eigene Idee');
    undo.stopCapturing();
    // An imported Tandem-Paket brings the co-moderator's item.
    const other = cloneDoc(doc);
    addItem(other, caseId, 'idea', 'Idee der Kollegin');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), ORIGIN.import);
    undo.undo();
    expect(itemsSnapshot(doc, caseId).map((i) => i.text)).toEqual(['Idee der Kollegin']);
    undo.redo();
    expect(itemsSnapshot(doc, caseId).map((i) => i.text)).toEqual(expect.arrayContaining(['Eigene Idee', 'Idee der Kollegin']));
    while (undo.canUndo()) undo.undo();
    expect(itemsSnapshot(doc, caseId).map((i) => i.text)).toEqual(['Idee der Kollegin']);
  });

  it('setText and the question keep a concurrent insertion elsewhere', () => {
    const { doc, caseId } = meetingWithCase();
    setCaseQuestion(doc, caseId, 'Wie können wir die Mutter entlasten?');
    const other = cloneDoc(doc);
    setCaseQuestion(doc, caseId, 'Wie können wir die Mutter schnell entlasten?');
    setCaseQuestion(other, caseId, 'Wie können wir die Mutter entlasten? Wer macht was?');
    exchange(doc, other);
    expect(meetingSnapshot(doc).cases[0]!.question).toBe('Wie können wir die Mutter schnell entlasten? Wer macht was?');
    const text = new Y.Doc().getText('t');
    setText(text, 'abc');
    setText(text, 'abXc');
    expect(text.toString()).toBe('abXc');
  });
});
