import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCase, addItem, addStrategy, caseCheckTexts, itemsSnapshot, locateOccurrence, meetingSnapshot, occurrenceOf, phaseNotes,
  phaseNotesText, replaceFinding, replaceInFragment, replaceInText, setCaseQuestion, strategiesSnapshot, casesSnapshot, fragmentBlocks,
  type CaseId,
} from '../../../shared/doc';
import { makeMeeting } from '../../factories/docs';
import { bulletList, paragraph, readNote, writeNote } from './helpers';

function meetingWithCase() {
  const meeting = makeMeeting();
  const caseId: CaseId = addCase(meeting.doc, 'Säugling mit Schreiphasen');
  const phases = meetingSnapshot(meeting.doc).phases;
  return { ...meeting, caseId, phases, notes: phaseNotes(meeting.doc, caseId, phases[1]!.id)! };
}

describe('replacing a finding in a rich-text note', () => {
  it('replaces exactly the addressed occurrence and keeps the other', () => {
    const { doc, notes } = meetingWithCase();
    writeNote(notes,
      paragraph('Frau Müller kommt mit dem Säugling.'),
      paragraph('Die Hebamme sieht Frau Müller wöchentlich.'));
    expect(fragmentBlocks(notes)).toEqual(['Frau Müller kommt mit dem Säugling.', 'Die Hebamme sieht Frau Müller wöchentlich.']);

    // The second "Müller" (second block) is occurrence 1.
    const occurrence = occurrenceOf(fragmentBlocks(notes), 1, 'Die Hebamme sieht Frau '.length, 'Müller');
    expect(occurrence).toBe(1);
    expect(replaceInFragment(doc, notes, { text: 'Müller', occurrence }, '[Name]')).toBe(true);
    expect(fragmentBlocks(notes)).toEqual(['Frau Müller kommt mit dem Säugling.', 'Die Hebamme sieht Frau [Name] wöchentlich.']);
  });

  it('keeps the formatting of the replaced text and of its neighbours', () => {
    const { doc, notes } = meetingWithCase();
    writeNote(notes, paragraph({ text: 'Wichtig: ', marks: ['italic'] }, 'Die Mutter ', { text: 'Melanie Wagner', marks: ['bold'] }, ' ist erschöpft.'));
    expect(replaceInFragment(doc, notes, { text: 'Melanie Wagner', occurrence: 0 }, 'die Mutter')).toBe(true);
    expect(readNote(notes).content).toEqual([
      paragraph({ text: 'Wichtig: ', marks: ['italic'] }, 'Die Mutter ', { text: 'die Mutter', marks: ['bold'] }, ' ist erschöpft.'),
    ]);
  });

  it('finds text after a hard break and inside list items (blocks as the editor has them)', () => {
    const { doc, notes } = meetingWithCase();
    writeNote(notes,
      paragraph('Kontakt:', 'BR', 'Tel. 0170 1234567'),
      bulletList(paragraph('Kita Pusteblume seit Mai'), paragraph('Geburt am 09.08.2024')));
    expect(fragmentBlocks(notes)).toEqual(['Kontakt:', 'Tel. 0170 1234567', 'Kita Pusteblume seit Mai', 'Geburt am 09.08.2024']);
    expect(replaceInFragment(doc, notes, { text: '0170 1234567', occurrence: 0 }, '[Kontakt]')).toBe(true);
    expect(replaceInFragment(doc, notes, { text: '09.08.2024', occurrence: 0 }, '[Datum]')).toBe(true);
    const json = JSON.stringify(readNote(notes));
    expect(json).toContain('Tel. [Kontakt]');
    expect(json).toContain('"hardBreak"');
    expect(json).toContain('Geburt am [Datum]');
    expect(json).toContain('"bulletList"');
  });

  it('writes nothing when the text is no longer there (changed on the other laptop meanwhile)', () => {
    const { doc, notes } = meetingWithCase();
    writeNote(notes, paragraph('Frau Müller kommt.'));
    const before = Y.encodeStateVector(doc);
    expect(replaceInFragment(doc, notes, { text: 'Müller', occurrence: 1 }, '[Name]')).toBe(false);
    expect(replaceInFragment(doc, notes, { text: 'Schneider', occurrence: 0 }, '[Name]')).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('is one undoable local transaction', () => {
    const { doc, notes } = meetingWithCase();
    writeNote(notes, paragraph('Frau Müller kommt.'));
    const undo = new Y.UndoManager(notes, { trackedOrigins: new Set(['tandem:local']) });
    replaceInFragment(doc, notes, { text: 'Müller', occurrence: 0 }, '[Name]');
    expect(fragmentBlocks(notes)).toEqual(['Frau [Name] kommt.']);
    undo.undo();
    expect(fragmentBlocks(notes)).toEqual(['Frau Müller kommt.']);
  });
});

describe('replacing in short texts and fields', () => {
  it('replaces in a Y.Text (the question), counting overlapping occurrences the same way both ways', () => {
    const { doc, caseId } = meetingWithCase();
    setCaseQuestion(doc, caseId, 'Wie erreichen wir Anna und Annas Mutter?');
    const blocks = [casesSnapshot(doc)[0]!.question];
    expect(occurrenceOf(blocks, 0, blocks[0]!.indexOf('Annas'), 'Anna')).toBe(1);
    expect(locateOccurrence(blocks, 'Anna', 1)).toEqual({ block: 0, index: blocks[0]!.indexOf('Annas') });
    const question = doc.getMap<Y.Map<unknown>>('cases').get(caseId)!.get('question') as Y.Text;
    expect(replaceInText(doc, question, { text: 'Anna', occurrence: 0 }, '  das Kind ')).toBe(true);
    expect(casesSnapshot(doc)[0]!.question).toBe('Wie erreichen wir das Kind und Annas Mutter?');
  });

  it('replaces through a ref in every kind of text of a case and the meeting', () => {
    const { doc, caseId, phases, notes } = meetingWithCase();
    const item = addItem(doc, caseId, 'resource', 'Oma Helga hilft beim Einkaufen')!;
    const strategy = addStrategy(doc, caseId, { measure: 'Kontakt zu Frau Yıldız aufnehmen', responsibleProfession: 'Hebamme Frau Krüger' })!;
    writeNote(notes, paragraph('Familie Demir lebt beengt.'));
    const docs = { meeting: doc };
    expect(replaceFinding(docs, { type: 'item', caseId, itemId: item }, { text: 'Helga', occurrence: 0 }, '[Name]')).toBe(true);
    expect(replaceFinding(docs, { type: 'strategy', caseId, strategyId: strategy }, { text: 'Yıldız', occurrence: 0 }, '[Name]')).toBe(true);
    expect(replaceFinding(docs, { type: 'strategyProfession', caseId, strategyId: strategy }, { text: 'Frau Krüger', occurrence: 0 }, '')).toBe(true);
    expect(replaceFinding(docs, { type: 'notes', caseId, phaseId: phases[1]!.id }, { text: 'Demir', occurrence: 0 }, '[Name]')).toBe(true);
    expect(replaceFinding(docs, { type: 'caseTitle', caseId }, { text: 'Schreiphasen', occurrence: 0 }, 'Schreien')).toBe(true);
    expect(replaceFinding(docs, { type: 'meeting', field: 'topic' }, { text: 'Schreibabys', occurrence: 0 }, 'Säuglinge')).toBe(true);
    expect(itemsSnapshot(doc, caseId)[0]!.text).toBe('Oma [Name] hilft beim Einkaufen');
    expect(strategiesSnapshot(doc, caseId)[0]!.measure).toBe('Kontakt zu Frau [Name] aufnehmen');
    expect(strategiesSnapshot(doc, caseId)[0]!.responsibleProfession).toBe('Hebamme');
    expect(phaseNotesText(doc, caseId, phases[1]!.id)).toBe('Familie [Name] lebt beengt.');
    const meeting = meetingSnapshot(doc);
    expect(meeting.cases[0]!.title).toBe('Säugling mit Schreien');
    expect(meeting.topic).toBe('Säuglinge und erschöpfte Eltern');
    // A ref to something that is gone replaces nothing.
    expect(replaceFinding(docs, { type: 'followUp', followUpId: 'x' as never }, { text: 'a', occurrence: 0 }, 'b')).toBe(false);
  });

  it('reads the case texts in order, leaving out empty ones', () => {
    const { doc, caseId, notes } = meetingWithCase();
    writeNote(notes, paragraph('Die Mutter ist erschöpft.'));
    addItem(doc, caseId, 'hypothesis', 'Schlafmangel');
    addItem(doc, caseId, 'hypothesis', 'Überforderung');
    const texts = caseCheckTexts(doc, caseId);
    expect(texts.map((x) => x.ref.type)).toEqual(['caseTitle', 'notes', 'item', 'item']);
    expect(texts[1]).toMatchObject({ phaseTitle: 'Fallvorstellung', number: 2, blocks: ['Die Mutter ist erschöpft.'] });
    expect(texts.slice(2).map((x) => [x.itemKind, x.number])).toEqual([['hypothesis', 1], ['hypothesis', 2]]);
  });
});
