/**
 * Add or edit an offer of the circle's directory: name, kind, system, target group, how to reach it
 * (contact, phone, web) and a short description. A web address that is none is named and nothing is
 * saved until it is corrected or emptied.
 */
import { useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { isValidWebAddress, type OfferFields } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { SuggestField, SystemSelect, TextAreaField } from '../participants/fields';

export const EMPTY_OFFER: OfferFields = { name: '', kind: '', system: 'youthWelfare', description: '', targetGroup: '', contact: '', phone: '', web: '' };

type Errors = Partial<Record<'name' | 'web', string>>;

export function OfferDialog({ title, initial = EMPTY_OFFER, onSubmit, onCancel }: {
  readonly title: string;
  readonly initial?: OfferFields;
  readonly onSubmit: (fields: OfferFields) => void;
  readonly onCancel: () => void;
}) {
  const [fields, setFields] = useState<OfferFields>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const to = t.circleAdmin.offers;
  const set = (key: keyof OfferFields) => (value: string) => setFields({ ...fields, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {
      ...(!fields.name.trim() && { name: t.common.required }),
      ...(!isValidWebAddress(fields.web) && { web: to.webInvalid }),
    };
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(fields);
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()} title={title}>
      <form onSubmit={submit} className="form" noValidate>
        <Field label={to.name} value={fields.name} error={errors.name} required autoFocus autoComplete="off" onChange={(e) => set('name')(e.target.value)} />
        <div className="row">
          <SuggestField label={to.kind} value={fields.kind} onChange={set('kind')} suggestions={to.kinds} hint={to.kindHint} />
          <SystemSelect label={to.system} value={fields.system} onChange={set('system')} />
        </div>
        <Field label={to.targetGroup} value={fields.targetGroup} hint={to.targetGroupHint} autoComplete="off" onChange={(e) => set('targetGroup')(e.target.value)} />
        <Field label={to.contact} value={fields.contact} hint={to.contactHint} autoComplete="off" onChange={(e) => set('contact')(e.target.value)} />
        <div className="row">
          <Field label={to.phone} type="tel" value={fields.phone} autoComplete="off" onChange={(e) => set('phone')(e.target.value)} />
          <Field
            label={to.web} type="text" inputMode="url" value={fields.web} hint={to.webHint} error={errors.web} autoComplete="off"
            spellCheck={false} onChange={(e) => set('web')(e.target.value)}
          />
        </div>
        <TextAreaField label={to.description} value={fields.description} onChange={set('description')} />
        <DialogActions submitLabel={t.common.save} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
