/**
 * The benchmarks' Chromium (tests/bench/browser.ts): its one feature switch must carry both
 * Playwright's list and ours, since Chromium keeps only the last `--disable-features` it is given.
 */
import { expect, it } from 'vitest';
import { BENCH_DISABLED_FEATURES, benchChromiumArgs, disabledFeatures } from '../bench/browser';
import { CHROMIUM_ARGS } from './harness';

it('switches the navigation predictor off and keeps what Playwright switches off', async () => {
  const playwrights = await disabledFeatures(CHROMIUM_ARGS);
  expect(playwrights).toContain('PaintHolding');
  expect(playwrights).not.toContain('NavigationPredictor');
  const applied = await disabledFeatures(await benchChromiumArgs());
  expect(BENCH_DISABLED_FEATURES).toEqual(['NavigationPredictor']);
  expect(applied).toEqual(expect.arrayContaining([...playwrights, ...BENCH_DISABLED_FEATURES]));
});
