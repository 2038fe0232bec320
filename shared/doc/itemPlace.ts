/**
 * Where a Yjs item sits in a Tandem doc (internal to mergeReport.ts and mergeConflicts.ts; not part of
 * the package's exports): its root type's name and the map keys down to it.
 */
import * as Y from 'yjs';

/** Map keys that are structure or bookkeeping, never a field a moderator changed. */
export const STRUCTURE_KEYS = new Set(['kind', 'schemaVersion', 'id', 'circleId', 'createdAt', 'methodName', 'removed', 'deleted']);
/** Top-level types whose changes are not told (authorship, order arrays, the timer's clock, phases copied at creation). */
export const SILENT_ROOTS = new Set(['users', 'caseOrder', 'phaseOrder', 'phases', 'meetings']);

export type Parent = Y.AbstractType<unknown>;

/** Where an item sits: its root type's name and the map keys from the root down to the item's parent. */
export interface Place {
  readonly root: string;
  /** parentSub of each nested type's item from the root down (null inside arrays, fragments, texts). */
  readonly keys: ReadonlyArray<string | null>;
  /** The items of those nested types, same order. */
  readonly items: readonly Y.Item[];
}

export function placeOf(item: Y.Item): Place | undefined {
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

export function ancestorDeleted(place: Place): boolean {
  return place.items.some((item) => item.deleted);
}

/** A string field of a nested map, read even when the map was deleted (gc off keeps its content). */
export function rawString(parent: Y.Map<unknown>, key: string, field: string): string {
  const entry = (parent as unknown as Parent)._map.get(key);
  if (!entry || !(entry.content instanceof Y.ContentType)) return '';
  const value = (entry.content.type as Parent)._map.get(field);
  const content = value?.content.getContent()[0];
  return typeof content === 'string' ? content : '';
}
