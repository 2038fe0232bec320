/**
 * Anonymization in the docs: the texts of a meeting the check reads (a plain snapshot), the command
 * that replaces a found identifier in its text, and the dismissals ("Kein Identifikator").
 *
 * Rules:
 * - A text is read as BLOCKS: each Y.XmlText of a rich-text note (one paragraph, heading or list
 *   line; a hard break starts a new one), a Y.Text, or a scalar field. The check runs per block,
 *   so a finding never spans two blocks.
 * - A finding is addressed by its text and the number of its occurrence in its source (counted over
 *   the blocks in order, overlapping matches included), not by an offset: an edit elsewhere in the
 *   note, typed meanwhile or merged from the co-moderator, does not move the target. If the text is
 *   no longer there, nothing is replaced.
 * - A replacement keeps the formatting of the replaced text (a bold name becomes a bold placeholder).
 * - Dismissals live in the doc of the meeting (`dismissals`, a TOP-LEVEL Y.Map, so no nested type is
 *   ever created at a fixed key), keyed by kind and folded text: a dismissal covers every occurrence
 *   of that text as that kind in the meeting, and two laptops dismissing the same finding converge
 *   to one entry.
 */
import * as Y from 'yjs';
import type { IdentifierKind } from '../anonymize';
import { caseStatement, casePart, phaseNotes, type CaseSnapshot } from './case';
import { followUpNote, followUpsSnapshot } from './followup';
import type { CaseId, FollowUpId, ItemId, PhaseId, StrategyId } from './ids';
import { itemsSnapshot } from './item';
import { meetingSnapshot } from './meeting';
import type { CaptureKind, PhaseSnapshot } from './method';
import { ORIGIN, metaOf, str, type Origin } from './schema';
import { existingTandemNotes, tandemNote } from './tandemNote';
import { strategiesSnapshot } from './strategy';
import { compareGerman } from './text';

/** Where a checked text lives. Plain data: it survives a re-render and names its Y type exactly. */
export type TextRef =
  | { readonly type: 'meeting'; readonly field: 'title' | 'topic' }
  | { readonly type: 'caseTitle'; readonly caseId: CaseId }
  | { readonly type: 'question'; readonly caseId: CaseId }
  | { readonly type: 'notes'; readonly caseId: CaseId; readonly phaseId: PhaseId }
  /** A phase's tandem note („Nur für das Tandem“, tandemNote.ts): checked, because packages carry it. */
  | { readonly type: 'tandemNote'; readonly caseId: CaseId; readonly phaseId: PhaseId }
  | { readonly type: 'statement'; readonly caseId: CaseId }
  | { readonly type: 'item'; readonly caseId: CaseId; readonly itemId: ItemId }
  | { readonly type: 'strategy'; readonly caseId: CaseId; readonly strategyId: StrategyId }
  /** A strategy's responsible profession (free text, printed in the protocol). */
  | { readonly type: 'strategyProfession'; readonly caseId: CaseId; readonly strategyId: StrategyId }
  /** A Fallverlauf note (circle doc). */
  | { readonly type: 'followUp'; readonly followUpId: FollowUpId }
  | { readonly type: 'followUpTitle'; readonly followUpId: FollowUpId };

export interface CheckText {
  readonly ref: TextRef;
  /** Unique among the texts of a meeting (stable while the text exists). */
  readonly id: string;
  readonly blocks: readonly string[];
  /** Where the text is, for the UI. */
  readonly caseId?: CaseId;
  readonly caseTitle?: string;
  readonly phaseId?: PhaseId;
  readonly phaseTitle?: string;
  /** 1-based position of the phase, item (among its kind) or strategy. */
  readonly number?: number;
  readonly itemKind?: CaptureKind;
  readonly followUpTitle?: string;
}

/** One found identifier to replace: its exact text and which of its occurrences in the source. */
export interface RedactTarget {
  readonly text: string;
  readonly occurrence: number;
}

/** The docs a ref can point into: the meeting, and the circle for follow-up notes. */
export interface RedactDocs {
  readonly meeting: Y.Doc;
  readonly circle?: Y.Doc;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Plain text of a Y.Text or Y.XmlText; an embed counts as one character, as in Yjs offsets. */
function plainOf(text: Y.Text): string {
  let out = '';
  for (const op of text.toDelta() as { insert?: unknown }[]) out += typeof op.insert === 'string' ? op.insert : '\uFFFC';
  return out;
}

/** The Y.XmlText nodes of a rich text, in document order: the blocks of the note. */
function xmlTextsOf(node: Y.XmlFragment | Y.XmlElement, out: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) xmlTextsOf(child, out);
  }
  return out;
}

export function fragmentBlocks(fragment: Y.XmlFragment): string[] {
  return xmlTextsOf(fragment).map(plainOf);
}

