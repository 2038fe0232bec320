/**
 * The circle's Aufbewahrung setting (in "Einstellungen"): after how many months the case content of
 * a meeting is deleted. Shortening it so that meetings are due at once asks first, naming them.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { isValidRetentionMonths, retentionMonthsOf, setRetentionMonths, type CircleId } from '../../../shared/doc';
import { Field } from '../../components/Field';
import { useDocHandle, useDocSnapshot, useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';
import { meetingsDueUnder } from './retention';

const s = t.retention.settings;

export function RetentionSettings({ circleId }: { readonly circleId: string }) {
  const repository = useRepository();
  const handle = useDocHandle('circle', circleId);
  const months = useDocSnapshot(handle?.doc, retentionMonthsOf);
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const id = useId();
  // The co-moderator's change arrives while nothing is typed here.
  useEffect(() => setDraft(undefined), [months]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!handle || months === undefined) return;
    const value = Number((draft ?? String(months)).trim());
    if (!isValidRetentionMonths(value)) {
      setError(s.invalid);
      return;
    }
    setError('');
    if (value < months) {
      const due = await meetingsDueUnder(repository, circleId as CircleId, value);
      if (due.length > 0 && !window.confirm(s.shortenConfirm(value, due.map((m) => m.meetingDay)))) return;
    }
    // The circle screen's notices run the rule again once the circle's months change.
    setRetentionMonths(handle.doc, value);
    setDraft(undefined);
    setMessage(s.saved(value));
  };

  return (
    <section aria-labelledby={`${id}-title`} className="retention-settings">
      <h2 id={`${id}-title`}>{s.title}</h2>
      <p className="field-hint">{s.intro}</p>
      <form className="retention-form" onSubmit={(e) => void save(e)} noValidate>
        <Field
          label={s.months} hint={s.monthsHint} error={error || undefined} type="number" inputMode="numeric" min={1} max={120} step={1}
          value={draft ?? (months === undefined ? '' : String(months))} disabled={!handle}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button secondary" disabled={!handle}>{s.save}</button>
      </form>
      <p role="status" className="field-hint">{message}</p>
    </section>
  );
}
