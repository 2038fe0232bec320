/**
 * Everything that can go wrong when reading a Tandem-Paket, as a closed set of codes.
 * `decodeSyncPackage` and `readSyncPackageHeader` throw nothing but `SyncPackageError`;
 * the UI shows `syncErrorMessage(code)`, never `error.message` (that one is English, for logs).
 */
export const SYNC_ERROR_CODES = [
  'not-a-package',
  'unsupported-version',
  'wrong-passphrase-or-damaged',
  'damaged',
  'too-large',
  /** The key derivation is below OWASP's minimum for Argon2id (19 MiB, 2 passes): too cheap to guess. */
  'weak-kdf',
] as const;

export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** German messages for the user. Every one ends by saying that nothing was changed. */
export const SYNC_ERROR_MESSAGES_DE: Readonly<Record<SyncErrorCode, string>> = {
  'not-a-package': 'Diese Datei ist kein Tandem-Paket. Es wurde nichts verändert.',
  'unsupported-version':
    'Dieses Tandem-Paket stammt aus einer anderen Version von Tandem und kann hier nicht gelesen werden. Bitte bringen Sie beide Laptops auf den neuesten Stand. Es wurde nichts verändert.',
  'wrong-passphrase-or-damaged': 'Die Passphrase stimmt nicht, oder die Datei ist beschädigt. Es wurde nichts verändert.',
  damaged: 'Die Datei ist beschädigt oder unvollständig. Bitte lassen Sie sich das Tandem-Paket noch einmal geben. Es wurde nichts verändert.',
  'too-large': 'Die Datei ist zu groß für ein Tandem-Paket. Es wurde nichts verändert.',
  'weak-kdf':
    'Dieses Tandem-Paket ist zu schwach verschlüsselt, um es anzunehmen: Seine Passphrase ließe sich zu leicht erraten. Bitte lassen Sie es mit Tandem neu erstellen. Es wurde nichts verändert.',
};

export function syncErrorMessage(code: SyncErrorCode): string {
  return SYNC_ERROR_MESSAGES_DE[code];
}

export class SyncPackageError extends Error {
  override readonly name = 'SyncPackageError';
  readonly code: SyncErrorCode;

  /** `detail` is an English note for logs and tests; it never reaches the user. */
  constructor(code: SyncErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${code}: ${detail}` : code, options);
    this.code = code;
  }
}

export function isSyncPackageError(error: unknown): error is SyncPackageError {
  return error instanceof SyncPackageError;
}
