/**
 * Fallverlauf: a case of an earlier meeting on a later meeting's agenda. Kept in the circle doc
 * (it spans meetings); the follow-up note links back to the original case by meeting and case id.
 */
import * as Y from 'yjs';
import { compareCodeUnits } from './text';
import { newId, type CaseId, type FollowUpId, type MeetingId } from './ids';
import { ORIGIN, str, type Origin } from './schema';

export interface FollowUpLink {
  /** The later meeting whose agenda the follow-up is on. */
  readonly meetingId: MeetingId;
  readonly sourceMeetingId: MeetingId;
  readonly sourceCaseId: CaseId;
  /** The case's title when it was put on the agenda (the source doc may not be open). */
  readonly caseTitle: string;
  readonly sourceMeetingTitle: string;
  readonly sourceMeetingDate: string;
}

export interface FollowUpSnapshot extends FollowUpLink {
  readonly id: FollowUpId;
  readonly createdAt: string;
  readonly noteText: string;
}

const followUpsOf = (circle: Y.Doc) => circle.getMap<Y.Map<unknown>>('followUps');

export function addFollowUp(circle: Y.Doc, link: FollowUpLink, now = new Date(), origin: Origin = ORIGIN.local): FollowUpId {
  const id = newId<FollowUpId>();
  circle.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(link)) entry.set(key, value);
    entry.set('createdAt', now.toISOString());
    entry.set('note', new Y.XmlFragment());
    followUpsOf(circle).set(id, entry);
  }, origin);
  return id;
}

/** Deletes a Fallverlauf entry for good, with its note (entries an older version only marked `removed` stay hidden). */
export function removeFollowUp(circle: Y.Doc, id: FollowUpId, origin: Origin = ORIGIN.local): void {
  if (followUpsOf(circle).has(id)) circle.transact(() => followUpsOf(circle).delete(id), origin);
}

export function followUpNote(circle: Y.Doc, id: FollowUpId): Y.XmlFragment | undefined {
  const note = followUpsOf(circle).get(id)?.get('note');
  return note instanceof Y.XmlFragment ? note : undefined;
}

export function followUpsSnapshot(circle: Y.Doc, filter: Partial<Pick<FollowUpLink, 'meetingId' | 'sourceCaseId'>> = {}): FollowUpSnapshot[] {
  const result: FollowUpSnapshot[] = [];
  for (const [id, entry] of followUpsOf(circle).entries()) {
    if (entry.get('removed') === true) continue;
    const snapshot: FollowUpSnapshot = {
      id: id as FollowUpId,
      meetingId: str(entry, 'meetingId') as MeetingId,
      sourceMeetingId: str(entry, 'sourceMeetingId') as MeetingId,
      sourceCaseId: str(entry, 'sourceCaseId') as CaseId,
      caseTitle: str(entry, 'caseTitle'),
      sourceMeetingTitle: str(entry, 'sourceMeetingTitle'),
      sourceMeetingDate: str(entry, 'sourceMeetingDate'),
      createdAt: str(entry, 'createdAt'),
      noteText: fragmentPlainText(entry.get('note')),
    };
    if (filter.meetingId && snapshot.meetingId !== filter.meetingId) continue;
    if (filter.sourceCaseId && snapshot.sourceCaseId !== filter.sourceCaseId) continue;
    result.push(snapshot);
  }
  return result.sort((a, b) => compareCodeUnits(a.createdAt, b.createdAt));
}

function fragmentPlainText(value: unknown): string {
  if (!(value instanceof Y.XmlFragment)) return '';
  return value.toArray().map((node) => (node instanceof Y.XmlElement || node instanceof Y.XmlText ? textOf(node) : '')).join('\n');
}

function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((d: { insert?: unknown }) => (typeof d.insert === 'string' ? d.insert : '')).join('');
  return node.toArray().map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? textOf(child) : '')).join('');
}
