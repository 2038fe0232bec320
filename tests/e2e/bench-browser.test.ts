/**
 * The benchmarks' Chromium (tests/bench/browser.ts): its one feature switch must carry both
 * Playwright's list and ours, since Chromium keeps only the last `--disable-features` it is given.
 */
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { BENCH_DISABLED_FEATURES, benchChromiumArgs } from '../bench/browser';
import { CHROMIUM_PATH } from './harness';

const DISABLE = '--disable-features=';

it('switches the navigation predictor off and keeps what Playwright switches off', async () => {
  const args = await benchChromiumArgs();
  // The command line is only reported with --enable-automation; with it, Playwright's list alone.
  const launch = (extra: string[]) => chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...extra, '--enable-automation'] });
  const featuresOf = async (extra: string[]) => {
    const browser = await launch(extra);
    try {
      const cdp = await browser.newBrowserCDPSession();
      const { arguments: argv } = await cdp.send('Browser.getBrowserCommandLine');
      // What Chromium applies: the last switch.
      return argv.filter((arg) => arg.startsWith(DISABLE)).at(-1)?.slice(DISABLE.length).split(',') ?? [];
    } finally {
      await browser.close();
    }
  };
  const playwrights = await featuresOf([]);
  expect(playwrights).toContain('PaintHolding');
  expect(playwrights).not.toContain('NavigationPredictor');
  const applied = await featuresOf(args);
  expect(BENCH_DISABLED_FEATURES).toEqual(['NavigationPredictor']);
  expect(applied).toEqual(expect.arrayContaining([...playwrights, ...BENCH_DISABLED_FEATURES]));
});
