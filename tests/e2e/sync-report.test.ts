/**
 * A merge the moderators understand, in two browser profiles (issue 20):
 * - both change the meeting's place and a case's title offline and exchange: the preview lists both
 *   conflicts with both values; „Stattdessen übernehmen“ on Ben's laptop changes the value, and after
 *   the next package both laptops show it; the report says in words who added what;
 * - the same package read in three times: one backup at most, no undo for the imports that brought
 *   nothing, and the log says „nichts Neues“;
 * - every passphrase field invites no password manager; the export dialog suggests five German
 *   words and rates what is typed, its dictionaries loaded only when the dialog opens.
 * With TANDEM_DOC_IMAGES=1 it also saves the report as docs/images/sync-report.png.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { flushed, launchModerator, removeProfile, seriousA11yViolations, serve, type Moderator, type Served } from './harness';
import { exportPackage as exportPackageFrom, merge, openPackage as openPackageAt } from './packages';

const CIRCLE = 'IQZ Frühe Hilfen Südstadt';
const NOTE = 'Für das Protokoll: Fallvorstellung';

let server: Served;
let anna: Moderator;
let ben: Moderator;
let files: string;
let count = 0;
/** Requests of Anna's browser for the rating's German dictionaries (the chunk of @zxcvbn-ts/language-de). */
const dictionaryRequests: string[] = [];

beforeAll(async () => {
  server = await serve();
  anna = await launchModerator(server);
  anna.context.on('request', (request) => {
    if (/\/assets\/index\.esm-[\w-]+\.js$/.test(request.url())) dictionaryRequests.push(request.url());
  });
  ben = await launchModerator(server);
  files = await mkdtemp(join(tmpdir(), 'tandem-bericht-'));
});

afterAll(async () => {
  for (const moderator of [anna, ben]) {
    await moderator?.close();
    if (moderator) await removeProfile(moderator.profileDir);
  }
  await server?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

async function profile(page: Page, name: string, role: string) {
  await page.goto(server.url);
  await page.getByLabel('Ihr Name').fill(name);
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await page.getByRole('heading', { name: 'Qualitätszirkel', level: 1 }).waitFor();
}

async function openCircle(page: Page) {
  await page.goto(server.url);
  await page.getByRole('link', { name: new RegExp(CIRCLE) }).click();
  await page.getByRole('heading', { name: CIRCLE }).waitFor();
}

async function openMeeting(page: Page) {
  await openCircle(page);
  await page.getByRole('link', { name: 'Sitzung „Herbstsitzung“ öffnen' }).click();
  await page.getByRole('heading', { name: 'Herbstsitzung', level: 1 }).waitFor();
}

async function setPlace(page: Page, place: string) {
  await openMeeting(page);
  await page.getByRole('button', { name: 'Sitzung bearbeiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sitzung bearbeiten' });
  await dialog.getByLabel('Ort').fill(place);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await dialog.waitFor({ state: 'detached' });
  await flushed(page);
}

async function placeOf(page: Page): Promise<string> {
  await openMeeting(page);
  await page.getByRole('button', { name: 'Sitzung bearbeiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sitzung bearbeiten' });
  const value = await dialog.getByLabel('Ort').inputValue();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  return value;
}

async function renameCase(page: Page, from: string, to: string) {
  await openMeeting(page);
  await page.getByRole('link', { name: `Fall „${from}“ öffnen` }).click();
  await page.getByRole('button', { name: 'Fall umbenennen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fall umbenennen' });
  await dialog.getByLabel('Arbeitstitel des Falls (anonym)').fill(to);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { name: to }).waitFor();
  await flushed(page);
}

async function caseTitles(page: Page): Promise<string[]> {
  await openMeeting(page);
  return (await page.getByRole('link', { name: /^Fall „/ }).allTextContents()).sort();
}

/** Every passphrase field of the dialog is not for password managers. */
async function expectNoPasswordManager(dialog: Locator) {
  const fields = await dialog.locator('input[type="password"]').evaluateAll((inputs) => inputs.map((input) => ({
    autocomplete: input.getAttribute('autocomplete'), onePassword: input.getAttribute('data-1p-ignore'),
    lastPass: input.getAttribute('data-lpignore'), bitwarden: input.getAttribute('data-bwignore'), dashlane: input.getAttribute('data-form-type'),
  })));
  expect(fields.length).toBeGreaterThan(0);
  for (const field of fields) expect(field).toEqual({ autocomplete: 'off', onePassword: 'true', lastPass: 'true', bitwarden: 'true', dashlane: 'other' });
}

/** The export dialog rates a weak passphrase with its reason, suggests five words, and takes them. */
async function checkRating(dialog: Locator) {
  const field = dialog.getByLabel('Passphrase', { exact: true });
  await field.fill('Fenster');
  await expect.poll(() => dialog.getByRole('status').first().textContent(), { timeout: 30_000 })
    .toBe('Diese Passphrase ist leicht zu erraten: Ein einzelnes Wort aus dem Wörterbuch ist leicht zu erraten. Weitere Wörter, die weniger häufig vorkommen, hinzufügen.');
  const suggestion = (await dialog.locator('.sync-suggestion').textContent()) ?? '';
  expect(suggestion).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+){4}$/);
  await dialog.getByRole('button', { name: 'Vorschlag übernehmen' }).click();
  expect(await field.inputValue()).toBe(suggestion);
  expect(await dialog.getByLabel('Passphrase wiederholen').inputValue()).toBe(suggestion);
  await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe('Diese Passphrase ist schwer zu erraten.');
  await dialog.getByRole('button', { name: 'Anderer Vorschlag' }).click();
  expect(await dialog.locator('.sync-suggestion').textContent()).not.toBe(suggestion);
}

