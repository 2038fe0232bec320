/**
 * Foundation benchmarks (issue 2): cold-start, open-meeting, store-rows. System Chromium, built
 * renderer served on 127.0.0.1; each figure the median of alternating runs against its anchor.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { fileURLToPath } from 'node:url';
import {
  addCase, circleSnapshot, createCircle, createDoc, createMeeting, meetingSnapshot, phaseNotes, registerMeeting, templatePhases,
} from '../../shared/doc';
import { circleRow, meetingRow } from '../../renderer/data/projection';
import { launchBenchBrowser } from './browser';
import { alternate, median, recordResult, round } from './record';
import { countRows, seedDocStore, seedIndex, yjsScript } from './seed';
// @ts-expect-error plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

let browser: Browser;
let app: { url: string; close: () => Promise<void> };
let hello: { url: string; close: () => Promise<void> };

const profile = { key: 'me', deviceId: 'bench-device', name: 'Dr. Bench', role: 'physician', createdAt: '2026-01-01T00:00:00.000Z' };

beforeAll(async () => {
  app = await startServer({ routes: { '/blank.html': { body: '<!doctype html><title>leer</title>', type: 'text/html' } } });
  hello = await startServer({ root: `${repo}dist/hello` });
  browser = await launchBenchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await hello?.close();
});

/** Milliseconds from navigation start to a performance mark. */
async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 120_000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

/** A circle with `count` meetings, built with the real commands; returns its docs and index rows. */
function circleWithMeetings(count: number) {
  const circleDoc = createDoc();
  const circleId = createCircle(circleDoc, { name: 'IQZ Frühe Hilfen Bench', region: 'Karlsruhe' });
  const template = circleSnapshot(circleDoc).templates[0]!;
  const meetings = Array.from({ length: count }, (_, i) => {
    const doc = createDoc();
    const id = createMeeting(doc, {
      circleId, methodName: template.name, phases: templatePhases(circleDoc, template.id)!,
      fields: { title: `Sitzung ${i + 1}`, date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, startTime: '15:00', endTime: '16:30', place: 'Rathaus', topic: `Thema ${i + 1}` },
    });
    registerMeeting(circleDoc, id);
    return { id, doc };
  });
  return { circleId, circleDoc, meetings };
}

/** A 3-hour meeting typed key by key: 40,000 single-keystroke updates into the phase notes. */
function typedMeeting(keystrokes: number) {
  const { circleId, circleDoc, meetings } = circleWithMeetings(1);
  const { id, doc } = meetings[0]!;
  const rows: Uint8Array[] = [Y.encodeStateAsUpdate(doc)];
  const caseId = addCase(doc, 'Säugling, Schreiphasen');
  rows.push(Y.encodeStateAsUpdate(doc, Y.encodeStateVectorFromUpdate(rows[0]!)));
  doc.on('update', (update: Uint8Array) => rows.push(update));
  const phases = meetingSnapshot(doc).phases;
  const sentence = 'Die Mutter berichtet, dass der Säugling nachts stundenlang schreit und sie kaum schläft. ';
  let typed = 0;
  for (let p = 0; typed < keystrokes; p = (p + 1) % phases.length) {
    const fragment = phaseNotes(doc, caseId, phases[p]!.id)!;
    for (let para = 0; para < 6 && typed < keystrokes; para++) {
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      fragment.push([paragraph]); // Enter
      typed++;
      for (let i = 0; i < sentence.length * 2 && typed < keystrokes; i++, typed++) text.insert(i, sentence[i % sentence.length]!);
    }
  }
  return { circleId, circleDoc, meetingId: id, doc, caseId, phaseId: phases[0]!.id, rows };
}

