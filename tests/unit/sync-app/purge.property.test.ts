/**
 * Property: what a moderator removes is gone everywhere, and nothing else is (issue 16).
 *
 * Three laptops (real Repository, DocStore, y-indexeddb and Dexie on fake-indexeddb, the real
 * SyncService with the real Tandem-Paket codec, inline, with the test KDF) open a meeting with the
 * live mode's undo history attached (it keeps deleted text in memory) and make random edits: typing
 * into phase notes (a character per transaction), items, strategies and the question, with deletions
 * of text; replacements of identifiers through replaceFinding, as the findings panel does; removals to
 * the Papierkorb (removeCase, deleteItem, deleteStrategy) and restores; deletions for good
 * (deleteCaseForGood, deleteTrashEntryForGood, emptyTrash, each followed by repository.purge as the
 * app does), and once the deletion of a second meeting (deleteMeeting). They exchange Tandem-Pakete
 * in a random order: some lost, some late, some delivered twice, some imported, answered at once and
 * the import undone. A package refused with 'needs-full-package' makes the receiver ask the sender
 * for a complete one, as the app tells the moderator to.
 *
 * Every insertion is a unique identifier („Yilmaz0017“), wrapped in marks of its own (a unique
 * character on each side, inside ⟨…⟩) so that the minimal edit of setText never takes characters of
 * one identifier for another's. A model records which identifiers died: replaced, deleted with their
 * text, or inside a case, item, strategy or meeting deleted for good (also when another laptop wrote
 * them there before it knew), and what each laptop has learned of it (its own removals and the
 * packages it imported). Checked:
 * - after every session: what the app would write of the open doc (encodePurgedState, with the undo
 *   history) holds nothing the laptop knows was removed; after every session, import and undo: no row
 *   of any IndexedDB database of the laptop does (doc stores, and every Dexie table but the backups);
 * - after a final round of packages between every pair: all laptops show the same content (snapshots,
 *   Papierkorb, the raw case maps, the circle); no dead identifier is in any laptop's encodePurgedState
 *   of its docs, any row of its databases, or a complete package it writes; every identifier that did
 *   not die is there, on every laptop;
 * - the pre-import backups only while their import can still be undone (they hold the state before
 *   the import); once a doc changed after it, its backups must be gone with everything removed.
 * Identifiers are searched as UTF-8 and UTF-16 LE/BE bytes, and lower-cased as the search index keeps
 * them. Seeded (edits, ids and clientIDs): a failure prints its seed; PURGE_SEED=<n> runs that seed.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addCase, addItem, addStrategy, casePart, circleSnapshot, createUndoManager, deleteCaseForGood, deleteItem, deleteStrategy,
  deleteTrashEntryForGood, deletedMeetingIds, editItem, emptyTrash, encodePurgedState, itemsSnapshot, meetingCheckTexts,
  meetingSnapshot, ORIGIN, phaseNotes, removeCase, replaceFinding, restoreCase, restoreTrashEntry, setCaseQuestion,
  strategiesSnapshot, trashSnapshot, updateStrategy,
  type CaseId, type CircleId, type MeetingId, type PhaseId, type TemplateId,
} from '../../../shared/doc';
import { deleteMeeting } from '../../../renderer/data/deletion';
import type { SyncAppError } from '../../../renderer/data/syncErrors';
import { createCircleWithMeeting, exportCircle, importOn, meetingView, openOn } from './helpers';
import { Laptop } from './laptop';
import { seededRandom as random } from '../../factories/random';
import { bytesContain } from '../../factories/bytes';

const SEEDS = process.env.PURGE_SEED ? [Number(process.env.PURGE_SEED)] : [7, 2027, 4711];
const ROUNDS = 24;


/**
 * Ids from the seed, so that a seed repeats: the app's ids (crypto.randomUUID: cases, items, devices)
 * and the clientID of every session's doc instance (concurrent inserts are ordered by clientID).
 * A stream of its own, so that the edits drawn do not depend on how many ids were made.
 */
