/**
 * Passphrase entry: once for opening a package, twice (with confirmation) for creating one.
 * The tandem's passphrase is no account password: no field invites a password manager to keep it
 * (NOT_FOR_PASSWORD_MANAGERS; the desktop app has none, the browser build must not offer one).
 */
import { Field } from '../../components/Field';
import { t } from '../../i18n/de';
import { MIN_PASSPHRASE_LENGTH } from './passphrase';
import { PassphraseStrength } from './PassphraseStrength';

/**
 * `autocomplete="off"` plus what the major password managers respect: 1Password (`data-1p-ignore`),
 * LastPass (`data-lpignore`), Bitwarden (`data-bwignore`), Dashlane (`data-form-type="other"`).
 */
export const NOT_FOR_PASSWORD_MANAGERS = {
  autoComplete: 'off',
  'data-1p-ignore': 'true',
  'data-lpignore': 'true',
  'data-bwignore': 'true',
  'data-form-type': 'other',
} as const;

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
        label={t.sync.passphrase} type="password" {...NOT_FOR_PASSWORD_MANAGERS} autoFocus disabled={disabled}
        hint={confirm ? t.sync.passphraseHint : t.sync.passphraseImportHint} value={value.passphrase}
        error={error?.field === 'passphrase' ? error.message : undefined}
        onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
      />
      {confirm && (
        <PassphraseStrength
          passphrase={value.passphrase} disabled={disabled}
          onTake={(suggestion) => onChange({ ...value, passphrase: suggestion, confirmation: suggestion })}
        />
      )}
      {confirm && (
        <Field
          label={t.sync.passphraseConfirm} type="password" {...NOT_FOR_PASSWORD_MANAGERS} disabled={disabled} value={value.confirmation}
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