async function exportPackage(page: Page, { rating = false } = {}): Promise<string> {
  await openCircle(page);
  return exportPackageFrom(page, join(files, `paket-${++count}.tandem`), {
    inspect: async (dialog) => {
      if (rating) await checkRating(dialog);
      await expectNoPasswordManager(dialog);
    },
  });
}

/** Reads a package in up to its preview and returns the dialog. */
const openPackage = (page: Page, path: string) => openPackageAt(page, server.url, path, { inspect: expectNoPasswordManager });

async function importPackage(page: Page, path: string): Promise<Locator> {
  const dialog = await openPackage(page, path);
  await merge(dialog);
  return dialog;
}

/** The rows of an IndexedDB store of the app's Dexie database, read in the page. */
async function rows(page: Page, store: 'backups' | 'syncLog'): Promise<Array<Record<string, unknown>>> {
  return page.evaluate((name) => new Promise((resolve, reject) => {
    const open = indexedDB.open('tandem');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => {
        resolve((request.result as Array<Record<string, unknown>>).map(({ state: _state, after: _after, ...rest }) => rest));
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  }), store);
}

describe('a merge the moderators understand', () => {
  it('names both conflicts with both values; „Stattdessen übernehmen“ on B reaches A with the next package', async () => {
    const a = anna.page;
    const b = ben.page;
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
    await meetingDialog.getByLabel('Ort').fill('Familienzentrum');
    await expect.poll(() => meetingDialog.getByLabel('Ablauf').inputValue()).not.toBe('');
    await meetingDialog.getByRole('button', { name: 'Anlegen' }).click();
    await a.getByRole('heading', { name: 'Herbstsitzung', level: 1 }).waitFor();
    await a.getByRole('button', { name: 'Fall hinzufügen' }).click();
    const caseDialog = a.getByRole('dialog', { name: 'Fall hinzufügen' });
    await caseDialog.getByLabel('Arbeitstitel des Falls (anonym)').fill('Säugling, Schreiphasen');
    await caseDialog.getByRole('button', { name: 'Anlegen' }).click();
    await a.getByRole('heading', { name: 'Säugling, Schreiphasen' }).waitFor();
    await flushed(a);
    // The first screens did not load the rating's dictionaries; the export dialog does.
    expect(dictionaryRequests).toEqual([]);
    const invitation = await exportPackage(a, { rating: true });
    expect(dictionaryRequests).toHaveLength(1);
    await profile(b, 'Ben Vogel', 'Fachkraft Kinder- und Jugendhilfe');
    await importPackage(b, invitation);

    // Offline, both change the place and the case's title; Anna also writes a paragraph.
    await setPlace(a, 'Rathaus, Saal 1');
    await renameCase(a, 'Säugling, Schreiphasen', 'Säugling (Anna)');
    await a.getByRole('link', { name: /Fallvorstellung/ }).click();
    const editor = a.getByRole('textbox', { name: NOTE });
    await editor.click();
    await a.keyboard.type('Mutter erschöpft, Vater arbeitet nachts.');
    await flushed(a);
    await setPlace(b, 'Familienzentrum Süd');
    await renameCase(b, 'Säugling, Schreiphasen', 'Säugling (Ben)');

    // Ben's preview: both conflicts, each with both values; the changes in words.
    const dialog = await openPackage(b, await exportPackage(a));
    const conflicts = dialog.getByRole('region', { name: 'Von beiden geändert' });
    const place = conflicts.getByRole('listitem').filter({ hasText: 'Ort der Sitzung „Herbstsitzung“' });
    const title = conflicts.getByRole('listitem').filter({ hasText: /^Titel des Falls/ });
    for (const [entry, values] of [[place, ['„Rathaus, Saal 1“', '„Familienzentrum Süd“']], [title, ['„Säugling (Anna)“', '„Säugling (Ben)“']]] as const) {
      const text = (await entry.textContent()) ?? '';
      for (const value of values) expect(text).toContain(value);
      expect(text).toContain('Dr. Anna Beispiel, im Paket vom');
      expect(text).toContain('(Sie, auf diesem Laptop nach dem Abgleich vom');
    }
    // Before importing, nothing can be chosen yet.
    expect(await conflicts.getByRole('button').count()).toBe(0);
    const report = dialog.getByRole('region', { name: 'Änderungen nach Person' });
    expect(await report.textContent()).toContain('Dr. Anna Beispiel: 1 Absatz in ‚Fallvorstellung‘ ergänzt (+40 Zeichen)');
    expect(await report.textContent()).toContain('Titel geändert');
    expect(await report.textContent()).toContain('Ort geändert');
    expect(await seriousA11yViolations(b)).toEqual([]);

    await merge(dialog);
    const keptPlace = /bleibt „([^“]+)“/.exec((await place.textContent()) ?? '')![1]!;
    const otherPlace = keptPlace === 'Rathaus, Saal 1' ? 'Familienzentrum Süd' : 'Rathaus, Saal 1';
    if (process.env.TANDEM_DOC_IMAGES) {
      await b.setViewportSize({ width: 1100, height: 1500 });
      await dialog.screenshot({ path: fileURLToPath(new URL('../../docs/images/sync-report.png', import.meta.url)) });
      await b.setViewportSize({ width: 1360, height: 900 });
    }
    expect(await seriousA11yViolations(b)).toEqual([]);
    await place.getByRole('button', { name: /^Stattdessen übernehmen/ }).click();
    await expect.poll(() => place.getByRole('status').textContent()).toContain(`„${otherPlace}“ übernommen`);
    // The import can no longer be undone: it says why, in one line.
    await expect.poll(() => dialog.getByText('Nicht mehr rückgängig zu machen: Seit diesem Import wurde auf diesem Laptop daran weitergearbeitet.').isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Import rückgängig machen' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Schließen' }).first().click();
    expect(await placeOf(b)).toBe(otherPlace);

    // After Ben's next package, both laptops show the value Ben took.
    await importPackage(a, await exportPackage(b));
    expect(await placeOf(a)).toBe(otherPlace);
    expect(await caseTitles(a)).toEqual(await caseTitles(b));
  });

  it('the same package three times: one backup at most, no undo for the no-op imports, the log says „nichts Neues“', async () => {
    const a = anna.page;
    const b = ben.page;
    await setPlace(a, 'Jugendamt, Raum 4');
    const path = await exportPackage(a);
    const before = new Set((await rows(b, 'syncLog')).map((row) => row.id));

    let dialog = await importPackage(b, path);
    await expect.poll(() => dialog.getByRole('button', { name: 'Import rückgängig machen' }).isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Schließen' }).first().click();
    for (let i = 0; i < 2; i++) {
      dialog = await openPackage(b, path);
      expect(await dialog.textContent()).toContain('Dieses Paket enthält nichts, was hier noch fehlt.');
      await merge(dialog);
      expect(await dialog.textContent()).toContain('Das Paket enthielt nichts Neues.');
      expect(await dialog.getByRole('button', { name: 'Import rückgängig machen' }).count()).toBe(0);
      await dialog.getByRole('button', { name: 'Schließen' }).first().click();
    }

    const imports = (await rows(b, 'syncLog')).filter((row) => !before.has(row.id)).sort((x, y) => String(x.at).localeCompare(String(y.at)));
    expect(imports.map((row) => !!row.nothingNew)).toEqual([false, true, true]);
    const backups = (await rows(b, 'backups')).filter((row) => imports.some((i) => i.id === row.importId));
    expect(backups.length).toBeLessThanOrEqual(1);
    expect(backups.every((row) => row.importId === imports[0]!.id)).toBe(true);

    await openCircle(b);
    await b.getByRole('button', { name: 'Abgleich-Verlauf' }).click();
    const log = b.getByRole('list', { name: 'Erstellte und eingelesene Tandem-Pakete' });
    const entries = log.locator(':scope > li');
    await expect.poll(() => entries.first().textContent()).toContain('nichts Neues');
    expect(await entries.nth(1).textContent()).toContain('nichts Neues');
    const changed = entries.nth(2);
    expect(await changed.textContent()).not.toContain('nichts Neues');
    expect(await changed.textContent()).toContain('Ort geändert');
    // Undo is offered on the import that changed something, and only there.
    await expect.poll(() => changed.getByRole('button', { name: 'Import rückgängig machen' }).isVisible()).toBe(true);
    expect(await log.getByRole('button', { name: 'Import rückgängig machen' }).count()).toBe(1);
    expect(await seriousA11yViolations(b)).toEqual([]);
    expect([...anna.foreignRequests, ...ben.foreignRequests]).toEqual([]);
  });
});