const seeded = { clientId: () => 0, uuid: () => '' };
function seedIds(seed: number): void {
  const next = random(seed ^ 0x5bd1e995);
  const used = new Set<number>();
  seeded.clientId = () => {
    let id: number;
    do id = Math.floor(next() * 0xffffffff); while (used.has(id));
    used.add(id);
    return id;
  };
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  seeded.uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`;
  vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => seeded.uuid() as ReturnType<Crypto['randomUUID']>);
}

// --- identifiers and the model -------------------------------------------------------------------

const SURNAMES = ['Yilmaz', 'Kowalski', 'Nguyen', 'Öztürk', 'Schäfer', 'Popescu', 'Weiß', 'Demir', 'Hoffmann', 'Nowak', 'Kaya', 'Müller'];
const IDENTIFIER = /[A-ZÄÖÜ][a-zäöüß]+\d{4}/g;
/** A token as the parser sees it: the innermost ⟨…⟩ (concurrent edits may leave stray brackets). */
const TOKEN = /⟨[^⟨⟩]*⟩/g;

interface Placed {
  readonly meetingId: string;
  readonly caseId: string;
  /** The item or strategy it was written into. */
  readonly entryId?: string;
  readonly by: string;
}

/** What was removed: by everyone (the truth at the end), or as far as one laptop has learned it. */
interface Removed {
  /** Identifiers replaced or deleted with their text, and why. */
  readonly killed: Map<string, string>;
  /** Cases, items and strategies, meetings deleted for good. */
  readonly cases: Set<string>;
  readonly entries: Set<string>;
  readonly meetings: Set<string>;
}

const noneRemoved = (): Removed => ({ killed: new Map(), cases: new Set(), entries: new Set(), meetings: new Set() });
const copyRemoved = (r: Removed): Removed => ({ killed: new Map(r.killed), cases: new Set(r.cases), entries: new Set(r.entries), meetings: new Set(r.meetings) });
function mergeRemoved(into: Removed, from: Removed): void {
  for (const [id, why] of from.killed) if (!into.killed.has(id)) into.killed.set(id, why);
  for (const key of ['cases', 'entries', 'meetings'] as const) for (const id of from[key]) into[key].add(id);
}

interface World {
  next: number;
  readonly placed: Map<string, Placed>;
  /** Everything removed anywhere. */
  readonly removed: Removed;
  /**
   * What each laptop knows was removed: its own removals, and those of every package it imported (a
   * package carries its sender's whole delete set). What a laptop knows is removed must be gone from
   * its storage after its next session or import.
   */
  readonly knows: Map<string, Removed>;
  readonly ops: Record<string, number>;
}

/** Records a removal by a laptop. */
function remove(world: World, who: string, record: (r: Removed) => void): void {
  record(world.removed);
  record(world.knows.get(who)!);
}

/** A fresh identifier and its token `⟨mark identifier mark⟩` (the mark is unique to it). */
function mint(world: World): { id: string; token: string } {
  const n = world.next++;
  const id = `${SURNAMES[n % SURNAMES.length]}${String(n).padStart(4, '0')}`;
  const mark = String.fromCodePoint(0x4e00 + n);
  return { id, token: `⟨${mark}${id}${mark}⟩` };
}

const identifiersIn = (text: string) => text.match(IDENTIFIER) ?? [];

/** Why an identifier is gone (undefined: it must be there), by what `removed` records. */
function deathOf(world: World, id: string, removed = world.removed): string | undefined {
  const where = world.placed.get(id)!;
  if (removed.killed.has(id)) return removed.killed.get(id);
  if (removed.meetings.has(where.meetingId)) return 'meeting deleted for good';
  if (removed.cases.has(where.caseId)) return 'case deleted for good';
  if (where.entryId && removed.entries.has(where.entryId)) return 'entry deleted for good';
  return undefined;
}

/** The identifiers a laptop knows are gone. */
function knownDead(world: World, who: string): string[] {
  const removed = world.knows.get(who)!;
  return [...world.placed.keys()].filter((id) => deathOf(world, id, removed) !== undefined);
}

/** Where a token may go in a text: its ends and the ends of every token (never inside an identifier). */
function boundaries(text: string): number[] {
  const at = new Set([0, text.length]);
  for (const match of text.matchAll(TOKEN)) {
    at.add(match.index);
    at.add(match.index + match[0].length);
  }
  return [...at].sort((a, b) => a - b);
}

/** 1–2 consecutive tokens of a text, as [from, to) (undefined when it holds none). */
function tokenRange(text: string, pick: () => number): [number, number] | undefined {
  const matches = [...text.matchAll(TOKEN)];
  if (matches.length === 0) return undefined;
  const first = Math.floor(pick() * matches.length);
  const last = Math.min(matches.length - 1, first + (pick() < 0.3 ? 1 : 0));
  return [matches[first]!.index, matches[last]!.index + matches[last]![0].length];
}

const choose = <T,>(list: readonly T[], pick: () => number): T | undefined => (list.length === 0 ? undefined : list[Math.floor(pick() * list.length)]);

// --- bytes ---------------------------------------------------------------------------------------


/** Whether a stored value holds an identifier, as written or lower-cased: bytes, strings, and everything nested. */
function holds(value: unknown, id: string): boolean {
  const lower = id.toLocaleLowerCase('de');
  if (value instanceof Uint8Array) return bytesContain(value, id) || bytesContain(value, lower);
  if (value instanceof ArrayBuffer) return holds(new Uint8Array(value), id);
  if (typeof value === 'string') return value.toLocaleLowerCase('de').includes(lower);
  if (Array.isArray(value)) return value.some((v) => holds(v, id));
  if (value && typeof value === 'object') return Object.values(value).some((v) => holds(v, id));
  return false;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Every row (keys and values) of every store of an open IndexedDB database. */
async function rowsOf(db: IDBDatabase, label: string, skip: readonly string[] = []): Promise<Array<{ where: string; value: unknown }>> {
  const rows: Array<{ where: string; value: unknown }> = [];
  for (const name of [...db.objectStoreNames].filter((n) => !skip.includes(n))) {
    const store = db.transaction(name, 'readonly').objectStore(name);
    const [keys, values] = [await request(store.getAllKeys()), await request(store.getAll())];
    for (const value of [...keys, ...values]) rows.push({ where: `${label}/${name}`, value });
  }
  return rows;
}

/**
 * Every row of every IndexedDB database of a laptop: its doc stores (in its own IDBFactory) and its
 * Dexie database (index, profile, settings, sync log, peer state vectors, backups …), which lives in the
 * factory Dexie was loaded with (laptop.ts), read raw through Dexie's own connection.
 */
async function everyRow(laptop: Laptop, { backups = true } = {}): Promise<Array<{ where: string; value: unknown }>> {
  return laptop.run(async () => {
    const rows: Array<{ where: string; value: unknown }> = [];
    for (const info of await laptop.idb.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = laptop.idb.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      rows.push(...await rowsOf(db, info.name!.replace(/^tandem-doc-(circle|meeting)-.*$/, 'tandem-doc-$1')));
      db.close();
    }
    const dexie = laptop.repository.db;
    await dexie.open();
    rows.push(...await rowsOf(dexie.backendDB(), 'dexie', backups ? [] : ['backups']));
    return rows;
  });
}

// --- one moderator's session ---------------------------------------------------------------------

interface Session {
  readonly doc: Y.Doc;
  readonly meetingId: string;
  readonly who: string;
  readonly pick: () => number;
  readonly world: World;
  /** What the app does after a replacement or a deletion for good (repository.purge). */
  readonly purge: () => Promise<void>;
}

/**
 * The laptop's storage holds nothing it knows was removed: every doc store and every Dexie table
 * (the pre-import backups aside: they may hold the state before an import while it can be undone,
 * checked at the end).
 */
async function expectNothingKnownStored(world: World, laptop: Laptop, when: string): Promise<void> {
  const dead = knownDead(world, laptop.label);
  if (dead.length === 0) return;
  const rows = await everyRow(laptop, { backups: false });
  const found = dead.flatMap((id) => [...new Set(rows.filter((row) => holds(row.value, id)).map((row) => row.where))].map((where) => `${where}: ${id} (${deathOf(world, id, world.knows.get(laptop.label))})`));
  expect(found, `${laptop.label}'s storage ${when}`).toEqual([]);
}

