/**
 * What a merge changed, in terms a moderator understands (docs/tandem-paket.md): per meeting and per
 * case, per author, the paragraphs and characters added to each note, the entries and strategies added,
 * changed or removed, the scalar fields changed. The conflicts (fields both laptops changed since their
 * last exchange) are mergeConflicts.ts; whether an update changes a doc at all, docState.ts.
 *
 * Pure functions over a Y.Doc and the transaction that applied a package's update to it. Rules:
 * - Run them on a throw-away `gc: false` copy (the import preview's trial merge): a value that lost a
 *   conflict, or text a package deletes, is dropped by `gc: true` at the end of the transaction, and
 *   the report needs it. The copy lives in memory only; nothing of it is written.
 * - Added units are attributed by the clientID that inserted them (authorsByClient), deletions by the
 *   moderator whose recorded delete sets hold them (Y.PermanentUserData); deviceId null: written or
 *   deleted before authorship was recorded.
 * - Overwriting a scalar deletes the value before it: that is one change of the field by the writer of
 *   the new value, never a deletion.
 */
import * as Y from 'yjs';
import { authorsByClient, authorList, type Author } from './authorship';
import { ancestorDeleted, placeOf, rawString, SILENT_ROOTS, STRUCTURE_KEYS, type Parent, type Place } from './itemPlace';
import type { CaptureKind } from './method';
import { TANDEM_NOTE_PREFIX } from './tandemNote';

/** The note a text change is in (`phaseId` for protocol and tandem notes). */
export interface NoteRef {
  readonly kind: 'protocol' | 'tandem' | 'statement' | 'question' | 'followUp';
  readonly phaseId?: string;
  /** The phase's title in the meeting (for protocol and tandem notes). */
  readonly phaseTitle?: string;
}

export interface NoteChange extends NoteRef {
  /** Blocks (paragraphs, headings, list entries) added. */
  readonly paragraphs: number;
  /** Visible characters added. */
  readonly characters: number;
  readonly deletedCharacters: number;
}

/** Counted changes besides notes and fields (each key counts entities, not characters). */
export const CHANGE_COUNTS = [
  'hypothesis', 'resource', 'stressor', 'idea', 'strategy',
  'itemChanged', 'itemRemoved', 'itemRestored', 'itemDeleted',
  'strategyChanged', 'strategyRemoved', 'strategyRestored', 'strategyDeleted',
  'caseAdded', 'caseRemoved', 'caseRestored', 'caseDeleted',
  'checkedIn', 'checkedOut', 'dismissal',
  'personAdded', 'personChanged', 'personRemoved', 'offerAdded', 'offerChanged',
  'followUpAdded', 'followUpRemoved', 'templateChanged', 'listWord', 'meetingDeleted',
] as const;
export type ChangeCount = (typeof CHANGE_COUNTS)[number];

export interface AuthorChanges {
  /** null: before authorship was recorded (no name known). */
  readonly deviceId: string | null;
  readonly name: string;
  readonly role: string;
  readonly notes: readonly NoteChange[];
  readonly counts: Readonly<Partial<Record<ChangeCount, number>>>;
  /** Keys of the scalar fields this author changed ('topic', 'place', 'title', 'presenter', …). */
  readonly fields: readonly string[];
}

/** The changes of one part of a doc: the meeting (or circle) itself, or one case. */
export interface ScopeChanges {
  readonly scope: 'meeting' | 'circle' | 'case';
  readonly caseId?: string;
  /** The case's title after the merge (before, if the package deleted it). */
  readonly caseTitle?: string;
  readonly authors: readonly AuthorChanges[];
}

export interface DocChanges {
  /** The transaction created the doc here (its meta 'kind' is new): a new meeting or circle. */
  readonly created: boolean;
  readonly scopes: readonly ScopeChanges[];
}

const isBlock = (item: Y.Item) => item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement
  && ['paragraph', 'heading', 'codeBlock'].includes(item.content.type.nodeName);

/** Characters held by an item: its string, or every string inside a type it holds (deleted ones too: gc is off). */
function charactersIn(item: Y.Item): number {
  if (item.content instanceof Y.ContentString) return item.length;
  if (!(item.content instanceof Y.ContentType)) return 0;
  let count = 0;
  const type = item.content.type as Parent;
  for (let child = type._start; child; child = child.right) count += charactersIn(child);
  for (const child of type._map.values()) count += charactersIn(child);
  return count;
}

/** A doc-local accumulator: scope → author → changes. */
class Tally {
  private scopes = new Map<string, { scope: ScopeChanges['scope']; caseId?: string; authors: Map<string | null, MutableAuthor> }>();
  private distinct = new Map<string, Set<string>>();

  constructor(private readonly scopeOfDoc: 'meeting' | 'circle') {}

