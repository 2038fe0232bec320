/**
 * The meeting export: everything of one meeting as plain, versioned JSON, with rich text as a JSON
 * tree in the TipTap/ProseMirror shape. It is the input of shared/protocol (which never sees a Y
 * type), the file "Sitzung als JSON exportieren" writes, and what `importMeeting` builds a meeting
 * doc back from. The schema is documented in docs/meeting-json.md.
 *
 * Rules:
 * - The format only grows. A new optional field keeps the version; anything an older Tandem could
 *   not read correctly raises MEETING_EXPORT_VERSION (and the importer refuses newer versions).
 * - Export → import → export gives the same `meeting`, except its `id` and `circleId`: an import
 *   always creates a NEW meeting (see importMeeting).
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { IDENTIFIER_KINDS } from '../anonymize/types';
import { caseStatement, phaseNotes, type CaseSnapshot } from './case';
import { cmeRuleSnapshot, type CmeRule } from './circle';
import { followUpNote, followUpsSnapshot, type FollowUpSnapshot } from './followup';
import type { CircleId, MeetingId, OfferId, PhaseId } from './ids';
import { protocolExcludedPhases, setPhaseExcludedFromProtocol } from './protocolOptions';
import { itemsSnapshot, CAPTURE_KINDS, type ItemSnapshot } from './item';
import { meetingSnapshot, MEETING_STATUSES, type MeetingSnapshot } from './meeting';
import { dismissalsSnapshot, foldText, storeDismissal, type Dismissal } from './redact';
import { createPhaseMap, legacyMain, PHASE_MAINS } from './method';
import { offerSnapshot, type OfferSnapshot } from './offer';
import { attendanceSnapshot, SYSTEMS, type AttendeeSnapshot, type System } from './participant';
import { MEETING_SCHEMA_VERSION, ORIGIN, metaOf, str, type Origin } from './schema';
import { strategiesSnapshot, type StrategySnapshot } from './strategy';
import { timerSnapshot, type TimerState } from './timer';

export const MEETING_EXPORT_FORMAT = 'tandem-meeting';
export const MEETING_EXPORT_VERSION = 1;

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A mark on a run of text (bold, italic, strike, code, underline, …); `attrs` only when it has any. */
export interface RichMark {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, JsonValue>>;
}

export interface RichTextNode {
  readonly type: 'text';
  readonly text: string;
  readonly marks?: readonly RichMark[];
}

/** paragraph, heading{level}, bulletList, orderedList{start}, listItem, blockquote, codeBlock, hardBreak, horizontalRule, … */
export interface RichElementNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, JsonValue>>;
  readonly content?: readonly RichNode[];
}

export type RichNode = RichTextNode | RichElementNode;

export interface RichDoc {
  readonly type: 'doc';
  readonly content: readonly RichNode[];
}

export const isRichText = (node: RichNode): node is RichTextNode => node.type === 'text';

export interface ExportedCase extends CaseSnapshot {
  /** The notes of each phase by phase id, in phase order (every phase of the meeting has one). */
  readonly notes: Readonly<Record<string, RichDoc>>;
  readonly statement: RichDoc;
  readonly items: readonly ItemSnapshot[];
  readonly strategies: readonly StrategySnapshot[];
  readonly timer: TimerState;
}

export interface ExportedMeeting extends Omit<MeetingSnapshot, 'cases'> {
  readonly attendance: readonly AttendeeSnapshot[];
  readonly cases: readonly ExportedCase[];
  /**
   * The findings marked "Kein Identifikator" (by kind and text, with who and when), so an imported
   * meeting is not flagged again for what the moderators already reviewed. Only those whose text
   * still occurs in the exported meeting: a dismissal of a text that was replaced since would carry
   * that text out of the app. Files written before this field read as none.
   */
  readonly dismissals: readonly ExportedDismissal[];
  /** Phases whose protocol notes the moderators keep out of the protocol (protocolOptions.ts); files before it: none. */
  readonly protocolExcludedPhases: readonly string[];
}

export type ExportedDismissal = Omit<Dismissal, 'key'>;

export interface ExportedFollowUp extends Omit<FollowUpSnapshot, 'noteText'> {
  readonly note: RichDoc;
}

