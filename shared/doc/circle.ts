/** Circle (Qualitätszirkel): its doc, commands and snapshot. */
import * as Y from 'yjs';
import { newId, type CircleId, type MeetingId, type TemplateId } from './ids';
import { DEFAULT_METHOD_NAME, DEFAULT_PHASES, fillPhases, templateSnapshot, type PhaseDraft, type TemplateSnapshot } from './method';
import { CIRCLE_SCHEMA_VERSION, ORIGIN, metaOf, num, str, type Origin } from './schema';
import { compareGerman } from './text';

export interface CircleFields {
  readonly name: string;
  readonly region: string;
}

export interface CircleSnapshot extends CircleFields {
  readonly id: CircleId;
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly templates: readonly TemplateSnapshot[];
  readonly meetingIds: readonly MeetingId[];
}

const templatesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('templates');
const meetingsOf = (doc: Y.Doc) => doc.getMap<boolean>('meetings');

export interface CreateOptions<Id> {
  /** The new doc's id; also the key of its store. Fresh by default. */
  readonly id?: Id;
  readonly now?: Date;
  readonly origin?: Origin;
}

/** Creates a circle in an empty doc, with the default method template. Returns the circle id. */
export function createCircle(doc: Y.Doc, fields: CircleFields, options: CreateOptions<CircleId> = {}): CircleId {
  const { id = newId<CircleId>(), now = new Date(), origin = ORIGIN.local } = options;
  if (metaOf(doc).get('kind') !== undefined) throw new Error('createCircle needs an empty doc');
  doc.transact(() => {
    const meta = metaOf(doc);
    meta.set('kind', 'circle');
    meta.set('schemaVersion', CIRCLE_SCHEMA_VERSION);
    meta.set('id', id);
    meta.set('createdAt', now.toISOString());
    meta.set('name', fields.name.trim());
    meta.set('region', fields.region.trim());
    addTemplateInTransaction(doc, DEFAULT_METHOD_NAME, DEFAULT_PHASES, now);
  }, origin);
  return id;
}

export function setCircleFields(doc: Y.Doc, fields: Partial<CircleFields>, origin: Origin = ORIGIN.local): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value === 'string' && meta.get(key) !== value.trim()) meta.set(key, value.trim());
    }
  }, origin);
}

/** Adds a method template under a fresh id. */
export function addTemplate(doc: Y.Doc, name: string, phases: readonly PhaseDraft[], origin: Origin = ORIGIN.local): TemplateId {
  let id!: TemplateId;
  doc.transact(() => { id = addTemplateInTransaction(doc, name, phases, new Date()); }, origin);
  return id;
}

/** A new template with a copy of another's phases (the original stays as it is). */
export function duplicateTemplate(doc: Y.Doc, templateId: TemplateId, name: string, origin: Origin = ORIGIN.local): TemplateId | undefined {
  const phases = templatePhases(doc, templateId);
  return phases && name.trim() ? addTemplate(doc, name.trim(), phases, origin) : undefined;
}

/**
 * Removes a template from the choice for new meetings. The map stays (marked removed), so a
 * concurrent edit on the other laptop is not silently destroyed. The last template stays.
 */
export function removeTemplate(doc: Y.Doc, templateId: TemplateId, origin: Origin = ORIGIN.local): boolean {
  const template = templatesOf(doc).get(templateId);
  const remaining = [...templatesOf(doc).values()].filter((t) => t.get('removed') !== true);
  if (!template || template.get('removed') === true || remaining.length <= 1) return false;
  doc.transact(() => template.set('removed', true), origin);
  return true;
}

function addTemplateInTransaction(doc: Y.Doc, name: string, phases: readonly PhaseDraft[], now: Date): TemplateId {
  const id = newId<TemplateId>();
  const template = new Y.Map<unknown>();
  template.set('name', name);
  template.set('createdAt', now.toISOString());
  const order = new Y.Array<unknown>();
  const phaseMap = new Y.Map<unknown>();
  template.set('phaseOrder', order);
  template.set('phases', phaseMap);
  templatesOf(doc).set(id, template);
  fillPhases(order, phaseMap, phases);
  return id;
}

