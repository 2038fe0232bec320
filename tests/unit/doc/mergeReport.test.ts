/**
 * The merge report on factory docs (shared/doc/mergeReport.ts): what a package adds, changes and
 * removes, per case and author, counted by hand; the conflicts of fields both laptops changed; whether
 * an update changes a doc at all; the fingerprint of a doc state.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addItem, addStrategy, addToRoster, deleteItem, findConflicts, meetingSnapshot, metaOf, phaseNotes, renameCase,
  setConflictValue, setMeetingFields, stateFingerprint, strategiesSnapshot, summarizeChanges, tandemNote, trackAuthorship,
  updateChangesDoc, updateRosterEntry, updateStrategy, type Author, type CaseId, type DocChanges,
} from '../../../shared/doc';
import { addCase, cloneDoc, exchange, makeCircle, makeMeeting, typeParagraph } from '../../factories/docs';

const anna: Author = { deviceId: 'anna-laptop', name: 'Dr. Anna Beispiel', role: 'physician' };
const ben: Author = { deviceId: 'ben-laptop', name: 'Ben Vogel', role: 'youthWelfare' };

const trackers = new Map<Y.Doc, { flush(): void }>();

/** A meeting with one case, on two laptops that have exchanged once (its creation has no author). */
function twoLaptops(clientIds?: readonly [number, number]) {
  const { doc } = makeMeeting();
  const caseId = addCase(doc, 'Säugling, Schreiphasen');
  const phases = meetingSnapshot(doc).phases;
  const a = cloneDoc(doc);
  const b = cloneDoc(doc);
  // Which of two concurrent values stays depends on the clientIDs: fixed where a test needs both ways.
  if (clientIds) [a.clientID, b.clientID] = clientIds;
  trackers.set(a, trackAuthorship(a, () => anna));
  trackers.set(b, trackAuthorship(b, () => ben));
  return { a, b, caseId, fallvorstellung: phases[1]!.id, hypothesen: phases[3]!.id };
}

/**
 * What `receiver` would be told about the package `sender` makes for it: the sender's update against
 * the receiver's state vector, merged into a `gc: false` copy of the receiver (as the preview does).
 */
function preview(receiver: Y.Doc, sender: Y.Doc, apply = (copy: Y.Doc, update: Uint8Array) => Y.applyUpdateV2(copy, update)) {
  // Deletions are recorded before a package is made (the app flushes the doc first).
  trackers.get(sender)?.flush();
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(receiver));
  const update = Y.encodeStateAsUpdateV2(sender, Y.encodeStateVector(receiver));
  let transaction: Y.Transaction | undefined;
  copy.on('afterTransaction', (tr: Y.Transaction) => { transaction ??= tr; });
  apply(copy, update);
  return {
    changes: summarizeChanges(copy, transaction!),
    conflicts: findConflicts(copy, transaction!, Y.encodeStateVector(sender)),
    update,
  };
}

/** The changes of one scope by one author (undefined: none). */
function by(changes: DocChanges, deviceId: string | null, caseId?: CaseId) {
  const scope = changes.scopes.find((s) => s.caseId === caseId && (caseId ? s.scope === 'case' : s.scope !== 'case'));
  return scope?.authors.find((a) => a.deviceId === deviceId);
}

