/** The four fields of a person: name, profession (list or free entry), system, EFN. */
import { Field } from '../../components/Field';
import { t } from '../../i18n/de';
import { SuggestField, SystemSelect } from './fields';
import { changePerson, professionSuggestions, type PersonDraft, type PersonErrors } from './person';

export function PersonFields({ draft, errors, onChange, autoFocus = false, compact = false }: {
  readonly draft: PersonDraft;
  readonly errors: PersonErrors;
  readonly onChange: (draft: PersonDraft) => void;
  readonly autoFocus?: boolean;
  /** Without hints, for the check-in form on the table. */
  readonly compact?: boolean;
}) {
  const set = (key: keyof PersonDraft) => (value: string) => onChange(changePerson(draft, key, value));
  return (
    <>
      <Field
        label={t.circleAdmin.person.name} name="name" value={draft.name} error={errors.name} required autoFocus={autoFocus}
        autoComplete="off" onChange={(e) => set('name')(e.target.value)}
      />
      <SuggestField
        label={t.circleAdmin.person.profession} value={draft.profession} onChange={set('profession')}
        suggestions={professionSuggestions(draft.system)} hint={compact ? undefined : t.circleAdmin.person.professionHint}
      />
      <SystemSelect label={t.circleAdmin.person.system} value={draft.system} onChange={set('system')} />
      <Field
        label={t.circleAdmin.person.efn} value={draft.efn} error={errors.efn} inputMode="numeric" autoComplete="off"
        hint={compact ? undefined : t.circleAdmin.person.efnHint} onChange={(e) => set('efn')(e.target.value)}
      />
    </>
  );
}
