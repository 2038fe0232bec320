/**
 * Date and time fields that are German whatever the computer's locale. A native `<input type="date">`
 * or `type="time"` follows the operating system (11/24/2026, 06:00 PM); these are text fields that
 * show „24.11.2026“ and „18:00“ and take what a German user types (renderer/i18n/dateInput.ts). The
 * value stays ISO (`YYYY-MM-DD`, `HH:MM`), exactly as the docs store it.
 *
 * Rules:
 * - `onChange` only ever gets a valid value: while typing once the text is a whole date or time,
 *   and when the field is left or Enter is pressed, whatever is accepted (`''` when emptied).
 * - Invalid text, when the field is left or on Enter, gets a German message and changes nothing;
 *   Enter then does not submit the form, and a submit handler asks `invalidEntry(form)`.
 * - Esc puts the value back (in a dialog too: only a second Esc closes it); ↑/↓ go a day (date) or
 *   a quarter of an hour (time) on.
 * - A new value from outside (the co-moderator's edit, a reset form) replaces the text, unless the
 *   text already means it.
 */
import { useId, useLayoutEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { t } from '../i18n/de';
import {
  addDays, addMinutes, formatDateText, formatTimeText, isWholeDateText, isWholeTimeText, parseDateText, parseTimeText,
} from '../i18n/dateInput';
import { todayIso } from '../i18n/format';

interface EntryKind {
  readonly name: 'date' | 'time';
  readonly parse: (text: string) => string | undefined;
  readonly isWhole: (text: string) => boolean;
  readonly format: (value: string) => string;
  /** ↑/↓ from a value; from an empty field, where to start. */
  readonly step: (value: string, direction: 1 | -1) => string;
  readonly start: () => string;
  /** Characters the field never takes (the mask). */
  readonly disallowed: RegExp;
  readonly maxLength: number;
  readonly placeholder: string;
  readonly invalid: (text: string) => string;
}

const QUARTER = 15;

const DATE: EntryKind = {
  name: 'date', parse: parseDateText, isWhole: isWholeDateText, format: formatDateText,
  step: (value, direction) => addDays(value, direction),
  start: () => todayIso(),
  disallowed: /[^\d./-]/g, maxLength: 10, placeholder: t.dateTime.datePlaceholder, invalid: t.dateTime.invalidDate,
};

const TIME: EntryKind = {
  name: 'time', parse: parseTimeText, isWhole: isWholeTimeText, format: formatTimeText,
  step: (value, direction) => addMinutes(value, direction * QUARTER),
  start: () => {
    const now = new Date();
    return addMinutes('00:00', now.getHours() * 60 + Math.floor(now.getMinutes() / QUARTER) * QUARTER);
  },
  disallowed: /[^\d:.]/g, maxLength: 5, placeholder: t.dateTime.timePlaceholder, invalid: t.dateTime.invalidTime,
};

export interface DateTimeInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'type' | 'children'> {
  /** ISO `YYYY-MM-DD` (date) or `HH:MM` (time), `''` for none. */
  readonly value: string;
  readonly onChange: (value: string) => void;
}

function EntryInput({ kind, value, onChange, onBlur, onKeyDown, 'aria-describedby': describedBy, 'aria-invalid': invalidFromOutside, ...input }: DateTimeInputProps & { readonly kind: EntryKind }) {
  const errorId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => kind.format(value));
  const [error, setError] = useState<string>();
  // A new value from outside replaces the text, unless the text already means it (derived state).
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (kind.parse(text) !== value) {
      setText(kind.format(value));
      setError(undefined);
    }
  }
  useLayoutEffect(() => ref.current?.setCustomValidity(error ?? ''), [error]);

  const accept = (next: string) => {
    if (next !== value) onChange(next);
  };
  /** Takes the text as it stands: true if it was accepted. */
  const commit = (): boolean => {
    const parsed = kind.parse(text);
    if (parsed === undefined) {
      const message = kind.invalid(text.trim());
      setError(message);
      ref.current?.setCustomValidity(message); // at once: a click on „Anlegen“ follows this blur
      return false;
    }
    setError(undefined);
    ref.current?.setCustomValidity('');
    setText(kind.format(parsed));
    accept(parsed);
    return true;
  };
  /** Esc has something to put back (then it is this field's, not the dialog's: `data-escape-local`). */
  const restorable = !!error || text !== kind.format(value);
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // A caller's handler may take the key; a dialog's Esc handling (which runs first) does not count.
    const prevented = event.defaultPrevented;
    onKeyDown?.(event);
    if (event.defaultPrevented && !prevented) return;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (event.key === 'Enter') {
      if (!commit()) event.preventDefault();
    } else if (event.key === 'Escape' && restorable) {
      event.preventDefault();
      setText(kind.format(value));
      setError(undefined);
    } else if (plain && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const from = kind.parse(text) || value;
      const next = from ? kind.step(from, event.key === 'ArrowUp' ? 1 : -1) : kind.start();
      setText(kind.format(next));
      setError(undefined);
      accept(next);
    }
  };

  return (
    <>
      <input
        ref={ref} type="text" autoComplete="off" spellCheck={false} placeholder={kind.placeholder} maxLength={kind.maxLength}
        data-entry={kind.name} data-escape-local={restorable ? '' : undefined}
        {...input}
        value={text}
        aria-invalid={error ? true : invalidFromOutside}
        aria-describedby={[error && errorId, describedBy].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const next = event.target.value.replace(kind.disallowed, '').slice(0, kind.maxLength);
          setText(next);
          setError(undefined);
          const parsed = kind.isWhole(next) ? kind.parse(next) : undefined;
          if (parsed !== undefined) accept(parsed);
        }}
        onBlur={(event) => {
          commit();
          onBlur?.(event);
        }}
        onKeyDown={keyDown}
      />
      {error && <p id={errorId} className="field-error" role="alert">{error}</p>}
    </>
  );
}

/** A German date entry without its own label (give it `aria-label` or an `id` a label points to). */
export function DateInput(props: DateTimeInputProps) {
  return <EntryInput kind={DATE} {...props} />;
}

/** A German time entry without its own label. */
export function TimeInput(props: DateTimeInputProps) {
  return <EntryInput kind={TIME} {...props} />;
}

export interface DateTimeFieldProps extends Omit<DateTimeInputProps, 'id'> {
  readonly label: string;
  readonly hint?: string;
  /** The form's own message (e.g. „Bitte ausfüllen.“), besides the field's „kein gültiges Datum“. */
  readonly error?: string;
}

function LabelledEntry({ kind, label, hint, error, ...input }: DateTimeFieldProps & { readonly kind: EntryKind }) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <EntryInput kind={kind} id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="field-error" role="alert">{error}</p>}
    </div>
  );
}

/** A labelled German date field (`24.11.2026`), value ISO `YYYY-MM-DD`. */
export function DateField(props: DateTimeFieldProps) {
  return <LabelledEntry kind={DATE} {...props} />;
}

/** A labelled German time field (`18:00`), value `HH:MM`. */
export function TimeField(props: DateTimeFieldProps) {
  return <LabelledEntry kind={TIME} {...props} />;
}

/**
 * The first date or time field of a form whose text was not accepted, focused; for a submit
 * handler, which then stops (the field shows why).
 */
export function invalidEntry(form: HTMLFormElement): HTMLInputElement | undefined {
  const field = [...form.querySelectorAll<HTMLInputElement>('input[data-entry]')].find((input) => input.validity.customError);
  field?.focus();
  return field;
}
