/** Passphrase entry: once for opening a package, twice (with confirmation) for creating one. */
import { Field } from '../../components/Field';
import { t } from '../../i18n/de';
import { MIN_PASSPHRASE_LENGTH } from './passphrase';

export interface PassphraseValue {
  readonly passphrase: string;
  readonly confirmation: string;
  readonly remember: boolean;
}

/** The problem with a new passphrase, or undefined when it can be used. */
export function passphraseProblem({ passphrase, confirmation }: PassphraseValue, confirm: boolean): { field: 'passphrase' | 'confirmation'; message: string } | undefined {
  if (passphrase.length < (confirm ? MIN_PASSPHRASE_LENGTH : 1)) return { field: 'passphrase', message: confirm ? t.sync.passphraseTooShort : t.common.required };
  if (confirm && passphrase !== confirmation) return { field: 'confirmation', message: t.sync.passphraseMismatch };
  return undefined;
}

export function PassphraseFields({ value, onChange, confirm, error, disabled }: {
  readonly value: PassphraseValue;
  readonly onChange: (value: PassphraseValue) => void;
  readonly confirm: boolean;
  readonly error?: ReturnType<typeof passphraseProblem>;
  readonly disabled?: boolean;
}) {
  return (
    <>
      <Field
        label={t.sync.passphrase} type="password" autoComplete={confirm ? 'new-password' : 'current-password'} autoFocus disabled={disabled}
        hint={confirm ? t.sync.passphraseHint : t.sync.passphraseImportHint} value={value.passphrase}
        error={error?.field === 'passphrase' ? error.message : undefined}
        onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
      />
      {confirm && (
        <Field
          label={t.sync.passphraseConfirm} type="password" autoComplete="new-password" disabled={disabled} value={value.confirmation}
          error={error?.field === 'confirmation' ? error.message : undefined}
          onChange={(e) => onChange({ ...value, confirmation: e.target.value })}
        />
      )}
      <label className="checkbox sync-checkbox">
        <input type="checkbox" checked={value.remember} disabled={disabled} onChange={(e) => onChange({ ...value, remember: e.target.checked })} />
        {t.sync.passphraseRemember}
      </label>
    </>
  );
}
