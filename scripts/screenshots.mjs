#!/usr/bin/env node
// Screenshots for the documentation, taken from headless Chromium against the built renderer:
//   docs/images/live-mode.png   live mode (Moderationsmodus) in the middle of a case
//   docs/images/projector.png   the projector view of the same moment
// Usage: npm run build:renderer && node scripts/screenshots.mjs
// The meeting is built in Node with the app's own shared/doc commands and stored in the browser's
// IndexedDB the way the app stores it (y-indexeddb `updates` rows); the clock is fixed, so the
// pictures only change when the UI does.
import { mkdir } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

/* global indexedDB, document -- inside page.evaluate, in the browser */

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = join(repo, 'docs/images');
const NOW = Date.parse('2026-11-24T15:47:00+01:00');
const MINUTE = 60_000;

// The example case, written with the real commands (TypeScript, bundled on the fly).
const seedSource = `
import * as Y from 'yjs';
import {
  addCase, addItem, addOffer, addStrategy, addToRoster, caseStatement, checkIn, circleSnapshot, createCircle, createDoc,
  createMeeting, goToPhase, meetingSnapshot, phaseNotes, registerMeeting, rosterSnapshot, setCaseQuestion, setCaseRole,
  startTimer, tandemNote, templatePhases, addMinute,
} from './shared/doc';

function paragraph(fragment, text) {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  fragment.push([p]);
}

export function seed(now, minute) {
  const circle = createDoc();
  const circleId = createCircle(circle, { name: 'IQZ Frühe Hilfen Südstadt', region: 'Karlsruhe' });
  const ambulanz = addOffer(circle, { name: 'Schreibabyambulanz', kind: 'Sprechstunde', system: 'health', description: 'Beratung für Eltern von Säuglingen mit Schreiphasen' });
  const patin = addOffer(circle, { name: 'Familienpatenschaften', kind: 'Ehrenamt', system: 'youthWelfare', description: 'Ehrenamtliche Entlastung im Alltag' });
  const people = [
    ['Dr. Eva Roth', 'Kinder- und Jugendärztin/-arzt', 'health'], ['Dr. Jonas Weber', 'Frauenärztin/-arzt', 'health'],
    ['Mira Schulz', 'Familienhebamme', 'health'], ['Lena Braun', 'Psychotherapeutin/-therapeut', 'health'],
    ['Tom Berger', 'Fachkraft ASD/Jugendamt', 'youthWelfare'], ['Sara Koch', 'Schwangerschaftsberatung', 'youthWelfare'],
    ['Ali Demir', 'Frühförderung', 'youthWelfare'], ['Nina Vogel', 'Erziehungsberatung', 'youthWelfare'],
  ];
  for (const [name, profession, system] of people) addToRoster(circle, { name, profession, system, efn: '' });
  const template = circleSnapshot(circle).templates[0];
  const meeting = createDoc();
  const meetingId = createMeeting(meeting, {
    circleId, methodName: template.name, phases: templatePhases(circle, template.id),
    fields: { title: 'Herbstsitzung', date: '2026-11-24', startTime: '15:00', endTime: '16:30', place: 'Familienzentrum Oststadt', topic: 'Erschöpfte Eltern und Schreibabys' },
  });
  registerMeeting(circle, meetingId);
  for (const person of rosterSnapshot(circle)) checkIn(meeting, person, new Date(now - 50 * minute));
  const byName = (name) => rosterSnapshot(circle).find((p) => p.name === name).id;
  const caseId = addCase(meeting, 'Säugling, Schreiphasen');
  setCaseRole(meeting, caseId, 'presenter', byName('Mira Schulz'));
  setCaseRole(meeting, caseId, 'timekeeper', byName('Tom Berger'));
  setCaseRole(meeting, caseId, 'minuteTaker', byName('Sara Koch'));
  setCaseQuestion(meeting, caseId, 'Wie kann die Mutter nachts entlastet werden, ohne dass sie sich kontrolliert fühlt?');
  const phases = meetingSnapshot(meeting).phases;
  const minutes = [6, 11, 9];
  let t = now - (6 + 11 + 9 + 9.2) * minute;
  startTimer(meeting, caseId, phases[0].id, t);
  for (let i = 0; i < 3; i++) {
    t += minutes[i] * minute;
    goToPhase(meeting, caseId, phases[i + 1].id, t);
  }
  addMinute(meeting, caseId, phases[1].id);
  paragraph(phaseNotes(meeting, caseId, phases[1].id), 'Mutter (Anfang 30) erschöpft, Säugling (10 Wochen) schreit abends bis zu drei Stunden.');
  paragraph(phaseNotes(meeting, caseId, phases[3].id), 'GW: Reflux abklären. KJH: Überforderung ernst nehmen, ohne Druck.');
  paragraph(phaseNotes(meeting, caseId, phases[3].id), 'Fallgeberin hört zu, Rückfragen später.');
  paragraph(tandemNote(meeting, caseId, phases[3].id), 'Hebamme wirkt selbst belastet – nachher kurz ansprechen.');
  paragraph(caseStatement(meeting, caseId), 'Die Ambulanz passt gut; die Patenschaft frage ich an.');
  const items = [
    ['hypothesis', 'Schlafmangel verstärkt die Erschöpfung der Eltern', 'youthWelfare'],
    ['hypothesis', 'Säugling hat Reflux, Schreien hat körperliche Ursache', 'health'],
    ['hypothesis', 'Mutter traut sich nicht, Hilfe anzunehmen', ''],
    ['resource', 'Großmutter wohnt in der Nähe', 'youthWelfare'],
    ['resource', 'Vertrauensvolle Beziehung zur Familienhebamme', 'health'],
    ['stressor', 'Vater arbeitet im Schichtdienst', ''],
    ['idea', 'Termin in der Schreibabyambulanz', 'health'],
  ];
  for (const [kind, text, system] of items) addItem(meeting, caseId, kind, text, system);
  addStrategy(meeting, caseId, { measure: 'Termin in der Schreibabyambulanz vereinbaren', responsibleSystem: 'health', responsibleProfession: 'Familienhebamme', due: '2026-12-01', offerId: ambulanz });
  addStrategy(meeting, caseId, { measure: 'Familienpatin anfragen', responsibleSystem: 'youthWelfare', responsibleProfession: 'Fachkraft Frühe Hilfen (Netzwerkkoordination)', due: '2026-12-15', offerId: patin });
  const b64 = (doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  return { circleId, meetingId, caseId, circle: b64(circle), meeting: b64(meeting) };
}
`;

