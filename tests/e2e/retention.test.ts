/**
 * Aufbewahrung as the tandem meets it, with the browser's clock set: the circle screen announces
 * the deletion 4 weeks ahead, it is postponed once, the next start deletes the content (the meeting
 * says so, the case is „Fall 1“), and no IndexedDB row of the origin holds the deleted text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { flushed, launchModerator, removeProfile, seriousA11yViolations, serve, type Moderator, type Served } from './harness';
import { addCase, createCircle, createMeeting, createProfile } from './flows';

let server: Served;
let moderator: Moderator;

const TITLE = 'Familie Brandauer, Zwillinge';
const NOTE = 'Großmutter Brandauer betreut die Zwillinge';

/** Whether any row (key or value) of any IndexedDB database of the page's origin holds `text`. */
function storageHolds(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (needle) => {
    const utf8 = new TextEncoder().encode(needle);
    const utf16 = new Uint8Array(needle.length * 2);
    for (let i = 0; i < needle.length; i++) { utf16[2 * i] = needle.charCodeAt(i) & 0xff; utf16[2 * i + 1] = needle.charCodeAt(i) >> 8; }
    const inBytes = (bytes: Uint8Array, n: Uint8Array) => {
      outer: for (let i = 0; i + n.length <= bytes.length; i++) {
        for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
        return true;
      }
      return false;
    };
    const holds = (value: unknown): boolean => {
      if (value instanceof Uint8Array) return inBytes(value, utf8) || inBytes(value, utf16);
      if (value instanceof ArrayBuffer) return holds(new Uint8Array(value));
      if (typeof value === 'string') return value.includes(needle);
      if (Array.isArray(value)) return value.some(holds);
      if (value && typeof value === 'object') return Object.values(value).some(holds);
      return false;
    };
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    for (const info of await indexedDB.databases()) {
      const db = await request(indexedDB.open(info.name!));
      for (const name of [...db.objectStoreNames]) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        if ((await request(store.getAll())).some(holds) || (await request(store.getAllKeys())).some(holds)) { db.close(); return true; }
      }
      db.close();
    }
    return false;
  }, text);
}

/** The local day in Berlin, 10 o'clock. */
const day = (iso: string) => new Date(`${iso}T10:00:00+01:00`);

beforeAll(async () => {
  server = await serve();
  moderator = await launchModerator(server);
});

afterAll(async () => {
  await moderator?.close();
  if (moderator) await removeProfile(moderator.profileDir);
  await server?.close();
});

describe('Aufbewahrung of case content', () => {
  it('announces 4 weeks ahead, postpones once, deletes at the start and leaves nothing stored', async () => {
    const { page, context } = moderator;
    await context.clock.setFixedTime(day('2026-03-12'));
    await page.goto(server.url);
    await createProfile(page);
    await createCircle(page);
    const circleUrl = page.url();
    await createMeeting(page, { title: 'Frühjahrssitzung', date: '12.03.2026', topic: 'Mehrlingsfamilien' });
    const meetingUrl = page.url();
    await addCase(page, TITLE);
    await page.getByRole('textbox', { name: 'Für das Protokoll: Ankommen & Rollen' }).click();
    await page.keyboard.insertText(NOTE); // one edit, so the note is one run of bytes in its row
    await flushed(page);
    expect(await storageHolds(page, NOTE)).toBe(true);

    // 29 days ahead: no notice yet.
    await context.clock.setFixedTime(day('2027-02-11'));
    await page.goto(circleUrl);
    await page.reload();
    await page.getByRole('link', { name: 'Sitzung „Frühjahrssitzung“ öffnen' }).waitFor();
    await page.waitForTimeout(2_500); // the start is over, the circle's run has been done
    expect(await page.getByRole('region', { name: 'Anstehende Löschungen' }).count()).toBe(0);

    // 4 weeks ahead: the notice, with its button.
    await context.clock.setFixedTime(day('2027-02-12'));
    await page.reload();
    const notices = page.getByRole('region', { name: 'Anstehende Löschungen' });
    await notices.waitFor();
    expect(await notices.textContent()).toContain('Am 12.03.2027 werden die Fallinhalte der Sitzung vom 12.03.2026 gelöscht (Aufbewahrung 12 Monate).');
    expect(await seriousA11yViolations(page)).toEqual([]);
    page.once('dialog', (d) => void d.accept());
    await notices.getByRole('button', { name: 'Um 3 Monate verschieben' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Verschoben' }).textContent()).toContain('werden am 12.06.2027 gelöscht');
    await expect.poll(() => notices.count()).toBe(0);

    // Within 4 weeks of the postponed day: said so, no button any more.
    await context.clock.setFixedTime(day('2027-05-20'));
    await page.reload();
    await notices.waitFor();
    expect(await notices.textContent()).toContain('Am 12.06.2027 werden die Fallinhalte der Sitzung vom 12.03.2026 gelöscht (Aufbewahrung 12 Monate, schon einmal um 3 Monate verschoben');
    expect(await notices.getByRole('button').count()).toBe(0);

    // The postponed day: the app starts at the meeting; the start deletes the content meanwhile.
    await context.clock.setFixedTime(day('2027-06-12'));
    await page.goto(meetingUrl);
    await page.reload();
    await page.getByText('Die Fallinhalte dieser Sitzung wurden am 12.06.2027 nach der Aufbewahrungsregel des Qualitätszirkels gelöscht.').waitFor();
    await page.getByRole('heading', { name: 'Fall 1' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Für das Protokoll: Ankommen & Rollen' }).textContent()).toBe('');
    expect(await page.getByText('12.03.2026').count()).toBeGreaterThan(0); // the record: date, times, topic
    expect(await page.getByText('Mehrlingsfamilien').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await flushed(page);
    expect(await storageHolds(page, NOTE)).toBe(false);
    expect(await storageHolds(page, TITLE)).toBe(false);

    // The rule itself, in the circle's settings.
    await page.goto(circleUrl.replace(/\/?$/, '/settings'));
    const months = page.getByLabel('Fallinhalte löschen nach (Monaten)');
    await expect.poll(() => months.inputValue()).toBe('12');
    await months.fill('24');
    await page.getByRole('button', { name: 'Aufbewahrung speichern' }).click();
    await page.getByText('Gespeichert: Die Fallinhalte werden 24 Monate nach der Sitzung gelöscht.').waitFor();
    // Nothing was left to delete here (the editor's empty paragraph is no content): no message.
    await page.waitForTimeout(2_500);
    expect(await page.getByText(/wurden eben nach der Aufbewahrungsregel gelöscht/).count()).toBe(0);
    expect(moderator.foreignRequests).toEqual([]);
  });
});
