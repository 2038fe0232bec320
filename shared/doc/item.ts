/**
 * Quick-capture items of a case (Hypothesen, Ressourcen, Belastungen, Lösungsideen): an ordered
 * collection (Y.Array of ids + Y.Map of entries) so that both laptops' items survive a merge.
 */
import * as Y from 'yjs';
import { casePart } from './case';
import { newId, type CaseId, type ItemId } from './ids';
import type { CaptureKind } from './method';
import type { System } from './participant';
import { ORIGIN, orderedIds, str, type Origin } from './schema';
import { setText } from './text';

export const CAPTURE_KINDS: readonly CaptureKind[] = ['hypothesis', 'resource', 'stressor', 'idea'];

export interface ItemSnapshot {
  readonly id: ItemId;
  readonly kind: CaptureKind;
  readonly text: string;
  /** Whose perspective: a system, or '' when not tagged. */
  readonly system: System | '';
  readonly createdAt: string;
}

function parts(doc: Y.Doc, caseId: CaseId) {
  const items = casePart<Y.Map<Y.Map<unknown>>>(doc, caseId, 'items', Y.Map);
  const order = casePart<Y.Array<string>>(doc, caseId, 'itemOrder', Y.Array);
  return items && order ? { items, order } : undefined;
}

export function addItem(doc: Y.Doc, caseId: CaseId, kind: CaptureKind, text: string, system: System | '' = '', now = new Date(), origin: Origin = ORIGIN.local): ItemId | undefined {
  const p = parts(doc, caseId);
  if (!p || !text.trim()) return undefined;
  const id = newId<ItemId>();
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('kind', kind);
    entry.set('text', new Y.Text(text.trim()));
    entry.set('system', system);
    entry.set('createdAt', now.toISOString());
    p.items.set(id, entry);
    p.order.push([id]);
  }, origin);
  return id;
}

export function editItem(doc: Y.Doc, caseId: CaseId, id: ItemId, text: string, origin: Origin = ORIGIN.local): void {
  const value = parts(doc, caseId)?.items.get(id)?.get('text');
  if (value instanceof Y.Text) doc.transact(() => setText(value, text.trim()), origin);
}

export function tagItem(doc: Y.Doc, caseId: CaseId, id: ItemId, system: System | '', origin: Origin = ORIGIN.local): void {
  const entry = parts(doc, caseId)?.items.get(id);
  if (entry && entry.get('system') !== system) doc.transact(() => entry.set('system', system), origin);
}

/** Deletes an item: its entry stays (marked), so a concurrent edit of it is not lost silently. */
export function deleteItem(doc: Y.Doc, caseId: CaseId, id: ItemId, origin: Origin = ORIGIN.local): void {
  const p = parts(doc, caseId);
  if (!p?.items.has(id)) return;
  doc.transact(() => {
    p.items.get(id)!.set('deleted', true);
    const index = p.order.toArray().indexOf(id);
    if (index >= 0) p.order.delete(index, 1);
  }, origin);
}

/** Moves an item one place up (-1) or down (+1) among the items of its kind. */
export function moveItem(doc: Y.Doc, caseId: CaseId, id: ItemId, direction: -1 | 1, origin: Origin = ORIGIN.local): void {
  const p = parts(doc, caseId);
  if (!p) return;
  const kind = p.items.get(id)?.get('kind');
  const ids = p.order.toArray();
  const sameKind = ids.filter((other) => p.items.get(other)?.get('kind') === kind && p.items.get(other)?.get('deleted') !== true);
  const at = sameKind.indexOf(id);
  const neighbour = sameKind[at + direction];
  if (at < 0 || !neighbour) return;
  doc.transact(() => {
    const from = p.order.toArray().indexOf(id);
    p.order.delete(from, 1);
    const to = p.order.toArray().indexOf(neighbour);
    p.order.insert(direction < 0 ? to : to + 1, [id]);
  }, origin);
}

export function itemsSnapshot(doc: Y.Doc, caseId: CaseId): ItemSnapshot[] {
  const p = parts(doc, caseId);
  if (!p) return [];
  return orderedIds<ItemId>(p.order, p.items)
    .map((id) => ({ id, entry: p.items.get(id)! }))
    .filter(({ entry }) => entry.get('deleted') !== true)
    .map(({ id, entry }) => ({
      id,
      kind: (CAPTURE_KINDS.includes(entry.get('kind') as CaptureKind) ? entry.get('kind') : 'idea') as CaptureKind,
      text: entry.get('text') instanceof Y.Text ? (entry.get('text') as Y.Text).toString() : '',
      system: (str(entry, 'system') || '') as System | '',
      createdAt: str(entry, 'createdAt'),
    }));
}
