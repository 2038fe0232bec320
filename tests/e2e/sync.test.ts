/**
 * The Tandem-Paket as the two moderators use it, in two browser profiles (two laptops, no network
 * between them): Anna creates circle and meeting and exports a package (download); Ben reads it in
 * (file chooser, first contact); offline both write into the same phase note and add cases; packages
 * go both ways and both laptops show the same meeting with both sides' words. A wrong passphrase and
 * a damaged file each show their German message and change nothing; undoing an import restores the
 * earlier state; "Wer hat was geschrieben?" colours both moderators' text. No request leaves the
 * machine; no serious accessibility violation in the sync dialogs.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { flushed, launchModerator, removeProfile, seriousA11yViolations, serve, type Moderator, type Served } from './harness';

const PASSPHRASE = 'Südstadt-Tandem: Frühe Hilfen 2026';
const CIRCLE = 'IQZ Frühe Hilfen Südstadt';
const NOTE = 'Für das Protokoll: Fallvorstellung';

let server: Served;
let anna: Moderator;
let ben: Moderator;
let files: string;
const a11y: Record<string, unknown[]> = {};

beforeAll(async () => {
  server = await serve();
  anna = await launchModerator(server);
  ben = await launchModerator(server);
  files = await mkdtemp(join(tmpdir(), 'tandem-pakete-'));
});

afterAll(async () => {
  for (const moderator of [anna, ben]) {
    await moderator?.close();
    if (moderator) await removeProfile(moderator.profileDir);
  }
  await server?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

async function scan(page: Page, screen: string) {
  a11y[screen] = await seriousA11yViolations(page);
}

async function profile(page: Page, name: string, role: string) {
  await page.goto(server.url);
  await page.getByLabel('Ihr Name').fill(name);
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await page.getByRole('heading', { name: 'Qualitätszirkel', level: 1 }).waitFor();
}

/** Opens the shared case's "Fallvorstellung" note and returns the editor. */
async function openNote(page: Page, caseTitle = 'Säugling, Schreiphasen'): Promise<Locator> {
  await page.goto(server.url);
  await page.getByRole('link', { name: new RegExp(CIRCLE) }).click();
  await page.getByRole('link', { name: 'Sitzung „Herbstsitzung“ öffnen' }).click();
  await page.getByRole('link', { name: `Fall „${caseTitle}“ öffnen` }).click();
  await page.getByRole('link', { name: /Fallvorstellung/ }).click();
  const editor = page.getByRole('textbox', { name: NOTE });
  await editor.waitFor();
  return editor;
}

async function appendParagraph(page: Page, editor: Locator, text: string) {
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await flushed(page);
}

async function addCase(page: Page, title: string) {
  await page.getByRole('button', { name: 'Fall hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fall hinzufügen' });
  await dialog.getByLabel('Arbeitstitel des Falls (anonym)').fill(title);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await flushed(page);
}

/** Exports from the button in view (circle or meeting header) and returns the saved file's path. */
async function exportPackage(page: Page, name: string, screen?: string): Promise<string> {
  await page.getByRole('button', { name: 'Tandem-Paket erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: /Tandem-Paket .*erstellen/ });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Passphrase wiederholen').fill(PASSPHRASE);
  if (screen) await scan(page, screen);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Paket erstellen' }).click()]);
  // The file's name says the day and a short id, never the circle, a meeting or a person.
  expect(download.suggestedFilename()).toMatch(/^Tandem-Paket_\d{4}-\d{2}-\d{2}_[2-9A-HJKMNP-Z]{4}\.tandem$/);
  const path = join(files, name);
  await download.saveAs(path);
  await expect.poll(() => dialog.getByRole('status').first().textContent()).toContain('wurde gespeichert');
  await dialog.getByRole('button', { name: 'Schließen' }).first().click();
  return path;
}

/** Chooses a file with "Tandem-Paket einlesen" and returns the import dialog. */
async function chooseFile(page: Page, path: string): Promise<Locator> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Tandem-Paket einlesen' }).first().click()]);
  await chooser.setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Tandem-Paket einlesen' });
  await dialog.waitFor();
  return dialog;
}

async function importPackage(page: Page, path: string, screen?: string): Promise<Locator> {
  const dialog = await chooseFile(page, path);
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Öffnen' }).click();
  await dialog.getByText('Vorschau – noch wurde nichts verändert.').waitFor({ timeout: 60_000 });
  if (screen) await scan(page, screen);
  await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
  await dialog.getByText('Das Tandem-Paket wurde zusammengeführt.').waitFor({ timeout: 60_000 });
  return dialog;
}