/**
 * Opens a meeting with the live mode's undo history attached (it keeps the deleted text in memory),
 * runs `work`, and checks what the app would write of the open doc (encodePurgedState) before it
 * closes the doc, and the laptop's storage after.
 */
async function session(world: World, laptop: Laptop, meetingId: string, when: string, work: (doc: Y.Doc, purge: () => Promise<void>) => Promise<void>): Promise<void> {
  await laptop.run(async () => {
    const handle = await laptop.repository.openDoc('meeting', meetingId);
    handle.doc.clientID = seeded.clientId();
    const undo = createUndoManager(handle.doc);
    try {
      await work(handle.doc, () => laptop.repository.purge(handle));
      const state = encodePurgedState(handle.doc);
      const found = knownDead(world, laptop.label).filter((id) => bytesContain(state, id)).map((id) => `${id}: ${deathOf(world, id, world.knows.get(laptop.label))} in ${JSON.stringify(world.placed.get(id))}`);
      expect(found, `encodePurgedState of ${laptop.label}'s open meeting, with its undo history, ${when}`).toEqual([]);
    } finally {
      await laptop.repository.closeDoc(handle);
      await laptop.repository.flush();
      undo.destroy();
    }
  });
  await expectNothingKnownStored(world, laptop, `after the session ${when}`);
}

