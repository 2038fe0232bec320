/**
 * The foundation slice as a moderator uses it: profile, circle, meeting, case and notes through the UI
 * (by role and accessible name); reload and relaunch on the same profile keep everything; no request
 * leaves the machine; no serious accessibility violation on any screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { flushed, launchModerator, removeProfile, seriousA11yViolations, serve, type Moderator, type Served } from './harness';

let server: Served;
let moderator: Moderator;
const a11y: Record<string, unknown[]> = {};

async function scan(page: Page, screen: string) {
  a11y[screen] = await seriousA11yViolations(page);
}

beforeAll(async () => {
  server = await serve();
  moderator = await launchModerator(server);
});

afterAll(async () => {
  await moderator?.close();
  if (moderator) await removeProfile(moderator.profileDir);
  await server?.close();
});

describe('a moderator prepares a meeting', () => {
  it('creates profile, circle, meeting, case and notes, and everything survives reload and relaunch', async () => {
    const { page } = moderator;
    await page.goto(server.url);

    // First run: profile.
    await expect.poll(() => page.getByRole('heading', { name: 'Willkommen bei Tandem' }).isVisible()).toBe(true);
    await scan(page, 'Profil');
    await page.getByLabel('Ihr Name').fill('Dr. Jana Krüger');
    await page.getByRole('radio', { name: 'Ärztin / Arzt' }).check();
    await page.getByRole('button', { name: 'Profil speichern' }).click();

    // Circles.
    await page.getByRole('heading', { name: 'Qualitätszirkel', level: 1 }).waitFor();
    await expect.poll(() => page.getByText('Noch kein Qualitätszirkel angelegt.').isVisible()).toBe(true);
    await scan(page, 'Qualitätszirkel');
    await page.getByRole('button', { name: 'Qualitätszirkel anlegen' }).click();
    const circleDialog = page.getByRole('dialog', { name: 'Qualitätszirkel anlegen' });
    await circleDialog.getByLabel('Name des Qualitätszirkels').fill('IQZ Frühe Hilfen Südstadt');
    await circleDialog.getByLabel('Region').fill('Karlsruhe');
    await scan(page, 'Dialog Qualitätszirkel');
    await circleDialog.getByRole('button', { name: 'Anlegen' }).click();

    // Meetings of the circle.
    await page.getByRole('heading', { name: 'IQZ Frühe Hilfen Südstadt' }).waitFor();
    await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
    const meetingDialog = page.getByRole('dialog', { name: 'Sitzung anlegen' });
    await meetingDialog.getByLabel('Titel').fill('Herbstsitzung');
    await meetingDialog.getByLabel('Datum').fill('24.11.2026');
    await meetingDialog.getByLabel('Beginn').fill('15:00');
    await meetingDialog.getByLabel('Ende').fill('16:30');
    await meetingDialog.getByLabel('Ort').fill('Familienzentrum Oststadt');
    await meetingDialog.getByLabel('Thema').fill('Erschöpfte Eltern und Schreibabys');
    await expect.poll(() => meetingDialog.getByLabel('Ablauf').inputValue()).not.toBe('');
    expect(await meetingDialog.getByRole('option').first().textContent()).toContain('Familienfallkonferenz (IQZ)');
    await scan(page, 'Dialog Sitzung');
    await meetingDialog.getByRole('button', { name: 'Anlegen' }).click();

    // Workspace: add a case and write notes in two phases.
    await page.getByRole('heading', { name: 'Herbstsitzung', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Fall hinzufügen' }).click();
    const caseDialog = page.getByRole('dialog', { name: 'Fall hinzufügen' });
    await caseDialog.getByLabel('Arbeitstitel des Falls (anonym)').fill('Säugling, Schreiphasen');
    await caseDialog.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: 'Säugling, Schreiphasen' }).waitFor();

    const firstNotes = page.getByRole('textbox', { name: 'Für das Protokoll: Ankommen & Rollen' });
    await firstNotes.click();
    await page.keyboard.type('Fallgeberin: Familienhebamme. Zeit: Ärztin.');
    await page.getByRole('link', { name: /Fallvorstellung/ }).click();
    const secondNotes = page.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' });
    await secondNotes.click();
    await page.keyboard.type('Mutter (31) erschöpft, Säugling schreit nachts stundenlang. Frage: Wie entlasten?');
    await scan(page, 'Sitzung');
    await flushed(page);
    // The indicator says so once typing has paused for half a second (SaveIndicator.tsx).
    await expect.poll(() => page.getByRole('status', { name: 'Speicherstatus' }).textContent(), { timeout: 5_000 }).toContain('Gespeichert');

    // Reload: everything is there.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' }).textContent()).toContain('Wie entlasten?');
    await page.getByRole('link', { name: /Ankommen & Rollen/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Für das Protokoll: Ankommen & Rollen' }).textContent()).toBe('Fallgeberin: Familienhebamme. Zeit: Ärztin.');

    // Close the browser and relaunch on the same profile directory.
    await moderator.close();
    const foreign = [...moderator.foreignRequests];
    moderator = await launchModerator(server, moderator.profileDir);
    const again = moderator.page;
    await again.goto(server.url);
    await again.getByRole('link', { name: /IQZ Frühe Hilfen Südstadt/ }).click();
    await again.getByLabel('Sitzungen durchsuchen').fill('schreibabys');
    await again.getByRole('link', { name: 'Sitzung „Herbstsitzung“ öffnen' }).click();
    await again.getByRole('link', { name: 'Fall „Säugling, Schreiphasen“ öffnen' }).waitFor();
    await again.getByRole('link', { name: /Fallvorstellung/ }).click();
    await expect.poll(() => again.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' }).textContent())
      .toBe('Mutter (31) erschöpft, Säugling schreit nachts stundenlang. Frage: Wie entlasten?');
    await again.getByLabel('Sitzungen durchsuchen').count();

    expect([...foreign, ...moderator.foreignRequests]).toEqual([]);
    expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  });
});
