/**
 * German everywhere, whatever the computer's locale: on a browser set to `en-US` every date field
 * shows `24.11.2026` and every time field `18:00` (a native date input would show 11/24/2026 and
 * 06:00 PM), German dates typed in any form are taken, tolerant forms are written out, an invalid
 * date is refused with a German message and changes nothing. The notes toolbar names its buttons,
 * the anonymization settings explain the check in the app, and the app has a favicon (no failed
 * request at start).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { addCase, createCircle, createProfile } from './flows';
import { flushed, launchModerator, removeProfile, serve, type Moderator, type Served } from './harness';

let server: Served;
let moderator: Moderator;

beforeAll(async () => {
  server = await serve();
  moderator = await launchModerator(server, undefined, { locale: 'en-US' });
});

afterAll(async () => {
  await moderator?.close();
  if (moderator) await removeProfile(moderator.profileDir);
  await server?.close();
});

/** Types as a moderator does, key by key, and leaves the field with Tab. */
async function typeAndLeave(field: Locator, text: string): Promise<void> {
  await field.fill('');
  await field.pressSequentially(text);
  await field.press('Tab');
}

describe('German everywhere, on a computer set to en-US', () => {
  it('shows and takes German dates and times in every date and time field', async () => {
    const { page } = moderator;
    await page.goto(server.url);
    expect(await page.evaluate(() => [navigator.language, new Date(2026, 10, 24).toLocaleDateString()])).toEqual(['en-US', '11/24/2026']);
    await createProfile(page);
    await createCircle(page);

    // The meeting form: tolerant input is written out, an invalid date changes nothing and blocks „Anlegen“.
    await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sitzung anlegen' });
    const date = dialog.getByLabel('Datum', { exact: true });
    expect(await date.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/); // today, in German
    expect(await dialog.getByLabel('Beginn').inputValue()).toBe('15:00');
    expect(await dialog.getByLabel('Ende').inputValue()).toBe('16:30');
    await dialog.getByLabel('Titel').fill('Herbstsitzung');
    await typeAndLeave(date, '24.11.26');
    expect(await date.inputValue()).toBe('24.11.2026');
    await typeAndLeave(dialog.getByLabel('Beginn'), '1800');
    expect(await dialog.getByLabel('Beginn').inputValue()).toBe('18:00');
    await typeAndLeave(dialog.getByLabel('Ende'), '19.30');
    expect(await dialog.getByLabel('Ende').inputValue()).toBe('19:30');

    await typeAndLeave(date, '31.02.2026');
    const invalid = dialog.getByRole('alert').filter({ hasText: 'kein gültiges Datum' });
    expect(await invalid.textContent()).toBe('„31.02.2026“ ist kein gültiges Datum. Bitte so eingeben: 24.11.2026');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await expect.poll(() => date.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await dialog.isVisible()).toBe(true);
    await date.press('Escape'); // puts the accepted date back (the dialog stays)
    expect(await date.inputValue()).toBe('24.11.2026');
    expect(await dialog.isVisible()).toBe(true);
    expect(await invalid.count()).toBe(0);
    await date.fill('1.2.2027');
    await date.press('ArrowUp'); // a day later
    expect(await date.inputValue()).toBe('02.02.2027');
    await date.fill('24.11.2026');
    await date.press('Enter');
    await page.getByRole('heading', { name: 'Herbstsitzung', level: 1 }).waitFor();
    expect(await page.locator('.meeting-head .subtitle').textContent()).toContain('Di., 24.11.2026 · 18:00–19:30 Uhr');

    // Stored values are shown in German when the form opens again.
    await page.getByRole('button', { name: 'Sitzung bearbeiten' }).click();
    const edit = page.getByRole('dialog', { name: 'Sitzung bearbeiten' });
    expect(await edit.getByLabel('Datum', { exact: true }).inputValue()).toBe('24.11.2026');
    expect(await edit.getByLabel('Beginn').inputValue()).toBe('18:00');
    expect(await edit.getByLabel('Ende').inputValue()).toBe('19:30');
    await edit.getByRole('button', { name: 'Abbrechen' }).click();

    // The notes toolbar: readable tooltips and German names.
    await addCase(page, 'Säugling, Schreiphasen');
    const toolbar = page.getByRole('toolbar', { name: 'Formatierung' }).first();
    const bold = toolbar.getByRole('button', { name: 'Fett (Strg + B)' });
    expect(await bold.getAttribute('title')).toBe('Fett (Strg + B)');
    expect(await toolbar.getByRole('button', { name: 'Kursiv (Strg + I)' }).count()).toBe(1);

    // Live mode: the new strategy's due date, then the table.
    await page.getByRole('button', { name: 'Moderationsmodus starten' }).click();
    await page.getByRole('timer').first().waitFor();
    await page.keyboard.press('Alt+N');
    await page.keyboard.type('Termin in der Schreibabyambulanz vereinbaren');
    const due = page.getByLabel('Fällig bis', { exact: true });
    await due.fill('1.12.26');
    await due.press('Enter'); // accepted, written out, and the strategy is added
    const strategies = page.getByRole('table', { name: 'Vereinbarte Handlungsstrategien' });
    await expect.poll(() => strategies.getByRole('row').count()).toBe(2);
    const dueInTable = page.getByLabel('Fällig bis (Strategie 1)');
    expect(await dueInTable.inputValue()).toBe('01.12.2026');
    expect(await due.inputValue()).toBe('');
    await typeAndLeave(dueInTable, '15.12.2026');
    await typeAndLeave(dueInTable, '32.12.2026');
    expect(await page.getByRole('alert').filter({ hasText: '„32.12.2026“ ist kein gültiges Datum' }).count()).toBe(1);
    await flushed(page);
    await page.reload();
    await expect.poll(() => page.getByLabel('Fällig bis (Strategie 1)').inputValue()).toBe('15.12.2026');

    // „Fall abschließen“: the next meeting's date, then the protocol's details show it.
    await page.getByRole('navigation', { name: 'Phasen' }).getByRole('button', { name: /Abschluss & Transfer/ }).click();
    await page.getByRole('button', { name: 'Fall abschließen' }).click();
    const close = page.getByRole('dialog', { name: 'Fall „Säugling, Schreiphasen“ abschließen' });
    await close.getByLabel('Datum der nächsten Sitzung').fill('16.2.27');
    await close.getByRole('button', { name: 'Abschließen und zum Protokoll' }).click();
    await page.getByRole('heading', { name: 'Protokoll & Export', level: 1 }).waitFor();
    const next = page.getByLabel('Nächste Sitzung', { exact: true });
    await expect.poll(() => next.inputValue()).toBe('16.02.2027');
    await typeAndLeave(next, '23.02.2027');
    await flushed(page);
    await page.reload();
    await expect.poll(() => page.getByLabel('Nächste Sitzung', { exact: true }).inputValue()).toBe('23.02.2027');

    expect(moderator.foreignRequests).toEqual([]);
  });

  it('explains in the app what the anonymization check finds (was „siehe Handbuch“, a reference to nowhere)', async () => {
    const { page } = moderator;
    await page.goto(server.url);
    await page.getByRole('link', { name: /IQZ Frühe Hilfen Südstadt/ }).click();
    await page.getByRole('navigation', { name: /Bereiche/ }).getByRole('link', { name: 'Einstellungen', exact: true }).click();
    await page.getByRole('heading', { name: 'Anonymisierungsprüfung', level: 2 }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Handbuch');
    const help = page.locator('details', { hasText: 'Was die Prüfung findet und was nicht' });
    await help.getByText('Was die Prüfung findet und was nicht').click();
    expect(await help.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    const text = (await help.textContent()) ?? '';
    for (const said of ['Kennnummern', 'Spitznamen', 'Stoppliste', 'Ausnahmeliste', 'keine Garantie']) expect(text).toContain(said);
  });

  it('has a favicon, declared in the page and served (so a browser never asks for /favicon.ico), and no request of the session failed', async () => {
    const { page } = moderator;
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const href = await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href);
    expect(href).toBe(`${server.url}favicon.svg`);
    const icon = await page.request.get(href);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
    // The page may show it (CSP img-src 'self'): it loads as an image.
    expect(await page.evaluate((url) => new Promise((resolve) => {
      const image = new Image();
      image.onload = () => resolve(image.naturalWidth);
      image.onerror = () => resolve(0);
      image.src = url;
    }), href)).toBeGreaterThan(0);
    expect(moderator.failedRequests).toEqual([]);
  });
});
