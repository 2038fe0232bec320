/**
 * A labelled field that writes on blur or Enter (one named command per edit, not per keystroke)
 * and follows the doc while it is not being edited (the co-moderator's change arrives).
 */
import { useEffect, useId, useState, type InputHTMLAttributes } from 'react';

export interface CommitFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'onBlur'> {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
}

export function CommitField({ label, hint, value, onCommit, ...input }: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  const commit = () => {
    setEditing(false);
    if (draft !== value) onCommit(draft);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
        value={draft}
        onFocus={() => setEditing(true)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
    </div>
  );
}
