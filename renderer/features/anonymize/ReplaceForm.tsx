/** "Ersetzen durch Platzhalter": the kind's placeholder, a few suggestions (roles, rough dates) or free text. */
import { useEffect, useId, useRef, useState } from 'react';
import { placeholderFor } from '../../../shared/anonymize';
import { t } from '../../i18n/de';
import type { LocatedFinding } from './check';

const f = t.anonymize.finding;

export function ReplaceForm({ finding, onReplace, onCancel }: {
  readonly finding: Pick<LocatedFinding, 'kind' | 'text'>;
  readonly onReplace: (replacement: string) => void;
  readonly onCancel: () => void;
}) {
  const placeholder = placeholderFor(finding.kind);
  const suggestions = [placeholder, ...(t.anonymize.suggestions[finding.kind] ?? [])];
  const [value, setValue] = useState(placeholder);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <form
      className="replace-form"
      data-escape-local
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onReplace(value);
      }}
    >
      <div className="field">
        <label htmlFor={id}>{f.replaceWith(finding.text)}</label>
        <input
          id={id} ref={input} value={value} lang="de" aria-describedby={`${id}-hint`}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            onCancel();
          }}
        />
        <p id={`${id}-hint`} className="field-hint">{f.replacementHint}</p>
      </div>
      <div role="group" aria-label={f.suggestionsLabel} className="replace-suggestions">
        {suggestions.map((s) => (
          <button key={s} type="button" className="chip" onClick={() => onReplace(s)}>{s}</button>
        ))}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={!value.trim()}>{f.apply}</button>
        <button type="button" className="button secondary" onClick={onCancel}>{f.cancel}</button>
      </div>
    </form>
  );
}