describe('the change summary', () => {
  it('counts paragraphs and characters per note, entries per kind, strategies and fields, per author', () => {
    const { a, b, caseId, fallvorstellung } = twoLaptops();
    // Ben, offline: two paragraphs in „Fallvorstellung“ (17 + 14 characters), one in its tandem note (8),
    // three hypotheses and a resource, one strategy, and the meeting's topic.
    typeParagraph(b, caseId, fallvorstellung, 'Mutter erschöpft.');
    typeParagraph(b, caseId, fallvorstellung, 'Hebamme kommt.');
    b.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Nur wir.')]);
      tandemNote(b, caseId, fallvorstellung).push([paragraph]);
    });
    addItem(b, caseId, 'hypothesis', 'Überforderung nach der Geburt');
    addItem(b, caseId, 'hypothesis', 'Wenig Schlaf');
    addItem(b, caseId, 'hypothesis', 'Kein Netz in der Nähe');
    addItem(b, caseId, 'resource', 'Großmutter hilft');
    addStrategy(b, caseId, { measure: 'Familienhebamme anfragen', due: '2026-12-01' });
    setMeetingFields(b, { topic: 'Schlaf und Erschöpfung' });
    setMeetingFields(b, { vnr: '' }); // unset before: a form saving an empty field changes nothing
    setMeetingFields(a, { moderators: '' }); // …also where both laptops did so
    setMeetingFields(b, { moderators: '' });

    const { changes, conflicts } = preview(a, b);
    expect(changes.created).toBe(false);
    expect(conflicts).toEqual([]);
    expect(by(changes, 'ben-laptop')).toMatchObject({ name: 'Ben Vogel', fields: ['topic'], notes: [], counts: {} });
    const inCase = by(changes, 'ben-laptop', caseId)!;
    expect(inCase.fields).toEqual([]);
    expect(inCase.counts).toEqual({ hypothesis: 3, resource: 1, strategy: 1 });
    expect(inCase.notes).toEqual([
      { kind: 'protocol', phaseId: fallvorstellung, phaseTitle: 'Fallvorstellung', paragraphs: 2, characters: 31, deletedCharacters: 0 },
      { kind: 'tandem', phaseId: fallvorstellung, phaseTitle: 'Fallvorstellung', paragraphs: 1, characters: 8, deletedCharacters: 0 },
    ]);
    expect(changes.scopes.map((s) => s.scope)).toEqual(['meeting', 'case']);
    expect(changes.scopes[1]!.caseTitle).toBe('Säugling, Schreiphasen');
  });

  it('tells typing into a paragraph, deleting text, removing and editing entries, and a rename as a change of the field', () => {
    const { a, b, caseId, fallvorstellung } = twoLaptops();
    typeParagraph(b, caseId, fallvorstellung, 'Mutter erschöpft.');
    const wrong = addItem(b, caseId, 'hypothesis', 'Falsche Fährte')!;
    addItem(b, caseId, 'stressor', 'Schulden');
    const strategy = addStrategy(b, caseId, { measure: 'Schuldnerberatung', due: '2026-12-01' })!;
    exchange(a, b);

    // Anna: 9 characters into Ben's paragraph, 5 deleted from it; one entry removed, the strategy's
    // due date and its measure changed (one strategy), the case renamed (twice: one field).
    const text = (phaseNotes(a, caseId, fallvorstellung)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    a.transact(() => text.insert(6, ' (31 J.)'));
    a.transact(() => text.insert(text.length, ' Ja.'));
    a.transact(() => text.delete(0, 5));
    deleteItem(a, caseId, wrong);
    updateStrategy(a, caseId, strategy, { due: '2026-12-15' });
    updateStrategy(a, caseId, strategy, { measure: 'Schuldnerberatung der Caritas' });
    renameCase(a, caseId, 'Säugling');
    renameCase(a, caseId, 'Säugling, Erschöpfung');

    const { changes } = preview(b, a);
    const inCase = by(changes, 'anna-laptop', caseId)!;
    expect(inCase.fields).toEqual(['title']);
    expect(inCase.counts).toEqual({ itemRemoved: 1, strategyChanged: 1 });
    expect(inCase.notes).toEqual([{ kind: 'protocol', phaseId: fallvorstellung, phaseTitle: 'Fallvorstellung', paragraphs: 0, characters: 12, deletedCharacters: 5 }]);
    // Nothing is put down to an unknown author: the rename is Anna's change of the title.
    expect(changes.scopes.flatMap((s) => s.authors).map((x) => x.deviceId)).toEqual(['anna-laptop']);
    expect(changes.scopes[0]!.caseTitle).toBe('Säugling, Erschöpfung');
  });

  it('names what was written before authorship was recorded as unattributed, a new meeting as created', () => {
    const { doc } = makeMeeting();
    const caseId = addCase(doc, 'Kleinkind');
    addItem(doc, caseId, 'idea', 'Kita-Platz');
    const empty = new Y.Doc();
    const { changes } = preview(empty, doc);
    expect(changes.created).toBe(true);
    // The meeting's fields are part of its creation, not changes.
    expect(by(changes, null)).toBeUndefined();
    expect(by(changes, null, caseId)!.counts).toEqual({ caseAdded: 1, idea: 1 });
  });

  it('counts people added and changed in a circle', () => {
    const { doc } = makeCircle();
    const a = cloneDoc(doc);
    const b = cloneDoc(doc);
    trackAuthorship(b, () => ben);
    const known = addToRoster(a, { name: 'Eva Brandt', profession: 'Hebamme', system: 'health', efn: '' });
    exchange(a, b);
    addToRoster(b, { name: 'Jonas Weber', profession: 'Fachkraft ASD/Jugendamt', system: 'youthWelfare', efn: '' });
    updateRosterEntry(b, known, { profession: 'Familienhebamme' });
    const { changes } = preview(a, b);
    expect(by(changes, 'ben-laptop')!.counts).toEqual({ personAdded: 1, personChanged: 1 });
  });
});

