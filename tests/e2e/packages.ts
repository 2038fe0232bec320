/**
 * The Tandem-Paket steps every exchange story takes, through the UI as a moderator does them: create
 * a package (download, saved to a file), read one in up to its preview, merge it. Each step may look
 * at its dialog on the way (`inspect`: accessibility scan, password-manager attributes, rating).
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export const PASSPHRASE = 'Südstadt-Tandem: Frühe Hilfen 2026';

type Inspect = (dialog: Locator) => Promise<void>;

/** From the screen in view (circle or meeting): creates a package and returns the saved file's path. */
export async function exportPackage(page: Page, path: string, { passphrase = PASSPHRASE, inspect }: { passphrase?: string; inspect?: Inspect } = {}): Promise<string> {
  await page.getByRole('button', { name: 'Tandem-Paket erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: /Tandem-Paket .*erstellen/ });
  // Before the passphrase is filled in: an inspection may try other passphrases (the rating).
  await inspect?.(dialog);
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await dialog.getByLabel('Passphrase wiederholen').fill(passphrase);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Paket erstellen' }).click()]);
  await download.saveAs(path);
  await expect.poll(() => dialog.getByRole('status').first().textContent()).toContain('wurde gespeichert');
  await dialog.getByRole('button', { name: 'Schließen' }).first().click();
  return path;
}


/** From the start page: reads a package in up to its preview and returns the dialog. */
export async function openPackage(page: Page, url: string, path: string, { passphrase = PASSPHRASE, inspect }: { passphrase?: string; inspect?: Inspect } = {}): Promise<Locator> {
  await page.goto(url);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Tandem-Paket einlesen' }).first().click()]);
  await chooser.setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Tandem-Paket einlesen' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await inspect?.(dialog);
  await dialog.getByRole('button', { name: 'Öffnen' }).click();
  await dialog.getByText('Vorschau – noch wurde nichts verändert.').waitFor({ timeout: 60_000 });
  return dialog;
}

/** „Zusammenführen“ in an opened package's dialog, until the report shows. */
export async function merge(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
  await dialog.getByText('Das Tandem-Paket wurde zusammengeführt.').waitFor({ timeout: 60_000 });
}