/** What the protocol needs from the circle doc. Not imported: it belongs to the circle. */
export interface ExportedCircle {
  readonly id: CircleId;
  readonly name: string;
  readonly region: string;
  readonly cmeRule: CmeRule;
  /** The offers the meeting's strategies link to (also ones removed from the directory since). */
  readonly offers: readonly OfferSnapshot[];
  /** Follow-ups on this meeting's agenda, and follow-ups of this meeting's cases at later meetings. */
  readonly followUps: readonly ExportedFollowUp[];
}

export interface MeetingExport {
  readonly format: typeof MEETING_EXPORT_FORMAT;
  readonly version: typeof MEETING_EXPORT_VERSION;
  /** ISO timestamp; a running phase timer counts up to this moment. */
  readonly exportedAt: string;
  readonly meeting: ExportedMeeting;
  /** null when the circle doc is not on this device. */
  readonly circle: ExportedCircle | null;
}

// ---------------------------------------------------------------------------------------------
// Reading: docs → export

/** Everything of the meeting doc. */
export function exportMeetingDoc(doc: Y.Doc): ExportedMeeting {
  const { cases, ...meeting } = meetingSnapshot(doc);
  const exported = {
    ...meeting,
    attendance: attendanceSnapshot(doc),
    cases: cases.map((c) => ({
      ...c,
      notes: Object.fromEntries(meeting.phases.map((p) => [p.id, richDocOf(phaseNotes(doc, c.id, p.id))])),
      statement: richDocOf(caseStatement(doc, c.id)),
      items: itemsSnapshot(doc, c.id),
      strategies: strategiesSnapshot(doc, c.id),
      timer: timerSnapshot(doc, c.id),
    })),
  };
  const texts = foldText(textsOf(exported).join('\n'));
  const dismissals = dismissalsSnapshot(doc)
    .filter((d) => texts.includes(foldText(d.text)))
    .map(({ key: _key, ...dismissal }) => dismissal);
  return { ...exported, dismissals, protocolExcludedPhases: protocolExcludedPhases(doc) };
}

/** Every string of an exported value, and each rich-text paragraph's runs (split where marks change) joined. */
function textsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) textsOf(item, into);
  else if (value && typeof value === 'object') {
    const { content } = value as { content?: unknown };
    if (Array.isArray(content)) into.push(content.map((node: RichNode) => (isRichText(node) ? node.text : '\n')).join(''));
    for (const item of Object.values(value)) textsOf(item, into);
  }
  return into;
}

/** The circle's part of a meeting export. */
export function exportCircleDoc(circle: Y.Doc, meeting: ExportedMeeting): ExportedCircle {
  const meta = metaOf(circle);
  const offerIds = new Set(meeting.cases.flatMap((c) => c.strategies.map((s) => s.offerId)).filter(Boolean));
  const caseIds = new Set<string>(meeting.cases.map((c) => c.id));
  const followUps = followUpsSnapshot(circle).filter((f) => f.meetingId === meeting.id || caseIds.has(f.sourceCaseId));
  return {
    id: str(meta, 'id') as CircleId,
    name: str(meta, 'name'),
    region: str(meta, 'region'),
    cmeRule: cmeRuleSnapshot(circle),
    offers: [...offerIds].map((id) => offerSnapshot(circle, id as OfferId)).filter((o): o is OfferSnapshot => !!o),
    followUps: followUps.map(({ noteText: _text, ...f }) => ({ ...f, note: richDocOf(followUpNote(circle, f.id)) })),
  };
}

export function exportMeeting(meeting: Y.Doc, circle: Y.Doc | undefined, now = new Date()): MeetingExport {
  return composeMeetingExport(exportMeetingDoc(meeting), circle, now);
}

/** For callers that keep the meeting part as a snapshot of its own (the UI re-reads each doc on its own updates). */
export function composeMeetingExport(meeting: ExportedMeeting, circle: Y.Doc | ExportedCircle | undefined | null, now = new Date()): MeetingExport {
  return {
    format: MEETING_EXPORT_FORMAT,
    version: MEETING_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    meeting,
    circle: circle instanceof Y.Doc ? exportCircleDoc(circle, meeting) : (circle ?? null),
  };
}