describe('conflicts', () => {
  it.each([[1001, 2002], [2002, 1001]] as const)('lists each field both laptops changed since the exchange, with both values and authors (clientIDs %i, %i)', (annaId, benId) => {
    const { a, b, caseId } = twoLaptops([annaId, benId]);
    setMeetingFields(a, { place: 'Rathaus, Saal 1' });
    setMeetingFields(b, { place: 'Familienzentrum Süd' });
    renameCase(a, caseId, 'Säugling (Anna)');
    renameCase(b, caseId, 'Säugling (Ben)');
    setMeetingFields(b, { topic: 'Nur Ben ändert das Thema' });
    setMeetingFields(a, { vnr: '2761234567890' });
    setMeetingFields(b, { vnr: '2761234567890' }); // the same value on both: nothing to choose

    const { conflicts, changes } = preview(a, b);
    // Ben changed both fields, whichever value stays.
    expect([...by(changes, 'ben-laptop')!.fields].sort()).toEqual(['place', 'topic']); // the same VNR on both: nothing to see
    expect(by(changes, 'ben-laptop', caseId)!.fields).toEqual(['title']);
    // The real merge decides which value stays; the report names it and the other.
    exchange(a, b);
    const keptPlace = metaOf(a).get('place');
    const keptTitle = meetingSnapshot(a).cases[0]!.title;
    expect(metaOf(b).get('place')).toBe(keptPlace);
    expect(conflicts).toHaveLength(2);
    const place = conflicts.find((c) => c.key === 'place')!;
    expect(place).toMatchObject({ scope: 'meeting', mapPath: ['meta'] });
    expect([place.kept.value, place.other.value].sort()).toEqual(['Familienzentrum Süd', 'Rathaus, Saal 1']);
    expect(place.kept.value).toBe(keptPlace);
    const benWrote = (side: typeof place.kept) => side.from === 'package' && side.deviceId === 'ben-laptop' && side.name === 'Ben Vogel';
    const annaWrote = (side: typeof place.kept) => side.from === 'here' && side.deviceId === 'anna-laptop';
    expect(benWrote(place.kept) ? annaWrote(place.other) : annaWrote(place.kept) && benWrote(place.other)).toBe(true);
    const title = conflicts.find((c) => c.key === 'title')!;
    expect(title).toMatchObject({ scope: 'case', caseId, mapPath: ['cases', caseId], kept: { value: keptTitle } });
    expect(title.caseTitle).toBe(keptTitle);
    expect([title.kept.value, title.other.value].sort()).toEqual(['Säugling (Anna)', 'Säugling (Ben)']);
  });

  it('„Stattdessen übernehmen“ sets the other value as a local edit that reaches the other laptop', () => {
    const { a, b } = twoLaptops();
    setMeetingFields(a, { place: 'Rathaus, Saal 1' });
    setMeetingFields(b, { place: 'Familienzentrum Süd' });
    const [conflict] = preview(a, b).conflicts;
    exchange(a, b);
    const local: Y.Transaction[] = [];
    a.on('afterTransaction', (tr: Y.Transaction) => local.push(tr));
    expect(setConflictValue(a, conflict!, conflict!.kept.value, conflict!.other.value, 'tandem:local')).toBe(true);
    expect(local.map((tr) => tr.origin)).toContain('tandem:local');
    exchange(a, b);
    expect(metaOf(a).get('place')).toBe(conflict!.other.value);
    expect(metaOf(b).get('place')).toBe(conflict!.other.value);
    // Not over a value changed since the report was shown.
    setMeetingFields(a, { place: 'Jugendamt' });
    expect(setConflictValue(a, conflict!, conflict!.kept.value, conflict!.other.value, 'tandem:local')).toBe(false);
    expect(metaOf(a).get('place')).toBe('Jugendamt');
  });

  it('a field changed after seeing the other side is no conflict; nor is a strategy field changed on one side', () => {
    const { a, b, caseId } = twoLaptops();
    setMeetingFields(b, { place: 'Familienzentrum Süd' });
    const strategy = addStrategy(b, caseId, { measure: 'Hebamme', due: '2026-12-01' })!;
    exchange(a, b);
    setMeetingFields(a, { place: 'Rathaus' });
    updateStrategy(a, caseId, strategy, { due: '2026-12-15' });
    expect(preview(b, a).conflicts).toEqual([]);
  });

  it('names a strategy’s due date changed on both laptops', () => {
    const { a, b, caseId } = twoLaptops();
    const strategy = addStrategy(a, caseId, { measure: 'Schuldnerberatung', due: '2026-12-01' })!;
    exchange(a, b);
    updateStrategy(a, caseId, strategy, { due: '2026-12-08' });
    updateStrategy(b, caseId, strategy, { due: '2026-12-15' });
    const [conflict] = preview(b, a).conflicts;
    expect(conflict).toMatchObject({ scope: 'strategy', caseId, entity: 'Schuldnerberatung', key: 'due', mapPath: ['cases', caseId, 'strategies', strategy] });
    exchange(a, b);
    expect(conflict!.kept.value).toBe(strategiesSnapshot(a, caseId)[0]!.due);
  });
});

