/**
 * What is removed is gone, in Chromium, through the UI: an identifier typed into a phase note, a
 * hypothesis and a strategy and replaced from the findings panel is in no row of any IndexedDB
 * database of the origin (UTF-8 or UTF-16), in no update of the Tandem-Paket made afterwards, and not
 * on the second laptop after the import. A meeting deleted for good on one laptop is deleted on the
 * other at the next exchange, stays deleted when an older package is read in again, and leaves no
 * database behind.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { decodeSyncPackage } from '../../shared/sync';
import { bytesContain } from '../factories/bytes';
import { addCase, createCircle, createMeeting, createProfile } from './flows';
import { flushed, launchModerator, removeProfile, serve, type Moderator, type Served } from './harness';
import { PASSPHRASE, exportPackage as exportPackageAt, merge, openPackage } from './packages';

const CIRCLE = 'IQZ Frühe Hilfen Südstadt';
const SECRETS = ['Yilmaz', 'Gartenstraße 12'];

let server: Served;
let anna: Moderator;
let ben: Moderator;
let files: string;

beforeAll(async () => {
  server = await serve();
  anna = await launchModerator(server);
  ben = await launchModerator(server);
  files = await mkdtemp(join(tmpdir(), 'tandem-purge-'));
});

afterAll(async () => {
  for (const moderator of [anna, ben]) {
    await moderator?.close();
    if (moderator) await removeProfile(moderator.profileDir);
  }
  await server?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

/** Every row (keys and values) of every IndexedDB database of the origin, each as bytes (base64). */
async function everyStoredRow(page: Page): Promise<{ databases: string[]; rows: Buffer[]; docRows: Map<string, Buffer[]> }> {
  const dump = await page.evaluate(async () => {
    const toBase64 = (bytes: Uint8Array) => {
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    };
    // Binary values as their bytes; everything else as JSON (strings as the browser holds them).
    const encode = (value: unknown): string => {
      if (value instanceof Uint8Array) return toBase64(value);
      if (value instanceof ArrayBuffer) return toBase64(new Uint8Array(value));
      const binaries: string[] = [];
      const json = JSON.stringify(value, (_key, v: unknown) => {
        if (v instanceof Uint8Array) { binaries.push(toBase64(v)); return '[binary]'; }
        return v;
      }) ?? '';
      return [toBase64(new TextEncoder().encode(json)), ...binaries].join(',');
    };
    const databases = (await indexedDB.databases()).map((info) => info.name!).filter(Boolean);
    const rows: string[] = [];
    for (const name of databases) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const storeName of [...db.objectStoreNames]) {
        const [keys, values] = await new Promise<[IDBValidKey[], unknown[]]>((resolve, reject) => {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const k = store.getAllKeys();
          const v = store.getAll();
          v.onsuccess = () => resolve([k.result, v.result]);
          v.onerror = () => reject(v.error);
        });
        keys.forEach((key, index) => rows.push(`${name}|${storeName}|${encode(key)},${encode(values[index])}`));
      }
      db.close();
    }
    return { databases, rows };
  });
  const docRows = new Map<string, Buffer[]>();
  const rows = dump.rows.flatMap((line) => {
    const [name, store, data] = line.split('|') as [string, string, string];
    const parts = data.split(',').map((part) => Buffer.from(part, 'base64'));
    if (name.startsWith('tandem-doc-') && store === 'updates') docRows.set(name, [...(docRows.get(name) ?? []), parts[1]!]);
    return parts;
  });
  return { databases: dump.databases, rows, docRows };
}

/**
 * Every character a doc's stored rows hold, deleted ones included, per client in clock order: text
 * typed key by key sits in one row per key, so a search of the raw rows alone could miss it.
 */
function storedText(rows: readonly Uint8Array[]): string {
  const doc = new Y.Doc({ gc: false });
  for (const row of rows) Y.applyUpdate(doc, row);
  let text = '';
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) text += struct.content.str;
    text += '\n';
  }
  return text;
}

