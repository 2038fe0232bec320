/** Add or edit an offer of the circle's directory: name, kind, system, short description. */
import { useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field } from '../../components/Field';
import type { OfferFields } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { SuggestField, SystemSelect, TextAreaField } from '../participants/fields';

export const EMPTY_OFFER: OfferFields = { name: '', kind: '', system: 'youthWelfare', description: '' };

export function OfferDialog({ title, initial = EMPTY_OFFER, onSubmit, onCancel }: {
  readonly title: string;
  readonly initial?: OfferFields;
  readonly onSubmit: (fields: OfferFields) => void;
  readonly onCancel: () => void;
}) {
  const [fields, setFields] = useState<OfferFields>(initial);
  const [error, setError] = useState<string>();
  const to = t.circleAdmin.offers;
  const set = (key: keyof OfferFields) => (value: string) => setFields({ ...fields, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fields.name.trim()) return setError(t.common.required);
    onSubmit(fields);
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()} title={title}>
      <form onSubmit={submit} className="form" noValidate>
        <Field label={to.name} value={fields.name} error={error} required autoFocus autoComplete="off" onChange={(e) => set('name')(e.target.value)} />
        <div className="row">
          <SuggestField label={to.kind} value={fields.kind} onChange={set('kind')} suggestions={to.kinds} hint={to.kindHint} />
          <SystemSelect label={to.system} value={fields.system} onChange={set('system')} />
        </div>
        <TextAreaField label={to.description} value={fields.description} onChange={set('description')} />
        <DialogActions submitLabel={t.common.save} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
