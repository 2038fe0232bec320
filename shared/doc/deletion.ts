/**
 * Deleting for good (docs/privacy.md): the Papierkorb of a meeting, and the commands that remove an
 * entity's map from its doc, so that its content is garbage-collected (purge.ts) and leaves every
 * store, backup and package once the store is rewritten.
 *
 * Rules:
 * - „Entfernen“ (a case, an item, a strategy) only marks the entity removed: it lands in the
 *   meeting's Papierkorb, hidden everywhere else, and can be restored on either laptop, also when the
 *   co-moderator kept writing into it meanwhile.
 * - „Endgültig löschen“ deletes the entity's map from its parent. What anyone wrote into it is gone on
 *   both laptops after the next exchange; an older package cannot bring it back (its items are known
 *   by id and land inside a deleted parent).
 * - A meeting deleted for good leaves a tombstone in the circle doc (`deletedMeetings`, a top-level
 *   map of plain values: id → ISO time, no title). Every laptop that learns of it deletes the
 *   meeting's store, and a package never recreates a tombstoned meeting.
 * - A person removed from the roster (participant.ts) and a Fallverlauf entry (followup.ts) are
 *   deleted for good at once; the attendance lists of past meetings keep the name, profession and
 *   EFN copied at check-in (the record the KV needs).
 */
import * as Y from 'yjs';
import { casePart, caseEntry } from './case';
import type { CaseId, ItemId, MeetingId, StrategyId } from './ids';
import type { CaptureKind } from './method';
import { ORIGIN, str, type Origin } from './schema';
import { clearTandemNotes } from './tandemNote';

const casesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('cases');
const caseOrderOf = (doc: Y.Doc) => doc.getArray<unknown>('caseOrder');
const deletedMeetingsOf = (circle: Y.Doc) => circle.getMap<unknown>('deletedMeetings');

/** What the Papierkorb of a meeting lists. */
export interface TrashSnapshot {
  readonly cases: ReadonlyArray<{ readonly id: CaseId; readonly title: string }>;
  /** Removed items and strategies of cases that are not removed themselves. */
  readonly entries: ReadonlyArray<TrashEntry>;
}

export interface TrashEntry {
  readonly caseId: CaseId;
  readonly caseTitle: string;
  readonly type: 'item' | 'strategy';
  readonly id: ItemId | StrategyId;
  readonly text: string;
  readonly kind?: CaptureKind;
}

const textOf = (value: unknown) => (value instanceof Y.Text ? value.toString() : '');

export function trashSnapshot(doc: Y.Doc): TrashSnapshot {
  const cases: Array<{ id: CaseId; title: string }> = [];
  const entries: TrashEntry[] = [];
  for (const [id, entry] of casesOf(doc).entries()) {
    const caseId = id as CaseId;
    const caseTitle = str(entry, 'title');
    if (entry.get('removed') === true) {
      cases.push({ id: caseId, title: caseTitle });
      continue;
    }
    for (const [part, type] of [['items', 'item'], ['strategies', 'strategy']] as const) {
      const map = casePart<Y.Map<Y.Map<unknown>>>(doc, caseId, part, Y.Map);
      for (const [entryId, value] of map?.entries() ?? []) {
        if (!(value instanceof Y.Map) || value.get('deleted') !== true) continue;
        const text = textOf(value.get(type === 'item' ? 'text' : 'measure'));
        entries.push({ caseId, caseTitle, type, id: entryId as ItemId, text, ...(type === 'item' && { kind: str(value, 'kind') as CaptureKind }) });
      }
    }
  }
  return { cases, entries };
}

export function trashIsEmpty(trash: TrashSnapshot): boolean {
  return trash.cases.length === 0 && trash.entries.length === 0;
}

/** Deletes a removed case for good: its map leaves the doc (with every note, item and strategy), its tandem notes are emptied. */
export function deleteCaseForGood(doc: Y.Doc, caseId: CaseId, origin: Origin = ORIGIN.local): void {
  if (!casesOf(doc).has(caseId)) return;
  doc.transact(() => {
    clearTandemNotes(doc, caseId);
    casesOf(doc).delete(caseId);
    const order = caseOrderOf(doc);
    for (let index = order.length - 1; index >= 0; index--) if (order.get(index) === caseId) order.delete(index, 1);
  }, origin);
}