  author(caseId: string | undefined, deviceId: string | null): MutableAuthor {
    const key = caseId ?? '';
    let scope = this.scopes.get(key);
    if (!scope) this.scopes.set(key, (scope = { scope: caseId ? 'case' : this.scopeOfDoc, ...(caseId && { caseId }), authors: new Map() }));
    let author = scope.authors.get(deviceId);
    if (!author) scope.authors.set(deviceId, (author = { deviceId, notes: new Map(), counts: {}, fields: new Set() }));
    return author;
  }

  count(caseId: string | undefined, deviceId: string | null, what: ChangeCount, entity?: string): void {
    if (entity !== undefined) {
      const key = `${caseId}|${deviceId}|${what}`;
      let seen = this.distinct.get(key);
      if (!seen) this.distinct.set(key, (seen = new Set()));
      if (seen.has(entity)) return;
      seen.add(entity);
    }
    const counts = this.author(caseId, deviceId).counts;
    counts[what] = (counts[what] ?? 0) + 1;
  }

  note(caseId: string | undefined, deviceId: string | null, ref: NoteRef): { paragraphs: number; characters: number; deletedCharacters: number } {
    const notes = this.author(caseId, deviceId).notes;
    const key = `${ref.kind}:${ref.phaseId ?? ''}`;
    let note = notes.get(key);
    if (!note) notes.set(key, (note = { ...ref, paragraphs: 0, characters: 0, deletedCharacters: 0 }));
    return note;
  }

  field(caseId: string | undefined, deviceId: string | null, key: string): void {
    this.author(caseId, deviceId).fields.add(key);
  }

  result(doc: Y.Doc, names: ReadonlyMap<string, Author>): ScopeChanges[] {
    const cases = doc.getMap<unknown>('cases');
    return [...this.scopes.values()]
      .map((scope): ScopeChanges => ({
        scope: scope.scope,
        ...(scope.caseId && { caseId: scope.caseId, caseTitle: rawString(cases, scope.caseId, 'title') }),
        authors: [...scope.authors.values()]
          .map((a) => ({
            deviceId: a.deviceId, name: a.deviceId ? names.get(a.deviceId)?.name ?? '' : '', role: a.deviceId ? names.get(a.deviceId)?.role ?? '' : '',
            notes: [...a.notes.values()].filter((n) => n.paragraphs + n.characters + n.deletedCharacters > 0),
            counts: a.counts, fields: [...a.fields],
          }))
          .filter((a) => a.notes.length > 0 || a.fields.length > 0 || Object.keys(a.counts).length > 0),
      }))
      .filter((scope) => scope.authors.length > 0)
      // The meeting (or circle) first, then the cases in the meeting's order.
      .sort((a, b) => caseRank(doc, a.caseId) - caseRank(doc, b.caseId));
  }
}

interface MutableAuthor {
  deviceId: string | null;
  notes: Map<string, NoteRef & { paragraphs: number; characters: number; deletedCharacters: number }>;
  counts: Partial<Record<ChangeCount, number>>;
  fields: Set<string>;
}

function caseRank(doc: Y.Doc, caseId: string | undefined): number {
  if (!caseId) return -1;
  const index = doc.getArray<unknown>('caseOrder').toArray().indexOf(caseId);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

function phaseTitle(doc: Y.Doc, phaseId: string): string {
  const phase = doc.getMap<unknown>('phases').get(phaseId);
  const title = phase instanceof Y.Map ? phase.get('title') : undefined;
  return typeof title === 'string' ? title : '';
}

/**
 * The changes a transaction (applying a package's update) made to a doc, per scope and author.
 * Call it right after the transaction, on a `gc: false` doc.
 */
export function summarizeChanges(doc: Y.Doc, transaction: Y.Transaction): DocChanges {
  const kind = doc.getMap('meta').get('kind') === 'circle' ? 'circle' : 'meeting';
  const tally = new Tally(kind);
  const byClient = authorsByClient(doc);
  const names = new Map(authorList(doc).map((a) => [a.deviceId, a]));
  const writer = (item: Y.Item) => byClient.get(item.id.client)?.deviceId ?? null;
  const metaKind = (doc.getMap('meta') as unknown as Parent)._map.get('kind');
  /** Whether an item came with this transaction (what is written into a new entity is part of "added"). */
  const isNew = (item: Y.Item) => item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
  const created = !!metaKind && isNew(metaKind);

  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = doc.store.clients.get(client) ?? [];
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!;
      if (!(struct instanceof Y.Item)) continue;
      // Deleted on arrival: text or an entry removed later by the sender (not shown), or a field's
      // value that lost against one written here (a conflict: still the sender's change of the field).
      if (struct.deleted && !(struct.parentSub !== null && lostConflict(struct, isNew))) continue;
      const place = placeOf(struct);
      if (!place || SILENT_ROOTS.has(place.root) || ancestorDeleted(place)) continue;
      const start = Math.max(struct.id.clock, before);
      const units = struct.content instanceof Y.ContentString ? Math.min(struct.id.clock + struct.length, after) - start : 1;
      added(doc, tally, place, struct, writer(struct), units, created, isNew);
    }
  }

  if (transaction.deleteSet.clients.size > 0) {
    const pud = new Y.PermanentUserData(doc);
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      if (!(struct instanceof Y.Item)) return;
      const place = placeOf(struct);
      if (!place || SILENT_ROOTS.has(place.root) || ancestorDeleted(place)) return;
      // An overwritten scalar: the new value is the change (told by its writer).
      if (struct.parentSub !== null && struct.right !== null) return;
      const deleter = pud.getUserByDeletedId(struct.id) ?? null;
      removed(doc, tally, place, struct, deleter);
    });
  }
  return { created, scopes: tally.result(doc, names) };
}

