/**
 * Aufbewahrung on this device: runs each circle's retention rule (shared/doc/retention.ts) on its
 * stored meetings, at the start of the app (every circle) and whenever a circle screen is shown
 * (that circle), and reads the notices that screen shows.
 *
 * Rules:
 * - A meeting's doc is opened only when the index says it may be in its notice weeks or due (its
 *   date from the index row; a postponement only moves the day later).
 * - After the command, every doc it changed has its store rewritten without the deleted content
 *   (repository.purge), and closing it brings its index row up to date (case titles and strategies
 *   leave the search text and the open strategies). Pre-import backups of a changed doc (its import
 *   can no longer be undone: the doc changed since) and typed drafts of the meeting go too.
 * - Runs are one at a time per repository: a start and a circle screen shown at once do not open
 *   and purge the same doc twice in parallel.
 */
import {
  applyRetention, docKind, localDay, meetingMetaSnapshot, meetingRetentionStatus, postponeRetention,
  retentionDueDay, retentionMonthsOf, retentionNoticeDay, retentionStatus, type CircleId, type MeetingId,
} from '../../../shared/doc';
import type { DocHandle } from '../../data/docStore';
import type { Repository } from '../../data/repository';

/** A meeting whose case content will be deleted soon, as the circle screen shows it. */
export interface RetentionNotice {
  readonly meetingId: MeetingId;
  readonly meetingTitle: string;
  /** The meeting's day and the day its content goes (ISO YYYY-MM-DD). */
  readonly meetingDay: string;
  readonly dueDay: string;
  readonly months: number;
  readonly postponedMonths: number;
  readonly canPostpone: boolean;
}

/** A meeting by id and day. */
export interface RetentionMeeting {
  readonly meetingId: MeetingId;
  readonly meetingDay: string;
}

export interface CircleRetention {
  readonly circleId: CircleId;
  readonly months: number;
  /** Meetings within their notice weeks, the soonest first. */
  readonly notices: readonly RetentionNotice[];
  /** Meetings whose case content this run deleted (or deleted again, after a package brought some back). */
  readonly deleted: readonly RetentionMeeting[];
  /** Meetings the run could not check (their doc failed to open or apply); tried again next time. */
  readonly failed: readonly RetentionMeeting[];
}

const queues = new WeakMap<Repository, Promise<unknown>>();

/** Runs `job` after every run already queued for this repository. */
function oneAtATime<T>(repository: Repository, job: () => Promise<T>): Promise<T> {
  const next = (queues.get(repository) ?? Promise.resolve()).catch(() => undefined).then(job);
  queues.set(repository, next);
  return next;
}

/** The rule on every circle of this device (at the start of the app). */
export function runRetention(repository: Repository, now = new Date()): Promise<CircleRetention[]> {
  return oneAtATime(repository, async () => {
    const circles = await repository.db.circles.toArray();
    const results: CircleRetention[] = [];
    for (const circle of circles) results.push(await retainCircle(repository, circle.id, now));
    return results;
  });
}

/** The rule on one circle (when its screen is shown); resolves with its notices. */
export function runCircleRetention(repository: Repository, circleId: CircleId, now = new Date()): Promise<CircleRetention> {
  return oneAtATime(repository, () => retainCircle(repository, circleId, now));
}

/** Postpones a meeting's deletion once (the notice's button). False when that is no longer possible. */
export function postponeMeetingRetention(repository: Repository, circleId: CircleId, meetingId: MeetingId, now = new Date()): Promise<boolean> {
  return oneAtATime(repository, async () => {
    const circle = await repository.openDoc('circle', circleId);
    try {
      const meeting = await repository.openDoc('meeting', meetingId);
      try {
        return postponeRetention(circle.doc, meeting.doc, now);
      } finally {
        await repository.closeDoc(meeting);
      }
    } finally {
      await repository.closeDoc(circle);
    }
  });
}

/**
 * The meetings of a circle whose case content a rule of `months` would delete today (and that still
 * have it): what the confirmation before shortening the rule names.
 */
export function meetingsDueUnder(repository: Repository, circleId: CircleId, months: number, now = new Date()): Promise<RetentionMeeting[]> {
  return oneAtATime(repository, async () => {
    const today = localDay(now);
    const due: RetentionMeeting[] = [];
    for (const row of await repository.db.meetings.where('circleId').equals(circleId).toArray()) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(row.date) && today < retentionDueDay(row.date, months)) continue;
      const meeting = await repository.openDoc('meeting', row.id);
      try {
        const status = retentionStatus(meeting.doc, months, now);
        if (status?.state === 'due') due.push({ meetingId: row.id, meetingDay: status.meetingDay });
      } finally {
        await repository.closeDoc(meeting);
      }
    }
    return due.sort((a, b) => (a.meetingDay < b.meetingDay ? -1 : a.meetingDay > b.meetingDay ? 1 : 0));
  });
}

async function retainCircle(repository: Repository, circleId: CircleId, now: Date): Promise<CircleRetention> {
  const circle = await repository.openDoc('circle', circleId);
  const notices: RetentionNotice[] = [];
  const deleted: RetentionMeeting[] = [];
  const failed: RetentionMeeting[] = [];
  let circleChanged = false;
  try {
    const months = retentionMonthsOf(circle.doc);
    if (docKind(circle.doc) !== 'circle') return { circleId, months, notices, deleted, failed };
    const today = localDay(now);
    // Only meetings stored here have an index row; opening another would create an empty store.
    const rows = await repository.db.meetings.where('circleId').equals(circleId).toArray();
    for (const row of rows) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(row.date) && today < retentionNoticeDay(retentionDueDay(row.date, months))) continue;
      let meeting: DocHandle | undefined;
      try {
        meeting = await repository.openDoc('meeting', row.id);
        if (docKind(meeting.doc) !== 'meeting') continue;
        const result = applyRetention(circle.doc, meeting.doc, now);
        if (result.meeting) {
          await repository.purge(meeting);
          await dropCopies(repository, row.id);
          deleted.push({ meetingId: row.id, meetingDay: meetingRetentionStatus(circle.doc, meeting.doc, now)?.meetingDay ?? row.date });
        }
        circleChanged ||= result.circle;
        const status = meetingRetentionStatus(circle.doc, meeting.doc, now);
        if (status?.state === 'notice') {
          notices.push({
            meetingId: row.id, meetingTitle: meetingMetaSnapshot(meeting.doc).title, meetingDay: status.meetingDay,
            dueDay: status.dueDay, months, postponedMonths: status.postponedMonths, canPostpone: status.canPostpone,
          });
        }
      } catch {
        failed.push({ meetingId: row.id, meetingDay: row.date });
      } finally {
        if (meeting) await repository.closeDoc(meeting);
      }
    }
    if (circleChanged) {
      await repository.purge(circle);
      await dropCopies(repository, circleId);
    }
    notices.sort((a, b) => (a.dueDay < b.dueDay ? -1 : a.dueDay > b.dueDay ? 1 : 0));
    return { circleId, months, notices, deleted, failed };
  } finally {
    await repository.closeDoc(circle);
  }
}

/** Device-local copies of a doc's content outside its store: pre-import backups, typed drafts. */
async function dropCopies(repository: Repository, docId: string): Promise<void> {
  const { db } = repository;
  await db.backups.filter((backup) => backup.docId === docId).delete();
  for (const table of db.tables.filter((t) => t.name === 'drafts')) {
    await table.filter((draft: { key?: unknown }) => typeof draft.key === 'string' && draft.key.startsWith(`${docId}/`)).delete();
  }
}
