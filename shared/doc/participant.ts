/**
 * Participants: the circle's roster (circle doc) and a meeting's attendance (meeting doc).
 * Attendance copies the person's data at check-in as a plain value, so the meeting doc alone can
 * print its attendance list; a plain value (not a nested type) at the participant's key means two
 * laptops checking in the same person converge without losing anything.
 */
import * as Y from 'yjs';
import { newId, type ParticipantId } from './ids';
import { ORIGIN, str, type Origin } from './schema';
import { compareGerman } from './text';

export type System = 'health' | 'youthWelfare' | 'other';
export const SYSTEMS: readonly System[] = ['health', 'youthWelfare', 'other'];

/** Professions offered in the list; free entry is allowed too. */
export const PROFESSIONS: Readonly<Record<System, readonly string[]>> = {
  health: ['Kinder- und Jugendärztin/-arzt', 'Frauenärztin/-arzt', 'Hausärztin/-arzt', 'Hebamme/Entbindungspfleger', 'Familienhebamme', 'Familien-Gesundheits- und Kinderkrankenpflege', 'Psychotherapeutin/-therapeut', 'Kinder- und Jugendpsychiaterin/-psychiater', 'Medizinische Fachangestellte'],
  youthWelfare: ['Fachkraft ASD/Jugendamt', 'Fachkraft Frühe Hilfen (Netzwerkkoordination)', 'Fachkraft Freier Träger', 'Schwangerschaftsberatung', 'Erziehungsberatung', 'Frühförderung', 'Kita-Fachkraft'],
  other: ['Jobcenter', 'Gesundheitsamt', 'Polizei', 'Sonstige'],
};

export interface ParticipantFields {
  readonly name: string;
  readonly profession: string;
  readonly system: System;
  /** Einheitliche Fortbildungsnummer, physicians only; optional. */
  readonly efn: string;
}

/** EFN as stored: spaces typed for readability are dropped. */
export function normalizeEfn(efn: string): string {
  return efn.replace(/\s+/g, '');
}

/** An EFN is optional; when given it has exactly 15 digits (Einheitliche Fortbildungsnummer). */
export function isValidEfn(efn: string): boolean {
  const value = normalizeEfn(efn);
  return value === '' || /^\d{15}$/.test(value);
}

export interface ParticipantSnapshot extends ParticipantFields {
  readonly id: ParticipantId;
}

export interface AttendeeSnapshot extends ParticipantSnapshot {
  readonly checkedInAt: string;
}

const rosterOf = (circle: Y.Doc) => circle.getMap<Y.Map<unknown>>('roster');
const attendanceOf = (meeting: Y.Doc) => meeting.getMap<unknown>('attendance');

function clean(fields: ParticipantFields): ParticipantFields {
  return {
    name: fields.name.trim(),
    profession: fields.profession.trim(),
    system: SYSTEMS.includes(fields.system) ? fields.system : 'other',
    efn: fields.efn.replace(/\s+/g, ''),
  };
}

/** Adds a person to the circle's roster under a fresh id. */
export function addToRoster(circle: Y.Doc, fields: ParticipantFields, origin: Origin = ORIGIN.local): ParticipantId {
  const id = newId<ParticipantId>();
  circle.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(clean(fields))) entry.set(key, value);
    rosterOf(circle).set(id, entry);
  }, origin);
  return id;
}

export function updateRosterEntry(circle: Y.Doc, id: ParticipantId, fields: Partial<ParticipantFields>, origin: Origin = ORIGIN.local): void {
  const entry = rosterOf(circle).get(id);
  if (!entry) return;
  circle.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value === 'string' && entry.get(key) !== value.trim()) entry.set(key, key === 'efn' ? value.replace(/\s+/g, '') : value.trim());
    }
  }, origin);
}

/**
 * Deletes a person from the roster for good: name, profession and EFN leave the circle doc (and, once
 * the store is rewritten, every store and package). Past meetings' attendance lists keep their own
 * copy, made at check-in, because the KV and the Ärztekammer need it. Entries an older version only
 * marked `removed` stay hidden.
 */
export function removeFromRoster(circle: Y.Doc, id: ParticipantId, origin: Origin = ORIGIN.local): void {
  if (rosterOf(circle).has(id)) circle.transact(() => rosterOf(circle).delete(id), origin);
}

function participantOf(id: ParticipantId, entry: Y.Map<unknown> | undefined): ParticipantSnapshot {
  const system = str(entry, 'system', 'other') as System;
  return { id, name: str(entry, 'name'), profession: str(entry, 'profession'), system: SYSTEMS.includes(system) ? system : 'other', efn: str(entry, 'efn') };
}

export function rosterSnapshot(circle: Y.Doc): ParticipantSnapshot[] {
  return [...rosterOf(circle).entries()]
    .filter(([, entry]) => entry.get('removed') !== true)
    .map(([id, entry]) => participantOf(id as ParticipantId, entry))
    .sort((a, b) => compareGerman(a.name, b.name));
}

/** Checks a person in to a meeting (a roster entry, or a new person already added to the roster). */
export function checkIn(meeting: Y.Doc, participant: ParticipantSnapshot, now = new Date(), origin: Origin = ORIGIN.local): void {
  const { id, ...fields } = participant;
  meeting.transact(() => attendanceOf(meeting).set(id, { ...clean(fields), checkedInAt: now.toISOString() }), origin);
}

export function checkOut(meeting: Y.Doc, id: ParticipantId, origin: Origin = ORIGIN.local): void {
  meeting.transact(() => attendanceOf(meeting).delete(id), origin);
}

export function attendanceSnapshot(meeting: Y.Doc): AttendeeSnapshot[] {
  const result: AttendeeSnapshot[] = [];
  for (const [id, value] of attendanceOf(meeting).entries()) {
    if (!value || typeof value !== 'object') continue;
    const v = value as Record<string, unknown>;
    const system = SYSTEMS.includes(v.system as System) ? (v.system as System) : 'other';
    const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : '');
    result.push({ id: id as ParticipantId, name: text('name'), profession: text('profession'), system, efn: text('efn'), checkedInAt: text('checkedInAt') });
  }
  return result.sort((a, b) => compareGerman(a.name, b.name));
}

export interface Parity {
  readonly counts: Readonly<Record<System, number>>;
  readonly total: number;
  /** Health and youth welfare differ by more than one person. */
  readonly imbalanced: boolean;
  readonly tooFew: boolean;
  readonly tooMany: boolean;
}

export const GROUP_MIN = 6;
export const GROUP_MAX = 20;

/** IQZ rule: both systems in (nearly) equal shares, 6–20 people. */
export function parity(attendees: readonly { readonly system: System }[]): Parity {
  const counts = { health: 0, youthWelfare: 0, other: 0 };
  for (const a of attendees) counts[a.system] += 1;
  const total = attendees.length;
  return {
    counts, total,
    imbalanced: Math.abs(counts.health - counts.youthWelfare) > 1,
    tooFew: total < GROUP_MIN,
    tooMany: total > GROUP_MAX,
  };
}
