/**
 * A live Familienfallkonferenz as the moderator runs it, mostly by keyboard: a meeting with 8 people
 * checked in (parity), live mode through three phases with the timer (overrun, +1 minute, pause),
 * every capture list, roles and question, the statement, two strategies linked to an offer, undo in
 * and outside the editor; the projector window follows the main window and never shows private
 * notes; a reload mid-phase keeps timer and items; no request leaves the machine; axe finds no
 * serious violation in live mode, the shortcut overview or the projector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { flushed, launchModerator, removeProfile, seriousA11yViolations, serve, type Moderator, type Served } from './harness';

let server: Served;
let moderator: Moderator;
const a11y: Record<string, unknown[]> = {};
const errors: string[] = [];

async function scan(page: Page, screen: string) {
  a11y[screen] = await seriousA11yViolations(page);
}

beforeAll(async () => {
  server = await serve();
  moderator = await launchModerator(server);
  // One clock for both windows: the test can jump forward in time while it still flows naturally.
  await moderator.context.clock.install();
  moderator.context.on('weberror', (e) => errors.push(e.error().message));
});

afterAll(async () => {
  await moderator?.close();
  if (moderator) await removeProfile(moderator.profileDir);
  await server?.close();
});

const PEOPLE = [
  { name: 'Dr. Eva Roth', profession: 'Kinder- und Jugendärztin/-arzt', system: 'Gesundheitswesen', efn: '123456789012345' },
  { name: 'Dr. Jonas Weber', profession: 'Frauenärztin/-arzt', system: 'Gesundheitswesen', efn: '223456789012345' },
  { name: 'Mira Schulz', profession: 'Familienhebamme', system: 'Gesundheitswesen' },
  { name: 'Lena Braun', profession: 'Psychotherapeutin/-therapeut', system: 'Gesundheitswesen' },
  { name: 'Tom Berger', profession: 'Fachkraft ASD/Jugendamt', system: 'Kinder- und Jugendhilfe' },
  { name: 'Sara Koch', profession: 'Schwangerschaftsberatung', system: 'Kinder- und Jugendhilfe' },
  { name: 'Ali Demir', profession: 'Frühförderung', system: 'Kinder- und Jugendhilfe' },
  { name: 'Nina Vogel', profession: 'Erziehungsberatung', system: 'Kinder- und Jugendhilfe' },
];

/** The values of a capture list's item fields, in order. */
async function itemTexts(scope: Page, list: string): Promise<string[]> {
  const section = scope.getByRole('region', { name: new RegExp(`^${list}`) });
  return section.getByRole('listitem').locator('.capture-text').evaluateAll((inputs) => inputs.map((i) => (i as HTMLTextAreaElement).value));
}

async function listTexts(list: Locator): Promise<string[]> {
  return list.getByRole('listitem').evaluateAll((items) => items.map((i) => i.firstChild?.textContent ?? ''));
}

