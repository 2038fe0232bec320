/**
 * Form fields the circle's administration shares (roster, check-in, offers): a select of the
 * three systems, a textarea, and a text field with suggestions that still allows free entry.
 */
import { useId, type ChangeEvent } from 'react';
import { Field } from '../../components/Field';
import { SYSTEMS, type System } from '../../../shared/doc';
import { t } from '../../i18n/de';

export function SystemSelect({ label, value, onChange }: {
  readonly label: string;
  readonly value: System;
  readonly onChange: (system: System) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as System)}>
        {SYSTEMS.map((s) => <option key={s} value={s}>{t.circleAdmin.systems[s]}</option>)}
      </select>
    </div>
  );
}

export function TextAreaField({ label, value, onChange, rows = 3, hint }: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
  readonly hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
    </div>
  );
}

/** A text field whose suggestions come from a datalist: pick one or type anything. */
export function SuggestField({ label, value, onChange, suggestions, hint, error, required, autoFocus }: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly suggestions: readonly string[];
  readonly hint?: string;
  readonly error?: string;
  readonly required?: boolean;
  readonly autoFocus?: boolean;
}) {
  const listId = useId();
  return (
    <>
      <Field
        label={label} value={value} hint={hint} error={error} required={required} autoFocus={autoFocus}
        list={listId} autoComplete="off" onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((s) => <option key={s} value={s} />)}
      </datalist>
    </>
  );
}