function xmlTexts(node: Y.XmlFragment | Y.XmlElement, out: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) xmlTexts(child, out);
  }
  return out;
}

function liveCase(s: Session): CaseId | undefined {
  return choose(meetingSnapshot(s.doc).cases.map((c) => c.id), s.pick);
}

function notePhase(s: Session): PhaseId {
  // The first three phases: concurrent typing meets in the same notes.
  return meetingSnapshot(s.doc).phases[Math.floor(s.pick() * 3)]!.id;
}

function place(s: Session, id: string, caseId: string, entryId?: string): void {
  const { world } = s;
  world.placed.set(id, { meetingId: s.meetingId, caseId, ...(entryId && { entryId }), by: s.who });
  // Written into something another laptop has already deleted for good (this one does not know yet).
  if (deathOf(world, id)) world.ops.writtenIntoDeleted = (world.ops.writtenIntoDeleted ?? 0) + 1;
}

function kill(s: Session, text: string, why: string): void {
  remove(s.world, s.who, (r) => {
    for (const id of identifiersIn(text)) if (!r.killed.has(id)) r.killed.set(id, `${why} by ${s.who}`);
  });
}

/** Types a token into a note: into a paragraph between tokens, or as a new paragraph; a key per transaction. */
function typeNote(s: Session): void {
  const caseId = liveCase(s);
  if (!caseId) return addCaseOp(s);
  const fragment = phaseNotes(s.doc, caseId, notePhase(s))!;
  const { id, token } = mint(s.world);
  place(s, id, caseId);
  let text = choose(xmlTexts(fragment), s.pick);
  let at = 0;
  if (!text || s.pick() < 0.25) {
    const paragraph = new Y.XmlElement('paragraph');
    text = new Y.XmlText();
    const created = text;
    s.doc.transact(() => {
      paragraph.insert(0, [created]);
      fragment.push([paragraph]);
    }, ORIGIN.local);
  } else {
    at = choose(boundaries(text.toString()), s.pick)!;
  }
  const target = text;
  for (let i = 0; i < token.length; i++) s.doc.transact(() => target.insert(at + i, token[i]!), ORIGIN.local);
}

/** Deletes one or two tokens of a note paragraph (selected and deleted, or backspaced). */
function deleteNoteText(s: Session): void {
  const caseId = liveCase(s);
  if (!caseId) return;
  const text = choose(xmlTexts(phaseNotes(s.doc, caseId, notePhase(s))!), s.pick);
  const current = text?.toString() ?? '';
  const range = tokenRange(current, s.pick);
  if (!text || !range) return;
  kill(s, current.slice(range[0], range[1]), 'deleted in a note');
  if (s.pick() < 0.5) s.doc.transact(() => text.delete(range[0], range[1] - range[0]), ORIGIN.local);
  else for (let i = range[1] - 1; i >= range[0]; i--) s.doc.transact(() => text.delete(i, 1), ORIGIN.local);
}

/** A short text field (question, item, measure): a token inserted or one removed, through its command. */
function editShortText(s: Session, current: string, write: (value: string) => void, caseId: string, entryId?: string): void {
  const range = tokenRange(current, s.pick);
  if (range && s.pick() < 0.4) {
    kill(s, current.slice(range[0], range[1]), 'deleted from a field');
    write(current.slice(0, range[0]) + current.slice(range[1]));
    return;
  }
  const { id, token } = mint(s.world);
  place(s, id, caseId, entryId);
  const at = choose(boundaries(current), s.pick)!;
  write(current.slice(0, at) + token + current.slice(at));
}

function editQuestion(s: Session): void {
  const caseId = liveCase(s);
  if (!caseId) return;
  const current = casePart(s.doc, caseId, 'question', Y.Text)!.toString();
  editShortText(s, current, (value) => setCaseQuestion(s.doc, caseId, value), caseId);
}

function addItemOp(s: Session): void {
  const caseId = liveCase(s);
  if (!caseId) return;
  const { id, token } = mint(s.world);
  const itemId = addItem(s.doc, caseId, 'hypothesis', `Hypothese ${token}`)!;
  place(s, id, caseId, itemId);
}

function editItemOp(s: Session): void {
  const caseId = liveCase(s);
  const item = caseId && choose(itemsSnapshot(s.doc, caseId), s.pick);
  if (!caseId || !item) return addItemOp(s);
  editShortText(s, item.text, (value) => editItem(s.doc, caseId, item.id, value), caseId, item.id);
}

