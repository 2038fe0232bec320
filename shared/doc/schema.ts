/**
 * The Yjs layout of Tandem's documents. Every write goes through a named command in this folder;
 * every read through a plain snapshot. Schemas only grow: new fields are optional.
 *
 * Circle doc (one per Qualitätszirkel, gc: true — deleted content is dropped, ids kept: purge.ts)
 *   meta:      Y.Map { kind: 'circle', schemaVersion, id, name, region, createdAt }
 *              + retentionMonths? (Aufbewahrung of case content, default 12 — retention.ts)
 *              + attendanceBlankRows? (blank rows of the Teilnehmerliste, default 3 — attendanceSettings.ts)
 *   templates: Y.Map<TemplateId, Y.Map { name, createdAt, phaseOrder: Y.Array<PhaseId>,
 *                                        phases: Y.Map<PhaseId, Y.Map { title, minutes, questions, lists, main }> }>
 *   meetings:  Y.Map<MeetingId, true>                       (which meeting docs belong to this circle)
 *   roster:    Y.Map<ParticipantId, Y.Map { name, profession, system, efn }>   (removal deletes the entry)
 *   offers:    Y.Map<OfferId, Y.Map { name, kind, system, description, targetGroup?, contact?, phone?, web?, removed? }>
 *   followUps: Y.Map<FollowUpId, Y.Map { meetingId, sourceMeetingId, sourceCaseId, caseTitle, …, note: Y.XmlFragment }>
 *   deletedMeetings: Y.Map<MeetingId, ISO time>   (meetings deleted for good; top-level — deletion.ts)
 *   stopList:  Y.Map<folded word, word>   allowList: Y.Map<folded word, word>
 *              (anonymization check; top-level, so never created twice — anonymizeLists.ts)
 *
 * Meeting doc (one per Sitzung, gc: true)
 *   meta:       Y.Map { kind: 'meeting', schemaVersion, id, circleId, title, date, startTime, endTime,
 *                       place, topic, status, methodName, createdAt }        (scalars: last writer wins)
 *               + retentionPostponed? (months, set once), contentDeletedAt? (ISO; case content deleted — retention.ts)
 *               + protocolExcluded:<PhaseId>? (true: that phase's protocol notes stay out of the protocol — protocolOptions.ts)
 *   phaseOrder: Y.Array<PhaseId>   phases: Y.Map<PhaseId, Y.Map {…}>  (copied once from the template)
 *   attendance: Y.Map<ParticipantId, { name, profession, system, efn, checkedInAt }>   (plain values)
 *   caseOrder:  Y.Array<CaseId>    cases:  Y.Map<CaseId, Y.Map {
 *       title, createdAt, removed? (Papierkorb), presenter, timekeeper, minuteTaker, closedAt?, followUpPlanned?, projectedOffers? (a list)  (scalars)
 *       question: Y.Text, statement: Y.XmlFragment, notes: Y.Map<PhaseId, Y.XmlFragment>,
 *       itemOrder: Y.Array<ItemId>, items: Y.Map<ItemId, Y.Map { kind, text: Y.Text, system, deleted? }>,
 *       strategyOrder: Y.Array<StrategyId>, strategies: Y.Map<StrategyId, Y.Map { measure: Y.Text, … }>,
 *       timer: Y.Map { phaseId, runningSince, elapsed:<PhaseId>, extra:<PhaseId> } }>
 *   (addCase creates every nested type of a case at once, under the case's fresh id)
 *   dismissals: Y.Map<'kind:folded text', { text, kind, by, at }>   ("Kein Identifikator"; top-level — redact.ts)
 *
 * Both docs: users: Y.Map<deviceId, Y.Map { ids: Y.Array<clientID>, ds: Y.Array<delete set>, name, role }>
 *   (who wrote what, in Y.PermanentUserData's layout; written only by authorship.ts)
 */
import * as Y from 'yjs';

export const CIRCLE_SCHEMA_VERSION = 1;
export const MEETING_SCHEMA_VERSION = 1;

/**
 * Transaction origins, defined once. Undo tracks LOCAL only; persistence and the index can tell
 * a moderator's edit from an imported package, another window's update or a migration.
 */
export const ORIGIN = {
  local: 'tandem:local',
  import: 'tandem:import',
  otherWindow: 'tandem:other-window',
  migration: 'tandem:migration',
  /**
   * The moderator's phase timer (start, pause, +1 minute, phase change): stored and sent to the
   * other window like a local edit, but never undone — undoing a start or pause would rewrite time
   * that has already passed.
   */
  clock: 'tandem:clock',
  /** The circle's retention rule deleting case content (retention.ts): never undone, like an import. */
  retention: 'tandem:retention',
} as const;
export type Origin = (typeof ORIGIN)[keyof typeof ORIGIN];

export type DocKind = 'circle' | 'meeting';

/**
 * A doc as Tandem creates it: `gc: true`, so the content of whatever is deleted is dropped while
 * every struct id, the state vector and the delete set stay (merges and authorship keep working;
 * removed text is gone for good, see purge.ts and docs/privacy.md).
 */
export function createDoc(): Y.Doc {
  return new Y.Doc({ gc: true });
}

export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

/** The kind a doc says it is, or undefined for an empty doc. */
export function docKind(doc: Y.Doc): DocKind | undefined {
  const kind = metaOf(doc).get('kind');
  return kind === 'circle' || kind === 'meeting' ? kind : undefined;
}

/** Reads a string field, tolerating missing or foreign values from older or damaged docs. */
export function str(map: Y.Map<unknown> | undefined, key: string, fallback = ''): string {
  const value = map?.get(key);
  return typeof value === 'string' ? value : fallback;
}

export function num(map: Y.Map<unknown> | undefined, key: string, fallback = 0): number {
  const value = map?.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Ids of an ordered collection, in order, each once (concurrent moves can duplicate an id). */
export function orderedIds<T extends string>(order: { toArray(): readonly unknown[] }, entities: { has(key: string): boolean }): T[] {
  const seen = new Set<string>();
  const ids: T[] = [];
  for (const id of order.toArray()) {
    if (typeof id === 'string' && !seen.has(id) && entities.has(id)) {
      seen.add(id);
      ids.push(id as T);
    }
  }
  return ids;
}
