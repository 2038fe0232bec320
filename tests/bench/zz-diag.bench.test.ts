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
beforeAll(async () => { app = await startServer({}); browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }); });
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
  for (let run = 0; run < 2; run++) {
    await page.goto('about:blank');
    await page.goto(app.url + `#/live/${meetingId}/${caseId}`);
    await page.getByRole('textbox', { name: /^Notizen: Perspektiven/ }).waitFor(); await page.waitForTimeout(500);
    await page.keyboard.press('Alt+1');
    await page.evaluate(() => {
      const w = window as unknown as { rows: number[][] };
      w.rows = [];
      const ch = new MessageChannel(); const pend: number[][] = [];
      ch.port1.onmessage = () => { const r = pend.shift()!; r.push(performance.now()); w.rows.push(r); };
      window.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        const list = (e.target as HTMLElement).closest('[data-capture-kind]')!;
        const before = list.querySelectorAll('[data-item-id]').length;
        const r = [e.timeStamp, performance.now()];
        const mo = new MutationObserver(() => { if (list.querySelectorAll('[data-item-id]').length > before && r.length === 2) { r.push(performance.now()); mo.disconnect(); } });
        mo.observe(list, { childList: true, subtree: true });
        const check = () => { if (r.length >= 3) { r.push(performance.now()); pend.push(r); ch.port2.postMessage(null); } else requestAnimationFrame(check); };
        requestAnimationFrame(check);
      }, true);
    });
    for (let i = 0; i < 30; i++) { await page.keyboard.type(`Neue Hypothese ${i}`, { delay: 20 }); await page.keyboard.press('Enter'); await page.waitForTimeout(150); }
    const rows = await page.evaluate(() => (window as unknown as { rows: number[][] }).rows);
    const p = (a: number[], n: number) => [...a].sort((x, y) => x - y)[Math.ceil(n / 100 * a.length) - 1]!.toFixed(1);
    const col = (i: number) => rows.map((r) => r[i]! - r[0]!);
    console.log('ENTER queue', p(col(1), 50), p(col(1), 95), '| dom', p(col(2), 50), p(col(2), 95), '| raf', p(col(3), 50), p(col(3), 95), '| painted', p(col(4), 50), p(col(4), 95));
  }
  await context.close();
});