function addStrategyOp(s: Session): void {
  const caseId = liveCase(s);
  if (!caseId) return;
  const { id, token } = mint(s.world);
  const strategyId = addStrategy(s.doc, caseId, { measure: `Maßnahme ${token}`, responsibleSystem: 'health' })!;
  place(s, id, caseId, strategyId);
}

function editStrategyOp(s: Session): void {
  const caseId = liveCase(s);
  const strategy = caseId && choose(strategiesSnapshot(s.doc, caseId), s.pick);
  if (!caseId || !strategy) return addStrategyOp(s);
  editShortText(s, strategy.measure, (measure) => updateStrategy(s.doc, caseId, strategy.id, { measure }), caseId, strategy.id);
}

function addCaseOp(s: Session): void {
  const { id, token } = mint(s.world);
  const caseId = addCase(s.doc, `Fall ${token}`);
  place(s, id, caseId);
}

/** „Ersetzen durch Platzhalter“ (or by nothing) on an identifier found in any text of the meeting. */
async function redact(s: Session): Promise<void> {
  const found = meetingCheckTexts(s.doc).flatMap((text) => text.blocks.flatMap((block) => identifiersIn(block).map((id) => ({ ref: text.ref, id }))));
  const target = choose(found, s.pick);
  if (!target) return;
  const replacement = s.pick() < 0.8 ? '[Name]' : '';
  expect(replaceFinding({ meeting: s.doc }, target.ref, { text: target.id, occurrence: 0 }, replacement), `replace ${target.id}`).toBe(true);
  kill(s, target.id, `replaced (${target.ref.type})`);
  await s.purge();
}

function removeOp(s: Session): void {
  const caseId = liveCase(s);
  if (!caseId) return;
  const roll = s.pick();
  if (roll < 0.3) return removeCase(s.doc, caseId);
  const item = choose(itemsSnapshot(s.doc, caseId), s.pick);
  const strategy = choose(strategiesSnapshot(s.doc, caseId), s.pick);
  if (roll < 0.65 && item) deleteItem(s.doc, caseId, item.id);
  else if (strategy) deleteStrategy(s.doc, caseId, strategy.id);
}

function restoreOp(s: Session): void {
  const trash = trashSnapshot(s.doc);
  const c = choose(trash.cases, s.pick);
  const entry = choose(trash.entries, s.pick);
  if (c && (!entry || s.pick() < 0.5)) restoreCase(s.doc, c.id);
  else if (entry) restoreTrashEntry(s.doc, entry);
}

async function deleteForGood(s: Session): Promise<void> {
  const trash = trashSnapshot(s.doc);
  const roll = s.pick();
  const c = choose(trash.cases, s.pick);
  const entry = choose(trash.entries, s.pick);
  if (roll < 0.1) {
    if (trash.cases.length === 0 && trash.entries.length === 0) return;
    emptyTrash(s.doc);
    remove(s.world, s.who, (r) => {
      for (const x of trash.cases) r.cases.add(x.id);
      for (const x of trash.entries) r.entries.add(x.id);
    });
  } else if (c && (roll < 0.6 || !entry)) {
    deleteCaseForGood(s.doc, c.id);
    remove(s.world, s.who, (r) => r.cases.add(c.id));
  } else if (entry) {
    deleteTrashEntryForGood(s.doc, entry);
    remove(s.world, s.who, (r) => r.entries.add(entry.id));
  } else {
    return;
  }
  await s.purge();
}

const OPS: ReadonlyArray<[name: string, weight: number, op: (s: Session) => void | Promise<void>]> = [
  ['typeNote', 5, typeNote],
  ['deleteNoteText', 2, deleteNoteText],
  ['editQuestion', 1, editQuestion],
  ['addItem', 2, addItemOp],
  ['editItem', 1.5, editItemOp],
  ['addStrategy', 1, addStrategyOp],
  ['editStrategy', 1, editStrategyOp],
  ['addCase', 0.6, addCaseOp],
  ['redact', 2.5, redact],
  ['remove', 1.5, removeOp],
  ['restore', 0.4, restoreOp],
  ['deleteForGood', 0.8, deleteForGood],
];
const TOTAL_WEIGHT = OPS.reduce((sum, [, weight]) => sum + weight, 0);

async function randomOp(s: Session): Promise<void> {
  let roll = s.pick() * TOTAL_WEIGHT;
  for (const [name, weight, op] of OPS) {
    roll -= weight;
    if (roll > 0) continue;
    s.world.ops[name] = (s.world.ops[name] ?? 0) + 1;
    await op(s);
    return;
  }
}

// --- the app's view of a laptop ----------------------------------------------------------------

