/**
 * Writes while the moderator types into a short field over a doc value: an item's text, a strategy's
 * measure or responsible profession. Each change goes to the doc at once, so it is stored and sent
 * like a keystroke in a note, and untrimmed: `editItem` and `updateStrategy` trim, which would eat
 * the space typed between two words. When the field is left (or Enter is pressed), the field commits
 * through those commands, which trim.
 */
import * as Y from 'yjs';
import { casePart } from './case';
import type { CaseId, ItemId, StrategyId } from './ids';
import { ORIGIN, type Origin } from './schema';
import { setText } from './text';

/** An item's text as typed so far (the smallest edit of its Y.Text). */
export function typeItemText(doc: Y.Doc, caseId: CaseId, id: ItemId, text: string, origin: Origin = ORIGIN.local): void {
  const value = casePart<Y.Map<Y.Map<unknown>>>(doc, caseId, 'items', Y.Map)?.get(id)?.get('text');
  if (value instanceof Y.Text && value.toString() !== text) doc.transact(() => setText(value, text), origin);
}

/** The strategy fields typed as text. */
export type StrategyTextField = 'measure' | 'responsibleProfession';

/** A strategy's measure (a Y.Text) or responsible profession (a plain string) as typed so far. */
export function typeStrategyText(doc: Y.Doc, caseId: CaseId, id: StrategyId, field: StrategyTextField, text: string, origin: Origin = ORIGIN.local): void {
  const entry = casePart<Y.Map<Y.Map<unknown>>>(doc, caseId, 'strategies', Y.Map)?.get(id);
  if (!entry) return;
  const current = entry.get(field);
  if (current instanceof Y.Text) {
    if (current.toString() !== text) doc.transact(() => setText(current, text), origin);
  } else if (current !== text) {
    doc.transact(() => entry.set(field, text), origin);
  }
}
