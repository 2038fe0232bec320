/**
 * A text field over a stored value that does not fight the typist: what is typed stays local while
 * the field has focus and is committed (a named command) after a pause, on Enter, on blur and when
 * the field goes away — so no keystroke is lost and normalising (trim) never eats a space mid-word.
 * While the field is not being edited it follows the doc (the co-moderator's or another window's edit).
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

const COMMIT_DELAY_MS = 700;

export function useDraft(value: string, commit: (draft: string) => void) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  const state = useRef({ draft: value, dirty: false, timer: undefined as ReturnType<typeof setTimeout> | undefined });
  const commitRef = useRef(commit);
  useEffect(() => { commitRef.current = commit; }, [commit]);

  const flush = useCallback(() => {
    const s = state.current;
    clearTimeout(s.timer);
    if (!s.dirty) return;
    s.dirty = false;
    commitRef.current(s.draft);
  }, []);

  useEffect(() => {
    if (!focused && !state.current.dirty) {
      state.current.draft = value;
      setDraft(value);
    }
  }, [value, focused]);

  useEffect(() => flush, [flush]);

  return {
    value: draft,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const s = state.current;
      s.draft = event.target.value;
      s.dirty = true;
      setDraft(s.draft);
      clearTimeout(s.timer);
      s.timer = setTimeout(flush, COMMIT_DELAY_MS);
    },
    onFocus: () => setFocused(true),
    onBlur: () => {
      flush();
      setFocused(false);
    },
    /** Enter commits a single-line field at once. */
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        flush();
      }
    },
  };
}