/** Brings a removed item or strategy back from the Papierkorb (at the end of its list). */
export function restoreTrashEntry(doc: Y.Doc, entry: Pick<TrashEntry, 'caseId' | 'type' | 'id'>, origin: Origin = ORIGIN.local): void {
  const map = casePart<Y.Map<Y.Map<unknown>>>(doc, entry.caseId, entry.type === 'item' ? 'items' : 'strategies', Y.Map);
  const order = casePart<Y.Array<string>>(doc, entry.caseId, entry.type === 'item' ? 'itemOrder' : 'strategyOrder', Y.Array);
  const value = map?.get(entry.id);
  if (!value || !order || value.get('deleted') !== true) return;
  doc.transact(() => {
    value.delete('deleted');
    if (!order.toArray().includes(entry.id)) order.push([entry.id]);
  }, origin);
}

/** Deletes a removed item or strategy for good. */
export function deleteTrashEntryForGood(doc: Y.Doc, entry: Pick<TrashEntry, 'caseId' | 'type' | 'id'>, origin: Origin = ORIGIN.local): void {
  const map = casePart<Y.Map<Y.Map<unknown>>>(doc, entry.caseId, entry.type === 'item' ? 'items' : 'strategies', Y.Map);
  const order = casePart<Y.Array<string>>(doc, entry.caseId, entry.type === 'item' ? 'itemOrder' : 'strategyOrder', Y.Array);
  if (!map?.has(entry.id)) return;
  doc.transact(() => {
    map.delete(entry.id);
    if (order) for (let index = order.length - 1; index >= 0; index--) if (order.get(index) === entry.id) order.delete(index, 1);
  }, origin);
}

/** Empties the Papierkorb: every removed case, item and strategy is deleted for good, in one step. */
export function emptyTrash(doc: Y.Doc, origin: Origin = ORIGIN.local): void {
  const trash = trashSnapshot(doc);
  if (trashIsEmpty(trash)) return;
  doc.transact(() => {
    for (const c of trash.cases) deleteCaseForGood(doc, c.id, origin);
    for (const e of trash.entries) deleteTrashEntryForGood(doc, e, origin);
  }, origin);
}

/** Whether a case exists in the doc, removed or not (for the Papierkorb's restore). */
export function caseIsRemoved(doc: Y.Doc, caseId: CaseId): boolean {
  return caseEntry(doc, caseId)?.get('removed') === true;
}

// --- meetings, the roster, follow-ups (circle doc) ----------------------------------------------------

/**
 * Records in the circle doc that a meeting is deleted for good, and deletes what the circle doc
 * holds about it: its registration and the Fallverlauf entries of its cases or on its agenda.
 * Deleting the meeting's own store is the app's part (renderer/data/deletion.ts).
 */
export function deleteMeetingRecord(circle: Y.Doc, meetingId: MeetingId, now = new Date(), origin: Origin = ORIGIN.local): void {
  circle.transact(() => {
    const tombstones = deletedMeetingsOf(circle);
    if (!tombstones.has(meetingId)) tombstones.set(meetingId, now.toISOString());
    circle.getMap<unknown>('meetings').delete(meetingId);
    const followUps = circle.getMap<Y.Map<unknown>>('followUps');
    for (const [id, entry] of [...followUps.entries()]) {
      if (entry.get('meetingId') === meetingId || entry.get('sourceMeetingId') === meetingId) followUps.delete(id);
    }
  }, origin);
}

/** The meetings deleted for good in this circle (on either laptop). */
export function deletedMeetingIds(circle: Y.Doc): Set<MeetingId> {
  return new Set([...deletedMeetingsOf(circle).keys()] as MeetingId[]);
}

/**
 * Characters of a case's visible text (notes, question, statement, items, strategies) that a laptop
 * with `stateVector` has not seen: written since its last exchange. For the import preview, when a
 * package removes a case someone kept writing in.
 */
export function textUnseenBy(doc: Y.Doc, caseId: CaseId, stateVector: Uint8Array): number {
  const seen = Y.decodeStateVector(stateVector);
  const entry = caseEntry(doc, caseId);
  let count = 0;
  const walkItem = (item: Y.Item | null) => {
    for (let it = item; it; it = it.right) visit(it);
  };
  const visit = (item: Y.Item) => {
    if (item.deleted) return;
    if (item.content instanceof Y.ContentString && item.id.clock >= (seen.get(item.id.client) ?? 0)) count += item.content.str.length;
    if (item.content instanceof Y.ContentType) walkType(item.content.type);
  };
  const walkType = (type: Y.AbstractType<any>) => { // eslint-disable-line @typescript-eslint/no-explicit-any -- Yjs' own type of a parent
    walkItem(type._start);
    for (const item of type._map.values()) visit(item);
  };
  if (entry) walkType(entry as Y.AbstractType<unknown>);
  return count;
}
