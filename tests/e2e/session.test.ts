/**
 * A Familienfallkonferenz as the moderators live it, through all nine phases by keyboard at
 * 1360×900: in each phase its main part (roles and question, the capture lists, the statement, the
 * strategies, the notes) is in view without scrolling; a tandem note typed in every phase reaches no
 * protocol PDF (pdftotext), Markdown, JSON export or projector; after the last phase „Fall
 * abschließen“ closes the case and the session and leads to „Protokoll & Export“.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addCase, createCircle, createMeeting, createProfile } from './flows';
import { flushed, launchModerator, removeProfile, serve, type Moderator, type Served } from './harness';

let server: Served;
let moderator: Moderator;
let dir: string;

beforeAll(async () => {
  server = await serve();
  moderator = await launchModerator(server);
  dir = await mkdtemp(join(tmpdir(), 'tandem-session-'));
});

afterAll(async () => {
  await moderator?.close();
  if (moderator) await removeProfile(moderator.profileDir);
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const PHASES = [
  'Ankommen & Rollen', 'Fallvorstellung', 'Verständnisfragen', 'Perspektiven & Hypothesen', 'Ressourcen & Belastungen',
  'Lösungsideen & Angebote', 'Stellungnahme der Fallgeberin / des Fallgebers', 'Handlungsstrategien vereinbaren', 'Abschluss & Transfer',
];
const secret = (n: number) => `Tandemgeheimnis${n} Hebamme wirkt belastet`;

/** The element that stands for a phase's main part (its template's `main`). */
function mainPart(page: Page, index: number): Locator {
  switch (index) {
    case 0: return page.getByRole('heading', { name: 'Rollen und Fragestellung' });
    case 3: return page.getByRole('textbox', { name: 'Neue Hypothese' });
    case 4: return page.getByRole('textbox', { name: 'Neue Ressource' });
    case 5: return page.getByRole('textbox', { name: 'Neue Lösungsidee' });
    case 6: return page.getByRole('textbox', { name: 'Stellungnahme der Fallgeberin / des Fallgebers', exact: true });
    case 7: return page.getByLabel('Maßnahme', { exact: true });
    default: return page.getByRole('textbox', { name: `Für das Protokoll: ${PHASES[index]}` });
  }
}

async function inViewWithoutScrolling(page: Page, part: Locator): Promise<boolean> {
  const box = await part.boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  const height = page.viewportSize()!.height;
  return !!box && scrolled === 0 && box.y >= 0 && box.y + Math.min(box.height, 40) <= height;
}