/** Everything a moderator can see of a meeting (with the Papierkorb), and the raw case maps. */
function contentOf(doc: Y.Doc) {
  const view = meetingView(doc);
  return {
    view,
    strategies: view.cases.map((c) => strategiesSnapshot(doc, c.id)),
    trash: trashSnapshot(doc),
    raw: doc.getMap('cases').toJSON() as unknown,
  };
}

async function hasMeeting(laptop: Laptop, meetingId: string): Promise<boolean> {
  return laptop.run(async () => (await laptop.repository.db.meetings.get(meetingId as MeetingId)) !== undefined);
}

/** Opens a doc, reads it, closes it. */
async function readDoc<T>(laptop: Laptop, kind: 'circle' | 'meeting', id: string, read: (doc: Y.Doc) => T): Promise<T> {
  return laptop.run(async () => {
    const handle = await laptop.repository.openDoc(kind, id);
    try {
      return read(handle.doc);
    } finally {
      await laptop.repository.closeDoc(handle);
      await laptop.repository.flush();
    }
  });
}

async function secondMeeting(laptop: Laptop, circleId: CircleId): Promise<MeetingId> {
  return laptop.run(async () => {
    const circle = await laptop.repository.openDoc('circle', circleId);
    const templateId = circleSnapshot(circle.doc).templates[0]!.id as TemplateId;
    await laptop.repository.closeDoc(circle);
    const id = await laptop.repository.createMeeting(circleId, templateId, {
      title: 'Wintersitzung', date: '2026-12-15', startTime: '15:00', endTime: '16:30', place: 'Rathaus', topic: 'Trennung',
    });
    await laptop.repository.flush();
    return id;
  });
}

// --- the property ----------------------------------------------------------------------------------

