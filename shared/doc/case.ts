/** Case (Familienfallkonferenz / Fall) in a meeting doc: commands, note fragments and snapshot. */
import * as Y from 'yjs';
import { newId, type CaseId, type PhaseId } from './ids';
import { ORIGIN, orderedIds, str, type Origin } from './schema';
import { setText } from './text';

export type CaseRole = 'presenter' | 'timekeeper' | 'minuteTaker';
export const CASE_ROLES: readonly CaseRole[] = ['presenter', 'timekeeper', 'minuteTaker'];

export interface CaseSnapshot {
  readonly id: CaseId;
  readonly title: string;
  readonly createdAt: string;
  /** The presenter's question to the group. */
  readonly question: string;
  /** Participant ids per role (attendance keys); '' when not assigned. */
  readonly roles: Readonly<Record<CaseRole, string>>;
  /** ISO time the case was closed („Fall abschließen“), '' while it is open. */
  readonly closedAt: string;
  /** Whether the case is to be followed up („Fallverlauf in der nächsten Sitzung“). */
  readonly followUpPlanned: boolean;
  /** The offers (ids) the moderators picked to show on the projector while ideas are collected. */
  readonly projectedOffers: readonly string[];
}

const caseOrderOf = (doc: Y.Doc) => doc.getArray<unknown>('caseOrder');
const casesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('cases');

/**
 * Adds a case under a fresh id, with one empty notes fragment per phase of the meeting.
 * WARNING: the fragments are created here only; creating one later at an existing key would
 * let a concurrent creation on the other laptop replace it and drop its text.
 */
export function addCase(doc: Y.Doc, title: string, now = new Date(), origin: Origin = ORIGIN.local): CaseId {
  const id = newId<CaseId>();
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('title', title.trim());
    entry.set('createdAt', now.toISOString());
    const notes = new Y.Map<Y.XmlFragment>();
    for (const phaseId of doc.getArray<string>('phaseOrder').toArray()) notes.set(phaseId, new Y.XmlFragment());
    entry.set('notes', notes);
    entry.set('question', new Y.Text());
    entry.set('statement', new Y.XmlFragment());
    entry.set('items', new Y.Map());
    entry.set('itemOrder', new Y.Array());
    entry.set('strategies', new Y.Map());
    entry.set('strategyOrder', new Y.Array());
    entry.set('timer', new Y.Map());
    casesOf(doc).set(id, entry);
    caseOrderOf(doc).push([id]);
  }, origin);
  return id;
}

export function renameCase(doc: Y.Doc, caseId: CaseId, title: string, origin: Origin = ORIGIN.local): void {
  const entry = casesOf(doc).get(caseId);
  if (!entry || str(entry, 'title') === title.trim()) return;
  doc.transact(() => entry.set('title', title.trim()), origin);
}

/**
 * Removes a case from the meeting. The case map stays in the doc, marked removed, so that notes the
 * co-moderator wrote into it at the same time are not silently destroyed (and it could be restored).
 */
export function removeCase(doc: Y.Doc, caseId: CaseId, origin: Origin = ORIGIN.local): void {
  const entry = casesOf(doc).get(caseId);
  if (!entry || entry.get('removed') === true) return;
  doc.transact(() => entry.set('removed', true), origin);
}

/**
 * „Fall abschließen“: the case is done in this meeting (scalars on the case map: closedAt, and
 * whether it is to be reported on at a later meeting). Closing again keeps the first time.
 */
