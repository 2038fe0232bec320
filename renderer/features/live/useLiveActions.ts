/**
 * What live mode's commands and controls do: each write is a named command of shared/doc (the
 * timer with the clock origin, which undo leaves alone), each focus move lands where the moderator
 * continues typing.
 */
import { useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import type * as Y from 'yjs';
import {
  addItem, addMinute, deleteItem, editItem, goToPhase, itemsSnapshot, moveItem, ORIGIN, pauseTimer, startTimer, tagItem,
  type CaptureKind, type CaseId, type ItemId, type PhaseId, type System,
} from '../../../shared/doc';
import { typeItemText } from '../../../shared/doc/typing';
import { platform } from '../../platform';
import { newItemInputId, type CaptureListHandlers } from './CaptureList';
import type { FocusInfo, LiveActions } from './commands';
import type { UndoState } from './useUndo';

export const STRATEGY_MEASURE_ID = 'live-strategy-measure';
export const PHASE_NOTES_SELECTOR = '.live-phase .notes-editor';

export interface LiveUi {
  readonly setHelpOpen: (update: (open: boolean) => boolean) => void;
  readonly openList: (kind: CaptureKind) => void;
  readonly setPerspective: (kind: CaptureKind, update: (current: System | '') => System | '') => void;
  readonly turnProjector: (delta: 1 | -1) => void;
}

export interface LiveSessionInput {
  readonly doc: Y.Doc;
  readonly meetingId: string;
  readonly caseId: CaseId;
  readonly phaseId: string;
  readonly undo: UndoState;
  readonly ui: LiveUi;
}

const itemInput = (id: ItemId) => document.querySelector<HTMLTextAreaElement>(`[data-item-id="${CSS.escape(id)}"] .capture-text`);

/** After React has drawn the change (the next frame), put the focus back where the moderator was. */
function refocus(find: () => HTMLElement | null, caret?: number | null): void {
  requestAnimationFrame(() => {
    const element = find();
    if (!element || document.activeElement === element) return;
    element.focus();
    if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && typeof caret === 'number') element.setSelectionRange(caret, caret);
  });
}

export function useLiveActions(input: LiveSessionInput): { actions: LiveActions; capture: CaptureListHandlers } {
  // The latest input, read when an action runs: actions stay stable, so memoized views do not re-render.
  const ref = useRef(input);
  ref.current = input;

  return useMemo(() => {
    const now = () => Date.now();
    const edit = <T,>(fn: (doc: Y.Doc, caseId: CaseId) => T): T => {
      const { doc, caseId, undo } = ref.current;
      undo.stopCapturing(); // each discrete edit is its own undo step
      return fn(doc, caseId);
    };

    const moveItemKeepingFocus = (id: ItemId, direction: -1 | 1) => {
      const active = document.activeElement;
      const caret = active instanceof HTMLTextAreaElement && active === itemInput(id) ? active.selectionStart : undefined;
      edit((doc, caseId) => moveItem(doc, caseId, id, direction));
      if (caret !== undefined) refocus(() => itemInput(id), caret);
    };

    const deleteItemKeepingFocus = (id: ItemId) => {
      const row = itemInput(id)?.closest('[data-item-id]');
      const hadFocus = !!row?.contains(document.activeElement);
      const kind = row?.closest<HTMLElement>('[data-capture-kind]')?.dataset.captureKind as CaptureKind | undefined;
      const next = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null | undefined;
      const nextId = next?.dataset.itemId as ItemId | undefined;
      edit((doc, caseId) => deleteItem(doc, caseId, id));
      if (hadFocus && kind) refocus(() => (nextId ? itemInput(nextId) : null) ?? document.getElementById(newItemInputId(kind)));
    };

    const actions: LiveActions = {
      goToPhase: (phaseId) => {
        const { doc, caseId } = ref.current;
        goToPhase(doc, caseId, phaseId as PhaseId, now(), ORIGIN.clock);
      },
      startTimer: () => {
        const { doc, caseId, phaseId } = ref.current;
        startTimer(doc, caseId, phaseId as PhaseId, now(), ORIGIN.clock);
      },
      pauseTimer: () => {
        const { doc, caseId } = ref.current;
        pauseTimer(doc, caseId, now(), ORIGIN.clock);
      },
      addMinute: () => {
        const { doc, caseId, phaseId } = ref.current;
        addMinute(doc, caseId, phaseId as PhaseId, ORIGIN.clock);
      },
      focusNotes: () => document.querySelector<HTMLElement>(PHASE_NOTES_SELECTOR)?.focus(),
      focusList: (kind) => {
        flushSync(() => ref.current.ui.openList(kind));
        const field = document.getElementById(newItemInputId(kind));
        field?.focus();
        field?.scrollIntoView({ block: 'nearest' });
      },
      moveItem: moveItemKeepingFocus,
      deleteItem: deleteItemKeepingFocus,
      tag: (focus: FocusInfo, system: System) => {
        const toggle = (current: System | '') => (current === system ? '' : system);
        if (focus.itemId) {
          const id = focus.itemId;
          edit((doc, caseId) => tagItem(doc, caseId, id, toggle(itemsSnapshot(doc, caseId).find((i) => i.id === id)?.system ?? '')));
        } else if (focus.list) {
          ref.current.ui.setPerspective(focus.list, toggle);
        }
      },
      addStrategy: () => {
        const field = document.getElementById(STRATEGY_MEASURE_ID);
        field?.focus();
        field?.scrollIntoView({ block: 'center' });
      },
      openProjector: () => {
        const { meetingId, caseId } = ref.current;
        void platform.openProjector(`/projector/${meetingId}/${caseId}`).catch(() => undefined);
      },
      turnProjector: (delta) => ref.current.ui.turnProjector(delta),
      undo: () => ref.current.undo.undo(),
      redo: () => ref.current.undo.redo(),
      toggleHelp: () => ref.current.ui.setHelpOpen((open) => !open),
    };

    const capture: CaptureListHandlers = {
      onAdd: (kind, text, system) => edit((doc, caseId) => addItem(doc, caseId, kind, text, system)),
      onEdit: (id, text, final) => {
        const { doc, caseId } = ref.current;
        if (final) editItem(doc, caseId, id, text);
        else typeItemText(doc, caseId, id, text);
      },
      onTag: (id, system) => edit((doc, caseId) => tagItem(doc, caseId, id, system)),
      onMove: moveItemKeepingFocus,
      onDelete: deleteItemKeepingFocus,
      onPerspective: (kind, system) => ref.current.ui.setPerspective(kind, () => system),
    };
    return { actions, capture };
  }, []);
}