const contains = (bytes: Uint8Array, text: string) => bytesContain(bytes, text, { lowerCase: true });

async function leaks(page: Page): Promise<string[]> {
  await flushed(page);
  const { rows, docRows } = await everyStoredRow(page);
  const texts = [...docRows.values()].map(storedText);
  return SECRETS.filter((secret) => rows.some((row) => contains(row, secret)) || texts.some((text) => text.includes(secret)));
}

const exportPackage = (page: Page, name: string) => exportPackageAt(page, join(files, name));

async function importPackage(page: Page, path: string): Promise<string> {
  const dialog = await openPackage(page, server.url, path);
  const preview = (await dialog.textContent()) ?? '';
  await merge(dialog);
  await dialog.getByRole('button', { name: 'Schließen' }).first().click();
  return preview;
}

/** Replaces every open finding of the case that shows `text`, from the case page's panel. */
async function replaceAll(page: Page, text: string): Promise<void> {
  const panel = page.getByRole('region', { name: 'Anonymisierung' });
  const rows = panel.getByRole('region', { name: 'Befunde' }).getByRole('listitem').filter({ has: page.locator('mark', { hasText: text }) });
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  while ((await rows.count()) > 0) {
    const before = await rows.count();
    await rows.first().getByRole('button', { name: 'Ersetzen durch Platzhalter' }).click();
    await panel.getByLabel(/ersetzen durch$/).press('Enter');
    await expect.poll(() => rows.count()).toBeLessThan(before);
  }
}