/** Records that a meeting doc belongs to this circle (a set: concurrent adds are harmless). */
export function registerMeeting(doc: Y.Doc, meetingId: MeetingId, origin: Origin = ORIGIN.local): void {
  doc.transact(() => meetingsOf(doc).set(meetingId, true), origin);
}

export function circleSnapshot(doc: Y.Doc): CircleSnapshot {
  const meta = metaOf(doc);
  const templates = [...templatesOf(doc).entries()]
    .filter(([, template]) => template.get('removed') !== true)
    .map(([id, template]) => templateSnapshot(id as TemplateId, template))
    .sort((a, b) => compareGerman(a.name, b.name));
  return {
    id: str(meta, 'id') as CircleId,
    schemaVersion: num(meta, 'schemaVersion', CIRCLE_SCHEMA_VERSION),
    createdAt: str(meta, 'createdAt'),
    name: str(meta, 'name'),
    region: str(meta, 'region'),
    templates,
    // A meeting deleted for good (deletion.ts) is never listed, even if a concurrent edit re-registered it.
    meetingIds: [...meetingsOf(doc).keys()].filter((id) => !doc.getMap('deletedMeetings').has(id)).sort() as MeetingId[],
  };
}

/** The phase drafts of a template, for creating a meeting from it. */
export function templatePhases(doc: Y.Doc, templateId: TemplateId): PhaseDraft[] | undefined {
  const template = templatesOf(doc).get(templateId);
  return template ? templateSnapshot(templateId, template).phases.map(({ id: _id, ...draft }) => draft) : undefined;
}

/**
 * How CME points (Fortbildungspunkte) are computed from a meeting's duration. Default: the
 * Ärztekammern's category C (Qualitätszirkel, Fallkonferenzen): 1 point per 45-minute unit, only
 * whole units count, plus 1 extra point per event of up to 4 hours, at most 2 extra points a day.
 * Chambers differ in detail, so the circle keeps its own numbers (docs/protocol.md).
 * Stored per field in the circle's meta (`cme:<field>`), so two moderators changing different
 * numbers at once both keep their change.
 */
export interface CmeRule {
  /** Minutes of one Fortbildungseinheit. */
  readonly minutesPerUnit: number;
  readonly pointsPerUnit: number;
  /** Extra points for each started block of `extraBlockMinutes` of a session… */
  readonly extraPoints: number;
  readonly extraBlockMinutes: number;
  /** …but never more than this many extra points per session. */
  readonly maxExtraPoints: number;
  /** The chamber's category, printed on the attendance list (e.g. "C"). */
  readonly category: string;
}

export const DEFAULT_CME_RULE: CmeRule = { minutesPerUnit: 45, pointsPerUnit: 1, extraPoints: 1, extraBlockMinutes: 240, maxExtraPoints: 2, category: 'C' };

const CME_NUMBERS = ['minutesPerUnit', 'pointsPerUnit', 'extraPoints', 'extraBlockMinutes', 'maxExtraPoints'] as const;

/** Sets numbers of the circle's CME rule; a number that is negative, not finite or a zero unit length is ignored. */
export function setCmeRule(doc: Y.Doc, rule: Partial<CmeRule>, origin: Origin = ORIGIN.local): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    for (const key of CME_NUMBERS) {
      const value = rule[key];
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) continue;
      if ((key === 'minutesPerUnit' || key === 'extraBlockMinutes') && value <= 0) continue;
      if (meta.get(`cme:${key}`) !== value) meta.set(`cme:${key}`, value);
    }
    if (typeof rule.category === 'string' && meta.get('cme:category') !== rule.category.trim()) meta.set('cme:category', rule.category.trim());
  }, origin);
}

export function cmeRuleSnapshot(doc: Y.Doc): CmeRule {
  const meta = metaOf(doc);
  const n = (key: (typeof CME_NUMBERS)[number]) => num(meta, `cme:${key}`, DEFAULT_CME_RULE[key]);
  return {
    minutesPerUnit: n('minutesPerUnit'), pointsPerUnit: n('pointsPerUnit'), extraPoints: n('extraPoints'),
    extraBlockMinutes: n('extraBlockMinutes'), maxExtraPoints: n('maxExtraPoints'),
    category: str(meta, 'cme:category', DEFAULT_CME_RULE.category),
  };
}