/** A rich-text fragment as a JSON tree. Adjacent runs with the same marks are merged (a canonical form). */
export function richDocOf(fragment: Y.XmlFragment | undefined): RichDoc {
  return { type: 'doc', content: fragment ? childrenOf(fragment) : [] };
}

function childrenOf(node: Y.XmlFragment | Y.XmlElement): RichNode[] {
  const nodes: RichNode[] = [];
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const run of child.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof run.insert !== 'string' || run.insert === '') continue;
        const marks = marksOf(run.attributes);
        const last = nodes[nodes.length - 1];
        if (last && isRichText(last) && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) {
          nodes[nodes.length - 1] = { ...last, text: last.text + run.insert };
        } else {
          nodes.push({ type: 'text', text: run.insert, ...(marks.length > 0 && { marks }) });
        }
      }
    } else if (child instanceof Y.XmlElement) {
      const attrs = sortedJson(child.getAttributes() as Record<string, unknown>);
      const content = childrenOf(child);
      nodes.push({ type: child.nodeName, ...(attrs && { attrs }), ...(content.length > 0 && { content }) });
    }
  }
  return nodes;
}

/** y-prosemirror stores a mark as a formatting attribute: name (or `name--hash` for overlapping marks) → the mark's attrs. */
function marksOf(attributes: Record<string, unknown> | undefined): RichMark[] {
  if (!attributes) return [];
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([key, value]) => {
      const attrs = typeof value === 'object' && !Array.isArray(value) ? sortedJson(value as Record<string, unknown>) : undefined;
      return { type: key.replace(/--.*$/, ''), ...(attrs && { attrs }) };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}

function sortedJson(record: Record<string, unknown>): Record<string, JsonValue> | undefined {
  const entries = Object.entries(record).filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => a.localeCompare(b));
  return entries.length > 0 ? (Object.fromEntries(entries) as Record<string, JsonValue>) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Writing: export → a new meeting doc

export interface ImportOptions {
  /** The new meeting's id (fresh: an import never reuses the exported id, see docs/meeting-json.md). */
  readonly id: MeetingId;
  /** The circle the meeting is imported into. */
  readonly circleId: CircleId;
  readonly origin?: Origin;
}

/**
 * Builds a meeting in an empty doc from an export, in one transaction. Phase, case, item and
 * strategy ids are kept: the doc is a new lineage under a fresh meeting id, so no other laptop can
 * hold nested types at the same keys. The layout mirrors createMeeting/addCase/addItem/addStrategy;
 * the round-trip test keeps them in step.
 */
export function importMeeting(doc: Y.Doc, data: ExportedMeeting, { id, circleId, origin = ORIGIN.import }: ImportOptions): MeetingId {
  if (metaOf(doc).get('kind') !== undefined) throw new Error('importMeeting needs an empty doc');
  doc.transact(() => {
    const meta = metaOf(doc);
    const scalars: Record<string, string | number> = {
      kind: 'meeting', schemaVersion: MEETING_SCHEMA_VERSION, id, circleId, createdAt: data.createdAt, methodName: data.methodName,
      title: data.title, date: data.date, startTime: data.startTime, endTime: data.endTime, place: data.place, topic: data.topic,
      status: MEETING_STATUSES.includes(data.status) ? data.status : 'planned',
    };
    for (const [key, value] of Object.entries(scalars)) meta.set(key, value);
    for (const key of ['moderators', 'nextMeetingDate', 'vnr'] as const) if (data[key]) meta.set(key, data[key]);

    const phaseOrder = doc.getArray<string>('phaseOrder');
    const phases = doc.getMap<unknown>('phases');
    data.phases.forEach((phase, index) => phases.set(phase.id, createPhaseMap({ ...phase, main: phase.main ?? legacyMain(phase, index) })));
    phaseOrder.push(data.phases.map((p) => p.id));

    const attendance = doc.getMap<unknown>('attendance');
    for (const { id: participantId, ...fields } of data.attendance) attendance.set(participantId, { ...fields });

    for (const c of data.cases) importCase(doc, c, data.phases.map((p) => p.id));

    for (const dismissal of data.dismissals) storeDismissal(doc, dismissal, origin);
    const known = new Set<string>(data.phases.map((p) => p.id));
    for (const phaseId of data.protocolExcludedPhases) if (known.has(phaseId)) setPhaseExcludedFromProtocol(doc, phaseId as PhaseId, true, origin);
  }, origin);
  return id;
}

function importCase(doc: Y.Doc, c: ExportedCase, phaseIds: readonly string[]): void {
  const entry = new Y.Map<unknown>();
  doc.getMap<Y.Map<unknown>>('cases').set(c.id, entry);
  doc.getArray<string>('caseOrder').push([c.id]);
  entry.set('title', c.title);
  entry.set('createdAt', c.createdAt);
  for (const [role, participantId] of Object.entries(c.roles)) if (participantId) entry.set(role, participantId);
  entry.set('question', new Y.Text(c.question));

  const notes = new Y.Map<Y.XmlFragment>();
  entry.set('notes', notes);
  for (const phaseId of phaseIds) {
    const fragment = new Y.XmlFragment();
    notes.set(phaseId, fragment);
    fillRich(fragment, c.notes[phaseId]?.content ?? []);
  }
  const statement = new Y.XmlFragment();
  entry.set('statement', statement);
  fillRich(statement, c.statement.content);

  const items = new Y.Map<Y.Map<unknown>>();
  entry.set('items', items);
  entry.set('itemOrder', Y.Array.from(c.items.map((i) => i.id)));
  for (const item of c.items) {
    items.set(item.id, mapOf({ kind: item.kind, text: new Y.Text(item.text), system: item.system, createdAt: item.createdAt }));
  }

  const strategies = new Y.Map<Y.Map<unknown>>();
  entry.set('strategies', strategies);
  entry.set('strategyOrder', Y.Array.from(c.strategies.map((s) => s.id)));
  for (const s of c.strategies) {
    strategies.set(s.id, mapOf({
      measure: new Y.Text(s.measure), responsibleSystem: s.responsibleSystem, responsibleProfession: s.responsibleProfession,
      due: s.due, offerId: s.offerId, status: s.status,
    }));
  }

  const timer = new Y.Map<unknown>();
  entry.set('timer', timer);
  if (c.timer.phaseId) timer.set('phaseId', c.timer.phaseId);
  if (c.timer.runningSince !== null) timer.set('runningSince', c.timer.runningSince);
  for (const [phaseId, ms] of Object.entries(c.timer.elapsed)) timer.set(`elapsed:${phaseId}`, ms);
  for (const [phaseId, ms] of Object.entries(c.timer.extra)) timer.set(`extra:${phaseId}`, ms);
}

function mapOf(values: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) map.set(key, value);
  return map;
}