const hasText = (blocks: readonly string[]) => blocks.some((b) => b.trim() !== '');

/**
 * The texts of one case, in reading order: title, question, phase notes (each followed by its tandem
 * note when `tandem`), statement, items, strategies.
 */
function caseTexts(doc: Y.Doc, c: CaseSnapshot, phases: readonly PhaseSnapshot[], tandem = false): CheckText[] {
  const at = { caseId: c.id, caseTitle: c.title };
  const tandemFragments = new Map(tandem ? existingTandemNotes(doc, c.id) : []);
  const texts: CheckText[] = [
    { ref: { type: 'caseTitle', caseId: c.id }, id: `${c.id}/title`, blocks: [c.title], ...at },
    { ref: { type: 'question', caseId: c.id }, id: `${c.id}/question`, blocks: [c.question], ...at },
  ];
  phases.forEach((phase, index) => {
    const fragment = phaseNotes(doc, c.id, phase.id);
    if (fragment) texts.push({ ref: { type: 'notes', caseId: c.id, phaseId: phase.id }, id: `${c.id}/notes/${phase.id}`, blocks: fragmentBlocks(fragment), ...at, phaseId: phase.id, phaseTitle: phase.title, number: index + 1 });
    const own = tandem && tandemFragments.get(phase.id);
    if (own) texts.push({ ref: { type: 'tandemNote', caseId: c.id, phaseId: phase.id }, id: `${c.id}/tandemNote/${phase.id}`, blocks: fragmentBlocks(own), ...at, phaseId: phase.id, phaseTitle: phase.title, number: index + 1 });
  });
  const statement = caseStatement(doc, c.id);
  if (statement) texts.push({ ref: { type: 'statement', caseId: c.id }, id: `${c.id}/statement`, blocks: fragmentBlocks(statement), ...at });
  const counts = new Map<CaptureKind, number>();
  for (const item of itemsSnapshot(doc, c.id)) {
    const number = (counts.get(item.kind) ?? 0) + 1;
    counts.set(item.kind, number);
    texts.push({ ref: { type: 'item', caseId: c.id, itemId: item.id }, id: `${c.id}/item/${item.id}`, blocks: [item.text], ...at, itemKind: item.kind, number });
  }
  strategiesSnapshot(doc, c.id).forEach((s, index) => {
    texts.push({ ref: { type: 'strategy', caseId: c.id, strategyId: s.id }, id: `${c.id}/strategy/${s.id}`, blocks: [s.measure], ...at, number: index + 1 });
    texts.push({ ref: { type: 'strategyProfession', caseId: c.id, strategyId: s.id }, id: `${c.id}/strategy/${s.id}/profession`, blocks: [s.responsibleProfession], ...at, number: index + 1 });
  });
  return texts.filter((text) => hasText(text.blocks));
}

/**
 * Every text of one case the check reads (only texts with content), tandem notes included: they
 * are never exported, but the Tandem-Paket carries them to the co-moderator.
 */
export function caseCheckTexts(doc: Y.Doc, caseId: CaseId): CheckText[] {
  const meeting = meetingSnapshot(doc);
  const c = meeting.cases.find((x) => x.id === caseId);
  return c ? caseTexts(doc, c, meeting.phases, true) : [];
}

/**
 * Every text of a meeting that an export carries and that may describe a family: title and topic,
 * each case's texts, and the follow-up notes the protocol prints (on this meeting's agenda, or about
 * its cases). Not checked: the meeting's place and the moderators (the circle's own, public facts)
 * and the attendance list (professionals' names, there on purpose).
 */
export function meetingCheckTexts(meetingDoc: Y.Doc, circleDoc?: Y.Doc): CheckText[] {
  const meeting = meetingSnapshot(meetingDoc);
  const texts: CheckText[] = [
    { ref: { type: 'meeting', field: 'title' }, id: 'meeting/title', blocks: [meeting.title] },
    { ref: { type: 'meeting', field: 'topic' }, id: 'meeting/topic', blocks: [meeting.topic] },
  ].filter((text) => hasText(text.blocks)) as CheckText[];
  for (const c of meeting.cases) texts.push(...caseTexts(meetingDoc, c, meeting.phases));
  if (circleDoc) {
    const caseIds = new Set<string>(meeting.cases.map((c) => c.id));
    for (const f of followUpsSnapshot(circleDoc)) {
      if (f.meetingId !== meeting.id && !caseIds.has(f.sourceCaseId)) continue;
      const note = followUpNote(circleDoc, f.id);
      const where = { followUpTitle: f.caseTitle };
      if (hasText([f.caseTitle])) texts.push({ ref: { type: 'followUpTitle', followUpId: f.id }, id: `followUp/${f.id}/title`, blocks: [f.caseTitle], ...where });
      const blocks = note ? fragmentBlocks(note) : [];
      if (hasText(blocks)) texts.push({ ref: { type: 'followUp', followUpId: f.id }, id: `followUp/${f.id}`, blocks, ...where });
    }
  }
  return texts;
}

