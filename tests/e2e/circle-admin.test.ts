/**
 * The circle's administration as the tandem uses it: roster, offers, the method template, check-in
 * with the parity indicator (by keyboard), a follow-up of an earlier case, and the open strategies
 * across meetings. Elements are found by role and German accessible name; every screen is scanned
 * with axe; no request may leave the machine.
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

/** A day from today as a moderator types it: `24.11.2026`. */
function dateInDays(days: number): string {
  const [year, month, day] = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: /Bereiche/ }).getByRole('link', { name, exact: true });

async function createMeeting(page: Page, title: string, date: string) {
  await tab(page, 'Sitzungen').click();
  await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sitzung anlegen' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByLabel('Datum').fill(date);
  await expect.poll(() => dialog.getByLabel('Ablauf').inputValue()).not.toBe('');
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  return /#\/meeting\/([^/]+)/.exec(page.url())![1]!;
}

async function addCase(page: Page, title: string) {
  await page.getByRole('button', { name: 'Fall hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fall hinzufügen' });
  await dialog.getByLabel('Arbeitstitel des Falls (anonym)').fill(title);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('heading', { name: title, level: 2 }).waitFor();
}

/** One person through the check-in form, keyboard only; the cursor starts (and ends) in "Name". */
async function checkInByKeyboard(page: Page, person: { name: string; profession: string; systemKeys?: string[]; efn?: string }) {
  await page.keyboard.type(person.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(person.profession);
  await page.keyboard.press('Tab');
  for (const key of person.systemKeys ?? []) await page.keyboard.press(key);
  await page.keyboard.press('Tab');
  if (person.efn) await page.keyboard.type(person.efn);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: `${person.name} auschecken` }).waitFor();
}

const focusedName = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

beforeAll(async () => {
  server = await serve();
  moderator = await launchModerator(server);
});

afterAll(async () => {
  await moderator?.close();
  if (moderator) await removeProfile(moderator.profileDir);
  await server?.close();
});

