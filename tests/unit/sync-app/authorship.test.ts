/**
 * Who wrote what: each laptop's clientIDs map to its moderator after its first change (reading writes
 * nothing), deletions are recorded per moderator, and a note's text is attributed character by
 * character after both laptops' edits were merged.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  attributedBlocks, authorList, authorsByClient, charactersByAuthor, meetingSnapshot, phaseNotes, trackAuthorship, type Author,
} from '../../../shared/doc';
import { addCase, cloneDoc, exchange, makeMeeting } from '../../factories/docs';

const anna: Author = { deviceId: 'anna-laptop', name: 'Dr. Anna Beispiel', role: 'physician' };
const ben: Author = { deviceId: 'ben-laptop', name: 'Ben Vogel', role: 'youthWelfare' };

function twoLaptops() {
  const { doc } = makeMeeting();
  const caseId = addCase(doc, 'Säugling');
  const phaseId = meetingSnapshot(doc).phases[1]!.id;
  const a = cloneDoc(doc);
  const b = cloneDoc(doc);
  const trackers = [trackAuthorship(a, () => anna), trackAuthorship(b, () => ben)];
  return { a, b, caseId, phaseId, trackers };
}

describe('authorship', () => {
  it('reading a doc writes nothing; the first change maps the laptop', () => {
    const { a, caseId, phaseId } = twoLaptops();
    const before = Y.encodeStateVector(a);
    meetingSnapshot(a);
    a.getArray('notYetThere').toArray(); // Yjs runs an empty local transaction to create it
    expect(Y.encodeStateVector(a)).toEqual(before);
    expect(authorList(a)).toEqual([]);
    const fragment = phaseNotes(a, caseId, phaseId)!;
    a.transact(() => fragment.push([new Y.XmlElement('paragraph')]));
    expect(authorList(a)).toEqual([anna]);
    expect(authorsByClient(a).get(a.clientID)).toEqual(anna);
  });

  it('an import does not map the importing laptop', () => {
    const { a, b, caseId, phaseId } = twoLaptops();
    const fragment = phaseNotes(a, caseId, phaseId)!;
    a.transact(() => fragment.push([new Y.XmlElement('paragraph')]));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'tandem:import');
    expect(authorList(b)).toEqual([anna]);
  });

  it('attributes each character of a merged paragraph, and each deletion, to its moderator', () => {
    const { a, b, caseId, phaseId, trackers } = twoLaptops();
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    a.transact(() => {
      paragraph.insert(0, [text]);
      phaseNotes(a, caseId, phaseId)!.push([paragraph]);
    });
    for (const ch of 'Mutter erschöpft.') a.transact(() => text.insert(text.length, ch));
    exchange(a, b);
    const bText = (phaseNotes(b, caseId, phaseId)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    b.transact(() => bText.insert(6, ' (31)'));
    b.transact(() => bText.delete(bText.length - 1, 1)); // Ben removes Anna's full stop
    trackers.forEach((tracker) => tracker.flush());
    exchange(a, b);

    const blocks = attributedBlocks(phaseNotes(a, caseId, phaseId)!, authorsByClient(a));
    expect(blocks).toEqual([{
      type: 'paragraph', depth: 0,
      runs: [{ text: 'Mutter', deviceId: 'anna-laptop' }, { text: ' (31)', deviceId: 'ben-laptop' }, { text: ' erschöpft', deviceId: 'anna-laptop' }],
    }]);
    expect(charactersByAuthor(blocks)).toEqual(new Map([['anna-laptop', 16], ['ben-laptop', 5]]));
    // The deleted full stop's content is gone (gc: purge.ts); its id stays, and PermanentUserData names who deleted it.
    const pud = new Y.PermanentUserData(a);
    const aText = (phaseNotes(a, caseId, phaseId)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const deleted: Array<[string, number, string | null]> = [];
    for (let item = aText._start; item; item = item.right) {
      if (item.deleted) deleted.push([item.content.constructor.name, item.length, pud.getUserByDeletedId(item.id)]);
    }
    expect(deleted).toEqual([[Y.ContentDeleted.name, 1, 'ben-laptop']]);
  });

  it('lists nested list items as blocks with their depth', () => {
    const { a, caseId, phaseId } = twoLaptops();
    a.transact(() => {
      const list = new Y.XmlElement('bulletList');
      const item = new Y.XmlElement('listItem');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Hebamme einbinden')]);
      item.insert(0, [paragraph]);
      list.insert(0, [item]);
      phaseNotes(a, caseId, phaseId)!.push([list]);
    });
    expect(attributedBlocks(phaseNotes(a, caseId, phaseId)!, authorsByClient(a))).toEqual([
      { type: 'paragraph', list: 'bulletList', depth: 1, runs: [{ text: 'Hebamme einbinden', deviceId: 'anna-laptop' }] },
    ]);
  });
});