describe('a session through all nine phases', () => {
  it('shows each phase its main part first, keeps the tandem notes private, and ends with „Fall abschließen“', async () => {
    const { page } = moderator;
    await page.goto(server.url);
    await createProfile(page, 'Dr. Anna Beispiel');
    await createCircle(page, 'IQZ Frühe Hilfen Südstadt');
    await createMeeting(page, { title: 'Wintersitzung', topic: 'Schreibabys' });
    await addCase(page, 'Säugling, Schreiphasen');
    await page.getByRole('link', { name: /Fallvorstellung/ }).click();
    await page.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' }).click();
    await page.keyboard.type('Mutter erschöpft, Kinderarzt eingebunden.');
    await page.getByRole('button', { name: 'Moderationsmodus starten' }).click();
    await page.getByRole('timer').first().waitFor();
    const meetingId = /live\/([^/]+)\/([^/?#]+)/.exec(page.url())!;
    const projector = await moderator.context.newPage();
    await projector.setViewportSize({ width: 1280, height: 720 });
    await projector.goto(`${server.url}#/projector/${meetingId[1]}/${meetingId[2]}`);

    for (const [index, title] of PHASES.entries()) {
      if (index > 0) {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('Alt+ArrowRight');
      }
      await page.getByRole('heading', { name: title, level: 2 }).first().waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(() => inViewWithoutScrolling(page, mainPart(page, index)), { message: `phase ${index + 1}: ${title}` }).toBe(true);
      const own = page.getByRole('textbox', { name: `Nur für das Tandem: ${title}` });
      await own.click();
      await page.keyboard.type(secret(index + 1));
      await page.keyboard.press('Escape');
    }
    await flushed(page);
    const projected = (await projector.locator('body').textContent()) ?? '';
    expect(projected).not.toContain('Tandemgeheimnis');

    // After the last phase: „Fall abschließen“ instead of a greyed-out „Nächste“.
    await page.getByRole('button', { name: 'Fall abschließen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fall „Säugling, Schreiphasen“ abschließen' });
    expect(await dialog.getByRole('checkbox', { name: 'Fallverlauf in der nächsten Sitzung?' }).isChecked()).toBe(true);
    await dialog.getByLabel('Datum der nächsten Sitzung').fill('16.02.2027');
    expect(await dialog.getByLabel('Moderation (für das Protokoll)').inputValue()).toBe('Dr. Anna Beispiel');
    await dialog.getByRole('button', { name: 'Abschließen und zum Protokoll' }).click();
    await page.getByRole('heading', { name: 'Protokoll & Export', level: 1 }).waitFor();

    // The protocol (printed as the app prints it), the Markdown and the JSON export: no tandem note.
    const frame = page.locator('iframe[title="Vorschau: Protokoll"]');
    await page.frameLocator('iframe[title="Vorschau: Protokoll"]').getByRole('heading', { name: 'Protokoll: Wintersitzung' }).waitFor();
    const html = (await frame.getAttribute('srcdoc')) ?? '';
    expect(html).toContain('Mutter erschöpft, Kinderarzt eingebunden.');
    const printPage = await moderator.context.newPage();
    await printPage.setContent(html, { waitUntil: 'load' });
    const file = join(dir, 'protokoll.pdf');
    await writeFile(file, await printPage.pdf({ preferCSSPageSize: true, printBackground: true, format: 'A4' }));
    await printPage.close();
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Mutter erschöpft');
    expect(pdfText).not.toContain('Tandemgeheimnis');
    for (const button of ['Protokoll als Markdown', 'Sitzung als JSON exportieren']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      const text = await readFile((await download.path())!, 'utf8');
      expect(text).toContain('Mutter erschöpft');
      expect(text).not.toContain('Tandemgeheimnis');
    }

    // The session is „durchgeführt“, the case closed; the tandem notes are still there for the tandem.
    await page.getByRole('link', { name: 'Wintersitzung', exact: true }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Status', exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent)).toBe('durchgeführt');
    await page.getByRole('link', { name: /Fallvorstellung/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Nur für das Tandem: Fallvorstellung' }).textContent()).toBe(secret(2));
    expect(moderator.foreignRequests).toEqual([]);
    await projector.close();
  });

  it('„Zur Stelle“ in live mode stays in live mode, opens the phase or list, and puts the cursor on the finding', async () => {
    const { page } = moderator;
    await page.getByRole('button', { name: 'Moderationsmodus starten' }).click();
    await page.getByRole('timer').first().waitFor();
    const live = page.url();
    // In the current phase, a hypothesis naming someone; then, from the case page, a note of another phase.
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Neue Hypothese');
    await page.keyboard.type('Frau Yilmaz fühlt sich allein');
    await page.keyboard.press('Enter');
    const stepper = page.getByRole('navigation', { name: 'Phasen' });
    await stepper.getByRole('button', { name: /^2 Fallvorstellung/ }).click();
    await page.getByRole('heading', { name: 'Fallvorstellung', level: 2 }).waitFor();
    const note = page.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' });
    await note.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Herr Demir ist der Vater.');
    await stepper.getByRole('button', { name: /^1 Ankommen & Rollen/ }).click();
    await page.getByRole('heading', { name: 'Ankommen & Rollen', level: 2 }).waitFor();

    const panel = page.getByRole('region', { name: 'Anonymisierung' });
    const row = (text: string) => panel.getByRole('listitem').filter({ has: page.locator('mark', { hasText: text }) });
    await expect.poll(() => row('Demir').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.live-findings-count').textContent()).toMatch(/\d+ offene? Befunde?/);
    await row('Demir').getByRole('link', { name: 'Zur Stelle' }).click();
    await page.getByRole('heading', { name: 'Fallvorstellung', level: 2 }).waitFor();
    expect(page.url()).toBe(live);
    await expect.poll(() => page.evaluate(() => [document.activeElement?.getAttribute('aria-label'), window.getSelection()?.toString()]))
      .toEqual(['Für das Protokoll: Fallvorstellung', 'Demir']);

    await row('Yilmaz').filter({ hasText: 'Hypothese' }).getByRole('link', { name: 'Zur Stelle' }).click();
    await expect.poll(() => page.evaluate(() => {
      const field = document.activeElement as HTMLTextAreaElement | null;
      return [field?.getAttribute('aria-label'), field?.value.slice(field.selectionStart, field.selectionEnd)];
    })).toEqual(['Hypothese 1', 'Yilmaz']);
    expect(page.url()).toBe(live);
  });
});
