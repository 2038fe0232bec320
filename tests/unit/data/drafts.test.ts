/**
 * The store of typed drafts (renderer/data/drafts.ts) on a real Dexie database in fake-indexeddb:
 * what is typed is stored at once and found again by a store opened afresh on the same database (a
 * reload, a restart after a crash); the last text wins however fast it changes, without queueing one
 * write per key behind the disk; an added entry's draft goes only once its doc is stored; a meeting's
 * drafts can be dropped; the save state covers the writes.
 */
import { describe, expect, it, vi } from 'vitest';
import { openTandemDb, type TandemDb } from '../../../renderer/data/db';
import { DraftStore, RETRY_MS, draftKey, draftStoreFor } from '../../../renderer/data/drafts';

const freshDb = () => openTandemDb(`tandem-drafts-${crypto.randomUUID()}`);
const stored = async (db: TandemDb) => Object.fromEntries((await db.drafts.toArray()).map((row) => [row.key, row.text]));

/** A new window on the same database: a store of its own that reads what is stored. */
async function reopen(db: TandemDb, meetingId: string): Promise<DraftStore> {
  const again = openTandemDb(db.name);
  const store = new DraftStore(again);
  await store.load(meetingId);
  return store;
}

describe('typed drafts', () => {
  it('are stored as they are typed, with the spaces between words, and read again after a restart', async () => {
    const db = freshDb();
    const drafts = draftStoreFor(db);
    const key = draftKey('m1', 'c1', 'new-hypothesis');
    expect(key).toBe('m1/c1/new-hypothesis');
    await drafts.load('m1');
    let typed = '';
    for (const char of 'Mutter überfordert ') {
      typed += char;
      drafts.set(key, typed);
      // A write is on its way at once: the indicator says "Speichert …" from the first key on.
      expect(drafts.saveState).toBe('saving');
    }
    await drafts.flush();
    expect(drafts.saveState).toBe('saved');
    expect(await stored(db)).toEqual({ [key]: 'Mutter überfordert ' });

    const after = await reopen(db, 'm1');
    expect(after.get(key)).toBe('Mutter überfordert ');
    expect(after.get(draftKey('m1', 'c1', 'new-idea'))).toBe('');
  });

  it('write the latest text with every change, one write at a time: no queue builds up behind the disk', async () => {
    const db = freshDb();
    const drafts = new DraftStore(db);
    await drafts.load('m1');
    const transactions = vi.spyOn(db, 'transaction');
    const key = draftKey('m1', 'c1', 'strategy-measure');
    const text = 'Termin in der Schreibabyambulanz vereinbaren';
    for (let i = 1; i <= text.length; i++) drafts.set(key, text.slice(0, i));
    // The first key is written at once; the others, typed while it runs, go into one next write.
    expect(transactions).toHaveBeenCalledTimes(1);
    await drafts.flush();
    expect(transactions).toHaveBeenCalledTimes(2);
    expect(await stored(db)).toEqual({ [key]: text });
    // Typing on: each key after a finished write is written at once again.
    drafts.set(key, `${text}.`);
    expect(transactions).toHaveBeenCalledTimes(3);
    await drafts.flush();
    expect(await stored(db)).toEqual({ [key]: `${text}.` });
  });

  it('are written at once when flushed (the window closes), not after the write on its way', async () => {
    const db = freshDb();
    const drafts = new DraftStore(db);
    await drafts.load('m1');
    const transactions = vi.spyOn(db, 'transaction');
    const key = draftKey('m1', 'c1', 'new-idea');
    drafts.set(key, 'Schreib');
    drafts.set(key, 'Schreibabyambulanz');
    expect(transactions).toHaveBeenCalledTimes(1);
    const flushed = drafts.flush();
    expect(transactions).toHaveBeenCalledTimes(2);
    await flushed;
    // Committed in the order they were begun: the latest text wins.
    expect(await stored(db)).toEqual({ [key]: 'Schreibabyambulanz' });
    expect(transactions).toHaveBeenCalledTimes(2);
  });

  it('go when the field is emptied, and after an added entry only once its doc is stored', async () => {
    const db = freshDb();
    const drafts = new DraftStore(db);
    await drafts.load('m1');
    const hypothesis = draftKey('m1', 'c1', 'new-hypothesis');
    const idea = draftKey('m1', 'c1', 'new-idea');
    drafts.set(hypothesis, 'Schlafmangel');
    drafts.set(idea, 'Familienpatin');
    await drafts.flush();

    drafts.set(idea, '');
    await drafts.flush();
    expect(await stored(db)).toEqual({ [hypothesis]: 'Schlafmangel' });

    let docStored!: () => void;
    drafts.clear(hypothesis, new Promise<void>((resolve) => { docStored = resolve; }));
    expect(drafts.get(hypothesis)).toBe('');
    expect(drafts.saveState).toBe('saving');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Not before the entry is stored in its doc: a crash now finds the text in the field again.
    expect(await stored(db)).toEqual({ [hypothesis]: 'Schlafmangel' });
    docStored();
    await drafts.flush();
    expect(await stored(db)).toEqual({});
    expect(drafts.saveState).toBe('saved');
  });

  it('keep what is typed after an added entry, even before its doc is stored', async () => {
    const db = freshDb();
    const drafts = new DraftStore(db);
    await drafts.load('m1');
    const key = draftKey('m1', 'c1', 'new-resource');
    drafts.set(key, 'Großmutter');
    let docStored!: () => void;
    drafts.clear(key, new Promise<void>((resolve) => { docStored = resolve; }));
    drafts.set(key, 'Heb');
    docStored();
    await drafts.flush();
    expect(await stored(db)).toEqual({ [key]: 'Heb' });
    expect((await reopen(db, 'm1')).get(key)).toBe('Heb');
  });

  it('typed in this window win over what an earlier read finds', async () => {
    const db = freshDb();
    await db.drafts.put({ key: 'm1/c1/new-idea', text: 'alt', updatedAt: '' });
    const drafts = new DraftStore(db);
    drafts.set('m1/c1/new-idea', 'neu');
    await drafts.load('m1');
    expect(drafts.get('m1/c1/new-idea')).toBe('neu');
  });

  it('of a meeting are dropped together, and no other meeting\'s', async () => {
    const db = freshDb();
    const drafts = new DraftStore(db);
    await Promise.all([drafts.load('m1'), drafts.load('m2')]);
    drafts.set(draftKey('m1', 'c1', 'new-idea'), 'a');
    drafts.set(draftKey('m1', 'c2', 'strategy-measure'), 'b');
    drafts.set(draftKey('m2', 'c3', 'new-idea'), 'c');
    await drafts.dropMeeting('m1');
    await drafts.flush();
    expect(await stored(db)).toEqual({ 'm2/c3/new-idea': 'c' });
    expect(drafts.get(draftKey('m1', 'c1', 'new-idea'))).toBe('');
  });

  it('say "error" when a write fails and write the latest text again a moment later', async () => {
    const db = freshDb();
    const drafts = new DraftStore(db);
    await drafts.load('m1');
    const key = draftKey('m1', 'c1', 'new-stressor');
    vi.spyOn(db, 'transaction').mockImplementationOnce((() => Promise.reject(new Error('disk full'))) as never);
    drafts.set(key, 'Wenig Schlaf');
    await drafts.flush();
    expect(drafts.saveState).toBe('error');
    expect(await stored(db)).toEqual({});
    drafts.set(key, 'Wenig Schlaf, Sorgen');
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + 100));
    await drafts.flush();
    expect(drafts.saveState).toBe('saved');
    expect(await stored(db)).toEqual({ [key]: 'Wenig Schlaf, Sorgen' });
  });
});
