/** Method templates as the Ablauf tab edits them: duplicate, remove, and what a new meeting copies. */
import { describe, expect, it } from 'vitest';
import {
  circleSnapshot, createDoc, createMeeting, duplicateTemplate, meetingSnapshot, movePhase, removeTemplate,
  templatePhases, updatePhase, type TemplateId,
} from '../../../shared/doc';
import { cloneDoc, exchange, makeCircle } from '../../factories/docs';

const defaultTemplate = (doc: ReturnType<typeof makeCircle>['doc']) => circleSnapshot(doc).templates[0]!;

describe('method templates in the Ablauf tab', () => {
  it('duplicates a template; editing the copy leaves the original as it was', () => {
    const circle = makeCircle();
    const original = defaultTemplate(circle.doc);
    const copyId = duplicateTemplate(circle.doc, original.id, 'Familienfallkonferenz (IQZ) (Kopie)')!;
    const copy = () => circleSnapshot(circle.doc).templates.find((x) => x.id === copyId)!;
    expect(copy().phases.map((p) => p.title)).toEqual(original.phases.map((p) => p.title));
    expect(copy().totalMinutes).toBe(85);

    updatePhase(circle.doc, copyId, copy().phases[1]!.id, { minutes: 20 });
    movePhase(circle.doc, copyId, copy().phases[2]!.id, -1);
    expect(copy().totalMinutes).toBe(95);
    expect(copy().phases.slice(0, 3).map((p) => p.title)).toEqual(['Ankommen & Rollen', 'Verständnisfragen', 'Fallvorstellung']);
    expect(defaultTemplate(circle.doc).phases).toEqual(original.phases);
  });

  it('a meeting created after the edit gets the edited phases', () => {
    const circle = makeCircle();
    const template = defaultTemplate(circle.doc);
    updatePhase(circle.doc, template.id, template.phases[1]!.id, { minutes: 20 });
    movePhase(circle.doc, template.id, template.phases[2]!.id, -1);
    const meeting = createDoc();
    createMeeting(meeting, { circleId: circle.id, methodName: template.name, phases: templatePhases(circle.doc, template.id)!, fields: { title: 'Neu', date: '2026-12-01', startTime: '', endTime: '', place: '', topic: '' } });
    expect(meetingSnapshot(meeting).phases.slice(0, 3).map((p) => [p.title, p.minutes])).toEqual([
      ['Ankommen & Rollen', 5], ['Verständnisfragen', 10], ['Fallvorstellung', 20],
    ]);
  });

  it('removes a template from the choice but never the last one', () => {
    const circle = makeCircle();
    const only = defaultTemplate(circle.doc).id;
    expect(removeTemplate(circle.doc, only)).toBe(false);
    const copy = duplicateTemplate(circle.doc, only, 'Kurzform')!;
    expect(removeTemplate(circle.doc, copy)).toBe(true);
    expect(circleSnapshot(circle.doc).templates.map((x) => x.id)).toEqual([only]);
    expect(removeTemplate(circle.doc, only)).toBe(false);
  });

  it('a removal on one laptop and an edit on the other both survive the merge (the template map stays)', () => {
    const circle = makeCircle();
    const copy = duplicateTemplate(circle.doc, defaultTemplate(circle.doc).id, 'Kurzform') as TemplateId;
    const other = cloneDoc(circle.doc);
    removeTemplate(circle.doc, copy);
    const phaseId = circleSnapshot(other).templates.find((x) => x.id === copy)!.phases[0]!.id;
    updatePhase(other, copy, phaseId, { title: 'Ankommen' });
    exchange(circle.doc, other);
    expect(circleSnapshot(circle.doc).templates.map((x) => x.name)).toEqual(['Familienfallkonferenz (IQZ)']);
    expect(templatePhases(other, copy)![0]!.title).toBe('Ankommen');
  });
});
