/**
 * Check in someone who is not on the roster yet. Built for speed at the door: after each check-in
 * the form clears and the cursor is back in "Name", so a whole room goes in by keyboard.
 */
import { useRef, useState, type FormEvent } from 'react';
import { t } from '../../i18n/de';
import { PersonFields } from './PersonFields';
import { EMPTY_PERSON, validatePerson, type PersonDraft, type PersonErrors } from './person';

export function CheckInForm({ onCheckIn }: { readonly onCheckIn: (draft: PersonDraft) => void }) {
  const [draft, setDraft] = useState<PersonDraft>(EMPTY_PERSON);
  const [errors, setErrors] = useState<PersonErrors>({});
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = validatePerson(draft);
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    onCheckIn(draft);
    setDraft(EMPTY_PERSON);
    (form.current?.elements.namedItem('name') as HTMLInputElement | null)?.focus();
  };

  return (
    <form ref={form} onSubmit={submit} className="form checkin-form" noValidate aria-labelledby="checkin-title" aria-describedby="checkin-hint">
      <h3 id="checkin-title">{t.circleAdmin.attendance.newPerson}</h3>
      <p id="checkin-hint" className="field-hint">{t.circleAdmin.attendance.newPersonHint}</p>
      <PersonFields draft={draft} errors={errors} onChange={setDraft} compact />
      <div>
        <button type="submit" className="button primary">{t.circleAdmin.attendance.checkIn}</button>
      </div>
    </form>
  );
}