describe('the tandem administers its circle', () => {
  it('keeps roster, offers and method; checks in by keyboard with parity; follows up a case; lists open strategies', async () => {
    const { page } = moderator;
    await page.goto(server.url);
    await page.getByLabel('Ihr Name').fill('Dr. Jana Krüger');
    await page.getByRole('radio', { name: 'Ärztin / Arzt' }).check();
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByRole('button', { name: 'Qualitätszirkel anlegen' }).click();
    const circleDialog = page.getByRole('dialog', { name: 'Qualitätszirkel anlegen' });
    await circleDialog.getByLabel('Name des Qualitätszirkels').fill('IQZ Frühe Hilfen Weststadt');
    await circleDialog.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: 'IQZ Frühe Hilfen Weststadt', level: 1 }).waitFor();
    const circleUrl = page.url();

    // Roster: add with a wrong EFN (German message), correct it, edit, remove another person.
    await tab(page, 'Teilnehmende').click();
    await page.getByRole('heading', { name: 'Teilnehmende', level: 2 }).waitFor();
    await scan(page, 'Teilnehmende (leer)');
    await page.getByRole('button', { name: 'Person hinzufügen' }).click();
    let dialog = page.getByRole('dialog', { name: 'Person hinzufügen' });
    await dialog.getByLabel('Name').fill('Dr. Lena Berg');
    await dialog.getByLabel('Beruf').fill('Kinder- und Jugendärztin/-arzt');
    await dialog.getByLabel('EFN (nur Ärztinnen und Ärzte)').fill('27608123');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.getByText('Die EFN besteht aus genau 15 Ziffern.').waitFor();
    expect(await dialog.getByLabel('System').inputValue()).toBe('health'); // set by the listed profession
    await scan(page, 'Dialog Person');
    await dialog.getByLabel('EFN (nur Ärztinnen und Ärzte)').fill('276 081234567890');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    const lena = page.getByRole('row', { name: /Dr\. Lena Berg/ });
    await expect.poll(() => lena.textContent()).toContain('276081234567890');
    expect(await lena.textContent()).toContain('Gesundheitswesen');

    await page.getByRole('button', { name: 'Dr. Lena Berg bearbeiten' }).click();
    dialog = page.getByRole('dialog', { name: 'Person bearbeiten' });
    expect(await dialog.getByLabel('Name').inputValue()).toBe('Dr. Lena Berg');
    await dialog.getByLabel('Beruf').fill('Hausärztin/-arzt');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => lena.textContent()).toContain('Hausärztin/-arzt');

    await page.getByRole('button', { name: 'Person hinzufügen' }).click();
    dialog = page.getByRole('dialog', { name: 'Person hinzufügen' });
    await dialog.getByLabel('Name').fill('Tom Ziegler');
    await dialog.getByLabel('System').selectOption({ label: 'Andere' });
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('row', { name: /Tom Ziegler/ }).waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Tom Ziegler entfernen' }).click();
    await page.getByRole('row', { name: /Tom Ziegler/ }).waitFor({ state: 'detached' });
    await scan(page, 'Teilnehmende');

    // Offers directory.
    await tab(page, 'Angebote').click();
    await page.getByRole('heading', { name: 'Angebote', level: 2 }).waitFor();
    for (const offer of [
      {
        name: 'Familienhebammen-Sprechstunde', kind: 'Sprechstunde', system: 'Gesundheitswesen', description: 'Dienstags im Gesundheitsamt, ohne Termin.',
        targetGroup: 'Schwangere und Familien mit Kindern bis 1 Jahr', contact: 'Koordinierungsstelle Frühe Hilfen', phone: '0721 98765-40', web: 'https://www.example.org/hebammen',
      },
      { name: 'Elterncafé Oststadt', kind: 'Gruppenangebot', system: 'Kinder- und Jugendhilfe', description: 'Offener Treff für Eltern mit Babys.' },
    ]) {
      await page.getByRole('button', { name: 'Angebot hinzufügen' }).click();
      dialog = page.getByRole('dialog', { name: 'Angebot hinzufügen' });
      await dialog.getByLabel('Name des Angebots').fill(offer.name);
      await dialog.getByLabel('Art').fill(offer.kind);
      await dialog.getByLabel('System').selectOption({ label: offer.system });
      await dialog.getByLabel('Kurzbeschreibung').fill(offer.description);
      if (offer.web) {
        await dialog.getByLabel('Zielgruppe').fill(offer.targetGroup);
        await dialog.getByLabel('Kontakt (Person oder Stelle)').fill(offer.contact);
        await dialog.getByLabel('Telefon').fill(offer.phone);
        // An e-mail address in „Webadresse“: a German message, and nothing is saved.
        await dialog.getByLabel('Webadresse').fill('hebammen@example.org');
        await dialog.getByRole('button', { name: 'Speichern' }).click();
        await dialog.getByText('Das ist keine Webadresse.', { exact: false }).waitFor();
        expect(await dialog.getByLabel('Webadresse').getAttribute('aria-invalid')).toBe('true');
        await scan(page, 'Dialog Angebot');
        expect(await page.getByRole('table', { name: 'Angebote des Qualitätszirkels' }).count()).toBe(0);
        await dialog.getByLabel('Webadresse').fill(offer.web);
      }
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    const offerRows = page.getByRole('table', { name: 'Angebote des Qualitätszirkels' }).getByRole('row');
    await expect.poll(() => offerRows.count()).toBe(3);
    expect(await offerRows.nth(1).textContent()).toContain('Elterncafé Oststadt');
    expect(await offerRows.nth(2).textContent()).toContain('Dienstags im Gesundheitsamt');
    for (const shown of ['Schwangere und Familien mit Kindern bis 1 Jahr', 'Koordinierungsstelle Frühe Hilfen', 'Tel. 0721 98765-40', 'www.example.org/hebammen']) {
      expect(await offerRows.nth(2).textContent()).toContain(shown);
    }
    // Edited: the dialog shows what was saved; the search finds an offer by its target group.
    await page.getByRole('button', { name: 'Familienhebammen-Sprechstunde bearbeiten' }).click();
    dialog = page.getByRole('dialog', { name: 'Angebot bearbeiten' });
    expect(await dialog.getByLabel('Webadresse').inputValue()).toBe('https://www.example.org/hebammen');
    await dialog.getByLabel('Telefon').fill('0721 98765-41');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => offerRows.nth(2).textContent()).toContain('Tel. 0721 98765-41');
    await page.getByLabel('Angebote durchsuchen').fill('Schwangere');
    await expect.poll(() => offerRows.count()).toBe(2);
    await page.getByLabel('Angebote durchsuchen').fill('');
    await scan(page, 'Angebote');

    // An earlier meeting, created with the default method, with a case.
    await createMeeting(page, 'Sommersitzung', '10.06.2026');
    await addCase(page, 'Säugling, Schreiphasen');
    const earlierCaseUrl = page.url();

    // Method: change minutes, move a phase up by keyboard; the total follows.
    await page.getByRole('link', { name: 'Sitzungen' }).first().click();
    await tab(page, 'Ablauf').click();
    await expect.poll(() => page.getByLabel('Name des Ablaufs').inputValue()).toBe('Familienfallkonferenz (IQZ)');
    expect(await page.getByText('9 Phasen · Gesamt: 85 Min.').count()).toBeGreaterThan(0);
    const presentation = page.getByRole('region', { name: '2. Fallvorstellung' });
    await presentation.getByLabel('Minuten').fill('20');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByText('9 Phasen · Gesamt: 95 Min.').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Verständnisfragen nach oben' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: '2. Verständnisfragen' }).waitFor();
    await page.getByRole('region', { name: '3. Fallvorstellung' }).waitFor();
    // Focus stays with the moved phase, so pressing again would move it further.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Verständnisfragen nach oben');
    await page.getByRole('region', { name: '9. Abschluss & Transfer' }).getByRole('checkbox', { name: 'Lösungsideen' }).check();
    await scan(page, 'Ablauf');

    // A new meeting copies the edited phases; the earlier one keeps its own.
    const laterId = await createMeeting(page, 'Herbstsitzung', '24.11.2026');
    const phaseLinks = page.getByRole('navigation', { name: 'Phasen' }).getByRole('link');
    await addCase(page, 'Zwillinge, Erschöpfung');
    await expect.poll(() => phaseLinks.nth(1).textContent()).toContain('Verständnisfragen');
    expect(await phaseLinks.nth(2).textContent()).toMatch(/Fallvorstellung\s*20 Min\./);
    const laterCaseUrl = page.url();

    // Attendance: eight people through the form, keyboard only; parity; a ninth from the roster.
    await tab(page, 'Anwesenheit').click();
    const parity = page.getByRole('status', { name: 'Parität' });
    await expect.poll(() => parity.textContent()).toContain('Gruppengröße');
    await scan(page, 'Anwesenheit (leer)');
    await page.getByLabel('Name', { exact: true }).focus();
    const people = [
      { name: 'Dr. Max Hoffmann', profession: 'Kinder- und Jugendärztin/-arzt', efn: '276081111111111' },
      { name: 'Dr. Sara Yilmaz', profession: 'Frauenärztin/-arzt', efn: '276082222222222' },
      { name: 'Petra Lang', profession: 'Familienhebamme' },
      { name: 'Ines Kraus', profession: 'Medizinische Fachangestellte' },
      { name: 'Jonas Weber', profession: 'Fachkraft ASD/Jugendamt' },
      { name: 'Miriam Schulz', profession: 'Schwangerschaftsberatung' },
      { name: 'Katrin Vogel', profession: 'Sozialpädagogin Familienzentrum', systemKeys: ['ArrowDown'] },
      { name: 'Ali Kaya', profession: 'Stadtteilarbeit', systemKeys: ['ArrowDown'] },
    ];
    for (const person of people) {
      await checkInByKeyboard(page, person);
      expect(await focusedName(page)).toBe('name');
      expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    }
    await expect.poll(() => parity.textContent()).toContain('ausgewogen');
    const balanced = await parity.textContent();
    expect(balanced).toContain('Gesundheitswesen: 4');
    expect(balanced).toContain('Kinder- und Jugendhilfe: 4');
    expect(balanced).toContain('Andere: 0');
    await page.getByRole('heading', { name: 'Anwesend (8)' }).waitFor();
    await scan(page, 'Anwesenheit');

    // A ninth person from the roster (health): 5 to 4 differ by one, which the IQZ rule still accepts.
    await page.getByRole('button', { name: 'Dr. Lena Berg einchecken' }).click();
    await expect.poll(() => parity.textContent()).toContain('Gesundheitswesen: 5');
    expect(await parity.textContent()).toContain('ausgewogen');
    // A tenth (health again): 6 to 4 differ by more than one.
    await page.getByLabel('Name', { exact: true }).focus();
    await checkInByKeyboard(page, { name: 'Dr. Paul Richter', profession: 'Hausärztin/-arzt' });
    await expect.poll(() => parity.textContent()).toContain('Ungleichgewicht');
    expect(await parity.textContent()).toContain('Gesundheitswesen: 6');
    expect(await parity.textContent()).not.toContain('ausgewogen');
    await page.getByRole('button', { name: 'Dr. Lena Berg auschecken' }).click();
    await expect.poll(() => parity.textContent()).toContain('ausgewogen');
    // Focus stays in the list of those present (the next person's "auschecken").
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/auschecken$/);
    // The people checked in as new are on the circle's roster now.
    await page.getByRole('button', { name: 'Dr. Lena Berg einchecken' }).waitFor();

    // Follow-up: the earlier meeting's case on this meeting's agenda, with a note that links back.
    await tab(page, 'Fallverläufe').click();
    const source = page.getByLabel('Frühere Sitzung');
    const sourceValue = await source.locator('option', { hasText: 'Sommersitzung' }).getAttribute('value');
    await source.selectOption(sourceValue!);
    await expect.poll(() => page.getByLabel('Fall', { exact: true }).locator('option', { hasText: 'Säugling, Schreiphasen' }).count()).toBe(1);
    await page.getByLabel('Fall', { exact: true }).selectOption({ label: 'Säugling, Schreiphasen' });
    await page.getByRole('button', { name: 'Fallverlauf aufnehmen' }).click();
    await page.getByRole('heading', { name: 'Säugling, Schreiphasen', level: 4 }).waitFor();
    const note = page.getByRole('textbox', { name: 'Verlaufsnotiz: Säugling, Schreiphasen' });
    await note.click();
    await page.keyboard.type('Schreiambulanz hat geholfen, Mutter schläft wieder.');
    await scan(page, 'Fallverläufe');
    await page.getByRole('link', { name: 'Ursprünglichen Fall öffnen: Säugling, Schreiphasen' }).click();
    await page.getByRole('heading', { name: 'Sommersitzung', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Säugling, Schreiphasen', level: 2 }).waitFor();
    expect(page.url()).toBe(earlierCaseUrl);
    // The earlier meeting kept the default order of its phases.
    await expect.poll(() => phaseLinks.nth(1).textContent()).toContain('Fallvorstellung');
    await tab(page, 'Fallverläufe').click();
    const followedUp = page.getByRole('region', { name: 'In späteren Sitzungen weiterverfolgt' });
    await expect.poll(() => followedUp.textContent()).toContain('Der Fall „Säugling, Schreiphasen“ wird weiterverfolgt in der Sitzung');
    await scan(page, 'Fallverläufe (frühere Sitzung)');
    await followedUp.getByRole('link', { name: /Herbstsitzung/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Verlaufsnotiz: Säugling, Schreiphasen' }).textContent())
      .toBe('Schreiambulanz hat geholfen, Mutter schläft wieder.');
    expect(page.url()).toContain(`#/meeting/${laterId}/followups`);

    // Strategies agreed in live mode of both meetings (the live engineer's UI).
    const addStrategy = async (caseUrl: string, measure: string, due: string, offer?: string) => {
      if (!page.url().startsWith(caseUrl)) await page.goto(caseUrl);
      await page.getByRole('button', { name: 'Moderationsmodus starten' }).click();
      const form = page.getByRole('form', { name: 'Neue Handlungsstrategie' });
      await form.getByLabel('Maßnahme').fill(measure);
      await form.getByLabel('Fällig bis').fill(due);
      if (offer) {
        const value = await form.getByLabel('Angebot').locator('option', { hasText: offer }).getAttribute('value');
        await form.getByLabel('Angebot').selectOption(value!);
      }
      await form.getByRole('button', { name: 'Strategie hinzufügen' }).click();
      await expect.poll(() => form.getByLabel('Maßnahme').inputValue()).toBe('');
    };
    await addStrategy(earlierCaseUrl, 'Termin in der Schreiambulanz', dateInDays(-30), 'Familienhebammen-Sprechstunde');
    await addStrategy(earlierCaseUrl, 'Elterncafé gemeinsam besuchen', dateInDays(40), 'Elterncafé Oststadt');
    await addStrategy(laterCaseUrl, 'Haushaltshilfe über die Krankenkasse klären', dateInDays(10));
    await flushed(page);

    // Open strategies of the circle, by due date, overdue marked; ticking one done removes it.
    await page.goto(`${circleUrl}/strategies`);
    const table = page.getByRole('table', { name: 'Handlungsstrategien nach Fälligkeit' });
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    const texts = await rows.allTextContents();
    expect(texts[1]).toContain('Termin in der Schreiambulanz');
    expect(texts[1]).toContain('überfällig');
    expect(texts[1]).toContain('Familienhebammen-Sprechstunde');
    expect(texts[1]).toContain('Sommersitzung');
    expect(texts[2]).toContain('Haushaltshilfe über die Krankenkasse klären');
    expect(texts[2]).toContain('Herbstsitzung');
    expect(texts[2]).not.toContain('überfällig');
    expect(texts[3]).toContain('Elterncafé gemeinsam besuchen');
    await scan(page, 'Offene Strategien');
    // Ticked, the strategy leaves the open list (the row may go before a re-check could see it).
    await table.getByRole('checkbox', { name: 'Erledigt: Termin in der Schreiambulanz' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByRole('checkbox', { name: 'Erledigte anzeigen' }).check();
    await expect.poll(() => rows.count()).toBe(4);
    expect(await table.getByRole('checkbox', { name: 'Erledigt: Termin in der Schreiambulanz' }).isChecked()).toBe(true);
    await table.getByRole('link', { name: 'Fall „Zwillinge, Erschöpfung“ öffnen' }).click();
    await page.getByRole('heading', { name: 'Zwillinge, Erschöpfung', level: 2 }).waitFor();
    expect(page.url()).toBe(laterCaseUrl);

    expect(moderator.foreignRequests).toEqual([]);
    expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  });
});