it('cold-start: to app:interactive with 50 meetings stored, vs a hello-world React page', async () => {
  const { circleId, circleDoc, meetings } = circleWithMeetings(50);
  const circles = [circleRow(circleDoc)];
  const meetingRows = meetings.map((m) => meetingRow(m.doc));
  const measureApp = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(app.url); // the app creates its database on first load
    await page.getByRole('heading', { name: 'Willkommen bei Tandem' }).waitFor();
    await seedIndex(page, { profile: [profile], circles, meetings: meetingRows });
    await seedDocStore(page, `tandem-doc-circle-${circleId}`, [Y.encodeStateAsUpdate(circleDoc)]);
    await page.goto(`${app.url}#/circle/${circleId}`);
    await page.reload();
    const ms = await markTime(page, 'app:interactive');
    expect(await page.getByRole('link', { name: /Sitzung „Sitzung 50“ öffnen/ }).count()).toBe(1);
    await context.close();
    return ms;
  };
  const measureHello = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(hello.url);
    await page.reload();
    const ms = await markTime(page, 'app:interactive');
    await context.close();
    return ms;
  };
  await measureApp(); // warm-up of the browser process
  await measureHello();
  const { values, anchors } = await alternate(RUNS, measureApp, measureHello);
  const value = round(median(values), 1);
  const anchorValue = round(median(anchors), 1);
  const ratio = round(value / anchorValue);
  recordResult({ metric: 'cold-start', value, unit: 'ms', anchor: 'hello-world React page (same Vite config)', anchorValue, ratio, target: 'ratio ≤ 2.0 and ≤ 600 ms', ok: ratio <= 2.0 && value <= 600 });
});

/** A new browser context whose app holds the profile, the circle and the typed meeting (40,000 rows). */
async function seededApp(meeting: ReturnType<typeof typedMeeting>): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Willkommen bei Tandem' }).waitFor();
  await seedIndex(page, { profile: [profile], circles: [circleRow(meeting.circleDoc)], meetings: [meetingRow(meeting.doc)] });
  await seedDocStore(page, `tandem-doc-meeting-${meeting.meetingId}`, meeting.rows);
  return { page, close: () => context.close() };
}

/** The anchor: a blank page reads the same rows with one `getAll` and applies them to a new Y.Doc. */
async function measureRawRead(meeting: ReturnType<typeof typedMeeting>): Promise<number> {
  const yjs = await yjsScript();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}blank.html`);
  const storeName = `tandem-doc-meeting-${meeting.meetingId}`;
  await seedDocStore(page, storeName, meeting.rows);
  await page.evaluate(`${yjs};0`);
  const ms = await page.evaluate(async (dbName) => {
    const Yg = (globalThis as unknown as { Y: typeof Y }).Y;
    const start = performance.now();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(dbName);
      open.onsuccess = () => resolve(open.result);
    });
    const rows = await new Promise<Uint8Array[]>((resolve) => {
      const request = db.transaction('updates', 'readonly').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result as Uint8Array[]);
    });
    const doc = new Yg.Doc({ gc: false });
    Yg.transact(doc, () => rows.forEach((row) => Yg.applyUpdate(doc, row)));
    return performance.now() - start;
  }, storeName);
  await context.close();
  return ms;
}

const RAW_READ = 'getAll + Y.applyUpdate of the same 40,000 rows';

/** `measureApp` against the raw read of the same rows, alternating; medians and their ratio. */
async function againstRawRead(meeting: ReturnType<typeof typedMeeting>, measureApp: () => Promise<number>) {
  const runs = Math.max(3, Math.ceil(RUNS / 2));
  const { values, anchors } = await alternate(runs, measureApp, () => measureRawRead(meeting));
  const value = round(median(values), 1);
  const anchorValue = round(median(anchors), 1);
  return { value, anchorValue, ratio: round(value / anchorValue) };
}

/** The typed meeting of 40,000 keystrokes, built once for the tests that open it. */
let typed40k: ReturnType<typeof typedMeeting> | undefined;
const meeting40k = () => (typed40k ??= typedMeeting(40_000));

it('open-meeting: in the running app, a meeting whose store holds 40,000 raw updates, from the click in the list to the first paint of its notes, vs getAll + Y.applyUpdate', async () => {
  const meeting = meeting40k();
  const measureApp = async () => {
    const { page, close } = await seededApp(meeting);
    await page.goto(`${app.url}#/circle/${meeting.circleId}`);
    await page.reload();
    await markTime(page, 'app:interactive');
    // As a moderator finds the app a moment after it started: the screens that load on demand have
    // been fetched in the background (lazyPart), nothing is loading any more.
    await page.waitForLoadState('networkidle');
    const link = page.getByRole('link', { name: 'Sitzung „Sitzung 1“ öffnen' });
    // Timed in the page: from the click to the next frame after the editor first showed the notes.
    const ms = await link.evaluate((a: HTMLElement) => new Promise<number>((resolve) => {
      const start = performance.now();
      new PerformanceObserver((list, observer) => {
        const painted = list.getEntriesByName('notes:painted').find((entry) => entry.startTime >= start);
        if (!painted) return;
        observer.disconnect();
        resolve(painted.startTime - start);
      }).observe({ type: 'mark' });
      a.click();
    }));
    expect(await page.getByRole('textbox', { name: /^Für das Protokoll:/ }).textContent()).toContain('Die Mutter berichtet');
    await close();
    return ms;
  };
  const { value, anchorValue, ratio } = await againstRawRead(meeting, measureApp);
  recordResult({ metric: 'open-meeting', value, unit: 'ms', anchor: RAW_READ, anchorValue, ratio, target: 'ratio ≤ 1.3', ok: ratio <= 1.3 });
});

