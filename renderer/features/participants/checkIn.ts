/**
 * Checking in a person typed into the attendance form: the person joins the circle's roster (or is
 * found there by name) and is checked in to the meeting. Two docs, two named commands.
 */
import type * as Y from 'yjs';
import {
  addToRoster, checkIn, normalizeEfn, rosterSnapshot, updateRosterEntry,
  type ParticipantFields, type ParticipantId, type ParticipantSnapshot,
} from '../../../shared/doc';

export interface CheckInResult {
  readonly id: ParticipantId;
  /** The name was already on the roster: that person was checked in (no duplicate entry). */
  readonly known: boolean;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('de') === b.trim().toLocaleLowerCase('de');

export function checkInNewPerson(circle: Y.Doc, meeting: Y.Doc, fields: ParticipantFields, now = new Date()): CheckInResult {
  const existing = rosterSnapshot(circle).find((p) => sameName(p.name, fields.name));
  if (existing) {
    // What was just typed is the newest information; blank fields keep what the roster knows.
    const typed: Partial<ParticipantFields> = {
      system: fields.system,
      ...(fields.profession.trim() && { profession: fields.profession }),
      ...(normalizeEfn(fields.efn) && { efn: fields.efn }),
    };
    updateRosterEntry(circle, existing.id, typed);
    const person: ParticipantSnapshot = rosterSnapshot(circle).find((p) => p.id === existing.id) ?? existing;
    checkIn(meeting, person, now);
    return { id: existing.id, known: true };
  }
  const id = addToRoster(circle, fields);
  checkIn(meeting, { id, ...fields }, now);
  return { id, known: false };
}
