/** First run: who is this moderator (name and role in the tandem)? Stored on this device only. */
import { useState, type FormEvent } from 'react';
import { Field, FieldSet } from '../../components/Field';
import { useRepository } from '../../data/hooks';
import type { ModeratorRole } from '../../data/db';
import { t } from '../../i18n/de';

export function ProfileSetup() {
  const repository = useRepository();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ModeratorRole>('physician');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t.common.required);
    void repository.saveProfile(name, role);
  };

  return (
    <main className="welcome">
      <h1>{t.profile.title}</h1>
      <p>{t.profile.intro}</p>
      <form onSubmit={submit} className="form" noValidate>
        <Field label={t.profile.name} value={name} onChange={(e) => setName(e.target.value)} error={error} autoComplete="name" autoFocus required />
        <FieldSet legend={t.profile.role}>
          {(['physician', 'youthWelfare'] as const).map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />
              {t.profile[value]}
            </label>
          ))}
        </FieldSet>
        <button type="submit" className="button primary">{t.profile.submit}</button>
      </form>
    </main>
  );
}
