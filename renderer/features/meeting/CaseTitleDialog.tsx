/** Add or rename a case: an anonymous working title. */
import { useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { t } from '../../i18n/de';

export function CaseTitleDialog({ title, submitLabel, initial = '', onSubmit, onCancel }: {
  readonly title: string;
  readonly submitLabel: string;
  readonly initial?: string;
  readonly onSubmit: (title: string) => void;
  readonly onCancel: () => void;
}) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) return setError(t.common.required);
    onSubmit(value);
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()} title={title}>
      <form onSubmit={submit} className="form" noValidate>
        <Field label={t.meeting.caseTitle} hint={t.meeting.caseTitleHint} value={value} onChange={(e) => setValue(e.target.value)} error={error} required autoFocus />
        <DialogActions submitLabel={submitLabel} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
