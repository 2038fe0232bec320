/**
 * The Dexie database: what is device-local or derived. The Y.Docs are the truth; `circles` and
 * `meetings` are a projection of them (see projection.ts), rebuildable at any time.
 * WARNING: keep every version() declaration; add a new one for each schema change (schemas only grow).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
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
  return db;
}