async function loadSeed() {
  const result = await build({
    stdin: { contents: seedSource, resolveDir: repo, loader: 'ts' },
    bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** Stores one doc the way the app does (y-indexeddb layout: `updates` autoIncrement + `custom`). */
async function storeDoc(page, dbName, base64) {
  await page.evaluate(async ({ dbName, base64 }) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(dbName, 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('updates', { autoIncrement: true });
        open.result.createObjectStore('custom');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('updates', 'readwrite');
      tx.objectStore('updates').add(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { dbName, base64 });
}

const { seed } = await loadSeed();
const data = seed(NOW, MINUTE);
const server = await startServer({});
const profile = await mkdtemp(join(tmpdir(), 'tandem-screens-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, locale: 'de-DE', timezoneId: 'Europe/Berlin',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', '--hide-scrollbars'],
  viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1,
});
try {
  await context.clock.setFixedTime(NOW);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.getByLabel('Ihr Name').fill('Dr. Jana Krüger');
  await page.getByRole('radio', { name: 'Ärztin / Arzt' }).check();
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await page.getByRole('heading', { name: 'Qualitätszirkel', level: 1 }).waitFor();
  await storeDoc(page, `tandem-doc-circle-${data.circleId}`, data.circle);
  await storeDoc(page, `tandem-doc-meeting-${data.meetingId}`, data.meeting);

  await page.goto(`${server.url}#/live/${data.meetingId}/${data.caseId}`);
  await page.getByRole('heading', { name: 'Säugling, Schreiphasen', level: 1 }).waitFor();
  await page.getByRole('textbox', { name: /^Für das Protokoll:/ }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await mkdir(out, { recursive: true });
  await page.screenshot({ path: join(out, 'live-mode.png'), fullPage: false });

  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`${server.url}#/projector/${data.meetingId}/${data.caseId}`);
  await projector.getByRole('heading', { name: 'Perspektiven & Hypothesen', level: 1 }).waitFor();
  await projector.evaluate(() => document.fonts.ready);
  await projector.screenshot({ path: join(out, 'projector.png') });
  console.log(`Screenshots: ${join(out, 'live-mode.png')}, ${join(out, 'projector.png')}`);
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
