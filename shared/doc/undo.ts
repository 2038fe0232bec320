/**
 * Undo/redo of the moderator's own edits: a Y.UndoManager that tracks the LOCAL origin only, so an
 * imported Tandem-Paket or another window's change is never undone by Ctrl+Z.
 * (Typing in a notes editor has its own undo, bound to the editor by the Collaboration extension.)
 */
import * as Y from 'yjs';
import { ORIGIN } from './schema';

export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const scope = ['meta', 'phaseOrder', 'phases', 'caseOrder', 'cases', 'attendance'].map((name) =>
    name.endsWith('Order') ? doc.getArray(name) : doc.getMap(name),
  );
  return new Y.UndoManager(scope, { trackedOrigins: new Set([ORIGIN.local]), captureTimeout: 400 });
}
