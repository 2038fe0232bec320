/**
 * A plain snapshot of a doc that keeps its identity while its content stays the same, and shares
 * the unchanged parts with the previous snapshot when it does change.
 * Live mode reads many small snapshots (timer, items, strategies, roles) of a doc that changes on
 * every keystroke in a note; with structural equality only the part that changed re-renders, so
 * typing stays fast in a 3-hour meeting (benchmark `keystroke-p95`).
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { casePart, caseStatement, type CaseId } from '../../../shared/doc';

/** Deep equality of plain, JSON-like data (snapshots). */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * `next`, but with every part that equals the matching part of `prev` replaced by `prev`'s object,
 * so an item that did not change keeps its identity and its memoized row does not re-render.
 * Array elements that carry an `id` are matched by id (a moved item stays the same object).
 */
export function shareData<T>(prev: T, next: T): T {
  if (sameData(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const byId = new Map<unknown, unknown>();
    for (const old of prev) if (old && typeof old === 'object' && 'id' in old) byId.set((old as { id: unknown }).id, old);
    return next.map((value, i) => {
      const old = value && typeof value === 'object' && 'id' in value ? byId.get((value as { id: unknown }).id) : prev[i];
      return old === undefined ? value : shareData(old, value);
    }) as T;
  }
  if (prev && next && typeof prev === 'object' && typeof next === 'object' && !Array.isArray(prev) && !Array.isArray(next)) {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(next)) result[key] = key in prev ? shareData((prev as Record<string, unknown>)[key], value) : value;
    return result as T;
  }
  return next;
}

interface Cache<T> {
  doc: Y.Doc | undefined;
  key: string;
  dirty: boolean;
  value: T | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shared type (Y's own typing)
type SharedType = Y.AbstractType<any>;

/** Whether every change of a transaction lies inside the `ignored` types (so a snapshot can skip it). */
export function onlyInside(transaction: Y.Transaction, ignored: ReadonlySet<SharedType>): boolean {
  return ignored.size > 0 && [...transaction.changed.keys()].every((type) => inside(type, ignored));
}

/** Whether a changed type lies inside one of `roots` (or is one). */
function inside(type: SharedType, roots: ReadonlySet<SharedType>): boolean {
  for (let t: SharedType | null = type; t; t = t._item ? (t._item.parent as SharedType) : null) {
    if (roots.has(t)) return true;
  }
  return false;
}

/**
 * `select` must be pure; `deps` are the plain values it reads besides the doc.
 * `ignore` names parts of the doc the snapshot never reads (e.g. the notes of the case): a
 * transaction that only changed those — every keystroke in a note — does not even recompute it.
 */
export function useDocValue<T>(
  doc: Y.Doc | undefined,
  select: (doc: Y.Doc) => T,
  deps: readonly unknown[] = [],
  ignore?: (doc: Y.Doc) => readonly (SharedType | undefined)[],
): T | undefined {
  const cache = useRef<Cache<T>>({ doc: undefined, key: '', dirty: true, value: undefined });
  const key = JSON.stringify(deps);
  const ignoreRef = useRef(ignore);
  ignoreRef.current = ignore;
  const subscribe = useCallback((notify: () => void) => {
    if (!doc) return () => undefined;
    const ignored = new Set((ignoreRef.current?.(doc) ?? []).filter((type) => type !== undefined));
    const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction?: Y.Transaction) => {
      if (transaction && onlyInside(transaction, ignored)) return;
      cache.current.dirty = true;
      notify();
    };
    doc.on('update', onUpdate);
    return () => doc.off('update', onUpdate);
    // `key`: the ignored parts belong to the selected case.
  }, [doc, key]);
  const getSnapshot = () => {
    const c = cache.current;
    if (c.doc !== doc || c.key !== key) Object.assign(c, { doc, key, dirty: true, value: undefined });
    if (!doc) return undefined;
    if (c.dirty) {
      const next = select(doc);
      c.value = c.value === undefined ? next : shareData(c.value, next);
      c.dirty = false;
    }
    return c.value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** The case's private rich texts (phase notes, statement): live snapshots never read them. */
export function privateTexts(caseId: string) {
  return (doc: Y.Doc): (SharedType | undefined)[] => [
    casePart<Y.Map<unknown>>(doc, caseId as CaseId, 'notes', Y.Map),
    caseStatement(doc, caseId as CaseId),
  ];
}
