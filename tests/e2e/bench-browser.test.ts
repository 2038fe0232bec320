/**
 * The benchmarks' Chromium (tests/bench/browser.ts): the navigation predictor's link observer must
 * not run (as in the app on app://), and its one feature switch must carry Playwright's list too,
 * since Chromium keeps only the last `--disable-features` it is given.
 */
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BENCH_DISABLED_FEATURES, benchChromiumArgs, disabledFeatures } from '../bench/browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';
// @ts-expect-error plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';

// 2,000 links: the predictor samples one in a hundred, so it observes some of them for certain.
const LINKS_PAGE = `<!doctype html><title>Links</title><div id="grow"></div>${Array.from({ length: 2000 }, (_, i) => `<a href="#/stelle/${i}">Zur Stelle ${i}</a>`).join(' ')}`;

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await startServer({ routes: { '/links.html': { body: LINKS_PAGE, type: 'text/html' } } });
});
afterAll(async () => {
  await server?.close();
});

/**
 * How often Blink re-ran a delayed intersection observer on its timer while the layout above the
 * links changed 20 times (the task that drew the empty frames in the typing benchmark).
 */
async function delayedIntersectionRuns(args: string[]): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}links.html`);
    await page.waitForTimeout(300); // the links are sampled after the first layout
    await browser.startTracing(page, { categories: ['toplevel'] });
    await page.evaluate(async () => {
      const grow = document.getElementById('grow')!;
      for (let i = 1; i <= 20; i++) {
        grow.style.height = `${i * 10}px`;
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Array<{ args?: { src_func?: string } }> };
    return traceEvents.filter((event) => event.args?.src_func === 'ScheduleDelayedIntersection').length;
  } finally {
    await browser.close();
  }
}

it('runs no link observer of the navigation predictor, as the app on app:// does not', async () => {
  // The check can tell: with Playwright's own switches the observer runs.
  expect(await delayedIntersectionRuns(CHROMIUM_ARGS)).toBeGreaterThan(0);
  expect(await delayedIntersectionRuns(await benchChromiumArgs())).toBe(0);
});

it('keeps what Playwright switches off', async () => {
  const playwrights = await disabledFeatures(CHROMIUM_ARGS);
  expect(playwrights).toContain('PaintHolding');
  expect(playwrights).not.toContain('NavigationPredictor');
  const applied = await disabledFeatures(await benchChromiumArgs());
  expect(BENCH_DISABLED_FEATURES).toEqual(['NavigationPredictor']);
  expect(applied).toEqual(expect.arrayContaining([...playwrights, ...BENCH_DISABLED_FEATURES]));
});
