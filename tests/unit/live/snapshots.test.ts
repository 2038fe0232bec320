/** Live snapshots: unchanged parts keep their identity, and typing in private notes is skipped. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, addItem, caseStatement, meetingSnapshot, startTimer } from '../../../shared/doc';
import { onlyInside, privateTexts, sameData, shareData } from '../../../renderer/features/live/useDocValue';
import { insertIntoFirstParagraph, makeMeeting, typeParagraph } from '../../factories/docs';

describe('snapshot identity', () => {
  it('treats equal plain data as the same, so an unchanged part of the doc does not re-render', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });

  it('keeps unchanged items as the same objects when one item changes or moves', () => {
    const a = { id: 'a', text: 'Schlafmangel' };
    const b = { id: 'b', text: 'Reflux' };
    const prev = [a, b];
    const edited = shareData(prev, [{ id: 'a', text: 'Schlafmangel' }, { id: 'b', text: 'Reflux!' }]);
    expect(edited[0]).toBe(a);
    expect(edited[1]).not.toBe(b);
    const moved = shareData(prev, [{ id: 'b', text: 'Reflux' }, { id: 'a', text: 'Schlafmangel' }]);
    expect(moved[0]).toBe(b);
    expect(moved[1]).toBe(a);
    expect(shareData(prev, [{ id: 'a', text: 'Schlafmangel' }, { id: 'b', text: 'Reflux' }])).toBe(prev);
  });
});

describe('which changes a live snapshot skips', () => {
  it('skips typing in the case\'s notes and statement, not an item, a timer step or another case\'s notes', () => {
    const { doc } = makeMeeting();
    const caseId = addCase(doc, 'Fall');
    const other = addCase(doc, 'Anderer Fall');
    const phase = meetingSnapshot(doc).phases[0]!;
    const ignored = new Set(privateTexts(caseId)(doc).filter((t) => t !== undefined));
    const skipped: boolean[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => skipped.push(onlyInside(tr, ignored)));
    typeParagraph(doc, caseId, phase.id, 'Notiz');
    insertIntoFirstParagraph(doc, caseId, phase.id, 0, 'Eine ');
    doc.transact(() => caseStatement(doc, caseId)!.push([new Y.XmlElement('paragraph')]));
    addItem(doc, caseId, 'idea', 'Idee');
    startTimer(doc, caseId, phase.id, 0);
    typeParagraph(doc, other, phase.id, 'Notiz im anderen Fall');
    expect(skipped).toEqual([true, true, true, false, false, false]);
  });
});