describe('two moderators exchange Tandem-Pakete', () => {
  it('first contact, edits on both laptops, packages both ways, bad files, undo, authorship', async () => {
    // Anna prepares circle, meeting, case and a note, and exports the circle.
    const a = anna.page;
    await profile(a, 'Dr. Anna Beispiel', 'Ärztin / Arzt');
    await a.getByRole('button', { name: 'Qualitätszirkel anlegen' }).click();
    const circleDialog = a.getByRole('dialog', { name: 'Qualitätszirkel anlegen' });
    await circleDialog.getByLabel('Name des Qualitätszirkels').fill(CIRCLE);
    await circleDialog.getByRole('button', { name: 'Anlegen' }).click();
    await a.getByRole('heading', { name: CIRCLE }).waitFor();
    await a.getByRole('button', { name: 'Sitzung anlegen' }).click();
    const meetingDialog = a.getByRole('dialog', { name: 'Sitzung anlegen' });
    await meetingDialog.getByLabel('Titel').fill('Herbstsitzung');
    await meetingDialog.getByLabel('Datum').fill('24.11.2026');
    await meetingDialog.getByLabel('Beginn').fill('15:00');
    await meetingDialog.getByLabel('Ende').fill('16:30');
    await expect.poll(() => meetingDialog.getByLabel('Ablauf').inputValue()).not.toBe('');
    await meetingDialog.getByRole('button', { name: 'Anlegen' }).click();
    await a.getByRole('heading', { name: 'Herbstsitzung', level: 1 }).waitFor();
    await addCase(a, 'Säugling, Schreiphasen');
    await a.getByRole('link', { name: /Fallvorstellung/ }).click();
    await appendParagraph(a, a.getByRole('textbox', { name: NOTE }), 'Anna vorab: Mutter erschöpft.');
    await a.getByRole('link', { name: 'Sitzungen' }).click();
    await a.getByRole('heading', { name: CIRCLE }).waitFor();
    const invitation = await exportPackage(a, 'einladung.tandem', 'Dialog Paket erstellen');

    // Ben starts with nothing. A wrong passphrase first: German message, nothing created.
    const b = ben.page;
    await profile(b, 'Ben Vogel', 'Fachkraft Kinder- und Jugendhilfe');
    let dialog = await chooseFile(b, invitation);
    await dialog.getByLabel('Passphrase', { exact: true }).fill('falsche Passphrase');
    await dialog.getByRole('button', { name: 'Öffnen' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 30_000 })
      .toBe('Die Passphrase stimmt nicht, oder die Datei ist beschädigt. Es wurde nichts verändert.');
    await scan(b, 'Dialog Paket einlesen (Fehler)');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => b.getByText('Noch kein Qualitätszirkel angelegt.').isVisible()).toBe(true);

    // First contact: the preview shows the new circle and meeting from Anna, then the import creates them.
    dialog = await chooseFile(b, invitation);
    await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Öffnen' }).click();
    await dialog.getByText('Vorschau – noch wurde nichts verändert.').waitFor({ timeout: 60_000 });
    const preview = await dialog.getByRole('table', { name: 'Inhalt des Tandem-Pakets' }).textContent();
    expect(preview).toContain(CIRCLE);
    expect(preview).toContain('Herbstsitzung');
    expect(preview).toContain('neu');
    expect(await dialog.textContent()).toContain('Von Dr. Anna Beispiel (Ärztin / Arzt)');
    expect(await dialog.getByRole('region', { name: 'Änderungen nach Person' }).textContent()).toContain('Dr. Anna Beispiel');
    await scan(b, 'Dialog Paket einlesen (Vorschau)');
    await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
    await dialog.getByText('Das Tandem-Paket wurde zusammengeführt.').waitFor({ timeout: 60_000 });
    await scan(b, 'Dialog Paket einlesen (Bericht)');
    await dialog.getByRole('button', { name: 'Schließen' }).first().click();
    await b.getByRole('link', { name: new RegExp(CIRCLE) }).waitFor();

    // Offline, both write into the same phase note and both add a case.
    const benNote = await openNote(b);
    await expect.poll(() => benNote.textContent()).toContain('Anna vorab: Mutter erschöpft.');
    await appendParagraph(b, benNote, 'Ben: Familienhebamme und Lotsin einbinden.');
    await addCase(b, 'Kleinkind, Trennung');
    const annaNote = await openNote(a);
    await appendParagraph(a, annaNote, 'Anna: Kinderarzt zur Gedeihstörung befragen.');
    await addCase(a, 'Geschwister, Schulangst');

    // Ben sends his (from the meeting header), Anna reads it in; Anna answers, Ben reads that in.
    await openNote(b);
    const fromBen = await exportPackage(b, 'von-ben.tandem', 'Dialog Paket erstellen (Sitzung)');
    await a.goto(server.url);
    dialog = await importPackage(a, fromBen);
    expect(await dialog.getByRole('region', { name: 'Änderungen nach Person' }).textContent()).toContain('Ben Vogel');
    await dialog.getByRole('button', { name: 'Schließen' }).first().click();
    await a.getByRole('link', { name: new RegExp(CIRCLE) }).click();
    const fromAnna = await exportPackage(a, 'von-anna.tandem');
    await b.goto(server.url);
    await (await importPackage(b, fromAnna)).getByRole('button', { name: 'Schließen' }).first().click();

    // Both laptops show the same meeting with both sides' words and cases.
    const words = ['Anna vorab: Mutter erschöpft.', 'Ben: Familienhebamme und Lotsin einbinden.', 'Anna: Kinderarzt zur Gedeihstörung befragen.'];
    const texts: string[] = [];
    for (const page of [a, b]) {
      const note = await openNote(page);
      await expect.poll(() => note.textContent()).toContain(words[2]);
      const text = (await note.textContent()) ?? '';
      for (const word of words) expect(text).toContain(word);
      texts.push(text);
      const cases = await page.getByRole('link', { name: /^Fall „/ }).allTextContents();
      expect(cases.sort()).toEqual(['Geschwister, Schulangst', 'Kleinkind, Trennung', 'Säugling, Schreiphasen']);
    }
    expect(texts[1]).toBe(texts[0]);

    // Who wrote what: both moderators' text in their colour.
    await b.getByRole('button', { name: 'Wer hat was geschrieben?' }).click();
    const attributed = b.getByRole('region', { name: `${NOTE} – nach Person farbig` });
    await expect.poll(() => attributed.textContent()).toContain('Ben Vogel (Fachkraft Kinder- und Jugendhilfe)');
    expect(await attributed.textContent()).toContain('Dr. Anna Beispiel (Ärztin / Arzt)');
    expect(await attributed.locator('.author-run', { hasText: 'Ben: Familienhebamme' }).getAttribute('title')).toBe('Ben Vogel');
    expect(await attributed.locator('.author-run', { hasText: 'Anna: Kinderarzt' }).getAttribute('title')).toBe('Dr. Anna Beispiel');
    await scan(b, 'Wer hat was geschrieben?');
    await b.getByRole('button', { name: 'Wer hat was geschrieben?' }).click();

    // A damaged file and a wrong passphrase on Anna's laptop: German messages, nothing changes.
    const before = await (await openNote(a)).textContent();
    const bytes = await readFile(fromBen);
    const truncated = join(files, 'abgeschnitten.tandem');
    await writeFile(truncated, bytes.subarray(0, bytes.length - 200));
    await a.goto(server.url);
    dialog = await chooseFile(a, truncated);
    expect(await dialog.getByRole('alert').textContent())
      .toBe('Die Datei ist beschädigt oder unvollständig. Bitte lassen Sie sich das Tandem-Paket noch einmal geben. Es wurde nichts verändert.');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    const flipped = join(files, 'veraendert.tandem');
    const changed = Buffer.from(bytes);
    changed[changed.length - 50] = changed[changed.length - 50]! ^ 0xff;
    await writeFile(flipped, changed);
    dialog = await chooseFile(a, flipped);
    await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Öffnen' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 30_000 })
      .toBe('Die Passphrase stimmt nicht, oder die Datei ist beschädigt. Es wurde nichts verändert.');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    expect(await (await openNote(a)).textContent()).toBe(before);

    // Undo: Anna adds one more line, Ben imports it and undoes the import; his earlier state is back.
    await appendParagraph(a, await openNote(a), 'Anna später: Termin beim Jugendamt steht.');
    await a.getByRole('link', { name: 'Sitzungen' }).click();
    const later = await exportPackage(a, 'spaeter.tandem');
    await b.goto(server.url);
    dialog = await importPackage(b, later);
    b.once('dialog', (confirm) => void confirm.accept());
    await dialog.getByRole('button', { name: 'Import rückgängig machen' }).click();
    await expect.poll(() => dialog.getByText('Der Import wurde rückgängig gemacht.').isVisible(), { timeout: 30_000 }).toBe(true);
    await dialog.getByRole('button', { name: 'Schließen' }).first().click();
    const restored = await openNote(b);
    await expect.poll(() => restored.textContent()).toBe(texts[1]);
    await b.getByRole('link', { name: 'Sitzungen' }).click();
    await b.getByRole('button', { name: 'Abgleich-Verlauf' }).click();
    const log = b.getByRole('list', { name: 'Erstellte und eingelesene Tandem-Pakete' });
    await expect.poll(() => log.locator(':scope > li').count()).toBe(4); // 2 imports, 1 export, 1 undone import
    expect(await log.textContent()).toContain('rückgängig gemacht am');
    await scan(b, 'Abgleich-Verlauf');

    expect([...anna.foreignRequests, ...ben.foreignRequests]).toEqual([]);
    expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  });
});