const meetingIdOf = (page: Page) => /meeting\/([^/?#]+)/.exec(decodeURIComponent(page.url()))?.[1] ?? '';

describe('what is removed is gone', () => {
  let meetingId = '';
  let olderPackageOfBen = '';

  it('a replaced identifier is in no stored row, no package update, and not on the other laptop', async () => {
    const a = anna.page;
    await a.goto(server.url);
    await createProfile(a, 'Dr. Anna Beispiel');
    await createCircle(a, CIRCLE);
    await createMeeting(a, { title: 'Herbstsitzung' });
    meetingId = meetingIdOf(a);
    expect(meetingId).not.toBe('');
    await addCase(a, 'Säugling, Schreiphasen');

    // A phase note, a hypothesis and a strategy, each naming the family.
    await a.getByRole('link', { name: /Fallvorstellung/ }).click();
    const notes = a.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' });
    await notes.click();
    await a.keyboard.type('Frau Yilmaz, Gartenstraße 12, kommt mit dem Säugling in die Sprechstunde.');
    await a.getByRole('button', { name: 'Moderationsmodus starten' }).click();
    await a.getByRole('timer').first().waitFor();
    await a.keyboard.press('Alt+1');
    await expect.poll(() => a.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Neue Hypothese');
    await a.keyboard.type('Frau Yilmaz fühlt sich allein gelassen');
    await a.keyboard.press('Enter');
    await expect.poll(() => a.getByRole('textbox', { name: 'Hypothese 1' }).inputValue()).toBe('Frau Yilmaz fühlt sich allein gelassen');
    await a.keyboard.press('Alt+N');
    await a.keyboard.type('Hausbesuch bei Frau Yilmaz vereinbaren');
    await a.getByLabel('Maßnahme', { exact: true }).press('Enter');
    await expect.poll(() => a.getByLabel('Maßnahme (Strategie 1)').inputValue()).toBe('Hausbesuch bei Frau Yilmaz vereinbaren');
    await a.getByRole('link', { name: 'Moderationsmodus beenden' }).click();
    await a.getByRole('link', { name: /Fallvorstellung/ }).click();
    expect(await leaks(a)).toEqual(SECRETS); // the check after the replacement can fail: the rows hold them now

    await replaceAll(a, 'Yilmaz');
    await replaceAll(a, 'Gartenstraße');
    await expect.poll(() => a.getByRole('textbox', { name: 'Für das Protokoll: Fallvorstellung' }).textContent()).not.toContain('Yilmaz');
    expect(await leaks(a)).toEqual([]);

    // The package made afterwards: decoded here, every update searched.
    await a.getByRole('link', { name: 'Sitzungen', exact: true }).click();
    await a.getByRole('heading', { name: CIRCLE, level: 1 }).waitFor();
    const path = await exportPackage(a, 'nach-ersetzen.tandem');
    const content = await decodeSyncPackage(new Uint8Array(await readFile(path)), PASSPHRASE);
    expect(content.docs.length).toBe(2);
    for (const doc of content.docs) expect(SECRETS.filter((secret) => contains(doc.update, secret))).toEqual([]);

    // Ben reads it in: none there either.
    const b = ben.page;
    await b.goto(server.url);
    await createProfile(b, 'Ben Vogel', 'Fachkraft Kinder- und Jugendhilfe');
    await importPackage(b, path);
    expect(await leaks(b)).toEqual([]);
    const { databases } = await everyStoredRow(b);
    expect(databases).toContain(`tandem-doc-meeting-${meetingId}`);
    await b.getByRole('link', { name: new RegExp(CIRCLE) }).click();
    olderPackageOfBen = await exportPackage(b, 'von-ben.tandem');
    await importPackage(a, olderPackageOfBen);
  });

  it('a meeting deleted for good travels with the next package and an older package cannot bring it back', async () => {
    const a = anna.page;
    const b = ben.page;
    await a.goto(server.url);
    await a.getByRole('link', { name: new RegExp(CIRCLE) }).click();
    await a.getByRole('link', { name: 'Sitzung „Herbstsitzung“ öffnen' }).click();
    await a.getByRole('button', { name: 'Sitzung löschen' }).click();
    const confirm = a.getByRole('dialog', { name: 'Sitzung „Herbstsitzung“ endgültig löschen?' });
    expect(await confirm.textContent()).toContain('mit 1 Fall');
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    await a.getByRole('heading', { name: CIRCLE, level: 1 }).waitFor();
    await expect.poll(() => a.getByRole('link', { name: 'Sitzung „Herbstsitzung“ öffnen' }).count()).toBe(0);
    await expect.poll(async () => (await everyStoredRow(a)).databases).not.toContain(`tandem-doc-meeting-${meetingId}`);

    const deletion = await exportPackage(a, 'loeschung.tandem');
    await importPackage(b, deletion);
    await b.getByRole('link', { name: new RegExp(CIRCLE) }).click();
    await b.getByRole('heading', { name: CIRCLE, level: 1 }).waitFor();
    await expect.poll(() => b.getByRole('link', { name: 'Sitzung „Herbstsitzung“ öffnen' }).count()).toBe(0);
    await expect.poll(async () => (await everyStoredRow(b)).databases).not.toContain(`tandem-doc-meeting-${meetingId}`);

    // Anna reads Ben's older package in again: the preview says the meeting stays deleted, and it does.
    const preview = await importPackage(a, olderPackageOfBen);
    expect(preview).toMatch(/(Die Sitzung vom 24\.11\.2026|Eine Sitzung in diesem Paket) wurde endgültig gelöscht\. Das Paket bringt sie nicht zurück\./);
    expect((await everyStoredRow(a)).databases).not.toContain(`tandem-doc-meeting-${meetingId}`);
    await a.getByRole('link', { name: new RegExp(CIRCLE) }).click();
    await a.getByRole('heading', { name: CIRCLE, level: 1 }).waitFor();
    expect(await a.getByRole('link', { name: 'Sitzung „Herbstsitzung“ öffnen' }).count()).toBe(0);
    expect([...anna.foreignRequests, ...ben.foreignRequests]).toEqual([]);
  });
});
