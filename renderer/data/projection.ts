/**
 * The Dexie index as a projection of the docs: a row is computed from a doc snapshot, written when
 * it differs from what is stored, and the whole index can be rebuilt from the stored docs.
 */
import type * as Y from 'yjs';
import { casesSnapshot, circleSnapshot, compareCodeUnits, compareGerman, docKind, meetingMetaSnapshot, strategiesSnapshot, type CircleId } from '../../shared/doc';
import type { CircleRow, MeetingRow, StrategyRow, TandemDb } from './db';
import type { DocStore} from './docStore';
import { parseDocDbName } from './docStore';

export function circleRow(doc: Y.Doc, now = new Date()): CircleRow {
  const circle = circleSnapshot(doc);
  return { id: circle.id, name: circle.name, region: circle.region, meetingCount: circle.meetingIds.length, updatedAt: now.toISOString() };
}

export function meetingRow(doc: Y.Doc, now = new Date()): MeetingRow {
  const meta = meetingMetaSnapshot(doc);
  const cases = casesSnapshot(doc);
  const searchText = [meta.title, meta.topic, meta.place, meta.date, ...cases.map((c) => c.title)].join(' ').toLocaleLowerCase('de');
  const strategies: StrategyRow[] = cases.flatMap((c) =>
    strategiesSnapshot(doc, c.id).map((s) => ({ ...s, caseId: c.id, caseTitle: c.title })));
  return {
    id: meta.id, circleId: meta.circleId, title: meta.title, date: meta.date, startTime: meta.startTime,
    endTime: meta.endTime, place: meta.place, topic: meta.topic, status: meta.status, caseCount: cases.length,
    searchText, strategies, updatedAt: now.toISOString(),
  };
}

const sameExceptTime = (a: object, b: object) =>
  JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

/** Writes the doc's index row if it changed. Empty docs (not yet created or loaded) are skipped. */
export async function projectDoc(db: TandemDb, doc: Y.Doc): Promise<void> {
  const kind = docKind(doc);
  if (kind === 'circle') {
    const row = circleRow(doc);
    const stored = await db.circles.get(row.id);
    if (!stored || !sameExceptTime(stored, row)) await db.circles.put(row);
  } else if (kind === 'meeting') {
    const row = meetingRow(doc);
    const stored = await db.meetings.get(row.id);
    if (!stored || !sameExceptTime(stored, row)) await db.meetings.put(row);
  }
}

/**
 * Rebuilds the index from every stored doc (the IndexedDB databases named by docDbName).
 * Rows of docs that no longer exist are removed.
 */
export async function rebuildIndex(db: TandemDb, store: DocStore, idb: IDBFactory = indexedDB): Promise<{ circles: number; meetings: number }> {
  const names = (await idb.databases()).map((info) => info.name && parseDocDbName(info.name)).filter((x) => !!x);
  const circles: CircleRow[] = [];
  const meetings: MeetingRow[] = [];
  for (const { kind, id } of names) {
    const handle = await store.load(kind, id);
    try {
      if (docKind(handle.doc) === 'circle') circles.push(circleRow(handle.doc));
      if (docKind(handle.doc) === 'meeting') meetings.push(meetingRow(handle.doc));
    } finally {
      await store.release(handle);
    }
  }
  await db.transaction('rw', db.circles, db.meetings, async () => {
    await db.circles.clear();
    await db.meetings.clear();
    await db.circles.bulkPut(circles);
    await db.meetings.bulkPut(meetings);
  });
  return { circles: circles.length, meetings: meetings.length };
}

/** Meetings of a circle, newest first, filtered by a search text (all words must match). */
export async function searchMeetings(db: TandemDb, circleId: CircleId, query: string): Promise<MeetingRow[]> {
  return filterMeetings(await db.meetings.where('circleId').equals(circleId).toArray(), query);
}

/** The meetings that match every word of `query`, newest first (then by title). */
export function filterMeetings(rows: readonly MeetingRow[], query: string): MeetingRow[] {
  // toLowerCase: German has no locale-specific lower case, and it needs no locale data at start.
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows
    .filter((row) => words.every((word) => row.searchText.includes(word)))
    .sort((a, b) => compareCodeUnits(b.date, a.date) || compareGerman(a.title, b.title));
}

/** A strategy of the circle with the meeting it was agreed in. */
export interface CircleStrategy extends StrategyRow {
  readonly meetingId: MeetingRow['id'];
  readonly meetingTitle: string;
  readonly meetingDate: string;
}

/**
 * The strategies of all the circle's meetings (open ones only unless `includeDone`), by due date:
 * earliest first, those without a date last, then by meeting date and measure.
 */
export async function circleStrategies(db: TandemDb, circleId: CircleId, { includeDone = false } = {}): Promise<CircleStrategy[]> {
  const rows = await db.meetings.where('circleId').equals(circleId).toArray();
  return rows
    .flatMap((row) => (row.strategies ?? []).map((s) => ({ ...s, meetingId: row.id, meetingTitle: row.title, meetingDate: row.date })))
    .filter((s) => includeDone || s.status === 'open')
    .sort((a, b) => compareDue(a.due, b.due) || compareCodeUnits(a.meetingDate, b.meetingDate) || compareGerman(a.measure, b.measure));
}

/** ISO dates compare as strings; an empty date (no due date) comes last. */
function compareDue(a: string, b: string): number {
  if (a === b) return 0;
  if (!a || !b) return a ? -1 : 1;
  return a < b ? -1 : 1;
}
