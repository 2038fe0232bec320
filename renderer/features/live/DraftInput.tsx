/**
 * A field over a short text in the doc (one line, or a textarea that grows with a longer item):
 * an item's text, a strategy's measure or profession.
 *
 * Nothing typed is lost: every change is written to the doc at once (`onCommit(text, false)`), so it
 * is stored with the next IndexedDB write like a keystroke in a note, survives a crashed browser or a
 * closed window, and the other window and the projector follow each key. That write is untrimmed
 * (shared/doc/typing.ts): the doc's item and strategy commands trim, which would eat the space
 * typed between two words. Enter, leaving the field and unmounting commit once more, final
 * (`onCommit(text, true)`: trimmed, or an emptied item deleted). Escape puts back the text the field
 * had when the editing began. While the moderator edits, the field shows its own text, not the doc's.
 */
import { useEffect, useRef, useState, type FocusEvent, type InputHTMLAttributes, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';

export interface DraftInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  readonly value: string;
  /**
   * Every change as typed (`final` false), then once more when the moderator left the field, pressed
   * Enter or Escape, or the field went away (`final` true).
   */
  readonly onCommit: (text: string, final: boolean) => void;
  /** After Enter committed the text. */
  readonly onEnter?: () => void;
  /** A textarea that grows with its text (Enter still commits; the text stays one paragraph). */
  readonly multiline?: boolean;
}

export function DraftInput({ value, onCommit, onEnter, onKeyDown, onBlur, multiline = false, ...input }: DraftInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  /** Since the first change of this editing: the doc's text before it (for Escape) and the text now. */
  const editing = useRef<{ readonly original: string; text: string } | null>(null);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;

  /** The final commit of the current editing, if there is one. */
  const finish = (text?: string) => {
    const current = editing.current;
    editing.current = null;
    if (current) commitRef.current(text ?? current.text, true);
  };

  // Unmounting (phase change, list closed) ends the editing like leaving the field.
  useEffect(() => () => {
    const current = editing.current;
    editing.current = null;
    if (current) commitRef.current(current.text, true);
  }, []);

  const keyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    onKeyDown?.(event as KeyboardEvent<HTMLInputElement>);
    if (event.defaultPrevented) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      finish();
      setDraft(null);
      onEnter?.();
    } else if (event.key === 'Escape' && editing.current) {
      event.preventDefault();
      finish(editing.current.original);
      setDraft(null);
    }
  };

  const field = {
    value: draft ?? value,
    onChange: (event: { target: { value: string } }) => {
      const text = event.target.value;
      setDraft(text);
      if (editing.current) editing.current.text = text;
      else editing.current = { original: value, text };
      commitRef.current(text, false);
    },
    onKeyDown: keyDown,
    onBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      finish();
      setDraft(null);
      onBlur?.(event as FocusEvent<HTMLInputElement>);
    },
  };
  return multiline
    ? <textarea rows={1} {...(input as TextareaHTMLAttributes<HTMLTextAreaElement>)} {...field} />
    : <input {...input} {...field} />;
}
