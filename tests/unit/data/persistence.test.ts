import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, createDoc, meetingSnapshot, phaseNotesText, setMeetingFields } from '../../../shared/doc';
import { DocStore, docDbName } from '../../../renderer/data/docStore';
import { COMPACT_AT, DocPersistence } from '../../../renderer/data/persistence';
import { storedRows } from '../../factories/bytes';
import { makeMeeting, typeParagraph } from '../../factories/docs';


/** What a fresh start of the app would load from the store. */
async function reload(name: string): Promise<Y.Doc> {
  const doc = createDoc();
  const persistence = new DocPersistence(name, doc);
  await persistence.whenLoaded;
  await persistence.destroy();
  return doc;
}

/** Seeds a store with a meeting and returns a live persistence on it. */
async function persistedMeeting() {
  const source = makeMeeting();
  const name = docDbName('meeting', source.id);
  const doc = createDoc();
  const persistence = new DocPersistence(name, doc);
  await persistence.whenLoaded;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source.doc));
  return { doc, persistence, name };
}

describe('DocPersistence', () => {
  it('stores every edit: after flush a reload finds it', async () => {
    const { doc, persistence, name } = await persistedMeeting();
    const caseId = addCase(doc, 'Fall A');
    typeParagraph(doc, caseId, meetingSnapshot(doc).phases[1]!.id, 'Erste Notiz');
    await persistence.flush();
    const reloaded = await reload(name);
    expect(meetingSnapshot(reloaded)).toEqual(meetingSnapshot(doc));
    expect(phaseNotesText(reloaded, caseId, meetingSnapshot(doc).phases[1]!.id)).toBe('Erste Notiz');
    await persistence.destroy();
  });

  it('reports saving while writes are pending and saved once they committed', async () => {
    const { doc, persistence } = await persistedMeeting();
    await persistence.flush();
    const states: string[] = [];
    persistence.onSaveState((state) => states.push(state));
    setMeetingFields(doc, { place: 'Rathaus' });
    expect(persistence.saveState).toBe('saving');
    await persistence.flush();
    expect(persistence.saveState).toBe('saved');
    expect(states[0]).toBe('saving');
    expect(states.at(-1)).toBe('saved');
    await persistence.destroy();
  });

  it('reopens a closed database and loses nothing typed while it was closed', async () => {
    const { doc, persistence, name } = await persistedMeeting();
    const caseId = addCase(doc, 'Fall A');
    const phaseId = meetingSnapshot(doc).phases[2]!.id;
    await persistence.flush();
    // The browser closes the connection under us (e.g. storage pressure, another tab deleting it).
    (persistence as unknown as { provider: { db: IDBDatabase } }).provider.db.close();
    typeParagraph(doc, caseId, phaseId, 'Geschrieben, während die Datenbank zu war');
    typeParagraph(doc, caseId, phaseId, 'und danach');
    await persistence.flush();
    expect(persistence.saveState).toBe('saved');
    typeParagraph(doc, caseId, phaseId, 'nach dem Wiederöffnen');
    await persistence.flush();
    const reloaded = await reload(name);
    expect(phaseNotesText(reloaded, caseId, phaseId)).toBe('Geschrieben, während die Datenbank zu war\nund danach\nnach dem Wiederöffnen');
    await persistence.destroy();
  });

  it('keeps the store compact: thousands of keystrokes leave a few hundred rows, and all the text', async () => {
    const { doc, persistence, name } = await persistedMeeting();
    const caseId = addCase(doc, 'Fall A');
    const phaseId = meetingSnapshot(doc).phases[1]!.id;
    typeParagraph(doc, caseId, phaseId, '');
    const text = (Y.XmlElement.prototype.get.call(
      (doc.getMap('cases').get(caseId) as Y.Map<Y.Map<Y.XmlFragment>>).get('notes')!.get(phaseId)!.get(0) as Y.XmlElement, 0,
    )) as Y.XmlText;
    const typed = 'Die Familie hat viele Ressourcen. '.repeat(60); // ≈ 2,000 keystrokes
    for (let i = 0; i < typed.length; i++) {
      text.insert(i, typed[i]!);
      if (i % 250 === 0) await new Promise((r) => setTimeout(r, 0)); // the moderator pauses now and then
    }
    await persistence.flush();
    const rows = await storedRows(name);
    expect(rows.length).toBeLessThanOrEqual(COMPACT_AT + 100);
    const reloaded = await reload(name);
    expect(phaseNotesText(reloaded, caseId, phaseId)).toBe(typed);
    await persistence.destroy();
  });
});

