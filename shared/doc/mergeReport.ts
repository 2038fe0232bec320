/**
 * What a merge changed, in terms a moderator understands (docs/tandem-paket.md): per meeting and per
 * case, per author, the paragraphs and characters added to each note, the entries and strategies added,
 * changed or removed, the scalar fields changed; and the conflicts, scalar fields both laptops changed
 * since their last exchange, with both values.
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
 * - A conflict is a map key for which the package brings a value AND this laptop holds a value the
 *   sender had not seen (its clock is beyond the sender's state vector): neither side saw the other's.
 *   Which value stays is the CRDT's rule; the report only names both.
 */
import * as Y from 'yjs';
import { authorsByClient, authorList, type Author } from './authorship';
import type { CaptureKind } from './method';
import { TANDEM_NOTE_PREFIX } from './tandemNote';

/** The note a text change is in. `phaseId` for protocol and tandem notes; `followUpId` in a circle. */
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

/** Map keys that are structure or bookkeeping, never a field a moderator changed. */
const STRUCTURE_KEYS = new Set(['kind', 'schemaVersion', 'id', 'circleId', 'createdAt', 'methodName', 'removed', 'deleted']);
/** Top-level types whose changes are not told (authorship, order arrays, the timer's clock, phases copied at creation). */
const SILENT_ROOTS = new Set(['users', 'caseOrder', 'phaseOrder', 'phases', 'meetings']);

type Parent = Y.AbstractType<unknown>;

/** Where an item sits: its root type's name and the map keys from the root down to the item's parent. */
interface Place {
  readonly root: string;
  /** parentSub of each nested type's item from the root down (null inside arrays, fragments, texts). */
  readonly keys: ReadonlyArray<string | null>;
  /** The items of those nested types, same order. */
  readonly items: readonly Y.Item[];
}