describe('updateChangesDoc and stateFingerprint', () => {
  it('tells an update that adds nothing from one that adds or deletes', () => {
    const { a, b, caseId } = twoLaptops();
    expect(updateChangesDoc(a, Y.encodeStateAsUpdateV2(b))).toBe(false);
    addItem(b, caseId, 'hypothesis', 'Neu');
    const update = Y.encodeStateAsUpdateV2(b, Y.encodeStateVector(a));
    expect(updateChangesDoc(a, update)).toBe(true);
    Y.applyUpdateV2(a, update);
    expect(updateChangesDoc(a, update)).toBe(false);
    // A deletion alone moves no state vector.
    const before = Y.encodeStateVector(b);
    b.transact(() => ((b.getMap('cases').get(caseId) as Y.Map<unknown>).get('itemOrder') as Y.Array<string>).delete(0, 1));
    expect(Y.encodeStateVector(b)).toEqual(before);
    expect(updateChangesDoc(a, Y.encodeStateAsUpdateV2(b, Y.encodeStateVector(a)))).toBe(true);
  });

  it('a fingerprint is the same for a doc and its stored state, and changes with a deletion', () => {
    const { a, caseId, fallvorstellung } = twoLaptops();
    typeParagraph(a, caseId, fallvorstellung, 'Mutter erschöpft.');
    const fingerprint = stateFingerprint(a);
    expect(stateFingerprint(Y.encodeStateAsUpdate(a))).toBe(fingerprint);
    const copy = cloneDoc(a);
    copy.transact(() => ((phaseNotes(copy, caseId, fallvorstellung)!.get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(0, 1));
    expect(stateFingerprint(copy)).not.toBe(fingerprint);
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(a));
  });
});
