#!/usr/bin/env node
// Renders the first page of the protocol and of the attendance list of the realistic meeting
// (tests/factories/protocol.ts) for the README: HTML from shared/protocol, printed by the system
// Chromium with the app's print options, rasterised by poppler's pdftoppm.
//   node scripts/readme-images.mjs   →  docs/images/protocol-page1.png, docs/images/attendance-page1.png
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const repo = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(repo, '.tmp', 'readme-images');
const images = join(repo, 'docs', 'images');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions'];

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
mkdirSync(images, { recursive: true });

// The TypeScript sources, bundled for Node (inside the repo, so node_modules resolve as usual).
const entry = join(tmp, 'entry.mjs');
await build({
  stdin: {
    contents: `
      export { realisticExport, protocolAssets } from './tests/factories/protocol.ts';
      export { renderProtocolHtml, renderAttendanceListHtml } from './shared/protocol/index.ts';`,
    resolveDir: repo, sourcefile: 'readme-images-entry.ts', loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: entry, logLevel: 'warning',
});
const { realisticExport, protocolAssets, renderProtocolHtml, renderAttendanceListHtml } = await import(pathToFileURL(entry).href);

const data = realisticExport();
const assets = protocolAssets();
const documents = {
  'protocol-page1': renderProtocolHtml(data, {}, assets),
  'attendance-page1': renderAttendanceListHtml(data, {}, assets),
};

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  for (const [name, html] of Object.entries(documents)) {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = join(tmp, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, format: 'A4' }));
    execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', pdf, join(images, name)]);
    console.log(`docs/images/${name}.png`);
  }
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
