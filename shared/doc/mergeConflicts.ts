/**
 * The conflicts of a merge (docs/tandem-paket.md): scalar fields both laptops changed since their last
 * exchange, with both values, who wrote each, and the one the CRDT keeps; and „Stattdessen
 * übernehmen“, which sets the other value as a local edit. Rules:
 * - A conflict is a map key for which the package brings a value AND this laptop holds a value the
 *   sender had not seen (its clock is beyond the sender's state vector): neither side saw the other's.
 *   Which value stays is the CRDT's rule; the report only names both.
 * - Run findConflicts right after the transaction that applied the package, on a `gc: false` copy (the
 *   losing value is dropped at the end of the transaction otherwise). Nothing of it is written.
 */
import * as Y from 'yjs';
import { authorsByClient } from './authorship';
import { placeOf, rawString, SILENT_ROOTS, STRUCTURE_KEYS, type Parent, type Place } from './itemPlace';
import { TANDEM_NOTE_PREFIX } from './tandemNote';

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
