/**
 * The steps every end-to-end story starts with, done through the UI the way a moderator does them
 * (by role and German accessible name). Each returns once the next screen is shown.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export async function createProfile(page: Page, name = 'Dr. Jana Krüger', role: 'Ärztin / Arzt' | 'Fachkraft Kinder- und Jugendhilfe' = 'Ärztin / Arzt'): Promise<void> {
  await page.getByLabel('Ihr Name').fill(name);
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await page.getByRole('heading', { name: 'Qualitätszirkel', level: 1 }).waitFor();
}

export async function createCircle(page: Page, name = 'IQZ Frühe Hilfen Südstadt', region = 'Karlsruhe'): Promise<void> {
  await page.getByRole('button', { name: 'Qualitätszirkel anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Qualitätszirkel anlegen' });
  await dialog.getByLabel('Name des Qualitätszirkels').fill(name);
  if (region) await dialog.getByLabel('Region').fill(region);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

export interface MeetingInput {
  readonly title: string;
  /** As a moderator types it, e.g. `24.11.2026`. */
  readonly date?: string;
  readonly start?: string;
  readonly end?: string;
  readonly place?: string;
  readonly topic?: string;
}

/** From the circle's meetings section: creates a meeting with the default method and opens it. */
export async function createMeeting(page: Page, input: MeetingInput): Promise<void> {
  await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sitzung anlegen' });
  await dialog.getByLabel('Titel').fill(input.title);
  await dialog.getByLabel('Datum').fill(input.date ?? '24.11.2026');
  await dialog.getByLabel('Beginn').fill(input.start ?? '15:00');
  await dialog.getByLabel('Ende').fill(input.end ?? '16:30');
  if (input.place) await dialog.getByLabel('Ort').fill(input.place);
  if (input.topic) await dialog.getByLabel('Thema').fill(input.topic);
  await expect.poll(() => dialog.getByLabel('Ablauf').inputValue()).not.toBe('');
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('heading', { name: input.title, level: 1 }).waitFor();
}

/** In a meeting: adds a case and waits until its panel shows. */
export async function addCase(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Fall hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fall hinzufügen' });
  await dialog.getByLabel('Arbeitstitel des Falls (anonym)').fill(title);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}
