/** Labelled single-line or multi-line fields bound to a stored value through useDraft. */
import { useId } from 'react';
import { useDraft } from './useDraft';

interface DraftFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (draft: string) => void;
  /** For focusing the field from outside (e.g. a new phase's title). */
  readonly id?: string;
  readonly className?: string;
}

export function DraftInput({ label, value, onCommit, id, className, type = 'text', min, max }: DraftFieldProps & {
  readonly type?: 'text' | 'number';
  readonly min?: number;
  readonly max?: number;
}) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const draft = useDraft(value, onCommit);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} type={type} min={min} max={max} autoComplete="off" {...draft} />
    </div>
  );
}

export function DraftTextArea({ label, value, onCommit, id, className, rows = 3 }: DraftFieldProps & { readonly rows?: number }) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const { onKeyDown: _enterCommits, ...draft } = useDraft(value, onCommit);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <textarea id={inputId} rows={rows} {...draft} />
    </div>
  );
}
