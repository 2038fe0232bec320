/** Circle (Qualitätszirkel): its doc, commands and snapshot. */
import * as Y from 'yjs';
import { newId, type CircleId, type MeetingId, type TemplateId } from './ids';
import { DEFAULT_METHOD_NAME, DEFAULT_PHASES, fillPhases, templateSnapshot, type PhaseDraft, type TemplateSnapshot } from './method';
import { CIRCLE_SCHEMA_VERSION, ORIGIN, metaOf, num, str, type Origin } from './schema';

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
    .map(([id, template]) => templateSnapshot(id as TemplateId, template))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return {
    id: str(meta, 'id') as CircleId,
    schemaVersion: num(meta, 'schemaVersion', CIRCLE_SCHEMA_VERSION),
    createdAt: str(meta, 'createdAt'),
    name: str(meta, 'name'),
    region: str(meta, 'region'),
    templates,
    meetingIds: [...meetingsOf(doc).keys()].sort() as MeetingId[],
  };
}

/** The phase drafts of a template, for creating a meeting from it. */
export function templatePhases(doc: Y.Doc, templateId: TemplateId): PhaseDraft[] | undefined {
  const template = templatesOf(doc).get(templateId);
  return template ? templateSnapshot(templateId, template).phases.map(({ id: _id, ...draft }) => draft) : undefined;
}
