/** Create or edit a meeting: date, start/end, title, place, topic, and (on create) the method. */
import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../../components/Dialog';
import { DateField, invalidEntry, TimeField } from '../../components/DateTimeField';
import { Field } from '../../components/Field';
import type { MeetingFields, TemplateSnapshot, TemplateId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { todayIso } from '../../i18n/format';

export type MeetingFormValues = Omit<MeetingFields, 'status'>;

export interface MeetingFormDialogProps {
  readonly title: string;
  readonly submitLabel: string;
  readonly initial?: MeetingFormValues;
  /** Offered on create only: a meeting copies its method's phases once. */
  readonly templates?: readonly TemplateSnapshot[];
  readonly onSubmit: (values: MeetingFormValues, templateId?: TemplateId) => Promise<void> | void;
  readonly onCancel: () => void;
}

const EMPTY: MeetingFormValues = { title: '', date: todayIso(), startTime: '15:00', endTime: '16:30', place: '', topic: '' };

export function MeetingFormDialog({ title, submitLabel, initial = EMPTY, templates, onSubmit, onCancel }: MeetingFormDialogProps) {
  const [values, setValues] = useState<MeetingFormValues>(initial);
  const [templateId, setTemplateId] = useState(templates?.[0]?.id);
  const [errors, setErrors] = useState<Partial<Record<keyof MeetingFormValues, string>>>({});
  const methodId = useId();
  const set = (key: keyof MeetingFormValues) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });
  const setEntry = (key: 'date' | 'startTime' | 'endTime') => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invalidEntry(event.currentTarget)) return; // the field says what is wrong
    const next: typeof errors = {};
    if (!values.title.trim()) next.title = t.common.required;
    if (!values.date) next.date = t.common.required;
    if (values.startTime && values.endTime && values.endTime <= values.startTime) next.endTime = t.meetings.endBeforeStart;
    setErrors(next);
    if (Object.keys(next).length === 0) void onSubmit(values, templateId);
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()} title={title}>
      <form onSubmit={submit} className="form" noValidate>
        <Field label={t.meetings.titleField} value={values.title} onChange={set('title')} error={errors.title} required autoFocus />
        <div className="row">
          <DateField label={t.meetings.date} value={values.date} onChange={setEntry('date')} error={errors.date} required />
          <TimeField label={t.meetings.startTime} value={values.startTime} onChange={setEntry('startTime')} />
          <TimeField label={t.meetings.endTime} value={values.endTime} onChange={setEntry('endTime')} error={errors.endTime} />
        </div>
        <Field label={t.meetings.place} value={values.place} onChange={set('place')} />
        <Field label={t.meetings.topic} value={values.topic} onChange={set('topic')} />
        {templates && (
          <div className="field">
            <label htmlFor={methodId}>{t.meetings.method}</label>
            <select id={methodId} value={templateId} onChange={(e) => setTemplateId(e.target.value as TemplateId)}>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {t.meetings.methodOption(template.name, template.phases.length, template.totalMinutes)}
                </option>
              ))}
            </select>
          </div>
        )}
        <DialogActions submitLabel={submitLabel} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