export function closeCase(doc: Y.Doc, caseId: CaseId, { followUp }: { readonly followUp: boolean }, now = new Date(), origin: Origin = ORIGIN.local): void {
  const entry = casesOf(doc).get(caseId);
  if (!entry) return;
  doc.transact(() => {
    if (!str(entry, 'closedAt')) entry.set('closedAt', now.toISOString());
    if (entry.get('followUpPlanned') !== followUp) entry.set('followUpPlanned', followUp);
  }, origin);
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Picks the offers to show on the projector (a scalar list on the case: the last choice wins). */
export function setProjectedOffers(doc: Y.Doc, caseId: CaseId, offerIds: readonly string[], origin: Origin = ORIGIN.local): void {
  const entry = casesOf(doc).get(caseId);
  if (!entry) return;
  const next = [...new Set(offerIds)];
  if (JSON.stringify(stringList(entry.get('projectedOffers'))) !== JSON.stringify(next)) doc.transact(() => entry.set('projectedOffers', next), origin);
}

export function restoreCase(doc: Y.Doc, caseId: CaseId, origin: Origin = ORIGIN.local): void {
  const entry = casesOf(doc).get(caseId);
  if (entry?.get('removed') === true) doc.transact(() => entry.delete('removed'), origin);
}

/** The case's map, for the commands of its parts (items, strategies, timer). */
export function caseEntry(doc: Y.Doc, caseId: CaseId): Y.Map<unknown> | undefined {
  return casesOf(doc).get(caseId);
}

/** A nested part of a case, created by addCase. Undefined for a case of an older schema. */
export function casePart<T>(doc: Y.Doc, caseId: CaseId, key: string, type: abstract new (...args: never[]) => T): T | undefined {
  const part = casesOf(doc).get(caseId)?.get(key);
  return part instanceof type ? part : undefined;
}

export function setCaseQuestion(doc: Y.Doc, caseId: CaseId, question: string, origin: Origin = ORIGIN.local): void {
  const text = casePart(doc, caseId, 'question', Y.Text);
  if (text) doc.transact(() => setText(text, question), origin);
}

/** Assigns a role of the case to a checked-in participant ('' clears it). */
export function setCaseRole(doc: Y.Doc, caseId: CaseId, role: CaseRole, participantId: string, origin: Origin = ORIGIN.local): void {
  const entry = casesOf(doc).get(caseId);
  if (entry && CASE_ROLES.includes(role) && entry.get(role) !== participantId) doc.transact(() => entry.set(role, participantId), origin);
}

/** The presenter's statement (Stellungnahme), a rich-text fragment bound to an editor. */
export function caseStatement(doc: Y.Doc, caseId: CaseId): Y.XmlFragment | undefined {
  return casePart(doc, caseId, 'statement', Y.XmlFragment);
}

/** The notes fragment of one phase of a case, bound to the editor. Undefined if unknown. */
export function phaseNotes(doc: Y.Doc, caseId: CaseId, phaseId: PhaseId): Y.XmlFragment | undefined {
  const notes = casesOf(doc).get(caseId)?.get('notes');
  return notes instanceof Y.Map ? (notes.get(phaseId) as Y.XmlFragment | undefined) : undefined;
}

export function casesSnapshot(doc: Y.Doc): CaseSnapshot[] {
  const cases = casesOf(doc);
  return orderedIds<CaseId>(caseOrderOf(doc), cases)
    .map((id) => ({ id, entry: cases.get(id)! }))
    .filter(({ entry }) => entry.get('removed') !== true)
    .map(({ id, entry }) => ({
      id,
      title: str(entry, 'title'),
      createdAt: str(entry, 'createdAt'),
      question: entry.get('question') instanceof Y.Text ? (entry.get('question') as Y.Text).toString() : '',
      roles: { presenter: str(entry, 'presenter'), timekeeper: str(entry, 'timekeeper'), minuteTaker: str(entry, 'minuteTaker') },
      closedAt: str(entry, 'closedAt'),
      followUpPlanned: entry.get('followUpPlanned') === true,
      projectedOffers: stringList(entry.get('projectedOffers')),
    }));
}

/** Plain text of a phase note (paragraphs separated by newlines), e.g. for search and checks. */
export function phaseNotesText(doc: Y.Doc, caseId: CaseId, phaseId: PhaseId): string {
  const fragment = phaseNotes(doc, caseId, phaseId);
  return fragment ? fragmentText(fragment) : '';
}

export function fragmentText(node: Y.XmlFragment | Y.XmlElement): string {
  const parts: string[] = [];
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) parts.push(child.toDelta().map((d: { insert?: unknown }) => (typeof d.insert === 'string' ? d.insert : '')).join(''));
    else if (child instanceof Y.XmlElement) parts.push(fragmentText(child));
  }
  return parts.join(node instanceof Y.XmlFragment || isBlock(node) ? '\n' : '');
}

function isBlock(node: Y.XmlElement): boolean {
  return ['bulletList', 'orderedList', 'listItem', 'blockquote'].includes(node.nodeName);
}