it('start-into-meeting (no target): the app started at the address of that meeting, to the first paint of its notes, vs getAll + Y.applyUpdate', async () => {
  const meeting = meeting40k();
  const measureApp = async () => {
    const { page, close } = await seededApp(meeting);
    await page.goto(`${app.url}#/meeting/${meeting.meetingId}/${meeting.caseId}/${meeting.phaseId}`);
    await page.reload();
    const ms = await markTime(page, 'notes:painted');
    expect(await page.getByRole('textbox', { name: /^Für das Protokoll:/ }).textContent()).toContain('Die Mutter berichtet');
    await close();
    return ms;
  };
  const { value, anchorValue, ratio } = await againstRawRead(meeting, measureApp);
  // The start of the page itself (its modules, the first screen) is part of this figure; cold-start
  // has the target for that. Reported so that the start with a long store stays visible.
  recordResult({ metric: 'start-into-meeting', value, unit: 'ms', anchor: RAW_READ, anchorValue, ratio, target: 'no target (informative)', ok: true });
});

it('store-rows: rows left in the meeting store after 40,000 keystrokes typed through the app', async () => {
  const meeting = typedMeeting(0);
  const storeName = `tandem-doc-meeting-${meeting.meetingId}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Willkommen bei Tandem' }).waitFor();
  await seedIndex(page, { profile: [profile], circles: [circleRow(meeting.circleDoc)], meetings: [meetingRow(meeting.doc)] });
  await seedDocStore(page, storeName, meeting.rows);
  await page.goto(`${app.url}#/meeting/${meeting.meetingId}/${meeting.caseId}/${meeting.phaseId}`);
  await page.reload();
  const keystrokes = Number(process.env.BENCH_KEYSTROKES ?? 40_000);
  // A 3-hour meeting: the notes of all nine phases, typed phase by phase. Each keystroke goes through
  // the app's editor (TipTap → y-prosemirror → Yjs → persistence), one transaction per key as when
  // typing, and the event loop gets turns between keys as with a typist. (Playwright's keyboard.type
  // would take ~20 ms per key here: 15 minutes for 40,000.)
  const phases = meetingSnapshot(meeting.doc).phases;
  const perPhase = Math.ceil(keystrokes / phases.length);
  let typed = 0;
  for (const phase of phases) {
    await page.getByRole('link', { name: new RegExp(phase.title.replace(/[()/&]/g, '.')) }).click();
    const editor = page.getByRole('textbox', { name: `Für das Protokoll: ${phase.title}` });
    await editor.click();
    typed += await page.evaluate(async (count) => {
      type Cmds = { commands: { insertContent: (s: string) => boolean; splitBlock: () => boolean } };
      const editor = (document.querySelector('.ProseMirror') as unknown as { editor: Cmds }).editor;
      const sentence = 'Die Familie wird von der Hebamme begleitet und nimmt Hilfe an. ';
      for (let i = 0; i < count; i++) {
        if (i % 120 === 119) editor.commands.splitBlock();
        else editor.commands.insertContent(sentence[i % sentence.length]!);
        if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return count;
    }, Math.min(perPhase, keystrokes - typed));
  }
  const editor = page.getByRole('textbox', { name: /^Für das Protokoll:/ });
  await page.evaluate(() => (window as unknown as { tandemFlush: () => Promise<void> }).tandemFlush());
  const rows = await countRows(page, storeName);
  const text = await editor.textContent();
  await context.close();
  expect(text!.length).toBeGreaterThan(perPhase * 0.9);
  expect(text).toContain('Die Familie wird von der Hebamme begleitet');
  recordResult({ metric: 'store-rows', value: rows, unit: 'rows', anchor: '', anchorValue: null, ratio: null, target: `≤ 600 rows after ${typed} keystrokes`, ok: rows <= 600 });
});