/** A new map value deleted because a value written here (not new) won: the last of its key is not new. */
function lostConflict(item: Y.Item, isNew: (item: Y.Item) => boolean): boolean {
  let last: Y.Item = item;
  while (last.right) last = last.right;
  return last !== item && !isNew(last) && !last.deleted;
}

/**
 * A field whose new value is what was shown before (a form saving unchanged or empty fields, both
 * laptops writing the same): nothing a moderator would see. Before the transaction the key showed
 * its last item that was already here; no such item (or a deleted one) counts as ''.
 */
function sameAsBefore(item: Y.Item, isNew: (item: Y.Item) => boolean): boolean {
  if (item.parentSub === null || !(item.content instanceof Y.ContentAny)) return false;
  let last = item;
  while (last.right) last = last.right;
  let before: unknown = '';
  for (let it: Y.Item | null = last; it; it = it.left) {
    if (isNew(it)) continue;
    if (!(it.content instanceof Y.ContentDeleted) && !(it.deleted && it === last)) before = it.content.getContent()[0];
    break;
  }
  return JSON.stringify(before) === JSON.stringify(item.content.getContent()[0]);
}

function added(doc: Y.Doc, tally: Tally, place: Place, item: Y.Item, author: string | null, units: number, created: boolean, isNew: (item: Y.Item) => boolean): void {
  const { root, keys } = place;
  const key = item.parentSub;
  if (sameAsBefore(item, isNew)) return;
  if (root.startsWith(TANDEM_NOTE_PREFIX)) {
    const [caseId, phaseId] = root.slice(TANDEM_NOTE_PREFIX.length).split(':');
    return textAdded(tally, caseId, author, { kind: 'tandem', phaseId, phaseTitle: phaseTitle(doc, phaseId ?? '') }, item, units);
  }
  switch (root) {
    case 'meta':
      if (keys.length === 0 && key && !STRUCTURE_KEYS.has(key) && !created) tally.field(undefined, author, key);
      return;
    case 'attendance':
      if (keys.length === 0 && key) tally.count(undefined, author, 'checkedIn', key);
      return;
    case 'dismissals':
      if (keys.length === 0) tally.count(undefined, author, 'dismissal');
      return;
    case 'stopList':
    case 'allowList':
      if (keys.length === 0) tally.count(undefined, author, 'listWord');
      return;
    case 'deletedMeetings':
      if (keys.length === 0) tally.count(undefined, author, 'meetingDeleted');
      return;
    case 'cases':
      return caseAdded(doc, tally, place, item, author, units, isNew);
    case 'roster':
    case 'offers': {
      const noun = root === 'roster' ? 'person' : 'offer';
      if (keys.length === 0) tally.count(undefined, author, `${noun}Added`);
      else if (keys.length === 1 && key && !STRUCTURE_KEYS.has(key) && !isNew(place.items[0]!)) tally.count(undefined, author, `${noun}Changed`, keys[0]!);
      return;
    }
    case 'templates':
      if (keys.length > 0 && !isNew(place.items[0]!)) tally.count(undefined, author, 'templateChanged', keys[0]!);
      return;
    case 'followUps':
      if (keys.length === 0) tally.count(undefined, author, 'followUpAdded');
      else if (keys[1] === 'note') textAdded(tally, undefined, author, { kind: 'followUp' }, item, units);
      return;
    default:
      return;
  }
}

