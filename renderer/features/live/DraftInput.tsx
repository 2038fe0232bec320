/**
 * A field over a short text in the doc (one line, or a textarea that grows with a longer item). While it has the focus the moderator types into a
 * local draft (the doc's commands trim, which would eat a space typed between two words); the draft
 * is written to the doc shortly after typing pauses, on Enter, on leaving the field and on unmount,
 * so the other window and the projector follow within a moment and no word is lost.
 */
import { useEffect, useRef, useState, type FocusEvent, type InputHTMLAttributes, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';

export const DRAFT_COMMIT_MS = 600;

export interface DraftInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  readonly value: string;
  /** `final`: the moderator left the field or pressed Enter (not just paused typing). */
  readonly onCommit: (text: string, final: boolean) => void;
  /** After Enter committed the text. */
  readonly onEnter?: () => void;
  /** A textarea that grows with its text (Enter still commits; the text stays one paragraph). */
  readonly multiline?: boolean;
}

export function DraftInput({ value, onCommit, onEnter, onKeyDown, onBlur, multiline = false, ...input }: DraftInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<{ text: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;

  const flush = (final: boolean) => {
    const job = pending.current;
    if (job) clearTimeout(job.timer);
    pending.current = null;
    if (job) commitRef.current(job.text, final);
    else if (final && draft !== null) commitRef.current(draft, true);
  };

  // Unmounting (phase change, list closed) must not drop what was typed.
  useEffect(() => () => {
    const job = pending.current;
    if (job) {
      clearTimeout(job.timer);
      commitRef.current(job.text, true);
    }
  }, []);

  const keyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    onKeyDown?.(event as KeyboardEvent<HTMLInputElement>);
    if (event.defaultPrevented) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      flush(true);
      setDraft(null);
      onEnter?.();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      setDraft(null);
    }
  };

  const field = {
    value: draft ?? value,
    onChange: (event: { target: { value: string } }) => {
      const text = event.target.value;
      setDraft(text);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { text, timer: setTimeout(() => flush(false), DRAFT_COMMIT_MS) };
    },
    onKeyDown: keyDown,
    onBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      flush(true);
      setDraft(null);
      onBlur?.(event as FocusEvent<HTMLInputElement>);
    },
  };
  return multiline
    ? <textarea rows={1} {...(input as TextareaHTMLAttributes<HTMLTextAreaElement>)} {...field} />
    : <input {...input} {...field} />;
}
