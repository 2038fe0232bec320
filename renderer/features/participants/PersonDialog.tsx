/** Add or edit a person of the circle's roster. */
import { useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog';
import { t } from '../../i18n/de';
import { PersonFields } from './PersonFields';
import { EMPTY_PERSON, validatePerson, type PersonDraft, type PersonErrors } from './person';

export function PersonDialog({ title, initial = EMPTY_PERSON, onSubmit, onCancel }: {
  readonly title: string;
  readonly initial?: PersonDraft;
  readonly onSubmit: (draft: PersonDraft) => void;
  readonly onCancel: () => void;
}) {
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const [errors, setErrors] = useState<PersonErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = validatePerson(draft);
    setErrors(next);
    if (Object.keys(next).length === 0) onSubmit(draft);
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()} title={title}>
      <form onSubmit={submit} className="form" noValidate>
        <PersonFields draft={draft} errors={errors} onChange={setDraft} autoFocus />
        <DialogActions submitLabel={t.common.save} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
