/**
 * Undo/redo of the moderator's own edits in live mode: one Y.UndoManager per open meeting doc,
 * tracking the local origin only (an imported package or the other window is never undone).
 */
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { createUndoManager } from '../../../shared/doc';

export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  undo(): void;
  redo(): void;
  /** Ends the current undo step, so the next edit is undone on its own. */
  stopCapturing(): void;
}

export function useUndo(doc: Y.Doc | undefined): UndoState {
  const [manager, setManager] = useState<Y.UndoManager>();
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    if (!doc) return;
    const undo = createUndoManager(doc);
    // Only a change of either flag re-renders live mode (not every edit that adds to the stack).
    const update = () => setStacks((prev) => (prev.canUndo === undo.canUndo() && prev.canRedo === undo.canRedo() ? prev : { canUndo: undo.canUndo(), canRedo: undo.canRedo() }));
    undo.on('stack-item-added', update);
    undo.on('stack-item-popped', update);
    undo.on('stack-cleared', update);
    setManager(undo);
    update();
    return () => {
      undo.destroy();
      setManager(undefined);
    };
  }, [doc]);
  return useMemo(() => ({
    ...stacks,
    undo: () => manager?.undo(),
    redo: () => manager?.redo(),
    stopCapturing: () => manager?.stopCapturing(),
  }), [manager, stacks]);
}
