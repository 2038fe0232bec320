/** Meeting (Sitzung): its doc, commands and snapshot. */
import type * as Y from 'yjs';
import { newId, type CircleId, type MeetingId } from './ids';
import { fillPhases, phasesSnapshot, type PhaseDraft, type PhaseSnapshot } from './method';
import { MEETING_SCHEMA_VERSION, ORIGIN, metaOf, num, str, type Origin } from './schema';
import { casesSnapshot, type CaseSnapshot } from './case';
import type { CreateOptions } from './circle';

export type MeetingStatus = 'planned' | 'running' | 'done';
export const MEETING_STATUSES: readonly MeetingStatus[] = ['planned', 'running', 'done'];

/** Fields a moderator sets. Dates are ISO `YYYY-MM-DD`, times `HH:MM` (local time of the meeting). */
export interface MeetingFields {
  readonly title: string;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly place: string;
  readonly topic: string;
  readonly status: MeetingStatus;
}

/**
 * Fields for the protocol and the attendance list, set after the meeting is created (all optional
 * in older docs: '' when unset). `nextMeetingDate` is ISO `YYYY-MM-DD`; `vnr` is the
 * Veranstaltungsnummer the Ärztekammer assigned for CME points.
 */
export interface MeetingRecordFields {
  /** The moderators as they should appear in the protocol, e.g. "Dr. Jana Krüger, Tom Berger". */
  readonly moderators: string;
  readonly nextMeetingDate: string;
  readonly vnr: string;
}

export interface MeetingSnapshot extends MeetingFields, MeetingRecordFields {
  readonly id: MeetingId;
  readonly circleId: CircleId;
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly methodName: string;
  readonly phases: readonly PhaseSnapshot[];
  readonly cases: readonly CaseSnapshot[];
}

export interface CreateMeetingInput {
  readonly circleId: CircleId;
  readonly fields: Omit<MeetingFields, 'status'> & { readonly status?: MeetingStatus };
  readonly methodName: string;
  /** The template's phases; copied into the meeting once, here. */
  readonly phases: readonly PhaseDraft[];
}

const phaseOrderOf = (doc: Y.Doc) => doc.getArray<unknown>('phaseOrder');
const phasesOf = (doc: Y.Doc) => doc.getMap<unknown>('phases');

/**
 * Creates a meeting in an empty doc. The method's phases are created here and only here:
 * the co-moderator receives them through a Tandem-Paket instead of recreating them.
 */
export function createMeeting(doc: Y.Doc, input: CreateMeetingInput, options: CreateOptions<MeetingId> = {}): MeetingId {
  const { id = newId<MeetingId>(), now = new Date(), origin = ORIGIN.local } = options;
  if (metaOf(doc).get('kind') !== undefined) throw new Error('createMeeting needs an empty doc');
  doc.transact(() => {
    const meta = metaOf(doc);
    meta.set('kind', 'meeting');
    meta.set('schemaVersion', MEETING_SCHEMA_VERSION);
    meta.set('id', id);
    meta.set('circleId', input.circleId);
    meta.set('createdAt', now.toISOString());
    meta.set('methodName', input.methodName);
    writeFields(meta, { status: 'planned', ...input.fields });
    fillPhases(phaseOrderOf(doc), phasesOf(doc), input.phases);
  }, origin);
  return id;
}

/** Sets scalar fields (last writer wins per field); unchanged values are not rewritten. */
export function setMeetingFields(doc: Y.Doc, fields: Partial<MeetingFields & MeetingRecordFields>, origin: Origin = ORIGIN.local): void {
  doc.transact(() => writeFields(metaOf(doc), fields), origin);
}

function writeFields(meta: Y.Map<unknown>, fields: Partial<MeetingFields & MeetingRecordFields>): void {
  for (const [key, raw] of Object.entries(fields)) {
    if (typeof raw !== 'string') continue;
    const value = key === 'status' ? raw : raw.trim();
    if (key === 'status' && !MEETING_STATUSES.includes(value as MeetingStatus)) continue;
    if (meta.get(key) !== value) meta.set(key, value);
  }
}

/** The meeting's index fields only (cheap: no cases, no notes). */
export function meetingMetaSnapshot(doc: Y.Doc): Omit<MeetingSnapshot, 'phases' | 'cases'> {
  const meta = metaOf(doc);
  const status = str(meta, 'status', 'planned') as MeetingStatus;
  return {
    id: str(meta, 'id') as MeetingId,
    circleId: str(meta, 'circleId') as CircleId,
    schemaVersion: num(meta, 'schemaVersion', MEETING_SCHEMA_VERSION),
    createdAt: str(meta, 'createdAt'),
    methodName: str(meta, 'methodName'),
    title: str(meta, 'title'),
    date: str(meta, 'date'),
    startTime: str(meta, 'startTime'),
    endTime: str(meta, 'endTime'),
    place: str(meta, 'place'),
    topic: str(meta, 'topic'),
    status: MEETING_STATUSES.includes(status) ? status : 'planned',
    moderators: str(meta, 'moderators'),
    nextMeetingDate: str(meta, 'nextMeetingDate'),
    vnr: str(meta, 'vnr'),
  };
}

export function meetingSnapshot(doc: Y.Doc): MeetingSnapshot {
  return {
    ...meetingMetaSnapshot(doc),
    phases: phasesSnapshot(phaseOrderOf(doc), phasesOf(doc)),
    cases: casesSnapshot(doc),
  };
}
