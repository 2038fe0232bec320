/**
 * Aufbewahrung (retention): a set number of months after a meeting, the content of its cases is
 * deleted; the record the KV and the Ärztekammer need stays (docs/privacy.md, „Aufbewahrung“).
 *
 * Rules:
 * - The rule belongs to the circle: `retentionMonths` in the circle's meta (default 12). A meeting
 *   is due on its date plus those months (day of month kept, or the month's last day), plus
 *   `retentionPostponed` months if a moderator postponed it (once per meeting). Dates are local
 *   calendar days; the content goes on the due day, never before. A notice is shown from
 *   RETENTION_NOTICE_DAYS days before the due day.
 * - Case content: every phase note, the statement, the question, the captured items and the
 *   strategies (their free text: measure and responsible profession; a strategy without its text
 *   says nothing, so the whole entry goes), the Fallverlauf notes about the meeting's cases or on its
 *   agenda, and the "Kein Identifikator" dismissals of texts that are no longer in the meeting.
 *   Case titles (working titles that may hint at the family) become „Fall 1“, „Fall 2“ … in the
 *   meeting's order (removed cases after the others). Removed cases lose their content too.
 * - Stays: the meeting's meta (title, date, times, place, topic, VNR, moderators …), attendance,
 *   phases, the cases themselves (so their number), their roles and timers.
 * - Notes, statement and question stay as (empty) shared types: they were created by addCase under
 *   the case's id and must never be created again at that key. Items and strategies are deleted
 *   from their maps, so an edit the co-moderator makes to them meanwhile lands in a deleted type.
 * - Idempotent: the command writes only what is still there. Content that arrives later (a package
 *   written before the deletion) is deleted when the command runs again (at every start).
 * - Origin ORIGIN.retention: no undo manager tracks it, so nothing brings the content back. The docs
 *   are `gc: true`, so the content is dropped from memory; the caller rewrites the store afterwards
 *   (repository.purge).
 */
import * as Y from 'yjs';
import type { CaseId, MeetingId } from './ids';
import { dismissalsSnapshot, foldText } from './redact';
import { ORIGIN, metaOf, num, str, type Origin } from './schema';
import { existingTandemNotes } from './tandemNote';

export const DEFAULT_RETENTION_MONTHS = 12;
export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 120;
/** The notice on the circle screen appears this many days (4 weeks) before the due day. */
export const RETENTION_NOTICE_DAYS = 28;
/** A meeting's deletion can be postponed once, by this many months. */
export const RETENTION_POSTPONE_MONTHS = 3;

/** The neutral title a case gets when its content is deleted. */
export const neutralCaseTitle = (n: number) => `Fall ${n}`;

// ---------------------------------------------------------------------------------------------
// Circle: the rule

/** The circle's retention in months (the default for circles that never set it). */
export function retentionMonthsOf(circle: Y.Doc): number {
  const months = num(metaOf(circle), 'retentionMonths', DEFAULT_RETENTION_MONTHS);
  return isValidRetentionMonths(months) ? months : DEFAULT_RETENTION_MONTHS;
}

export function isValidRetentionMonths(months: number): boolean {
  return Number.isInteger(months) && months >= MIN_RETENTION_MONTHS && months <= MAX_RETENTION_MONTHS;
}

