/**
 * Types of the Tandem-Paket exchange in the app (the codec's own types are in shared/sync):
 * what a package preview shows, and the Dexie rows of version 2 (peer state vectors, sync log, backups).
 */
import type { ChangeCount, Conflict, DocChanges } from '../../shared/doc';
import type { SyncDocKind, SyncPackageContent, SyncProgressStep } from '../../shared/sync';

/** Changes one laptop made, as counted in a package or an import (deviceId null: not attributed). */
export interface AuthorCount {
  readonly deviceId: string | null;
  readonly name: string;
  readonly role: string;
  /** Inserted units (characters, paragraphs, entries, field values). */
  readonly inserted: number;
  /** Deleted units. */
  readonly deleted: number;
}

export interface DocPreview {
  readonly id: string;
  readonly kind: SyncDocKind;
  /** Circle name, or meeting title. */
  readonly title: string;
  /** Meeting date (ISO), '' for a circle. */
  readonly date: string;
  /** The circle a meeting belongs to ('' for a circle). */
  readonly circleId: string;
  /** Whether this laptop already has the doc. */
  readonly known: boolean;
  /** What importing would add here: new units and deletions, in total and per author. */
  readonly inserted: number;
  readonly deleted: number;
  readonly authors: readonly AuthorCount[];
  /** A meeting deleted for good (on either laptop): the package does not bring it back. */
  readonly deletedForGood?: boolean;
  /** Cases shown on this laptop that the package removes, with characters written here since the sender's state. */
  readonly removedCases?: ReadonlyArray<{ readonly title: string; readonly writtenSince: number; readonly forGood: boolean }>;
  /**
   * Whether importing changes this doc at all (a struct or a deletion it lacks, bookkeeping included).
   * Absent in previews made before it existed: treated as changing.
   */
  readonly changesDoc?: boolean;
  /** What the package changes, in words: per meeting (or circle) and case, per author. In memory only. */
  readonly changes?: DocChanges;
  /** Fields both laptops changed since their last exchange, with both values. In memory only. */
  readonly conflicts?: readonly Conflict[];
}

export interface PackagePreview {
  readonly sender: SyncPackageContent['sender'];
  readonly createdAt: string;
  readonly circleId: string;
  readonly circleName: string;
  readonly circleKnown: boolean;
  /** The circle first, then its meetings by date. */
  readonly docs: readonly DocPreview[];
  /** Totals over all docs, per author. */
  readonly authors: readonly AuthorCount[];
}

/** A decoded, fully checked package and what importing it would change. Nothing was written yet. */
export interface OpenedPackage {
  readonly content: SyncPackageContent;
  readonly preview: PackagePreview;
  readonly fileName: string;
  /** Size of the file in bytes. */
  readonly size: number;
  /** When this laptop last created or read in a package of the circle ('' if never): the values "here" in a conflict were written since. */
  readonly lastExchangeAt?: string;
}

export type SyncStep = SyncProgressStep | 'read' | 'preview' | 'backup' | 'apply' | 'store' | 'index' | 'restore';
/** Progress of a long step: the step that runs and, where known, its fraction from 0 to 1. */
export type SyncStepProgress = (step: SyncStep, fraction?: number) => void;

// --- Dexie rows (db.ts, version 2) ------------------------------------------------------------------

/**
 * The state vector of one doc on the co-moderator's laptop, from the last package it sent.
 * Only ever taken from a package that decoded (a wrong one would make the next package too small).
 */
export interface PeerStateRow {
  readonly docId: string;
  readonly deviceId: string;
  readonly name: string;
  readonly role: string;
  readonly stateVector: Uint8Array;
  /** The package's createdAt: an older package never replaces a newer one's state vector. */
  readonly packageCreatedAt: string;
  readonly receivedAt: string;
}

export interface SyncLogDoc {
  readonly id: string;
  readonly kind: SyncDocKind;
  /** Shown right after an import or export; never stored (the log keeps no content: storedLogRow). */
  readonly title?: string;
  readonly date: string;
  /** Import: the doc was new on this laptop. Export: the whole doc was sent (no known state vector). */
  readonly isNew: boolean;
  readonly inserted: number;
  readonly deleted: number;
  /** Import: what changed, as counts (no titles, no text: docs/privacy.md). */
  readonly summary?: LogSummary;
}

/** The counts of a doc's changes that the sync log keeps: numbers and field names, never content. */
export interface LogSummary {
  readonly paragraphs: number;
  readonly characters: number;
  readonly deletedCharacters: number;
  readonly counts: Readonly<Partial<Record<ChangeCount, number>>>;
  /** Keys of the fields changed ('topic', 'place', 'title' …), never their values. */
  readonly fields: readonly string[];
  readonly conflicts: number;
}

/** One line of the sync log: every export and import. */
export interface SyncLogRow {
  readonly id: string;
  readonly at: string;
  readonly direction: 'export' | 'import';
  readonly circleId: string;
  /** Shown right after an import or export; never stored (see storedLogRow). */
  readonly circleName?: string;
  readonly fileName: string;
  readonly size: number;
  /** Import: who sent it. Export: this laptop's moderator. */
  readonly peer: { readonly deviceId: string; readonly name: string; readonly role: string };
  readonly docs: readonly SyncLogDoc[];
  readonly authors: readonly AuthorCount[];
  /** Import only: applied, or restored to the backups ('undone'). */
  readonly status?: 'applied' | 'undone';
  readonly undoneAt?: string;
  /** Import only: the package brought nothing this laptop lacked; no backup, nothing to undo. */
  readonly nothingNew?: boolean;
  /**
   * Import only: the state vector, right after the import, of each doc it changed (undo is offered
   * while every one is unchanged). Absent for an import that cannot be undone.
   */
  readonly after?: Readonly<Record<string, Uint8Array>>;
  /** Import only: stateFingerprint of each doc right after the import (deletions move no state vector). */
  readonly afterFingerprint?: Readonly<Record<string, string>>;
  /**
   * Import only: the import whose backup row holds a doc's state before this import, where an equal
   * state was backed up already (backups are deduplicated by fingerprint); this import's own otherwise.
   */
  readonly backupOf?: Readonly<Record<string, string>>;
}

/**
 * A doc's full state before an import, as a Yjs V1 update (the store's own row format: fastest to
 * encode, written back as is); `existed: false` for a doc the import created.
 */
export interface BackupRow {
  readonly importId: string;
  readonly docId: string;
  readonly kind: SyncDocKind;
  readonly existed: boolean;
  readonly state: Uint8Array;
  readonly at: string;
  /** stateFingerprint of `state` (absent in rows written before it existed). */
  readonly fingerprint?: string;
}

/** A sync-log row as it is stored: ids, dates and counts, no titles or circle names (docs/privacy.md). */
export function storedLogRow(row: SyncLogRow): SyncLogRow {
  const { circleName: _circleName, ...rest } = row;
  return { ...rest, docs: row.docs.map(({ title: _title, ...doc }) => doc) };
}
