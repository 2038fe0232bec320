/**
 * Purge: a replaced or deleted identifier is gone from the encoded state, from every stored row and
 * from what the co-moderator receives, while the doc's lineage (ids, state vector) is kept.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCase, caseCheckTexts, createDoc, createUndoManager, encodePurgedState, meetingSnapshot, phaseNotesText, replaceFinding,
  type CaseId, type PhaseId,
} from '../../../shared/doc';
import { docDbName } from '../../../renderer/data/docStore';
import { DocPersistence } from '../../../renderer/data/persistence';
import { bytesContain, storedRows } from '../../factories/bytes';
import { cloneDoc, exchange, makeMeeting, typeParagraph } from '../../factories/docs';

const NAME = 'Yilmaz';
const STREET = 'Gartenstraße 12';



function writeRawRows(name: string, rows: readonly Uint8Array[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('updates', { autoIncrement: true });
      open.result.createObjectStore('custom');
    };
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('updates', 'readwrite');
      for (const row of rows) tx.objectStore('updates').add(row);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}

/** A meeting with one case whose second phase note reads „Frau Yilmaz, Gartenstraße 12 …“. */
function meetingWithName(doc = makeMeeting().doc) {
  const caseId = addCase(doc, 'Fall A');
  const phaseId = meetingSnapshot(doc).phases[1]!.id;
  typeParagraph(doc, caseId, phaseId, `Frau ${NAME}, ${STREET}, kommt mit dem Säugling.`);
  return { doc, caseId, phaseId };
}

function replaceAll(doc: Y.Doc, caseId: CaseId, phaseId: PhaseId): void {
  const ref = { type: 'notes', caseId, phaseId } as const;
  expect(replaceFinding({ meeting: doc }, ref, { text: NAME, occurrence: 0 }, '[Name]')).toBe(true);
  expect(replaceFinding({ meeting: doc }, ref, { text: STREET, occurrence: 0 }, '[Adresse]')).toBe(true);
}

describe('purge in the doc', () => {
  it('a replaced name is not in the encoded state, although an undo history still holds it', () => {
    const { doc, caseId, phaseId } = meetingWithName();
    const undo = new Y.UndoManager(doc.getMap('cases'), { trackedOrigins: new Set(['tandem:local']) });
    replaceAll(doc, caseId, phaseId);
    expect(phaseNotesText(doc, caseId, phaseId)).toBe('Frau [Name], [Adresse], kommt mit dem Säugling.');
    const purged = encodePurgedState(doc);
    expect(bytesContain(purged, NAME)).toBe(false);
    expect(bytesContain(purged, STREET)).toBe(false);
    // The purged state is the same doc: same state vector, same content.
    const reloaded = createDoc();
    Y.applyUpdate(reloaded, purged);
    expect(Y.encodeStateVector(reloaded)).toEqual(Y.encodeStateVector(doc));
    expect(phaseNotesText(reloaded, caseId, phaseId)).toBe(phaseNotesText(doc, caseId, phaseId));
    // Undo in the same session may still bring it back (in memory; it would be written as new text).
    undo.undo();
    undo.undo();
    expect(phaseNotesText(doc, caseId, phaseId)).toContain(NAME);
  });

  it('keeps the lineage: an older copy of the co-moderator cannot bring the name back, and merging still works', () => {
    const { doc: a, caseId, phaseId } = meetingWithName();
    const b = cloneDoc(a);
    const olderPackageOfB = Y.encodeStateAsUpdateV2(b);
    replaceAll(a, caseId, phaseId);
    // B keeps writing meanwhile, in the same note.
    typeParagraph(b, caseId, phaseId, 'Die Hebamme kommt zweimal die Woche.');

    const restartedA = createDoc();
    Y.applyUpdate(restartedA, encodePurgedState(a));
    Y.applyUpdateV2(restartedA, olderPackageOfB);
    expect(phaseNotesText(restartedA, caseId, phaseId)).not.toContain(NAME);

    exchange(restartedA, b);
    expect(phaseNotesText(b, caseId, phaseId)).toBe(phaseNotesText(restartedA, caseId, phaseId));
    expect(phaseNotesText(b, caseId, phaseId)).toContain('Die Hebamme kommt zweimal die Woche.');
    // The receiving laptop purges too: after one exchange the name is gone from B's state.
    expect(bytesContain(encodePurgedState(b), NAME)).toBe(false);
    expect(bytesContain(encodePurgedState(restartedA), NAME)).toBe(false);
  });

  it('purges items and strategies replaced through their refs, and text deleted by typing', () => {
    const { doc, caseId } = meetingWithName();
    const undo = createUndoManager(doc);
    const texts = caseCheckTexts(doc, caseId);
    expect(texts.some((t) => t.blocks.some((b) => b.includes(NAME)))).toBe(true);
    const note = doc.getMap<Y.Map<unknown>>('cases').get(caseId)!.get('question') as Y.Text;
    doc.transact(() => note.insert(0, `Was braucht Familie ${NAME}?`), 'tandem:local');
    doc.transact(() => note.delete(note.toString().indexOf(NAME), NAME.length), 'tandem:local');
    const notes = caseCheckTexts(doc, caseId).find((t) => t.ref.type === 'notes')!;
    replaceFinding({ meeting: doc }, notes.ref, { text: NAME, occurrence: 0 }, '');
    expect(undo.canUndo()).toBe(true);
    expect(bytesContain(encodePurgedState(doc), NAME)).toBe(false);
  });
});