function placeOf(item: Y.Item): Place | undefined {
  const keys: Array<string | null> = [];
  const items: Y.Item[] = [];
  let type = item.parent as Parent | null;
  while (type && type._item) {
    keys.unshift(type._item.parentSub);
    items.unshift(type._item);
    type = type._item.parent as Parent | null;
  }
  if (!type) return undefined;
  return { root: Y.findRootTypeKey(type), keys, items };
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

function ancestorDeleted(place: Place): boolean {
  return place.items.some((item) => item.deleted);
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

/** A string field of a nested map, read even when the map was deleted (gc off keeps its content). */
function rawString(parent: Y.Map<unknown>, key: string, field: string): string {
  const entry = (parent as unknown as Parent)._map.get(key);
  if (!entry || !(entry.content instanceof Y.ContentType)) return '';
  const value = (entry.content.type as Parent)._map.get(field);
  const content = value?.content.getContent()[0];
  return typeof content === 'string' ? content : '';
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

// --- conflicts --------------------------------------------------------------------------------------

/** A scalar value as stored (string, number, boolean, a list …). */
export type ScalarValue = string | number | boolean | null | readonly unknown[] | Readonly<Record<string, unknown>>;

export interface ConflictSide {
  readonly value: ScalarValue | undefined;
  /** The laptop that wrote it (null: before authorship was recorded). */
  readonly deviceId: string | null;
  readonly name: string;
  /** How to show the value where it is an id (a case role holds a participant: their name). */
  readonly display?: string;
  /** 'package': the value came with the package; 'here': it was written on this laptop (or reached it) since the last exchange. */
  readonly from: 'package' | 'here';
}

export interface Conflict {
  /** Root type and map keys down to the map that holds the field (to apply the other value later). */
  readonly mapPath: readonly string[];
  readonly key: string;
  /** Where it is, for the report: the meeting or circle itself, a case, an entry, a strategy, a person, an offer. */
  readonly scope: 'meeting' | 'circle' | 'case' | 'item' | 'strategy' | 'person' | 'offer' | 'other';
  readonly caseId?: string;
  readonly caseTitle?: string;
  /** A short label of the entity (a person's name, an offer's name, an entry's or strategy's text). */
  readonly entity?: string;
  /** The value the CRDT keeps. */
  readonly kept: ConflictSide;
  /** The value it drops (undefined where the other side deleted the field). */
  readonly other: ConflictSide;
}

/** Case roles hold a participant id (attendance key): the report names the person. */
const ROLE_KEYS = new Set(['presenter', 'timekeeper', 'minuteTaker']);
const NO_CONFLICT_ROOTS = new Set([...SILENT_ROOTS, 'attendance', 'dismissals', 'deletedMeetings', 'stopList', 'allowList']);

/**
 * The scalar fields both laptops changed since their last exchange: keys the transaction changed for
 * which the package brought a value (new in the transaction) and this laptop had one the sender had
 * not seen (`senderStateVector`). Call right after the transaction, on a `gc: false` doc.
 */
export function findConflicts(doc: Y.Doc, transaction: Y.Transaction, senderStateVector: Uint8Array): Conflict[] {
  const seen = Y.decodeStateVector(senderStateVector);
  const byClient = authorsByClient(doc);
  const attendance = doc.getMap<unknown>('attendance');
  const side = (item: Y.Item, from: ConflictSide['from']): ConflictSide => {
    const author = byClient.get(item.id.client);
    const value = item.content instanceof Y.ContentDeleted ? undefined : item.content.getContent()[0] as ScalarValue;
    const person = ROLE_KEYS.has(item.parentSub ?? '') && typeof value === 'string' ? attendance.get(value) : undefined;
    const display = person && typeof person === 'object' && typeof (person as { name?: unknown }).name === 'string' ? (person as { name: string }).name : undefined;
    return { value, deviceId: author?.deviceId ?? null, name: author?.name ?? '', ...(display && { display }), from };
  };
  const conflicts: Conflict[] = [];
  // A root the update created before anyone asked for it by its type is a plain AbstractType: any
  // type with map entries qualifies (nested Y.Text and XML attributes are left out by their place).
  for (const [type, keys] of transaction.changed) {
    if (type instanceof Y.Array || type instanceof Y.Text || type instanceof Y.XmlFragment) continue;
    for (const key of keys) {
      if (key === null || STRUCTURE_KEYS.has(key)) continue;
      const last = (type as unknown as Parent)._map.get(key);
      const fromPackage: Y.Item[] = [];
      const fromHere: Y.Item[] = [];
      if (!last || last.content instanceof Y.ContentType || last.deleted) continue;
      for (let item: Y.Item | null = last; item; item = item.left) {
        const clock = item.id.clock;
        if (clock >= (transaction.beforeState.get(item.id.client) ?? 0)) fromPackage.push(item);
        else if (clock >= (seen.get(item.id.client) ?? 0)) fromHere.push(item);
      }
      if (fromPackage.length === 0 || fromHere.length === 0) continue;
      const place = placeOf(last);
      if (!place || NO_CONFLICT_ROOTS.has(place.root) || place.root.startsWith(TANDEM_NOTE_PREFIX)) continue;
      if (place.keys.some((k) => k === null) || place.keys.includes('timer')) continue;
      // The last item of each side is that side's value (items of a key are in integration order).
      const packageItem = fromPackage[0]!;
      const hereItem = fromHere[0]!;
      if (last !== packageItem && last !== hereItem) continue;
      const kept = last === packageItem ? side(packageItem, 'package') : side(hereItem, 'here');
      const other = last === packageItem ? side(hereItem, 'here') : side(packageItem, 'package');
      if (JSON.stringify(kept.value) === JSON.stringify(other.value)) continue;
      conflicts.push({ mapPath: [place.root, ...(place.keys as string[])], key, ...describe(doc, place), kept, other });
    }
  }
  return conflicts;
}

function describe(doc: Y.Doc, place: Place): Pick<Conflict, 'scope' | 'caseId' | 'caseTitle' | 'entity'> {
  const { root, keys } = place;
  const kind = doc.getMap('meta').get('kind') === 'circle' ? 'circle' : 'meeting';
  if (root === 'meta' && keys.length === 0) return { scope: kind };
  if (root === 'cases' && keys.length >= 1) {
    const caseId = keys[0]!;
    const caseTitle = rawString(doc.getMap('cases'), caseId, 'title');
    if (keys.length === 1) return { scope: 'case', caseId, caseTitle };
    if ((keys[1] === 'items' || keys[1] === 'strategies') && keys.length === 3) {
      const entity = place.items[2]!.content instanceof Y.ContentType ? textField(place.items[2]!.content.type as Y.Map<unknown>, keys[1] === 'items' ? 'text' : 'measure') : '';
      return { scope: keys[1] === 'items' ? 'item' : 'strategy', caseId, caseTitle, entity };
    }
  }
  if ((root === 'roster' || root === 'offers') && keys.length === 1) {
    const map = place.items[0]!.content instanceof Y.ContentType ? place.items[0]!.content.type as Y.Map<unknown> : undefined;
    const name = map?.get('name');
    return { scope: root === 'roster' ? 'person' : 'offer', entity: typeof name === 'string' ? name : '' };
  }
  return { scope: 'other' };
}

function textField(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
}

/** The map a conflict's field is in, in a doc of the same lineage (undefined if it is gone). */
export function conflictMap(doc: Y.Doc, mapPath: readonly string[]): Y.Map<unknown> | undefined {
  const [root, ...keys] = mapPath;
  if (!root || !doc.share.has(root)) return undefined;
  let map: unknown = doc.getMap(root);
  for (const key of keys) {
    if (!(map instanceof Y.Map)) return undefined;
    map = map.get(key);
  }
  return map instanceof Y.Map ? map : undefined;
}

/**
 * „Stattdessen übernehmen“: sets a conflict's field to `value` as a local edit (undoable, sent with the
 * next package), but only while the field still holds `expected` (the value the report showed as kept):
 * a value changed since is never overwritten unseen. Returns whether it was set.
 */
export function setConflictValue(doc: Y.Doc, conflict: Pick<Conflict, 'mapPath' | 'key'>, expected: ScalarValue | undefined, value: ScalarValue | undefined, origin: unknown): boolean {
  const map = conflictMap(doc, conflict.mapPath);
  if (!map || JSON.stringify(map.get(conflict.key)) !== JSON.stringify(expected) || value === undefined) return false;
  doc.transact(() => map.set(conflict.key, value as never), origin);
  return true;
}

// --- whether an update changes a doc, and a doc state's fingerprint -------------------------------------

/**
 * Whether applying a V2 update would change the doc: it holds a struct the doc lacks, or deletes
 * something the doc still shows. Reads only.
 */
export function updateChangesDoc(doc: Y.Doc, update: Uint8Array): boolean {
  const state = Y.decodeStateVector(Y.encodeStateVector(doc));
  const { to } = Y.parseUpdateMetaV2(update);
  for (const [client, clock] of to) if (clock > (state.get(client) ?? 0)) return true;
  const { ds } = Y.decodeUpdateV2(update);
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client) ?? [];
    const known = state.get(client) ?? 0;
    for (const range of ranges) {
      if (range.clock + range.len > known) return true;
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length && structs[i]!.id.clock < range.clock + range.len; i++) {
        const struct = structs[i]!;
        if (struct instanceof Y.Item && !struct.deleted) return true;
      }
    }
  }
  return false;
}

/**
 * A short fingerprint of a doc state: its state vector and the size of its delete set. Two states of
 * one doc's lineage with equal fingerprints are equal (deletions only grow while the structs stay).
 * `source`: a doc, or a stored state (V1 update).
 */
export function stateFingerprint(source: Y.Doc | Uint8Array): string {
  const vector = Y.decodeStateVector(source instanceof Y.Doc ? Y.encodeStateVector(source) : Y.encodeStateVectorFromUpdate(source));
  const ds = source instanceof Y.Doc ? Y.createDeleteSetFromStructStore(source.store) : Y.decodeUpdate(source).ds;
  let deleted = 0;
  for (const ranges of ds.clients.values()) for (const range of ranges) deleted += range.len;
  const text = `${[...vector].sort((a, b) => a[0] - b[0]).map(([client, clock]) => `${client}:${clock}`).join(',')}#${deleted}`;
  return hash53(text);
}

/** cyrb53: a fast 53-bit string hash (not cryptographic; it only tells states apart). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