function caseAdded(doc: Y.Doc, tally: Tally, place: Place, item: Y.Item, author: string | null, units: number, isNew: (item: Y.Item) => boolean): void {
  const { keys } = place;
  const caseId = keys[0] ?? item.parentSub ?? undefined;
  if (!caseId) return;
  const key = item.parentSub;
  if (keys.length === 0) return tally.count(caseId, author, 'caseAdded');
  const caseIsNew = isNew(place.items[0]!);
  if (keys.length === 1) {
    if (item.content instanceof Y.ContentType || !key) return;
    if (key === 'removed') return item.content.getContent()[0] === true ? tally.count(caseId, author, 'caseRemoved') : undefined;
    if (!caseIsNew && !STRUCTURE_KEYS.has(key)) tally.field(caseId, author, key);
    return;
  }
  const part = keys[1];
  if (part === 'notes' && keys.length >= 3) return textAdded(tally, caseId, author, { kind: 'protocol', phaseId: keys[2]!, phaseTitle: phaseTitle(doc, keys[2]!) }, item, units);
  if (part === 'question' || part === 'statement') return textAdded(tally, caseId, author, { kind: part }, item, units);
  if (part === 'items' || part === 'strategies') {
    const isItem = part === 'items';
    if (keys.length === 2) {
      if (!(item.content instanceof Y.ContentType) || !(item.content.type instanceof Y.Map)) return;
      if (isItem) {
        const kind = item.content.type.get('kind');
        tally.count(caseId, author, (['hypothesis', 'resource', 'stressor', 'idea'] as CaptureKind[]).includes(kind as CaptureKind) ? kind as CaptureKind : 'idea');
      } else tally.count(caseId, author, 'strategy');
      return;
    }
    const entityId = keys[2]!;
    // What came with a new entry (its first text, its fields) is part of "added".
    if (isNew(place.items[2]!)) return;
    if (keys.length === 3 && item.parentSub === 'deleted') {
      if (item.content.getContent()[0] === true) tally.count(caseId, author, isItem ? 'itemRemoved' : 'strategyRemoved', entityId);
      return;
    }
    tally.count(caseId, author, isItem ? 'itemChanged' : 'strategyChanged', entityId);
  }
}

function textAdded(tally: Tally, caseId: string | undefined, author: string | null, ref: NoteRef, item: Y.Item, units: number): void {
  if (item.content instanceof Y.ContentString) tally.note(caseId, author, ref).characters += units;
  else if (isBlock(item)) tally.note(caseId, author, ref).paragraphs += 1;
}

function removed(doc: Y.Doc, tally: Tally, place: Place, item: Y.Item, deleter: string | null): void {
  const { root, keys } = place;
  const key = item.parentSub;
  const noteDeleted = (caseId: string | undefined, ref: NoteRef) => {
    const characters = charactersIn(item);
    if (characters > 0) tally.note(caseId, deleter, ref).deletedCharacters += characters;
  };
  if (root.startsWith(TANDEM_NOTE_PREFIX)) {
    const [caseId, phaseId] = root.slice(TANDEM_NOTE_PREFIX.length).split(':');
    return noteDeleted(caseId, { kind: 'tandem', phaseId, phaseTitle: phaseTitle(doc, phaseId ?? '') });
  }
  switch (root) {
    case 'meta':
      if (keys.length === 0 && key && !STRUCTURE_KEYS.has(key)) tally.field(undefined, deleter, key);
      return;
    case 'attendance':
      if (keys.length === 0 && key) tally.count(undefined, deleter, 'checkedOut', key);
      return;
    case 'roster':
      if (keys.length === 0) tally.count(undefined, deleter, 'personRemoved');
      return;
    case 'followUps':
      if (keys.length === 0) tally.count(undefined, deleter, 'followUpRemoved');
      else if (keys[1] === 'note') noteDeleted(undefined, { kind: 'followUp' });
      return;
    case 'cases': {
      const caseId = keys[0] ?? key ?? undefined;
      if (!caseId) return;
      if (keys.length === 0) return tally.count(caseId, deleter, 'caseDeleted');
      if (keys.length === 1) {
        if (key === 'removed') tally.count(caseId, deleter, 'caseRestored');
        else if (key && !STRUCTURE_KEYS.has(key) && !(item.content instanceof Y.ContentType)) tally.field(caseId, deleter, key);
        return;
      }
      const part = keys[1];
      if (part === 'notes' && keys.length >= 3) return noteDeleted(caseId, { kind: 'protocol', phaseId: keys[2]!, phaseTitle: phaseTitle(doc, keys[2]!) });
      if (part === 'question' || part === 'statement') return noteDeleted(caseId, { kind: part });
      if (part === 'items' || part === 'strategies') {
        const isItem = part === 'items';
        if (keys.length === 2) return tally.count(caseId, deleter, isItem ? 'itemDeleted' : 'strategyDeleted');
        if (keys.length === 3 && key === 'deleted') return tally.count(caseId, deleter, isItem ? 'itemRestored' : 'strategyRestored', keys[2]!);
        return tally.count(caseId, deleter, isItem ? 'itemChanged' : 'strategyChanged', keys[2]!);
      }
      return;
    }
    default:
      return;
  }
}
