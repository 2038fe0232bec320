/**
 * The passphrase the tandem agreed on, kept in memory for as long as the app runs (never on disk,
 * in no storage API): typing it once per session is enough. Closing Tandem forgets it.
 */
let remembered: string | undefined;

export const MIN_PASSPHRASE_LENGTH = 8;

export function rememberedPassphrase(): string {
  return remembered ?? '';
}

export function rememberPassphrase(passphrase: string | undefined): void {
  remembered = passphrase || undefined;
}