describe('a moderator runs a live Familienfallkonferenz', () => {
  it('leads phases with the timer, captures everything, projects it, and keeps it across a reload', async () => {
    const { page, context } = moderator;
    await page.goto(server.url);

    // Profile, circle, an offer in the circle's directory, a meeting with a case.
    await page.getByLabel('Ihr Name').fill('Dr. Jana Krüger');
    await page.getByRole('radio', { name: 'Ärztin / Arzt' }).check();
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByRole('button', { name: 'Qualitätszirkel anlegen' }).click();
    const circleDialog = page.getByRole('dialog', { name: 'Qualitätszirkel anlegen' });
    await circleDialog.getByLabel('Name des Qualitätszirkels').fill('IQZ Frühe Hilfen Südstadt');
    await circleDialog.getByLabel('Region').fill('Karlsruhe');
    await circleDialog.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: 'IQZ Frühe Hilfen Südstadt' }).waitFor();

    await page.getByRole('link', { name: 'Angebote' }).click();
    await page.getByRole('button', { name: 'Angebot hinzufügen' }).click();
    const offerDialog = page.getByRole('dialog', { name: 'Angebot hinzufügen' });
    await offerDialog.getByLabel('Name des Angebots').fill('Schreibabyambulanz');
    await offerDialog.getByLabel('Art').fill('Sprechstunde');
    await offerDialog.getByLabel('System').selectOption({ label: 'Gesundheitswesen' });
    await offerDialog.getByLabel('Kurzbeschreibung').fill('Beratung für Eltern von Säuglingen mit Schreiphasen');
    await offerDialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => offerDialog.count()).toBe(0);

    await page.getByRole('link', { name: 'Sitzungen', exact: true }).first().click();
    await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
    const meetingDialog = page.getByRole('dialog', { name: 'Sitzung anlegen' });
    await meetingDialog.getByLabel('Titel').fill('Herbstsitzung');
    await meetingDialog.getByLabel('Datum').fill('24.11.2026');
    await meetingDialog.getByLabel('Beginn').fill('15:00');
    await meetingDialog.getByLabel('Ende').fill('16:30');
    await expect.poll(() => meetingDialog.getByLabel('Ablauf').inputValue()).not.toBe('');
    await meetingDialog.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: 'Herbstsitzung', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Fall hinzufügen' }).click();
    await page.getByRole('dialog', { name: 'Fall hinzufügen' }).getByLabel('Arbeitstitel des Falls (anonym)').fill('Säugling, Schreiphasen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Säugling, Schreiphasen' }).waitFor();

    // Check in 8 people, 4 per system, at the door by keyboard; the parity indicator agrees.
    await page.getByRole('link', { name: 'Anwesenheit' }).click();
    const parity = page.getByRole('status', { name: 'Parität' });
    for (const person of PEOPLE) {
      await page.getByLabel('Name', { exact: true }).fill(person.name);
      await page.getByLabel('Beruf', { exact: true }).fill(person.profession);
      await page.getByLabel('System', { exact: true }).selectOption({ label: person.system });
      if (person.efn) await page.getByLabel('EFN (nur Ärztinnen und Ärzte)').fill(person.efn);
      await page.getByRole('button', { name: 'Einchecken', exact: true }).click();
      await expect.poll(() => page.getByText(person.name).count()).toBeGreaterThan(0);
      if (person.name === 'Lena Braun') expect(await parity.textContent()).toMatch(/Ungleichgewicht|Gruppengröße/);
    }
    await expect.poll(() => parity.textContent()).toContain('Gesundheitswesen: 4');
    expect(await parity.textContent()).toContain('Kinder- und Jugendhilfe: 4');
    expect(await parity.textContent()).toContain('ausgewogen');

    // Into live mode for the case.
    await page.getByRole('link', { name: 'Fälle' }).click();
    await page.getByRole('button', { name: 'Moderationsmodus starten' }).click();
    await page.getByRole('heading', { name: 'Säugling, Schreiphasen', level: 1 }).waitFor();
    const countdown = page.getByRole('timer', { name: 'Restzeit' });
    const phaseTitle = page.locator('#live-phase-title');
    expect(await phaseTitle.textContent()).toBe('Ankommen & Rollen');
    expect(await countdown.textContent()).toBe('5:00');
    expect(await page.getByText('Noch nicht gestartet').count()).toBe(1);
    await scan(page, 'Moderationsmodus');

    // The shortcut overview on "?", from the same registry as the buttons.
    await page.locator('h1').click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Tastenkürzel' });
    await help.waitFor();
    expect(await help.getByRole('row', { name: /Nächste Phase/ }).textContent()).toContain('Alt + →');
    expect(await help.getByRole('row', { name: /Zur Liste Belastungen/ }).textContent()).toContain('Alt + 3');
    await scan(page, 'Tastenkürzel');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);

    // The menu "Befehle": the same commands with the same keys, by keyboard; a chosen command does
    // what its shortcut does (here: into the list "Belastungen", as Alt+3).
    // By keyboard only, with the pointer out of the way (Radix moves a menu's focus to the item
    // under the pointer).
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: 'Befehle' }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Befehle' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem', { name: 'Vorherige Phase' }).getAttribute('aria-disabled')).toBe('true');
    expect(await menu.getByRole('menuitem', { name: 'Nächste Phase' }).getAttribute('aria-keyshortcuts')).toBe('Alt+ArrowRight');
    expect(await menu.getByRole('menuitem', { name: 'Nächste Phase' }).textContent()).toContain('Alt + →');
    expect(await menu.getByRole('menuitem', { name: 'Eintrag nach oben' }).count()).toBe(0); // acts on a focused item
    await scan(page, 'Befehle');
    const focusedItem = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    // Radix moves the focus after the keydown (in a timeout): wait for each move before the next
    // look, or a stale focus sends one ArrowDown too many or too few.
    for (let i = 0; i < 20; i++) {
      const before = await focusedItem();
      if (before.startsWith('Zur Liste Belastungen')) break;
      await page.keyboard.press('ArrowDown');
      await expect.poll(focusedItem).not.toBe(before);
    }
    expect(await focusedItem()).toMatch(/^Zur Liste Belastungen/);
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Neue Belastung');
    await page.locator('h1').click();

    // Roles among the checked-in, and the presenter's question.
    await page.getByLabel('Fallgeber:in').selectOption({ label: 'Mira Schulz – Familienhebamme (GW)' });
    await page.getByLabel('Zeitwächter:in').selectOption({ label: 'Tom Berger – Fachkraft ASD/Jugendamt (KJH)' });
    await page.getByLabel('Protokoll', { exact: true }).selectOption({ label: 'Sara Koch – Schwangerschaftsberatung (KJH)' });
    await page.getByLabel('Frage der Fallgeberin / des Fallgebers').fill('Wie kann die Mutter nachts entlastet werden?');

    // The projector: a second window, opened by keyboard.
    const [projector] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Alt+P')]);
    await projector.waitForLoadState();
    const projectorTimer = projector.getByRole('timer', { name: 'Restzeit' });
    await projector.getByRole('heading', { name: 'Ankommen & Rollen', level: 1 }).waitFor();
    expect(await projectorTimer.textContent()).toBe('5:00');
    expect(await projector.getByText('Wie kann die Mutter nachts entlastet werden?').count()).toBe(1);

    // Phase 1 with the timer: start by keyboard, overrun after six minutes, clearly marked.
    await page.keyboard.press('Alt+S');
    await expect.poll(() => page.getByText('Zeit läuft').count()).toBe(1);
    await context.clock.fastForward('06:00');
    await expect.poll(() => countdown.textContent()).toMatch(/^−1:0\d$/);
    expect(await page.locator('.live-timer-status').textContent()).toMatch(/Zeit überschritten um 1:0\d/);
    expect(await page.getByRole('button', { name: /Ankommen & Rollen/ }).textContent()).toContain('überzogen');
    await expect.poll(() => projectorTimer.textContent()).toMatch(/^−1:0\d$/);
    await page.getByRole('textbox', { name: 'Für das Protokoll: Ankommen & Rollen' }).click();
    await page.keyboard.type('Vertraulich: nur für das Tandem.');

    // Phase 2: next phase from inside the editor (Alt+→), the timer keeps running; +1 minute.
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => phaseTitle.textContent()).toBe('Fallvorstellung');
    await expect.poll(() => countdown.textContent()).toMatch(/^(10:00|9:5\d)$/);
    await projector.getByRole('heading', { name: 'Fallvorstellung', level: 1 }).waitFor();
    await page.keyboard.press('Alt+M');
    await expect.poll(() => page.locator('.live-times').textContent()).toContain('11:00');
    expect(await page.locator('.live-times').textContent()).toContain('inkl. +1 Min.');
    await page.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' }).click();
    await page.keyboard.type('Mutter erschöpft, Säugling schreit nachts.');
    // Ctrl+Z in the editor undoes only the editor's own typing (the last burst of it).
    await page.waitForTimeout(800);
    await page.keyboard.type(' Tippfehler');
    const secondNotes = page.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' });
    // (How many keystrokes one undo step holds depends on typing pauses; a few presses at most.)
    for (let i = 0; i < 12 && (await secondNotes.textContent())!.includes(' T'); i++) await page.keyboard.press('Control+z');
    expect(await secondNotes.textContent()).toBe('Mutter erschöpft, Säugling schreit nachts.');
    expect(await countdown.textContent()).toMatch(/^(11:00|10:5\d)$/);

    // Phase 3: pause, planned vs used per phase and in total.
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => phaseTitle.textContent()).toBe('Verständnisfragen');
    await context.clock.fastForward('02:00');
    await page.keyboard.press('Alt+S');
    await expect.poll(() => page.getByText('Angehalten').count()).toBe(1);
    const paused = await countdown.textContent();
    expect(paused).toMatch(/^(8:00|7:5\d)$/);
    await context.clock.fastForward('03:00');
    await page.waitForTimeout(400);
    expect(await countdown.textContent()).toBe(paused);
    expect(await page.getByRole('button', { name: /Fallvorstellung/ }).textContent()).toMatch(/0:\d\d \/ 11:00/);
    expect(await page.locator('.live-times').textContent()).toMatch(/Gesamt(8|9):\d\d von 86:00 genutzt/);
    expect(await projector.getByText('Angehalten').count()).toBe(1);

    // Every capture list, reached by its shortcut: Enter adds, the perspective is set by keyboard.
    const capture = async (key: string, texts: readonly string[]) => {
      await page.keyboard.press(key);
      for (const text of texts) {
        await page.keyboard.type(text);
        await page.keyboard.press('Enter');
      }
    };
    await capture('Alt+1', ['Mutter überfordert', 'Schlafmangel verstärkt Stress']);
    await page.keyboard.press('Alt+G'); // new hypotheses from here on: Gesundheitswesen
    await capture('Alt+1', ['Säugling hat Reflux']);
    await capture('Alt+2', ['Großmutter in der Nähe', 'Hebamme vertraut']);
    await capture('Alt+3', ['Vater im Schichtdienst']);
    await capture('Alt+4', ['Schreibabyambulanz', 'Entlastung durch Familienpatin']);
    expect(await itemTexts(page, 'Hypothesen')).toEqual(['Mutter überfordert', 'Schlafmangel verstärkt Stress', 'Säugling hat Reflux']);
    expect(await page.getByLabel('Perspektive: Hypothese 3').inputValue()).toBe('health');
    expect(await itemTexts(page, 'Ressourcen')).toEqual(['Großmutter in der Nähe', 'Hebamme vertraut']);
    expect(await itemTexts(page, 'Belastungen')).toEqual(['Vater im Schichtdienst']);
    expect(await itemTexts(page, 'Lösungsideen')).toEqual(['Schreibabyambulanz', 'Entlastung durch Familienpatin']);

    // Edit, tag, reorder and delete items by keyboard.
    await page.getByLabel('Hypothese 2', { exact: true }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' der Eltern');
    await page.keyboard.press('Alt+J');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => itemTexts(page, 'Hypothesen')).toEqual(['Schlafmangel verstärkt Stress der Eltern', 'Mutter überfordert', 'Säugling hat Reflux']);
    expect(await page.getByLabel('Perspektive: Hypothese 1').inputValue()).toBe('youthWelfare');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Schlafmangel verstärkt Stress der Eltern');
    await page.getByLabel('Belastung 1', { exact: true }).click();
    await page.keyboard.press('Alt+Delete');
    await expect.poll(() => itemTexts(page, 'Belastungen')).toEqual([]);
    // Undo (outside any text field) brings it back; an item added afterwards stays.
    await page.getByRole('button', { name: 'Rückgängig' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => itemTexts(page, 'Belastungen')).toEqual(['Vater im Schichtdienst']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => itemTexts(page, 'Belastungen')).toEqual([]);
    await capture('Alt+3', ['Wenig Schlaf', 'Finanzielle Sorgen']);
    // Typing in the notes was never undone by the moderator's Ctrl+Z outside the editor.
    await page.getByRole('button', { name: 'Rückgängig' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => itemTexts(page, 'Belastungen')).toEqual(['Wenig Schlaf']);
    await page.keyboard.press('Control+y');
    await expect.poll(() => itemTexts(page, 'Belastungen')).toEqual(['Wenig Schlaf', 'Finanzielle Sorgen']);

    // The projector shows only the phase's own content: in „Verständnisfragen“ no lists.
    const projectedHypotheses = projector.getByRole('list', { name: 'Hypothesen' });
    expect(await projectedHypotheses.count()).toBe(0);
    expect(await projector.getByRole('list', { name: 'Lösungsideen' }).count()).toBe(0);

    // The statement of the presenter.
    await page.getByRole('textbox', { name: 'Stellungnahme der Fallgeberin / des Fallgebers' }).click();
    await page.keyboard.type('Die Ambulanz passt, die Patin frage ich an.');

    // Two strategies, each linked to the offer, from the keyboard shortcut.
    const addStrategy = async (measure: string, system: string, profession: string, due: string) => {
      await page.keyboard.press('Alt+N');
      await page.keyboard.type(measure);
      await page.getByLabel('Verantwortliches System', { exact: true }).selectOption({ label: system });
      await page.getByLabel('Verantwortlicher Beruf', { exact: true }).fill(profession);
      await page.getByLabel('Fällig bis', { exact: true }).fill(due);
      await page.getByLabel('Angebot', { exact: true }).selectOption({ label: 'Schreibabyambulanz (Sprechstunde)' });
      await page.getByLabel('Maßnahme', { exact: true }).press('Enter');
    };
    await addStrategy('Termin in der Schreibabyambulanz vereinbaren', 'Gesundheitswesen', 'Familienhebamme', '01.12.2026');
    await addStrategy('Familienpatin anfragen', 'Kinder- und Jugendhilfe', 'Fachkraft Frühe Hilfen (Netzwerkkoordination)', '15.12.2026');
    const strategies = page.getByRole('table', { name: 'Vereinbarte Handlungsstrategien' });
    await expect.poll(() => strategies.getByRole('row').count()).toBe(3);
    expect(await page.getByLabel('Maßnahme (Strategie 2)').inputValue()).toBe('Familienpatin anfragen');
    expect(await page.getByLabel('Angebot (Strategie 1)').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent)).toBe('Schreibabyambulanz (Sprechstunde)');
    await page.getByLabel('Status (Strategie 2)').selectOption({ label: 'erledigt' });
    expect(await projector.getByRole('list', { name: 'Handlungsstrategien' }).count()).toBe(0);
    await scan(page, 'Moderationsmodus mit Inhalt');

    // The projector follows the phase; it shows neither notes nor statement.
    await page.locator('h1').click();
    await page.keyboard.press('Alt+ArrowRight');
    await projector.getByRole('heading', { name: 'Perspektiven & Hypothesen', level: 1 }).waitFor();
    await expect.poll(() => listTexts(projectedHypotheses)).toEqual(['Schlafmangel verstärkt Stress der Eltern', 'Mutter überfordert', 'Säugling hat Reflux']);
    expect(await projector.getByRole('list', { name: 'Ressourcen' }).count()).toBe(0);
    const projected = await projector.locator('body').textContent();
    expect(projected).not.toContain('Vertraulich');
    expect(projected).not.toContain('Mutter erschöpft');
    expect(projected).not.toContain('Ambulanz passt');
    expect(await projector.getByRole('textbox').count()).toBe(0);
    await scan(projector, 'Projektoransicht');

    // Start again and reload mid-phase: the timer continues, everything is still there.
    await page.keyboard.press('Alt+S');
    await context.clock.fastForward('01:00');
    await flushed(page);
    const before = await countdown.textContent();
    expect(before).toMatch(/^(14:00|13:\d\d)$/);
    await page.reload();
    await page.getByRole('heading', { name: 'Säugling, Schreiphasen', level: 1 }).waitFor();
    await expect.poll(() => phaseTitle.textContent()).toBe('Perspektiven & Hypothesen');
    const after = await countdown.textContent();
    const seconds = (text: string | null) => Number(text!.split(':')[0]) * 60 + Number(text!.split(':')[1]);
    expect(seconds(before) - seconds(after)).toBeGreaterThanOrEqual(0);
    expect(seconds(before) - seconds(after)).toBeLessThan(15);
    expect(await page.getByText('Zeit läuft').count()).toBe(1);
    expect(await itemTexts(page, 'Hypothesen')).toEqual(['Schlafmangel verstärkt Stress der Eltern', 'Mutter überfordert', 'Säugling hat Reflux']);
    await page.keyboard.press('Alt+2');
    expect(await itemTexts(page, 'Ressourcen')).toEqual(['Großmutter in der Nähe', 'Hebamme vertraut']);
    await page.keyboard.press('Alt+3');
    expect(await itemTexts(page, 'Belastungen')).toEqual(['Wenig Schlaf', 'Finanzielle Sorgen']);
    await page.keyboard.press('Alt+4');
    expect(await itemTexts(page, 'Lösungsideen')).toEqual(['Schreibabyambulanz', 'Entlastung durch Familienpatin']);
    expect(await page.getByRole('textbox', { name: 'Stellungnahme der Fallgeberin / des Fallgebers' }).textContent()).toBe('Die Ambulanz passt, die Patin frage ich an.');
    expect(await page.getByLabel('Frage der Fallgeberin / des Fallgebers').inputValue()).toBe('Wie kann die Mutter nachts entlastet werden?');
    expect(await page.getByLabel('Fallgeber:in').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent)).toBe('Mira Schulz – Familienhebamme (GW)');
    expect(await strategies.getByRole('row').count()).toBe(3);
    expect(await page.getByRole('button', { name: /Fallvorstellung/ }).textContent()).toMatch(/0:\d\d \/ 11:00/);
    await page.getByRole('button', { name: /Ankommen & Rollen/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Für das Protokoll: Ankommen & Rollen' }).textContent()).toBe('Vertraulich: nur für das Tandem.');

    // The projector still follows after the main window's reload.
    await projector.getByRole('heading', { name: 'Ankommen & Rollen', level: 1 }).waitFor();

    expect(moderator.foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  });
});