// ---------------------------------------------------------------------------------------------
// Occurrences

/** Every start of `text` in `block`, overlapping ones included. */
function indicesOf(block: string, text: string): number[] {
  const found: number[] = [];
  if (!text) return found;
  for (let i = block.indexOf(text); i >= 0; i = block.indexOf(text, i + 1)) found.push(i);
  return found;
}

/** Which occurrence of `text` (0-based) starts at `start` in block `block`; -1 if none does. */
export function occurrenceOf(blocks: readonly string[], block: number, start: number, text: string): number {
  let before = 0;
  for (let b = 0; b < block; b++) before += indicesOf(blocks[b] ?? '', text).length;
  const here = indicesOf(blocks[block] ?? '', text).indexOf(start);
  return here < 0 ? -1 : before + here;
}

/** Where the `occurrence`-th `text` is, or undefined when the text has changed since. */
export function locateOccurrence(blocks: readonly string[], text: string, occurrence: number): { block: number; index: number } | undefined {
  if (occurrence < 0) return undefined;
  let left = occurrence;
  for (let block = 0; block < blocks.length; block++) {
    const found = indicesOf(blocks[block]!, text);
    if (left < found.length) return { block, index: found[left]! };
    left -= found.length;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Replacing

/** A replacement as it goes into a block: one line, trimmed. */
export function cleanReplacement(replacement: string): string {
  return replacement.replace(/\s+/g, ' ').trim();
}

function attributesAt(text: Y.Text, index: number): Record<string, unknown> {
  let pos = 0;
  for (const op of text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (index < pos + length) return { ...(op.attributes ?? {}) };
    pos += length;
  }
  return {};
}

/** Replaces `length` characters at `index`, keeping the formatting the first of them had. */
function replaceRange(text: Y.Text, index: number, length: number, replacement: string): void {
  const attributes = attributesAt(text, index);
  text.delete(index, length);
  if (replacement) text.insert(index, replacement, attributes);
}

/** Replaces the target occurrence in a rich-text note. False when the text is no longer there. */
export function replaceInFragment(doc: Y.Doc, fragment: Y.XmlFragment, target: RedactTarget, replacement: string, origin: Origin = ORIGIN.local): boolean {
  const nodes = xmlTextsOf(fragment);
  const at = locateOccurrence(nodes.map(plainOf), target.text, target.occurrence);
  if (!at) return false;
  doc.transact(() => replaceRange(nodes[at.block]!, at.index, target.text.length, cleanReplacement(replacement)), origin);
  return true;
}

/** Replaces the target occurrence in a short text (Y.Text). False when the text is no longer there. */
export function replaceInText(doc: Y.Doc, text: Y.Text, target: RedactTarget, replacement: string, origin: Origin = ORIGIN.local): boolean {
  const at = locateOccurrence([plainOf(text)], target.text, target.occurrence);
  if (!at) return false;
  doc.transact(() => replaceRange(text, at.index, target.text.length, cleanReplacement(replacement)), origin);
  return true;
}

function replaceInScalar(doc: Y.Doc, map: Y.Map<unknown> | undefined, key: string, target: RedactTarget, replacement: string, origin: Origin): boolean {
  if (!map) return false;
  const value = str(map, key);
  const at = locateOccurrence([value], target.text, target.occurrence);
  if (!at) return false;
  const next = (value.slice(0, at.index) + cleanReplacement(replacement) + value.slice(at.index + target.text.length)).replace(/\s+/g, ' ').trim();
  doc.transact(() => map.set(key, next), origin);
  return true;
}

function entryOf(doc: Y.Doc, caseId: CaseId, part: 'items' | 'strategies', id: string): Y.Map<unknown> | undefined {
  const entries = casePart<Y.Map<Y.Map<unknown>>>(doc, caseId, part, Y.Map);
  const entry = entries?.get(id);
  return entry instanceof Y.Map ? entry : undefined;
}

function followUpEntry(circle: Y.Doc | undefined, id: FollowUpId): Y.Map<unknown> | undefined {
  const entry = circle?.getMap<unknown>('followUps').get(id);
  return entry instanceof Y.Map ? entry : undefined;
}

/**
 * Replaces one found identifier wherever its ref points (the command behind "Ersetzen durch
 * Platzhalter"). An empty replacement deletes the text. Returns false when the target is gone.
 */
export function replaceFinding(docs: RedactDocs, ref: TextRef, target: RedactTarget, replacement: string, origin: Origin = ORIGIN.local): boolean {
  const { meeting } = docs;
  const yText = (value: unknown) => (value instanceof Y.Text ? value : undefined);
  switch (ref.type) {
    case 'meeting': return replaceInScalar(meeting, metaOf(meeting), ref.field, target, replacement, origin);
    case 'caseTitle': return replaceInScalar(meeting, meeting.getMap<Y.Map<unknown>>('cases').get(ref.caseId), 'title', target, replacement, origin);
    case 'question': {
      const text = casePart(meeting, ref.caseId, 'question', Y.Text);
      return !!text && replaceInText(meeting, text, target, replacement, origin);
    }
    case 'notes': {
      const fragment = phaseNotes(meeting, ref.caseId, ref.phaseId);
      return !!fragment && replaceInFragment(meeting, fragment, target, replacement, origin);
    }
    case 'tandemNote':
      return replaceInFragment(meeting, tandemNote(meeting, ref.caseId, ref.phaseId), target, replacement, origin);
    case 'statement': {
      const fragment = caseStatement(meeting, ref.caseId);
      return !!fragment && replaceInFragment(meeting, fragment, target, replacement, origin);
    }
    case 'item': {
      const text = yText(entryOf(meeting, ref.caseId, 'items', ref.itemId)?.get('text'));
      return !!text && replaceInText(meeting, text, target, replacement, origin);
    }
    case 'strategy': {
      const text = yText(entryOf(meeting, ref.caseId, 'strategies', ref.strategyId)?.get('measure'));
      return !!text && replaceInText(meeting, text, target, replacement, origin);
    }
    case 'strategyProfession':
      return replaceInScalar(meeting, entryOf(meeting, ref.caseId, 'strategies', ref.strategyId), 'responsibleProfession', target, replacement, origin);
    case 'followUp': {
      const fragment = docs.circle && followUpNote(docs.circle, ref.followUpId);
      return !!fragment && replaceInFragment(docs.circle!, fragment, target, replacement, origin);
    }
    case 'followUpTitle':
      return !!docs.circle && replaceInScalar(docs.circle, followUpEntry(docs.circle, ref.followUpId), 'caseTitle', target, replacement, origin);
  }
}

// ---------------------------------------------------------------------------------------------
// Dismissals ("Kein Identifikator")

export interface Dismissal {
  readonly key: string;
  readonly text: string;
  readonly kind: IdentifierKind;
  /** The moderator who dismissed it (name as in their profile). */
  readonly by: string;
  /** ISO timestamp. */
  readonly at: string;
}

const dismissalsOf = (doc: Y.Doc) => doc.getMap<unknown>('dismissals');

/** The key of a finding's dismissal: kind and text, folded (case and spacing do not matter). */
export function dismissalKey(kind: IdentifierKind, text: string): string {
  return `${kind}:${foldText(text).trim()}`;
}

/** Text as dismissals compare it: case and runs of spacing do not matter. */
export function foldText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/** Marks a finding as "Kein Identifikator" for the whole meeting, for both moderators. */
export function dismissFinding(doc: Y.Doc, finding: { readonly kind: IdentifierKind; readonly text: string }, by: string, now = new Date(), origin: Origin = ORIGIN.local): void {
  storeDismissal(doc, { text: finding.text, kind: finding.kind, by, at: now.toISOString() }, origin);
}

/** Stores a dismissal as it is (also one read from a file, see importMeeting); an existing one stays. */
export function storeDismissal(doc: Y.Doc, { text, kind, by, at }: Omit<Dismissal, 'key'>, origin: Origin = ORIGIN.local): void {
  const key = dismissalKey(kind, text);
  if (dismissalsOf(doc).has(key)) return;
  doc.transact(() => dismissalsOf(doc).set(key, { text: text.trim(), kind, by: by.trim(), at }), origin);
}

/** Takes a dismissal back: the finding is flagged again. */
export function restoreFinding(doc: Y.Doc, key: string, origin: Origin = ORIGIN.local): void {
  if (dismissalsOf(doc).has(key)) doc.transact(() => dismissalsOf(doc).delete(key), origin);
}

export function dismissalsSnapshot(doc: Y.Doc): Dismissal[] {
  const result: Dismissal[] = [];
  for (const [key, value] of dismissalsOf(doc).entries()) {
    if (!value || typeof value !== 'object') continue;
    const v = value as Record<string, unknown>;
    const text = typeof v.text === 'string' ? v.text : key.slice(key.indexOf(':') + 1);
    result.push({ key, text, kind: (typeof v.kind === 'string' ? v.kind : key.slice(0, key.indexOf(':'))) as IdentifierKind, by: typeof v.by === 'string' ? v.by : '', at: typeof v.at === 'string' ? v.at : '' });
  }
  return result.sort((a, b) => compareGerman(a.text, b.text));
}
