/**
 * The Dexie database: what is device-local or derived. The Y.Docs are the truth; `circles` and
 * `meetings` are a projection of them (see projection.ts), rebuildable at any time.
 * WARNING: keep every version() declaration; add a new one for each schema change (schemas only grow).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { purgeUpdate } from '../../shared/doc';
import type { BackupRow, PeerStateRow, SyncLogRow } from './syncTypes';
import type { CaseId, CircleId, MeetingId, MeetingStatus, StrategySnapshot } from '../../shared/doc';

export type ModeratorRole = 'physician' | 'youthWelfare';

export interface CircleRow {
  readonly id: CircleId;
  readonly name: string;
  readonly region: string;
  readonly meetingCount: number;
  readonly updatedAt: string;
}

export interface MeetingRow {
  readonly id: MeetingId;
  readonly circleId: CircleId;
  readonly title: string;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly place: string;
  readonly topic: string;
  readonly status: MeetingStatus;
  readonly caseCount: number;
  /** Lower-cased title, topic, place and case titles, for the meeting search. */
  readonly searchText: string;
  /**
   * The Handlungsstrategien of the meeting's (not removed) cases, for the circle's open strategies.
   * Plain, non-indexed data: absent in rows written before it existed until the doc is indexed again.
   */
  readonly strategies?: readonly StrategyRow[];
  readonly updatedAt: string;
}

/** One strategy of a meeting as the index holds it (measure as plain text). */
export interface StrategyRow extends StrategySnapshot {
  readonly caseId: CaseId;
  readonly caseTitle: string;
}

/** The local moderator. One row, key 'me'. */
export interface ProfileRow {
  readonly key: 'me';
  readonly deviceId: string;
  readonly name: string;
  readonly role: ModeratorRole;
  readonly createdAt: string;
}

/**
 * A circle deleted for good on this device (renderer/data/deletion.ts): ids only. A Tandem-Paket of it
 * is refused, so an old file cannot bring it back. „Alle Daten löschen“ clears it with the rest.
 */
export interface DeletedCircleRow {
  readonly id: CircleId;
  readonly at: string;
}

/**
 * What is typed into a field that has no doc entity yet (the field for a new item of a capture list,
 * the form for a new strategy), kept on this device until the entry is added or the field cleared
 * (renderer/data/drafts.ts). Key `<meetingId>/<caseId>/<field>`: a meeting's drafts share its prefix.
 */
export interface DraftRow {
  readonly key: string;
  readonly text: string;
  readonly updatedAt: string;
}

export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

export type TandemDb = Dexie & {
  circles: EntityTable<CircleRow, 'id'>;
  meetings: EntityTable<MeetingRow, 'id'>;
  profile: EntityTable<ProfileRow, 'key'>;
  settings: EntityTable<SettingRow, 'key'>;
  /** Tandem-Paket (version 2): the co-moderator's state vectors, the sync log, pre-import backups. */
  peerStates: Table<PeerStateRow, [string, string]>;
  syncLog: EntityTable<SyncLogRow, 'id'>;
  backups: Table<BackupRow, [string, string]>;
  /** Version 3: typed drafts of fields without a doc entity yet (drafts.ts). */
  drafts: EntityTable<DraftRow, 'key'>;
  /** Version 4: circles deleted for good here. */
  deletedCircles: EntityTable<DeletedCircleRow, 'id'>;
};

export const DEFAULT_DB_NAME = 'tandem';

export function openTandemDb(name = DEFAULT_DB_NAME): TandemDb {
  const db = new Dexie(name) as TandemDb;
  db.version(1).stores({
    circles: 'id, name',
    meetings: 'id, circleId, date, [circleId+date]',
    profile: 'key',
    settings: 'key',
  });
  db.version(2).stores({
    peerStates: '[docId+deviceId], docId',
    syncLog: 'id, at, circleId',
    backups: '[importId+docId], importId',
  });
  db.version(3).stores({
    drafts: 'key',
  });
  // Version 4 (docs/privacy.md): the sync log keeps no titles or names, backups hold no deleted
  // content (they were written from `gc: false` docs before), circles deleted for good are remembered.
  db.version(4).stores({
    backups: '[importId+docId], importId, docId, at',
    peerStates: '[docId+deviceId], docId',
    deletedCircles: 'id',
  }).upgrade(async (tx) => {
    await tx.table('syncLog').toCollection().modify((row: Record<string, unknown>) => {
      delete row.circleName;
      row.docs = (row.docs as Array<Record<string, unknown>>).map(({ title: _title, ...doc }) => doc);
    });
    await tx.table('backups').toCollection().modify((row: { state: Uint8Array }) => {
      row.state = purgeUpdate(row.state);
    });
  });
  return db;
}
