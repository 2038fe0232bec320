/**
 * pdf-20-pages (issue 5): a protocol of at least 20 pages from the meeting and circle docs to PDF
 * bytes — export snapshot, HTML, Chromium's print — against printing the same finished HTML
 * (setContent + page.pdf(), the part no app can avoid), alternating in one run. Print options and
 * a script-free page as in the app's print window (electron/main/print.ts). The fonts are loaded
 * once per session in the app, so they are loaded before timing here too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportMeeting } from '../../shared/doc/export';
import { renderProtocolHtml } from '../../shared/protocol';
import { launchBenchBrowser } from './browser';
import { makeRealisticMeeting, protocolAssets, type RealisticMeeting } from '../factories/protocol';
import { alternate, median, recordResult, round } from './record';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, format: 'A4' } as const;

let browser: Browser;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-pdf-'));

beforeAll(async () => {
  browser = await launchBenchBrowser();
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function pageCount(pdf: Uint8Array): number {
  const file = join(dir, 'count.pdf');
  writeFileSync(file, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

async function printHtml(html: string): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf(PDF_OPTIONS);
}

it('pdf-20-pages: meeting docs → protocol PDF, vs page.pdf() of the same finished HTML', async () => {
  const assets = protocolAssets();
  // The realistic meeting with as many cases as it takes to fill 20 pages.
  let meeting!: RealisticMeeting;
  let pages = 0;
  for (let cases = 4; pages < 20; cases++) {
    meeting = makeRealisticMeeting({ cases });
    pages = pageCount(await printHtml(renderProtocolHtml(exportMeeting(meeting.meeting.doc, meeting.circle.doc, meeting.exportedAt), {}, assets)));
  }
  const finishedHtml = renderProtocolHtml(exportMeeting(meeting.meeting.doc, meeting.circle.doc, meeting.exportedAt), {}, assets);

  // Each run starts from an idle browser, so that neither side pays for the other's leftovers.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
  const measure = async () => {
    await settle();
    const start = performance.now();
    const data = exportMeeting(meeting.meeting.doc, meeting.circle.doc, meeting.exportedAt);
    const pdf = await printHtml(renderProtocolHtml(data, {}, assets));
    const elapsed = performance.now() - start;
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    return elapsed;
  };
  const anchor = async () => {
    await settle();
    const start = performance.now();
    await printHtml(finishedHtml);
    return performance.now() - start;
  };
  // Chromium's print path gets much faster over its first runs (code caches, fonts): warm both up.
  for (let i = 0; i < 3; i++) {
    await measure();
    await anchor();
  }
  const { values, anchors } = await alternate(RUNS, measure, anchor);
  const value = round(median(values), 0);
  const anchorValue = round(median(anchors), 0);
  // The load of this machine drifts between runs: each run is compared with its neighbouring anchor
  // (same load), and the ratio is the median of those pairwise ratios.
  const ratio = round(median(values.map((v, i) => v / anchors[i]!)), 2);
  recordResult({
    metric: 'pdf-20-pages', value, unit: 'ms',
    anchor: `setContent + page.pdf() of the same finished HTML (${pages} pages)`, anchorValue, ratio,
    target: 'ratio ≤ 1.3 and ≤ 1000 ms', ok: ratio <= 1.3 && value <= 1000,
  });
  expect(pages).toBeGreaterThanOrEqual(20);
});