describe('loading a long store', () => {
  /** Writes raw update rows the way y-indexeddb stores them (the store of a session never compacted). */
  function seedRows(name: string, rows: readonly Uint8Array[], deleteBelow = 0): Promise<void> {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('updates', { autoIncrement: true });
        open.result.createObjectStore('custom');
      };
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('updates', 'readwrite');
        for (const row of rows) tx.objectStore('updates').add(row);
        // Compaction leaves the keys after a gap: the loader must not assume they start at 1.
        if (deleteBelow) tx.objectStore('updates').delete(IDBKeyRange.upperBound(deleteBelow, true));
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });
  }

  /** A meeting typed key by key: one update row per keystroke. */
  function typedRows(keystrokes: number) {
    const source = makeMeeting();
    const rows: Uint8Array[] = [Y.encodeStateAsUpdate(source.doc)];
    source.doc.on('update', (update: Uint8Array) => rows.push(update));
    const caseId = addCase(source.doc, 'Fall');
    const phaseId = meetingSnapshot(source.doc).phases[2]!.id;
    typeParagraph(source.doc, caseId, phaseId, '');
    const text = ((source.doc.getMap('cases').get(caseId) as Y.Map<Y.Map<Y.XmlFragment>>).get('notes')!.get(phaseId)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const sentence = 'Die Mutter berichtet von langen Nächten. ';
    for (let i = 0; i < keystrokes; i++) text.insert(i, sentence[i % sentence.length]!);
    return { source, rows, caseId, phaseId };
  }

  it('reads thousands of rows in chunks and has every keystroke, in order', async () => {
    const { source, rows, caseId, phaseId } = typedRows(5_500);
    const name = docDbName('meeting', source.id);
    await seedRows(name, rows);
    const doc = await reload(name);
    expect(phaseNotesText(doc, caseId, phaseId)).toBe(phaseNotesText(source.doc, caseId, phaseId));
    expect(phaseNotesText(doc, caseId, phaseId)).toHaveLength(5_500);
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(source.doc));
  });

  it('reads a store whose first keys were removed by compaction', async () => {
    const { source, rows, caseId, phaseId } = typedRows(3_000);
    const name = docDbName('meeting', source.id);
    // The first 1,000 rows replaced by one full-state row of what they held (as compaction does).
    const head = createDoc();
    for (const row of rows.slice(0, 1_000)) Y.applyUpdate(head, row);
    await seedRows(name, [...rows.slice(0, 1_000), Y.encodeStateAsUpdate(head), ...rows.slice(1_000)], 1_001);
    expect((await storedRows(name)).length).toBe(rows.length - 1_000 + 1);
    const doc = await reload(name);
    expect(phaseNotesText(doc, caseId, phaseId)).toBe(phaseNotesText(source.doc, caseId, phaseId));
  });

  it('writes nothing back while loading, and later edits are stored as before', async () => {
    const { source, rows, caseId, phaseId } = typedRows(2_500);
    const name = docDbName('meeting', source.id);
    await seedRows(name, rows);
    const doc = createDoc();
    const persistence = new DocPersistence(name, doc);
    await persistence.whenLoaded;
    setMeetingFields(doc, { title: 'Nach dem Laden' });
    await persistence.flush();
    // y-indexeddb's own row of the state at opening, and the edit: nothing of the load itself.
    expect((await storedRows(name)).length).toBeLessThanOrEqual(rows.length + 2);
    await persistence.destroy();
    const reloaded = await reload(name);
    expect(meetingSnapshot(reloaded).title).toBe('Nach dem Laden');
    expect(phaseNotesText(reloaded, caseId, phaseId)).toBe(phaseNotesText(source.doc, caseId, phaseId));
  });
});

describe('DocStore', () => {
  it('shares one doc between users and keeps it open until the last releases it', async () => {
    const store = new DocStore();
    const id = crypto.randomUUID();
    const a = await store.load('meeting', id);
    const b = await store.load('meeting', id);
    expect(b.doc).toBe(a.doc);
    await store.release(a);
    expect(a.doc.isDestroyed).toBe(false);
    await store.release(b);
    expect(a.doc.isDestroyed).toBe(true);
  });

  it('keeps two windows on the same doc in step through a BroadcastChannel, without polling', async () => {
    const windowA = new DocStore();
    const windowB = new DocStore();
    const { doc: seed, id } = makeMeeting();
    const a = await windowA.load('meeting', id);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(seed));
    await windowA.flushAll();
    const b = await windowB.load('meeting', id);
    const arrived = new Promise<void>((resolve) => b.doc.on('update', () => meetingSnapshot(b.doc).place === 'Beamer-Raum' && resolve()));
    setMeetingFields(a.doc, { place: 'Beamer-Raum' });
    await arrived;
    expect(meetingSnapshot(b.doc).place).toBe('Beamer-Raum');
    await windowA.release(a);
    await windowB.release(b);
  });

  it('flushAll waits for every open doc', async () => {
    const store = new DocStore();
    const { doc: seed, id } = makeMeeting();
    const handle = await store.load('meeting', id);
    Y.applyUpdate(handle.doc, Y.encodeStateAsUpdate(seed));
    expect(store.saveState).toBe('saving');
    await store.flushAll();
    expect(store.saveState).toBe('saved');
    expect((await storedRows(docDbName('meeting', id))).length).toBeGreaterThan(0);
    await store.release(handle);
  });
});
