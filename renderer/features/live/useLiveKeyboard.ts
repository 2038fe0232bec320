/** The shortcut handler of live mode: one window listener that asks the command registry. */
import { useEffect, type RefObject } from 'react';
import type { CaptureKind, ItemId } from '../../../shared/doc';
import { commandForKey, LIVE_COMMANDS, type FocusInfo, type LiveActions, type LiveState } from './commands';
import { isTextEntry } from './keys';

/** Reads where the focus is from the DOM: the capture item or list around it, and whether it types. */
export function focusInfo(target: EventTarget | null): FocusInfo {
  if (!(target instanceof HTMLElement)) return { typing: false };
  const item = target.closest<HTMLElement>('[data-item-id]')?.dataset.itemId;
  const list = target.closest<HTMLElement>('[data-capture-kind]')?.dataset.captureKind;
  return { typing: isTextEntry(target), ...(item && { itemId: item as ItemId }), ...(list && { list: list as CaptureKind }) };
}

export function useLiveKeyboard(state: RefObject<LiveState>, actions: RefObject<LiveActions>, isMac: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // An editor or field that handled the key (e.g. its own undo) has the last word.
      if (event.defaultPrevented || event.isComposing) return;
      const current = { ...state.current, focus: focusInfo(event.target) };
      const match = commandForKey(event, current, LIVE_COMMANDS, isMac);
      if (!match) return;
      // The key belongs to live mode even when the command cannot run now (no browser "back" on Alt+←).
      event.preventDefault();
      if (match.enabled && (!event.repeat || match.command.repeatable)) match.command.perform({ state: current, actions: actions.current });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [state, actions, isMac]);
}