describe('purge in the store', () => {
  it('purge() leaves no row with the replaced name (UTF-8 or UTF-16) and marks the store', async () => {
    const source = makeMeeting();
    const name = docDbName('meeting', source.id);
    const doc = createDoc();
    const persistence = new DocPersistence(name, doc);
    await persistence.whenLoaded;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source.doc));
    const { caseId, phaseId } = meetingWithName(doc);
    await persistence.flush();
    expect((await storedRows(name)).some((row) => bytesContain(row, NAME))).toBe(true);

    replaceAll(doc, caseId, phaseId);
    await persistence.purge();
    const rows = await storedRows(name);
    expect(rows).toHaveLength(1);
    expect(rows.some((row) => bytesContain(row, NAME) || bytesContain(row, STREET))).toBe(false);
    expect(persistence.holdsDeleted).toBe(false);
    await persistence.destroy();
  });

  it('deleted text leaves the store at the next flush (a closing window) without an explicit purge', async () => {
    const source = makeMeeting();
    const name = docDbName('meeting', source.id);
    const doc = createDoc();
    const persistence = new DocPersistence(name, doc);
    await persistence.whenLoaded;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source.doc));
    const { caseId, phaseId } = meetingWithName(doc);
    await persistence.flush();
    replaceAll(doc, caseId, phaseId);
    expect(persistence.holdsDeleted).toBe(true);
    await persistence.flush();
    expect((await storedRows(name)).some((row) => bytesContain(row, NAME))).toBe(false);
    await persistence.destroy();
  });

  it('a store left with deleted text (a crash before the rewrite, or written before purging) is rewritten once loaded', async () => {
    const { doc: old, caseId, phaseId } = meetingWithName();
    const before = Y.encodeStateAsUpdate(old);
    const sv = Y.encodeStateVector(old);
    replaceAll(old, caseId, phaseId);
    const deletion = Y.encodeStateAsUpdate(old, sv);
    const name = docDbName('meeting', 'crashed-meeting');
    await writeRawRows(name, [before, deletion]);

    const doc = createDoc();
    const persistence = new DocPersistence(name, doc);
    await persistence.whenLoaded;
    expect(phaseNotesText(doc, caseId, phaseId)).not.toContain(NAME);
    await persistence.flush();
    const rows = await storedRows(name);
    expect(rows.some((row) => bytesContain(row, NAME))).toBe(false);
    await persistence.destroy();

    // Reopened: the marker says the rows are clean, nothing more to rewrite.
    const again = new DocPersistence(name, createDoc());
    await again.whenLoaded;
    await again.flush();
    expect(again.holdsDeleted).toBe(false);
    await again.destroy();
  });
});
