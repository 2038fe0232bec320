/**
 * "Gespeichert / Speichert …": whether every edit has reached IndexedDB.
 *
 * Typing writes on every keystroke, and each write takes a few milliseconds. The indicator shows
 * "Speichert …" at once when a write starts, but "Gespeichert" only once nothing has been written
 * for SAVED_AFTER_MS: it changes twice per pause in typing, not twice per key. It never says
 * "Gespeichert" while a write is pending. It subscribes to the save state itself, so a change of it
 * re-renders this line, not the screen around it; it is a polite live region, which now speaks
 * once per pause instead of after every key.
 */
import { useEffect, useState } from 'react';
import { useSaveState } from '../data/hooks';
import type { SaveState } from '../data/persistence';
import { t } from '../i18n/de';

/** How long the save state must have been "saved" before the indicator says so. */
export const SAVED_AFTER_MS = 500;

/** The save state as the indicator shows it: "saving" and "error" at once, "saved" after a quiet spell. */
function useCalmSaveState(state: SaveState): SaveState {
  const [calm, setCalm] = useState(state);
  useEffect(() => {
    if (state !== 'saved') {
      setCalm(state);
      return;
    }
    const timer = setTimeout(() => setCalm('saved'), SAVED_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return state === 'saved' ? calm : state;
}

export function SaveIndicator() {
  const state = useCalmSaveState(useSaveState());
  return (
    <p className={`save-indicator save-${state}`} role="status" aria-label={t.save.label} aria-live="polite">
      <span aria-hidden="true" className="save-dot" />
      {t.save[state]}
    </p>
  );
}
