/** Handlungsstrategien of a case: measure, responsible system and profession, due date, offer, status. */
import * as Y from 'yjs';
import { casePart } from './case';
import { newId, type CaseId, type OfferId, type StrategyId } from './ids';
import type { System } from './participant';
import { ORIGIN, orderedIds, str, type Origin } from './schema';
import { setText } from './text';

export type StrategyStatus = 'open' | 'done';

export interface StrategyFields {
  readonly measure: string;
  readonly responsibleSystem: System | '';
  readonly responsibleProfession: string;
  /** ISO date YYYY-MM-DD or ''. */
  readonly due: string;
  readonly offerId: OfferId | '';
  readonly status: StrategyStatus;
}

export interface StrategySnapshot extends StrategyFields {
  readonly id: StrategyId;
}

function parts(doc: Y.Doc, caseId: CaseId) {
  const entries = casePart<Y.Map<Y.Map<unknown>>>(doc, caseId, 'strategies', Y.Map);
  const order = casePart<Y.Array<string>>(doc, caseId, 'strategyOrder', Y.Array);
  return entries && order ? { entries, order } : undefined;
}

export function addStrategy(doc: Y.Doc, caseId: CaseId, fields: Partial<StrategyFields> & { readonly measure: string }, origin: Origin = ORIGIN.local): StrategyId | undefined {
  const p = parts(doc, caseId);
  if (!p || !fields.measure.trim()) return undefined;
  const id = newId<StrategyId>();
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('measure', new Y.Text(fields.measure.trim()));
    entry.set('responsibleSystem', fields.responsibleSystem ?? '');
    entry.set('responsibleProfession', (fields.responsibleProfession ?? '').trim());
    entry.set('due', fields.due ?? '');
    entry.set('offerId', fields.offerId ?? '');
    entry.set('status', fields.status ?? 'open');
    p.entries.set(id, entry);
    p.order.push([id]);
  }, origin);
  return id;
}

export function updateStrategy(doc: Y.Doc, caseId: CaseId, id: StrategyId, fields: Partial<StrategyFields>, origin: Origin = ORIGIN.local): void {
  const entry = parts(doc, caseId)?.entries.get(id);
  if (!entry) return;
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value !== 'string') continue;
      const current = entry.get(key);
      if (current instanceof Y.Text) setText(current, value.trim());
      else if (current !== value) entry.set(key, value);
    }
  }, origin);
}

export function deleteStrategy(doc: Y.Doc, caseId: CaseId, id: StrategyId, origin: Origin = ORIGIN.local): void {
  const p = parts(doc, caseId);
  if (!p?.entries.has(id)) return;
  doc.transact(() => {
    p.entries.get(id)!.set('deleted', true);
    const index = p.order.toArray().indexOf(id);
    if (index >= 0) p.order.delete(index, 1);
  }, origin);
}

export function strategiesSnapshot(doc: Y.Doc, caseId: CaseId): StrategySnapshot[] {
  const p = parts(doc, caseId);
  if (!p) return [];
  return orderedIds<StrategyId>(p.order, p.entries)
    .map((id) => ({ id, entry: p.entries.get(id)! }))
    .filter(({ entry }) => entry.get('deleted') !== true)
    .map(({ id, entry }) => ({
      id,
      measure: entry.get('measure') instanceof Y.Text ? (entry.get('measure') as Y.Text).toString() : '',
      responsibleSystem: str(entry, 'responsibleSystem') as System | '',
      responsibleProfession: str(entry, 'responsibleProfession'),
      due: str(entry, 'due'),
      offerId: str(entry, 'offerId') as OfferId | '',
      status: str(entry, 'status') === 'done' ? 'done' : 'open',
    }));
}