async function property(seed: number): Promise<void> {
  const pick = random(seed);
  seedIds(seed);
  const world: World = { next: 1, placed: new Map(), removed: noneRemoved(), knows: new Map(['a', 'b', 'c'].map((l) => [l, noneRemoved()])), ops: {} };
  const laptops = [
    await Laptop.create('a', 'Anna', 'physician'),
    await Laptop.create('b', 'Ben', 'youthWelfare'),
    await Laptop.create('c', 'Carla', 'physician'),
  ];
  const [a] = laptops as [Laptop, Laptop, Laptop];
  const { circleId, meetingId } = await createCircleWithMeeting(a);
  const winterId = await secondMeeting(a, circleId);
  for (const id of [meetingId, winterId]) {
    await session(world, a, id, 'at the start', async (doc, purge) => {
      const s: Session = { doc, meetingId: id, who: a.label, pick, world, purge };
      addCaseOp(s);
      typeNote(s);
      addItemOp(s);
    });
  }
  /** A package, with what its sender knew was removed when it made it. */
  interface Sent { readonly from: Laptop; readonly bytes: Uint8Array; readonly removed: Removed }
  const send = async (from: Laptop, options: { full?: boolean } = {}): Promise<Sent> =>
    ({ from, bytes: await exportCircle(from, circleId, options), removed: copyRemoved(world.knows.get(from.label)!) });
  const stats = { delivered: 0, twice: 0, lost: 0, late: 0, undone: 0, resentWhole: 0, refusedForDeletedMeeting: 0, refusedAfterUndoneDeletion: 0 };
  /** Imports a package; resolves with the import's id (for its undo). */
  const receive = async (to: Laptop, sent: Sent, when: string): Promise<string> => {
    const { row } = await importOn(to, sent.bytes);
    mergeRemoved(world.knows.get(to.label)!, sent.removed);
    await expectNothingKnownStored(world, to, `after importing ${sent.from.label}'s package ${when}`);
    return row.id;
  };
  const deliver = async (sent: Sent, to: Laptop, when: string): Promise<string> => {
    try {
      return await receive(to, sent, when);
    } catch (error) {
      if ((error as SyncAppError).code !== 'needs-full-package') throw error;
      stats.resentWhole++;
      // Refused because of a meeting this laptop has deleted for good: must not happen while its circle
      // doc holds the tombstone (the preview lists the meeting as deleted). Without the tombstone it
      // follows from undoing the import that deleted it (undo-deletion.test.ts): counted, not failed.
      if ((error as Error).message.includes(winterId) && !(await hasMeeting(to, winterId))) {
        const tombstoned = await readDoc(to, 'circle', circleId, (doc) => deletedMeetingIds(doc).has(winterId));
        if (tombstoned) stats.refusedForDeletedMeeting++;
        else stats.refusedAfterUndoneDeletion++;
      }
      return receive(to, await send(sent.from, { full: true }), `${when} (complete, asked for)`);
    }
  };
  const first = await send(a);
  for (const other of laptops.slice(1)) await receive(other, first, 'at the start');

  const inFlight: Array<{ sent: Sent; to: Laptop }> = [];
  const deleteAt = 6 + Math.floor(pick() * (ROUNDS - 10));
  for (let round = 0; round < ROUNDS; round++) {
    const when = `in round ${round} (seed ${seed})`;
    for (const laptop of laptops) {
      const edits = Math.floor(pick() * 4);
      if (edits === 0) continue;
      const winter = pick() < 0.25 && (await hasMeeting(laptop, winterId));
      const id = winter ? winterId : meetingId;
      await session(world, laptop, id, when, async (doc, purge) => {
        const s: Session = { doc, meetingId: id, who: laptop.label, pick, world, purge };
        for (let i = 0; i < edits; i++) await randomOp(s);
      });
    }
    if (round === deleteAt) {
      const holders = [];
      for (const laptop of laptops) if (await hasMeeting(laptop, winterId)) holders.push(laptop);
      const by = choose(holders, pick);
      if (by) {
        await by.run(() => deleteMeeting(by.repository, circleId, winterId as MeetingId));
        remove(world, by.label, (r) => r.meetings.add(winterId));
        world.ops.deleteMeeting = 1;
        await expectNothingKnownStored(world, by, `after deleting the second meeting ${when}`);
      }
    }
    // One laptop sends a package to another; it is lost, held back, delivered, or delivered twice.
    const from = laptops[Math.floor(pick() * 3)]!;
    const to = laptops.filter((l) => l !== from)[Math.floor(pick() * 2)]!;
    const sent = await send(from);
    const fate = pick();
    if (fate < 0.15) stats.lost++;
    else if (fate < 0.4) { inFlight.push({ sent, to }); stats.late++; }
    else {
      const knewBefore = copyRemoved(world.knows.get(to.label)!);
      const importId = await deliver(sent, to, when);
      stats.delivered++;
      if (fate > 0.85) { await deliver(sent, to, `${when}, again`); stats.twice++; }
      else if (fate > 0.7) {
        // The receiver replies at once, then undoes the import („Import rückgängig machen“): whoever
        // gets the reply believes the receiver has what it no longer has, and its next package to it
        // is refused with 'needs-full-package' (the receiver then asks for a complete one).
        const reply = await send(to);
        const replyTo = laptops.filter((l) => l !== to)[Math.floor(pick() * 2)]!;
        await deliver(reply, replyTo, `${when}, a reply`);
        if ((await to.run(() => to.service.undoStatus(importId))) === 'available') {
          await to.run(() => to.service.undoImport(importId));
          world.knows.set(to.label, knewBefore);
          stats.undone++;
          await expectNothingKnownStored(world, to, `after undoing an import ${when}`);
        }
      }
    }
    if (inFlight.length > 0 && pick() < 0.4) {
      const late = inFlight.splice(Math.floor(pick() * inFlight.length), 1)[0]!;
      await deliver(late.sent, late.to, `${when}, late`);
    }
  }
  for (const late of inFlight) await deliver(late.sent, late.to, 'late, after the rounds');
  // Final round: every laptop sends to every other.
  for (let pass = 0; pass < 2; pass++) {
    for (const from of laptops) for (const to of laptops) if (from !== to) await deliver(await send(from), to, `in the final round ${pass}`);
  }
  // Now every laptop knows of every removal.
  for (const laptop of laptops) expect([...world.knows.get(laptop.label)!.killed.keys()].sort()).toEqual([...world.removed.killed.keys()].sort());

  const ids = [...world.placed.keys()];
  const dead = ids.filter((id) => deathOf(world, id) !== undefined);
  const alive = ids.filter((id) => deathOf(world, id) === undefined);
  const label = `seed ${seed}`;

  // Same content everywhere.
  const meetings = [meetingId, ...(world.removed.meetings.has(winterId) ? [] : [winterId])];
  for (const laptop of laptops) {
    expect(await hasMeeting(laptop, winterId), `${label}: ${laptop.label} has the second meeting`).toBe(!world.removed.meetings.has(winterId));
  }
  const contents: Array<{ laptop: string; id: string; content: ReturnType<typeof contentOf>; json: string }> = [];
  for (const laptop of laptops) {
    for (const id of meetings) {
      const content = await readDoc(laptop, 'meeting', id, contentOf);
      contents.push({ laptop: laptop.label, id, content, json: JSON.stringify(content.raw) });
    }
  }
  for (const c of contents) expect(c.content, `${label}: ${c.laptop} ${c.id}`).toEqual(contents.find((x) => x.id === c.id)!.content);
  const circles = [];
  for (const laptop of laptops) circles.push(await readDoc(laptop, 'circle', circleId, (doc) => ({ ...circleSnapshot(doc), deleted: [...deletedMeetingIds(doc)] })));
  expect(circles[1], label).toEqual(circles[0]);
  expect(circles[2], label).toEqual(circles[0]);

  // Nothing lost that was not removed.
  for (const c of contents) {
    const missing = alive.filter((id) => world.placed.get(id)!.meetingId === c.id && !c.json.includes(id));
    expect(missing.map((id) => `${id} (${JSON.stringify(world.placed.get(id))})`), `${label}: missing on ${c.laptop}`).toEqual([]);
    const present = dead.filter((id) => c.json.includes(id));
    expect(present.map((id) => `${id}: ${deathOf(world, id)}`), `${label}: dead identifiers shown on ${c.laptop}`).toEqual([]);
  }

  // No purged text in what any laptop encodes, stores or sends.
  const leaks: string[] = [];
  for (const [index, laptop] of laptops.entries()) {
    for (const [kind, id] of [['circle', circleId], ...meetings.map((m) => ['meeting', m])] as Array<['circle' | 'meeting', string]>) {
      const state = await readDoc(laptop, kind, id, encodePurgedState);
      for (const x of dead) if (bytesContain(state, x)) leaks.push(`${laptop.label} encodePurgedState(${kind}): ${x} (${deathOf(world, x)})`);
    }
    const other = laptops[(index + 1) % laptops.length]!;
    const opened = await openOn(other, await exportCircle(laptop, circleId, { full: true }));
    for (const entry of opened.content.docs) {
      for (const x of dead) if (bytesContain(entry.update, x)) leaks.push(`${laptop.label} full package, ${entry.kind} ${entry.id}: ${x} (${deathOf(world, x)})`);
    }
  }
  for (const laptop of laptops) {
    // A backup is kept only while its import can be undone: it then holds the state before the
    // import, text the import removed included (docs/privacy.md); every other row must be clean.
    const undoable = new Set<string>();
    for (const row of await laptop.run(() => laptop.repository.db.syncLog.toArray())) {
      if (row.direction === 'import' && (await laptop.run(() => laptop.service.undoStatus(row.id))) === 'available') undoable.add(row.id);
    }
    const rows = (await everyRow(laptop)).filter((row) => !(row.where === 'dexie/backups' && undoable.has((row.value as { importId?: string }).importId ?? '')));
    // The search reads what it should: every living identifier is in the laptop's meeting store.
    const stored = rows.filter((row) => row.where === 'tandem-doc-meeting/updates');
    const unread = alive.filter((x) => !stored.some((row) => holds(row.value, x)));
    expect(unread, `${label}: living identifiers not found in ${laptop.label}'s meeting stores`).toEqual([]);
    for (const x of dead) {
      const where = new Set(rows.filter((row) => holds(row.value, x)).map((row) => row.where));
      for (const w of where) leaks.push(`${laptop.label} IndexedDB ${w}: ${x} (${deathOf(world, x)})`);
    }
  }
  expect(leaks, `${label}: purged text found`).toEqual([]);

  const digest = createHash('sha256').update(JSON.stringify(contents.filter((c) => c.laptop === 'a').map((c) => c.content), (key, value: unknown) => (key === 'createdAt' ? undefined : value))).digest('hex').slice(0, 12);
  console.log(`${label}: content ${digest}, ${ids.length} identifiers, ${dead.length} purged, ${alive.length} alive; ops ${JSON.stringify(world.ops)}; packages ${JSON.stringify(stats)}`);
  expect(stats.delivered, label).toBeGreaterThan(5);
  // A package that holds a meeting the receiver deleted for good lists it as deleted; it is not refused.
  expect(stats.refusedForDeletedMeeting, label).toBe(0);
  expect(dead.length, label).toBeGreaterThan(10);
  expect(alive.length, label).toBeGreaterThan(5);
}


describe('purge: what is removed is gone on every laptop, and nothing else is', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(SEEDS)('seed %i', async (seed) => {
    try {
      await property(seed);
    } catch (error) {
      console.error(`purge property failed with seed ${seed} (rerun: PURGE_SEED=${seed} npx vitest run tests/unit/sync-app/purge.property.test.ts)`);
      throw error;
    }
  }, 60_000);
});