/** Appends rich nodes to an integrated fragment or element; consecutive text nodes become one Y.XmlText. */
function fillRich(target: Y.XmlFragment | Y.XmlElement, nodes: readonly RichNode[]): void {
  let text: Y.XmlText | undefined;
  for (const node of nodes) {
    if (isRichText(node)) {
      if (!text) {
        text = new Y.XmlText();
        target.insert(target.length, [text]);
      }
      const attributes = Object.fromEntries((node.marks ?? []).map((m) => [m.type, m.attrs ?? {}]));
      text.insert(text.length, node.text, attributes);
      continue;
    }
    text = undefined;
    const element = new Y.XmlElement(node.type);
    target.insert(target.length, [element]);
    for (const [key, value] of Object.entries(node.attrs ?? {})) element.setAttribute(key, value as never);
    fillRich(element, node.content ?? []);
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing a file

export type ParseError = 'not-json' | 'not-tandem' | 'newer-version' | 'invalid';
export type ParseResult = { readonly ok: true; readonly value: MeetingExport } | { readonly ok: false; readonly error: ParseError; readonly detail?: string };

const json: z.ZodType<JsonValue> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
const richNode: z.ZodType<RichNode> = z.lazy(() => z.union([
  z.object({ type: z.literal('text'), text: z.string(), marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), json).optional() })).optional() }),
  z.object({ type: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/), attrs: z.record(z.string(), json).optional(), content: z.array(richNode).optional() }),
]));
const richDoc = z.object({ type: z.literal('doc'), content: z.array(richNode) });
const system = z.enum(SYSTEMS as [System, ...System[]]);
const id = z.string().min(1).max(200);
const text = z.string().max(1_000_000);
const ms = z.record(z.string(), z.number());