/** Sets the circle's retention (whole months, 1–120). False (and nothing written) for another value. */
export function setRetentionMonths(circle: Y.Doc, months: number, origin: Origin = ORIGIN.local): boolean {
  if (!isValidRetentionMonths(months)) return false;
  if (metaOf(circle).get('retentionMonths') !== months) circle.transact(() => metaOf(circle).set('retentionMonths', months), origin);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Dates (ISO YYYY-MM-DD, local calendar days)

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parseDay(iso: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? [y, m, d] : undefined;
}

/** `iso` plus whole months; a day the target month lacks becomes its last day (31.01. + 1 → 28.02.). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parseDay(iso)!;
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(year, month + 1, 0).getDate();
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parseDay(iso)!;
  return localDay(new Date(y, m - 1, d + days));
}

/** The day a meeting's case content is deleted. */
export function retentionDueDay(meetingDay: string, months: number, postponedMonths = 0): string {
  return addMonths(meetingDay, months + postponedMonths);
}

/** The first day the notice is shown. */
export function retentionNoticeDay(dueDay: string): string {
  return addDays(dueDay, -RETENTION_NOTICE_DAYS);
}

// ---------------------------------------------------------------------------------------------
// Meeting: status and postponing

export interface MeetingRetentionSnapshot {
  /** Months the deletion was postponed by (0: not postponed). */
  readonly postponedMonths: number;
  /** ISO timestamp of the first deletion under the rule ('' while the content is kept). */
  readonly contentDeletedAt: string;
}

export function meetingRetentionSnapshot(meeting: Y.Doc): MeetingRetentionSnapshot {
  const meta = metaOf(meeting);
  const postponed = num(meta, 'retentionPostponed', 0);
  return { postponedMonths: postponed > 0 ? postponed : 0, contentDeletedAt: str(meta, 'contentDeletedAt') };
}

/** The meeting's day: its date, or (a meeting without a valid date) the day it was created. */
export function meetingDay(meeting: Y.Doc): string | undefined {
  const meta = metaOf(meeting);
  const date = str(meta, 'date');
  if (parseDay(date)) return date;
  const created = new Date(str(meta, 'createdAt'));
  return Number.isNaN(created.getTime()) ? undefined : localDay(created);
}

export type RetentionState = 'kept' | 'notice' | 'due' | 'deleted';

export interface RetentionStatus extends MeetingRetentionSnapshot {
  readonly meetingDay: string;
  readonly months: number;
  readonly dueDay: string;
  readonly noticeDay: string;
  /**
   * kept: before the notice; notice: within RETENTION_NOTICE_DAYS of the due day; due: the content
   * is to be deleted now; deleted: it was (and nothing is due again).
   */
  readonly state: RetentionState;
  readonly canPostpone: boolean;
}

/** Where a meeting stands under the circle's rule on the day of `now` (undefined: no date at all). */
export function retentionStatus(meeting: Y.Doc, months: number, now: Date): RetentionStatus | undefined {
  const day = meetingDay(meeting);
  if (!day) return undefined;
  const snapshot = meetingRetentionSnapshot(meeting);
  const dueDay = retentionDueDay(day, months, snapshot.postponedMonths);
  const noticeDay = retentionNoticeDay(dueDay);
  const today = localDay(now);
  const state: RetentionState = today >= dueDay ? (snapshot.contentDeletedAt ? 'deleted' : 'due') : today >= noticeDay ? 'notice' : 'kept';
  return { ...snapshot, meetingDay: day, months, dueDay, noticeDay, state, canPostpone: snapshot.postponedMonths === 0 && !snapshot.contentDeletedAt && state !== 'due' };
}

/** Where a meeting of this circle stands under the circle's rule. */
export function meetingRetentionStatus(circle: Y.Doc, meeting: Y.Doc, now: Date): RetentionStatus | undefined {
  return retentionStatus(meeting, retentionMonthsOf(circle), now);
}

/**
 * Postpones the deletion of the meeting's case content by RETENTION_POSTPONE_MONTHS, once.
 * False (nothing written) when it was postponed already, is deleted, or is due today.
 */
export function postponeRetention(circle: Y.Doc, meeting: Y.Doc, now: Date, origin: Origin = ORIGIN.local): boolean {
  const status = meetingRetentionStatus(circle, meeting, now);
  if (!status?.canPostpone) return false;
  meeting.transact(() => metaOf(meeting).set('retentionPostponed', RETENTION_POSTPONE_MONTHS), origin);
  return true;
}

// ---------------------------------------------------------------------------------------------
// The deletion

/** Which docs the command changed (each needs its store rewritten). */
export interface RetentionResult {
  readonly meeting: boolean;
  readonly circle: boolean;
}

const NOTHING: RetentionResult = { meeting: false, circle: false };

/**
 * Runs the circle's rule on one meeting: deletes its case content if it is due on the day of `now`.
 * `circle` is the meeting's circle doc (for its rule and the follow-up notes).
 */
export function applyRetention(circle: Y.Doc, meeting: Y.Doc, now: Date, origin: Origin = ORIGIN.retention): RetentionResult {
  const status = meetingRetentionStatus(circle, meeting, now);
  if (!status || (status.state !== 'due' && status.state !== 'deleted')) return NOTHING;
  return deleteCaseContent(meeting, circle, now, origin);
}

/** Whether a rich text holds any character (an editor keeps an empty paragraph in an empty note). */
function holdsText(node: Y.XmlFragment | Y.XmlElement): boolean {
  return node.toArray().some((child) => (child instanceof Y.XmlText ? child.length > 0 : child instanceof Y.XmlElement && holdsText(child)));
}

function clearText(type: Y.Text | Y.XmlFragment | undefined): boolean {
  if (!type || type.length === 0 || (type instanceof Y.XmlFragment && !holdsText(type))) return false;
  type.delete(0, type.length);
  return true;
}

function clearMap(map: unknown): boolean {
  if (!(map instanceof Y.Map) || map.size === 0) return false;
  for (const key of [...map.keys()]) map.delete(key);
  return true;
}

function clearArray(array: unknown): boolean {
  if (!(array instanceof Y.Array) || array.length === 0) return false;
  array.delete(0, array.length);
  return true;
}

/** The cases in the meeting's order, removed ones (and any outside the order) after the others. */
function casesInOrder(meeting: Y.Doc): Array<[string, Y.Map<unknown>]> {
  const cases = meeting.getMap<unknown>('cases');
  const order = meeting.getArray<unknown>('caseOrder').toArray().filter((id): id is string => typeof id === 'string');
  const ids = [...new Set([...order.filter((id) => cases.has(id)), ...[...cases.keys()].sort()])];
  const entries = ids.map((id) => [id, cases.get(id)] as const).filter((e): e is [string, Y.Map<unknown>] => e[1] instanceof Y.Map);
  return [...entries.filter(([, e]) => e.get('removed') !== true), ...entries.filter(([, e]) => e.get('removed') === true)];
}

/**
 * Deletes the case content of a meeting now (see the rules at the top), whatever its date: the
 * command behind the circle's retention rule. Writes only what is still there.
 */
export function deleteCaseContent(meeting: Y.Doc, circle: Y.Doc | undefined, now: Date, origin: Origin = ORIGIN.retention): RetentionResult {
  const meetingId = str(metaOf(meeting), 'id') as MeetingId;
  const titles = new Map<string, string>();
  let meetingChanged = false;
  meeting.transact(() => {
    let changed = false;
    casesInOrder(meeting).forEach(([id, entry], index) => {
      const title = neutralCaseTitle(index + 1);
      titles.set(id, title);
      if (entry.get('title') !== title) {
        entry.set('title', title);
        changed = true;
      }
      const notes = entry.get('notes');
      if (notes instanceof Y.Map) {
        for (const fragment of notes.values()) if (fragment instanceof Y.XmlFragment && clearText(fragment)) changed = true;
      }
      const question = entry.get('question');
      if (question instanceof Y.Text && clearText(question)) changed = true;
      const statement = entry.get('statement');
      if (statement instanceof Y.XmlFragment && clearText(statement)) changed = true;
      for (const [, own] of existingTandemNotes(meeting, id as CaseId)) if (clearText(own)) changed = true;
      for (const key of ['items', 'strategies']) if (clearMap(entry.get(key))) changed = true;
      for (const key of ['itemOrder', 'strategyOrder']) if (clearArray(entry.get(key))) changed = true;
    });
    // Dismissals name texts of the notes; keep only those whose text is still in the meeting (its
    // title and topic, the new case titles, the titles of follow-ups on its agenda).
    const meta = metaOf(meeting);
    const agenda = circle ? [...circle.getMap<unknown>('followUps').values()].filter((f): f is Y.Map<unknown> => f instanceof Y.Map && str(f, 'meetingId') === meetingId) : [];
    const remaining = foldText([str(meta, 'title'), str(meta, 'topic'), ...titles.values(), ...agenda.map((f) => str(f, 'caseTitle'))].join('\n'));
    const dismissals = meeting.getMap<unknown>('dismissals');
    for (const d of dismissalsSnapshot(meeting)) {
      if (!remaining.includes(foldText(d.text).trim())) {
        dismissals.delete(d.key);
        changed = true;
      }
    }
    // Set once, also for a meeting without cases: the rule was applied on this day.
    if (!str(meta, 'contentDeletedAt')) {
      meta.set('contentDeletedAt', now.toISOString());
      changed = true;
    }
    meetingChanged = changed;
  }, origin);

  let circleChanged = false;
  if (circle) {
    circle.transact(() => {
      for (const entry of circle.getMap<unknown>('followUps').values()) {
        if (!(entry instanceof Y.Map)) continue;
        const sourceCase = str(entry, 'sourceCaseId');
        const ours = titles.has(sourceCase) || str(entry, 'sourceMeetingId') === meetingId;
        if (!ours && str(entry, 'meetingId') !== meetingId) continue;
        const note = entry.get('note');
        if (note instanceof Y.XmlFragment && clearText(note)) circleChanged = true;
        const title = titles.get(sourceCase);
        if (title && entry.get('caseTitle') !== title) {
          entry.set('caseTitle', title);
          circleChanged = true;
        }
      }
    }, origin);
  }
  return { meeting: meetingChanged, circle: circleChanged };
}
