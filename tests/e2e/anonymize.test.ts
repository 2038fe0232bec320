/**
 * The anonymization check as a moderator meets it, in the built renderer: underlines while typing a
 * phase note, the case's findings panel with "Ersetzen durch Platzhalter" and "Kein Identifikator"
 * (still dismissed after a reload), the circle's stop list, the switch "Prüfung beim Schreiben",
 * the export gate on "Protokoll & Export", and the warning in the Tandem-Paket dialog.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushed, launchModerator, removeProfile, seriousA11yViolations, serve, underlined, underlines, type AxeViolation, type Moderator, type Served } from './harness';

let server: Served;
let moderator: Moderator;

beforeAll(async () => {
  server = await serve();
  moderator = await launchModerator(server);
  moderator.page.setDefaultTimeout(30_000);
});

afterAll(async () => {
  await moderator?.close();
  if (moderator) await removeProfile(moderator.profileDir);
  await server?.close();
});

const a11y: Record<string, AxeViolation[]> = {};
async function scan(page: Page, name: string): Promise<void> {
  a11y[name] = await seriousA11yViolations(page);
}

/** Moves the pointer over the middle of `word` in the notes editor. */
async function pointAt(page: Page, word: string): Promise<void> {
  const box = await page.evaluate((word) => {
    const text = [...document.querySelectorAll('.ProseMirror p')].map((p) => p.firstChild).find((n) => n?.textContent?.includes(word))!;
    const range = document.createRange();
    const at = text.textContent!.indexOf(word);
    range.setStart(text, at);
    range.setEnd(text, at + word.length);
    const r = range.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, word);
  await page.mouse.move(box.x, box.y);
}

async function setUpMeeting(page: Page): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('Ihr Name').fill('Dr. Jana Krüger');
  await page.getByRole('radio', { name: 'Ärztin / Arzt' }).check();
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await page.getByRole('button', { name: 'Qualitätszirkel anlegen' }).click();
  const circleDialog = page.getByRole('dialog', { name: 'Qualitätszirkel anlegen' });
  await circleDialog.getByLabel('Name des Qualitätszirkels').fill('IQZ Frühe Hilfen Südstadt');
  await circleDialog.getByLabel('Region').fill('Karlsruhe');
  await circleDialog.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
  const meetingDialog = page.getByRole('dialog', { name: 'Sitzung anlegen' });
  await meetingDialog.getByLabel('Titel').fill('Herbstsitzung');
  await meetingDialog.getByLabel('Datum').fill('24.11.2026');
  await meetingDialog.getByLabel('Beginn').fill('15:00');
  await meetingDialog.getByLabel('Ende').fill('16:30');
  await meetingDialog.getByLabel('Ort').fill('Familienzentrum Oststadt');
  await meetingDialog.getByLabel('Thema').fill('Erschöpfte Eltern');
  await expect.poll(() => meetingDialog.getByLabel('Ablauf').inputValue()).not.toBe('');
  await meetingDialog.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('heading', { name: 'Herbstsitzung', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Fall hinzufügen' }).click();
  const caseDialog = page.getByRole('dialog', { name: 'Fall hinzufügen' });
  await caseDialog.getByLabel('Arbeitstitel des Falls (anonym)').fill('Säugling, Schreiphasen');
  await caseDialog.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('heading', { name: 'Säugling, Schreiphasen' }).waitFor();
}

const NOTE = 'Die Mutter, Melanie Wagner, hat am 09.08.2024 entbunden. Die Familie wohnt im Mühlenviertel.';

describe('the anonymization check in the app', () => {
  it('underlines, lists, replaces, dismisses, follows the stop list and gates every export', async () => {
    const { page } = moderator;
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await setUpMeeting(page);

    // Typing a phase note: the name and the date get underlined once typing pauses.
    await page.getByRole('link', { name: /Fallvorstellung/ }).click();
    const notes = page.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' });
    await notes.click();
    await page.keyboard.type(NOTE);
    // "Mühlenviertel" is no known place: nothing else is underlined yet.
    await expect.poll(() => underlined(page)).toEqual(['name: Melanie Wagner', 'date: 09.08.2024']);
    // The underlines are highlights: the editable text is not split into elements.
    expect(await notes.locator('p').first().evaluate((p) => [...p.childNodes].map((n) => n.nodeName))).toEqual(['#text']);
    // Pointing at an underline shows its hint.
    await pointAt(page, 'Wagner');
    await expect.poll(() => notes.getAttribute('title')).toMatch(/^Möglicher Identifikator \(Name\): /);
    await pointAt(page, 'entbunden');
    await expect.poll(() => notes.getAttribute('title')).toBeNull();

    // The case's panel lists both, with where they are.
    const panel = page.getByRole('region', { name: 'Anonymisierung' });
    const list = panel.getByRole('region', { name: 'Befunde' });
    // A row is found by its marked text (its context may show another finding's text too).
    const row = (text: string) => list.getByRole('listitem').filter({ has: page.locator('mark', { hasText: text }) });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    expect(await row('Melanie Wagner').textContent()).toContain('Für das Protokoll, Phase 2: Fallvorstellung');
    expect(await panel.getByRole('heading', { level: 3 }).first().textContent()).toContain('2 offene Befunde');
    await row('Melanie Wagner').getByRole('button', { name: 'Ersetzen durch Platzhalter' }).click();
    const replacement = panel.getByLabel('„Melanie Wagner“ ersetzen durch');
    expect(await replacement.inputValue()).toBe('[Name]');
    await scan(page, 'Fall mit Befunden und Ersetzen-Formular');

    // Replace the name with its placeholder: the note changes.
    await replacement.press('Enter');
    await expect.poll(() => notes.textContent()).toContain('Die Mutter, [Name], hat am 09.08.2024');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    // The note's underlines follow: none on the placeholder, the date's still on the date.
    await expect.poll(() => underlined(page)).toEqual(['date: 09.08.2024']);
    // The focus moved on to the next finding.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ersetzen durch Platzhalter');

    // Dismiss the date: gone from the panel and from the note's underlines.
    await row('09.08.2024').getByRole('button', { name: 'Kein Identifikator' }).click();
    await panel.getByText('Keine offenen Befunde in diesem Fall.').waitFor();
    await expect.poll(() => underlined(page)).toEqual([]);
    await panel.getByText('Als „Kein Identifikator“ markiert (1)').click();
    expect(await panel.getByRole('group').or(panel.locator('details')).first().textContent()).toContain('„09.08.2024“');
    expect(await panel.locator('details').textContent()).toContain('von Dr. Jana Krüger');
    await scan(page, 'Fall ohne offene Befunde');

    // After a reload the date is still dismissed (stored in the meeting doc).
    await flushed(page);
    await page.reload();
    await expect.poll(() => notes.textContent()).toContain('[Name], hat am 09.08.2024');
    await panel.getByText('Keine offenen Befunde in diesem Fall.').waitFor();
    await panel.getByText('Als „Kein Identifikator“ markiert (1)').waitFor();
    await page.waitForTimeout(800);
    expect(await underlined(page)).toEqual([]);

    // The stop list of the circle: a local name is flagged from now on.
    await page.getByRole('link', { name: 'Sitzungen', exact: true }).click();
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Anonymisierungsprüfung', level: 2 }).waitFor();
    await page.getByLabel('Begriff für die Stoppliste').fill('Mühlenviertel');
    await page.getByRole('button', { name: 'Zur Stoppliste hinzufügen' }).click();
    await page.getByRole('list', { name: 'Begriffe der Stoppliste' }).getByText('Mühlenviertel').waitFor();
    await page.getByLabel('Wort für die Ausnahmeliste').fill('Jugendamt');
    await page.getByLabel('Wort für die Ausnahmeliste').press('Enter');
    await page.getByRole('list', { name: 'Wörter der Ausnahmeliste' }).getByText('Jugendamt').waitFor();
    await scan(page, 'Einstellungen');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => underlined(page)).toEqual(['stopList: Mühlenviertel']);
    await expect.poll(() => row('Mühlenviertel').count()).toBe(1);

    // Export: blocked while the finding is open ...
    await page.getByRole('link', { name: 'Protokoll & Export' }).click();
    await page.getByRole('heading', { name: 'Protokoll & Export', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sitzung als JSON exportieren' }).click();
    const gate = page.getByRole('dialog', { name: 'Vor dem Export: Anonymisierung prüfen' });
    await gate.waitFor();
    expect(await gate.textContent()).toContain('1 möglicher Identifikator ist noch offen');
    await gate.getByRole('heading', { name: 'Fall „Säugling, Schreiphasen“', level: 3 }).waitFor();
    expect(await gate.getByRole('listitem').filter({ has: page.locator('mark', { hasText: 'Mühlenviertel' }) }).textContent()).toContain('Für das Protokoll, Phase 2: Fallvorstellung');
    await scan(page, 'Export-Prüfung');
    await gate.getByRole('button', { name: 'Nicht exportieren' }).click();
    await page.getByRole('status').filter({ hasText: 'Nicht exportiert: Die Anonymisierungsprüfung wurde nicht abgeschlossen.' }).waitFor();
    expect(downloads).toEqual([]);

    // ... still blocked after handling it right in the gate's dialog (that export holds the old notes) ...
    await page.getByRole('button', { name: 'Sitzung als JSON exportieren' }).click();
    await gate.waitFor();
    await gate.getByRole('listitem').filter({ has: page.locator('mark', { hasText: 'Mühlenviertel' }) }).getByRole('button', { name: 'Ersetzen durch Platzhalter' }).click();
    await gate.getByLabel('„Mühlenviertel“ ersetzen durch').fill('einem Stadtteil');
    await gate.getByRole('button', { name: 'Ersetzen', exact: true }).click();
    await gate.getByText('Alle Befunde sind erledigt.').waitFor();
    await gate.getByRole('button', { name: 'Zurück zum Export' }).click();
    await expect.poll(() => gate.count()).toBe(0);
    expect(downloads).toEqual([]);

    // ... and allowed once every finding is handled: the next export carries the changed notes.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sitzung als JSON exportieren' }).click()]);
    expect(await gate.count()).toBe(0);
    const json = await readFile(await download.path(), 'utf8');
    const noteTexts = JSON.stringify(JSON.parse(json).meeting.cases[0].notes);
    expect(noteTexts).toContain('"text":"Die Mutter, [Name], hat am 09.08.2024 entbunden. Die Familie wohnt im einem Stadtteil."');
    expect(json).not.toContain('Melanie');
    expect(json).not.toContain('Mühlenviertel');

    // With nothing open, the next export goes straight through.
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Protokoll als Markdown' }).click()]);
    expect(markdown.suggestedFilename()).toMatch(/\.md$/);
    expect(await gate.count()).toBe(0);

    // Live mode: a captured item is underlined too, and the case's panel lists it there.
    await page.getByRole('link', { name: 'Herbstsitzung', exact: true }).click();
    await page.getByRole('button', { name: 'Moderationsmodus starten' }).click();
    await page.getByRole('heading', { name: 'Moderationsmodus' }).or(page.getByRole('timer')).first().waitFor();
    await page.keyboard.press('Alt+1'); // opens the hypotheses and puts the cursor in "Neue Hypothese"
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Neue Hypothese');
    await page.keyboard.type('Mutter Ayşe wirkt überfordert');
    await page.keyboard.press('Enter');
    const item = page.getByRole('textbox', { name: 'Hypothese 1' });
    await expect.poll(() => item.inputValue()).toBe('Mutter Ayşe wirkt überfordert');
    const itemRow = page.locator('li[data-item-id]').filter({ has: item });
    await expect.poll(() => itemRow.locator('.finding-mirror .finding-name').textContent()).toBe('Ayşe');
    const describedBy = (await item.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`[id="${describedBy.at(-1)}"]`).textContent()).toBe('Mögliche Identifikatoren: „Ayşe“ (Name)');
    const livePanel = page.getByRole('region', { name: 'Anonymisierung' });
    const liveRow = livePanel.getByRole('listitem').filter({ has: page.locator('mark', { hasText: 'Ayşe' }) });
    expect(await liveRow.textContent()).toContain('Hypothese 1');
    await scan(page, 'Moderationsmodus mit Befund');
    await liveRow.getByRole('button', { name: 'Ersetzen durch Platzhalter' }).click();
    await livePanel.getByLabel('„Ayşe“ ersetzen durch').press('Enter');
    await expect.poll(() => item.inputValue()).toBe('Mutter [Name] wirkt überfordert');
    await expect.poll(() => itemRow.locator('.finding-mirror').count()).toBe(0);
    await page.getByRole('link', { name: 'Moderationsmodus beenden' }).click();

    // "Prüfung beim Schreiben" off (this device): no underlines while typing, the list only on request.
    await page.getByRole('link', { name: 'Sitzungen', exact: true }).click();
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('checkbox', { name: 'Prüfung beim Schreiben' }).uncheck();
    await page.getByRole('link', { name: 'Sitzungen', exact: true }).click();
    await page.getByRole('link', { name: 'Sitzung „Herbstsitzung“ öffnen' }).click();
    await page.getByRole('link', { name: /Fallvorstellung/ }).click();
    await panel.getByRole('button', { name: 'Jetzt prüfen' }).waitFor();
    await notes.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Herr Demir ist arbeitslos.');
    await page.waitForTimeout(1500);
    expect(await underlined(page)).toEqual([]);
    expect(await row('Demir').count()).toBe(0);
    await panel.getByRole('button', { name: 'Jetzt prüfen' }).click();
    await expect.poll(() => row('Demir').count()).toBe(1);
    // The export gate checks whatever the setting says.
    await page.getByRole('link', { name: 'Protokoll & Export' }).click();
    await page.getByRole('button', { name: 'Protokoll als Markdown' }).click();
    await gate.getByRole('listitem').filter({ has: page.locator('mark', { hasText: 'Demir' }) }).waitFor();
    await gate.getByRole('button', { name: 'Nicht exportieren' }).click();
    expect(downloads.length).toBe(2);
    // The protocol PDF passes the same gate: refused, nothing goes to the print dialog.
    await page.getByRole('button', { name: 'Protokoll als PDF' }).click();
    await gate.getByRole('listitem').filter({ has: page.locator('mark', { hasText: 'Demir' }) }).waitFor();
    await gate.getByRole('button', { name: 'Nicht exportieren' }).click();
    await expect.poll(() => gate.count()).toBe(0);
    await page.getByRole('status').filter({ hasText: 'Nicht exportiert: Die Anonymisierungsprüfung wurde nicht abgeschlossen.' }).waitFor();
    expect(await page.getByText('Der Druckdialog ist geöffnet.').count()).toBe(0);
    expect(await page.locator('iframe[data-tandem-print]').count()).toBe(0);

    // A Tandem-Paket is not blocked, but its dialog warns with the open count.
    await page.getByRole('link', { name: 'Herbstsitzung', exact: true }).click();
    await page.getByRole('button', { name: 'Tandem-Paket erstellen' }).click();
    const packageDialog = page.getByRole('dialog', { name: 'Tandem-Paket für die Sitzung „Herbstsitzung“ erstellen' });
    await packageDialog.getByText('Achtung: 1 möglicher Identifikator ist noch nicht geprüft').waitFor();
    await packageDialog.getByRole('button', { name: 'Abbrechen' }).click();

    expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
    expect(moderator.foreignRequests).toEqual([]);
  });

  it('underlines a long note where it is on screen, follows scrolling and typing before a finding', async () => {
    const { page } = moderator;
    // The meeting of the test above; the check was switched off there.
    await page.getByRole('link', { name: 'Sitzungen', exact: true }).click();
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('checkbox', { name: 'Prüfung beim Schreiben' }).check();
    await page.getByRole('link', { name: 'Sitzungen', exact: true }).click();
    await page.getByRole('link', { name: 'Sitzung „Herbstsitzung“ öffnen' }).click();
    await page.getByRole('link', { name: /Verständnisfragen/ }).click();
    const notes = page.getByRole('textbox', { name: 'Für das Protokoll: Verständnisfragen' });
    await notes.click();
    // 60 paragraphs with a name and a date each, pasted at once.
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Absatz ${i + 1}: Frau Yilmaz hat am 03.02.2025 angerufen.`);
    await notes.evaluate((editor, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, paragraphs.map((p) => `<p>${p}</p>`).join(''));
    await expect.poll(() => notes.locator('p').count()).toBe(60);
    /** The numbers of the paragraphs with an underline, and how many underlines there are. */
    const painted = async () => {
      const found = (await underlines(page)).filter((u) => u.editor === 'Für das Protokoll: Verständnisfragen');
      return { count: found.length, paragraphs: [...new Set(found.map((u) => u.paragraph))].sort((x, y) => x - y) };
    };
    // The caret is at the end: the last paragraphs are underlined, the first ones are not painted.
    await expect.poll(async () => (await painted()).paragraphs.includes(60)).toBe(true);
    let now = await painted();
    expect(now.paragraphs).not.toContain(1);
    expect(now.count).toBeLessThan(120);
    expect(now.count).toBe(now.paragraphs.length * 2);
    // Scrolled to the top: now the first paragraphs are, the last ones are not.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await painted()).paragraphs.includes(1)).toBe(true);
    now = await painted();
    expect(now.paragraphs).not.toContain(60);
    expect(now.count).toBe(now.paragraphs.length * 2);

    // Typing before a finding in the same paragraph: the underline stays on the name, keystroke by keystroke.
    await notes.click();
    await page.keyboard.press('Control+Home');
    const first = async () => (await underlines(page)).filter((u) => u.editor === 'Für das Protokoll: Verständnisfragen' && u.paragraph === 1).map((u) => `${u.kind}: ${u.text}`);
    // Read right after each key, before the next check (and usually before the editor repaints them when idle).
    for (const key of 'Neu: ') {
      await page.keyboard.type(key);
      expect(await first()).toEqual(['name: Yilmaz', 'date: 03.02.2025']);
    }
    await expect.poll(() => notes.locator('p').first().textContent()).toBe(`Neu: ${paragraphs[0]}`);
    expect(await first()).toEqual(['name: Yilmaz', 'date: 03.02.2025']);
    expect(moderator.foreignRequests).toEqual([]);
  });
});
