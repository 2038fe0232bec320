/**
 * The projector fits its window: at 1280×720 and 1920×1080, in every phase of a case with long lists
 * and many strategies, the projector page does not scroll, nothing is cut off, and every item and
 * strategy is fully visible on some page, reachable from the laptop with „Projektor: weiter“ (button
 * and Alt+Bild↓). „Lösungsideen & Angebote“ shows the offers the moderators picked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addCase, createCircle, createMeeting, createProfile } from './flows';
import { flushed, launchModerator, removeProfile, serve, type Moderator, type Served } from './harness';

let server: Served;
let moderator: Moderator;

beforeAll(async () => {
  server = await serve();
  moderator = await launchModerator(server);
});

afterAll(async () => {
  await moderator?.close();
  if (moderator) await removeProfile(moderator.profileDir);
  await server?.close();
});

const HYPOTHESES = Array.from({ length: 16 }, (_, i) => `Hypothese ${i + 1}: Die Eltern erleben das nächtliche Schreien als Überforderung`);
const STRATEGIES = Array.from({ length: 22 }, (_, i) => `Maßnahme ${i + 1}: Termin in der Schreibabyambulanz vereinbaren, begleiten und danach gemeinsam auswerten`);

/** Texts of the list entries of the projector that are fully inside its window, and whether it scrolls. */
async function visibleEntries(projector: Page): Promise<{ texts: string[]; scrolls: boolean; cut: string[] }> {
  return projector.evaluate(() => {
    const inside = (r: DOMRect) => r.left >= -1 && r.top >= -1 && r.right <= window.innerWidth + 1 && r.bottom <= window.innerHeight + 1;
    const visible = (r: DOMRect) => r.right > 0 && r.left < window.innerWidth && r.bottom > 0 && r.top < window.innerHeight;
    const entries = [...document.querySelectorAll('.projector-flow .projector-list li')];
    const root = document.scrollingElement!;
    return {
      texts: entries.filter((li) => inside(li.getBoundingClientRect())).map((li) => li.firstChild?.textContent?.trim() ?? ''),
      // Partly visible: an entry cut at the window's edge.
      cut: entries.filter((li) => visible(li.getBoundingClientRect()) && !inside(li.getBoundingClientRect())).map((li) => li.textContent ?? ''),
      scrolls: root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1,
    };
  });
}

/** Every entry the room can see in this phase, page by page, turned from the laptop. */
async function seenOnAllPages(page: Page, projector: Page, byKey: boolean): Promise<{ seen: Set<string>; pages: number }> {
  const seen = new Set<string>();
  let pages = 1;
  for (let turn = 0; turn < 12; turn++) {
    await projector.waitForTimeout(350); // the page slides into view
    const { texts, scrolls, cut } = await visibleEntries(projector);
    expect(scrolls).toBe(false);
    expect(cut).toEqual([]);
    texts.forEach((text) => seen.add(text));
    const next = page.getByRole('button', { name: /^Projektor: weiter/ });
    if ((await next.count()) === 0 || (await next.getAttribute('aria-disabled')) === 'true') break;
    pages++;
    if (byKey) await page.keyboard.press('Alt+PageDown');
    else await next.click();
  }
  // Back to the first page for the next phase (the key is a no-op where there is no page before).
  for (let turn = 1; turn < pages; turn++) await page.keyboard.press('Alt+PageUp');
  if (pages > 1) await expect.poll(() => page.getByRole('group', { name: /^Projektor: Seite/ }).getAttribute('aria-label')).toBe(`Projektor: Seite 1 von ${pages}`);
  return { seen, pages };
}

describe('the projector fits its window', () => {
  it('shows every item and strategy, without scrolling or cutting, at 1280×720 and 1920×1080', async () => {
    const { page, context } = moderator;
    await page.goto(server.url);
    await createProfile(page, 'Dr. Anna Beispiel');
    await createCircle(page, 'IQZ Frühe Hilfen Südstadt');
    await page.getByRole('link', { name: 'Angebote' }).click();
    await page.getByRole('button', { name: 'Angebot hinzufügen' }).click();
    const offerDialog = page.getByRole('dialog', { name: 'Angebot hinzufügen' });
    await offerDialog.getByLabel('Name des Angebots').fill('Schreibabyambulanz');
    await offerDialog.getByLabel('Art').fill('Sprechstunde');
    await offerDialog.getByLabel('Zielgruppe').fill('Eltern von Säuglingen');
    await offerDialog.getByLabel('Telefon').fill('0721 98765-40');
    await offerDialog.getByLabel('Webadresse').fill('https://www.example.org/schreibaby/');
    await offerDialog.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('link', { name: 'Sitzungen', exact: true }).first().click();
    await createMeeting(page, { title: 'Wintersitzung' });
    await addCase(page, 'Säugling, Schreiphasen');
    await page.getByRole('button', { name: 'Moderationsmodus starten' }).click();
    await page.getByRole('timer').first().waitFor();

    await page.keyboard.press('Alt+1');
    for (const text of HYPOTHESES) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Alt+4');
    await page.keyboard.type('Entlastung durch eine Familienpatin');
    await page.keyboard.press('Enter');
    for (const measure of STRATEGIES) {
      await page.keyboard.press('Alt+N');
      await page.keyboard.type(measure);
      await page.getByLabel('Maßnahme', { exact: true }).press('Enter');
    }
    await expect.poll(() => page.getByRole('table', { name: 'Vereinbarte Handlungsstrategien' }).getByRole('row').count()).toBe(STRATEGIES.length + 1);
    await flushed(page);

    const [projector] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Alt+P')]);
    await projector.waitForLoadState();
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      await projector.setViewportSize({ width, height });
      await page.locator('h1').click();
      await page.getByRole('navigation', { name: 'Phasen' }).getByRole('button', { name: /^1 / }).click();
      for (let phase = 1; phase <= 9; phase++) {
        if (phase > 1) {
          await page.locator('h1').click();
          await page.keyboard.press('Alt+ArrowRight');
        }
        const title = (await page.locator('#live-phase-title').textContent())!;
        await projector.getByRole('heading', { name: title, level: 1 }).waitFor();
        if (phase === 6) {
          await page.getByRole('checkbox', { name: 'Schreibabyambulanz' }).check();
          await projector.getByRole('list', { name: 'Passende Angebote' }).waitFor();
          // Whom it is for and how to reach it, in one short line.
          expect(await projector.getByRole('list', { name: 'Passende Angebote' }).textContent())
            .toContain('Zielgruppe: Eltern von Säuglingen · Tel. 0721 98765-40 · www.example.org/schreibaby');
        }
        const { seen, pages } = await seenOnAllPages(page, projector, phase === 8);
        const at = `${width}×${height}, phase ${phase} (${title}), ${pages} page(s)`;
        if (phase === 4) expect([...seen].sort(), at).toEqual([...HYPOTHESES].sort());
        if (phase === 6) expect([...seen].sort(), at).toEqual(['Entlastung durch eine Familienpatin', 'Schreibabyambulanz']);
        if (phase === 8) expect([...seen].sort(), at).toEqual([...STRATEGIES].sort());
        if (phase === 8 && width === 1280) expect(pages, at).toBeGreaterThan(1);
      }
    }
    expect(moderator.foreignRequests).toEqual([]);
  });
});