const caseSchema = z.object({
  id, title: text, createdAt: z.string(), question: text,
  roles: z.object({ presenter: z.string(), timekeeper: z.string(), minuteTaker: z.string() }),
  notes: z.record(z.string(), richDoc),
  statement: richDoc,
  items: z.array(z.object({ id, kind: z.enum(CAPTURE_KINDS as ['hypothesis']), text, system: z.union([system, z.literal('')]), createdAt: z.string() })),
  strategies: z.array(z.object({
    id, measure: text, responsibleSystem: z.union([system, z.literal('')]), responsibleProfession: text,
    due: z.string(), offerId: z.string(), status: z.enum(['open', 'done']),
  })),
  timer: z.object({ phaseId: z.string(), runningSince: z.number().nullable(), elapsed: ms, extra: ms }),
});

const meetingSchema = z.object({
  id, circleId: z.string(), schemaVersion: z.number(), createdAt: z.string(), methodName: text,
  title: text, date: z.string(), startTime: z.string(), endTime: z.string(), place: text, topic: text,
  status: z.enum(MEETING_STATUSES as ['planned']),
  moderators: text.default(''), nextMeetingDate: z.string().default(''), vnr: z.string().default(''),
  phases: z.array(z.object({
    id, title: text, minutes: z.number().min(0), questions: text, lists: z.array(z.enum(CAPTURE_KINDS as ['hypothesis'])),
    // Files written before phases named their main part lack it (phaseSnapshot then derives it).
    main: z.enum(PHASE_MAINS as ['notes']).optional(),
  })),
  attendance: z.array(z.object({ id, name: text, profession: text, system, efn: z.string(), checkedInAt: z.string() })),
  cases: z.array(caseSchema),
  dismissals: z.array(z.object({ text: text.min(1), kind: z.enum(IDENTIFIER_KINDS), by: text, at: z.string() })).default([]),
  protocolExcludedPhases: z.array(z.string()).default([]),
});

const circleSchema = z.object({
  id: z.string(), name: text, region: text,
  cmeRule: z.object({
    minutesPerUnit: z.number().positive(), pointsPerUnit: z.number().min(0), extraPoints: z.number().min(0),
    extraBlockMinutes: z.number().positive(), maxExtraPoints: z.number().min(0), category: z.string(),
  }),
  // Files written before offers had a target group, contact, phone and web lack them: ''.
  offers: z.array(z.object({
    id, name: text, kind: text, system, description: text,
    targetGroup: text.default(''), contact: text.default(''), phone: text.default(''), web: text.default(''),
  })),
  followUps: z.array(z.object({
    id, meetingId: z.string(), sourceMeetingId: z.string(), sourceCaseId: z.string(), caseTitle: text,
    sourceMeetingTitle: text, sourceMeetingDate: z.string(), createdAt: z.string(), note: richDoc,
  })),
});

const exportSchema = z.object({
  format: z.literal(MEETING_EXPORT_FORMAT),
  version: z.literal(MEETING_EXPORT_VERSION),
  exportedAt: z.string(),
  meeting: meetingSchema,
  circle: z.unknown(),
});

/** Parses and validates an exported file. Nothing is written; the caller imports on success. */
export function parseMeetingExport(source: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const head = value as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== MEETING_EXPORT_FORMAT) return { ok: false, error: 'not-tandem' };
  if (typeof head.version === 'number' && head.version > MEETING_EXPORT_VERSION) return { ok: false, error: 'newer-version', detail: String(head.version) };
  try {
    const result = exportSchema.safeParse(value);
    if (!result.success) return { ok: false, error: 'invalid', detail: result.error.issues[0]?.path.join('.') };
    // The circle part is context for the protocol, not imported: a damaged one is dropped, not fatal.
    const circle = circleSchema.safeParse(result.data.circle);
    // Ids are branded in types only: the validated strings are the ids.
    return { ok: true, value: { ...result.data, circle: circle.success ? circle.data : null } as unknown as MeetingExport };
  } catch {
    return { ok: false, error: 'invalid' };
  }
}

