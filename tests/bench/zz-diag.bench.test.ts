import { afterAll, beforeAll, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import * as Y from 'yjs';
import { addItem, phaseNotes, CAPTURE_KINDS, addCase, circleSnapshot, createCircle, createDoc, createMeeting, meetingSnapshot, registerMeeting, startTimer, templatePhases, goToPhase } from '../../shared/doc';
import { circleRow, meetingRow } from '../../renderer/data/projection';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness';
import { seedDocStore, seedIndex } from './seed';
// @ts-expect-error plain ESM
import { startServer } from '../../scripts/serve.mjs';

let browser: Browser; let app: { url: string; close: () => Promise<void> };
beforeAll(async () => { app = await startServer({ root: '/tmp/live-dist' }); browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }); });
afterAll(async () => { await browser?.close(); await app?.close(); });

it('diag', async () => {
  const circleDoc = createDoc();
  const circleId = createCircle(circleDoc, { name: 'X', region: 'Y' });
  const template = circleSnapshot(circleDoc).templates[0]!;
  const doc = createDoc();
  const meetingId = createMeeting(doc, { circleId, methodName: template.name, phases: templatePhases(circleDoc, template.id)!, fields: { title: 'T', date: '2026-11-24', startTime: '15:00', endTime: '18:00', place: '', topic: '' } });
  registerMeeting(circleDoc, meetingId);
  const caseId = addCase(doc, 'Fall');
  const phases = meetingSnapshot(doc).phases;
  let typed = 0;
  for (let p = 0; typed < 40000; p = (p + 1) % 6) {
    const fragment = phaseNotes(doc, caseId, phases[p]!.id)!;
    for (let para = 0; para < 8 && typed < 40000; para++) {
      const text = new Y.XmlText();
      doc.transact(() => { const el = new Y.XmlElement('paragraph'); el.insert(0, [text]); fragment.push([el]); });
      for (let i = 0; i < 400 && typed < 40000; i++, typed++) doc.transact(() => text.insert(text.length, 'abcdefghij klmno '[i % 17]!));
    }
  }
  for (let i = 0; i < 200; i++) addItem(doc, caseId, CAPTURE_KINDS[i % 4]!, `Eintrag ${i}`);
  startTimer(doc, caseId, phases[0]!.id, Date.now()); goToPhase(doc, caseId, phases[3]!.id, Date.now());
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Willkommen bei Tandem' }).waitFor();
  await seedIndex(page, { profile: [{ key: 'me', deviceId: 'd', name: 'B', role: 'physician', createdAt: '2026-01-01T00:00:00.000Z' }], circles: [circleRow(circleDoc)], meetings: [meetingRow(doc)] });
  await seedDocStore(page, `tandem-doc-circle-${circleId}`, [Y.encodeStateAsUpdate(circleDoc)]);
  await seedDocStore(page, `tandem-doc-meeting-${meetingId}`, [Y.encodeStateAsUpdate(doc)]);
  await page.goto('about:blank');
  await page.goto(app.url + `#/live/${meetingId}/${caseId}`);
  await page.getByRole('textbox', { name: /^Notizen: Perspektiven/ }).waitFor(); await page.waitForTimeout(800);
  await page.keyboard.press('Alt+1');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
  for (let i = 0; i < 30; i++) { await page.keyboard.insertText(`Hypothese Nummer ${i}`); await page.keyboard.press('Enter'); await page.waitForTimeout(120); }
  const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  const { writeFileSync } = await import('node:fs');
  writeFileSync('/tmp/enter-profile.json', JSON.stringify(profile));
  await context.close();
});
