/** Factories with defaults (docs/architecture.md): real Y.Docs built through the real commands. */
import * as Y from 'yjs';
import {
  addCase, circleSnapshot, createCircle, createDoc, createMeeting, DEFAULT_METHOD_NAME, phaseNotes, templatePhases,
  type CaseId, type CircleFields, type CircleId, type MeetingFields, type MeetingId, type PhaseId,
} from '../../shared/doc';

export function makeCircle(overrides: Partial<CircleFields> = {}): { doc: Y.Doc; id: CircleId } {
  const doc = createDoc();
  const id = createCircle(doc, { name: 'IQZ Frühe Hilfen Karlsruhe-Süd', region: 'Karlsruhe', ...overrides });
  return { doc, id };
}

export function makeMeeting(overrides: Partial<MeetingFields> = {}, circle = makeCircle()): { doc: Y.Doc; id: MeetingId; circle: { doc: Y.Doc; id: CircleId } } {
  const template = circleSnapshot(circle.doc).templates[0]!;
  const doc = createDoc();
  const id = createMeeting(doc, {
    circleId: circle.id,
    methodName: DEFAULT_METHOD_NAME,
    phases: templatePhases(circle.doc, template.id)!,
    fields: {
      title: '3. Sitzung 2026', date: '2026-11-24', startTime: '15:00', endTime: '16:30',
      place: 'Familienzentrum, Raum 2', topic: 'Schreibabys und erschöpfte Eltern', ...overrides,
    },
  });
  return { doc, id, circle };
}

/** Clones a doc the way a Tandem-Paket would: the other laptop receives the whole state. */
export function cloneDoc(doc: Y.Doc): Y.Doc {
  const copy = createDoc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Exchanges what each side lacks, both ways, until both are equal. */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** Types into a phase note as the editor would: a paragraph element holding text. */
export function typeParagraph(doc: Y.Doc, caseId: CaseId, phaseId: PhaseId, text: string): void {
  const fragment = phaseNotes(doc, caseId, phaseId)!;
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.push([paragraph]);
  });
}

/** Inserts text into the first paragraph of a phase note at an offset. */
export function insertIntoFirstParagraph(doc: Y.Doc, caseId: CaseId, phaseId: PhaseId, offset: number, text: string): void {
  const paragraph = phaseNotes(doc, caseId, phaseId)!.get(0) as Y.XmlElement;
  (paragraph.get(0) as Y.XmlText).insert(offset, text);
}

export { addCase };
