/**
 * The system Chromium for the benchmarks, launched so that the served renderer behaves as it does in
 * the app.
 *
 * On an http(s) page, Blink's navigation predictor (`AnchorElementMetricsSender`, feature
 * `NavigationPredictor`) samples one link in a hundred into an IntersectionObserver of its own with
 * a 100 ms delay. After each layout change that observer runs again on a timer, and each run is a
 * frame that draws nothing; a key typed just after such a frame waits a whole frame more for its
 * own. Whether a page load samples one of its links is chance: with the findings panel's ~180
 * "Zur Stelle" links, about every second load did, and those runs typed two to three times as many
 * slow keys (traced: 50–140 empty frames in such a run of 120 keys, none in the others). In the app
 * the renderer is served from `app://`, and Blink makes that observer only for http(s) main frames,
 * so the benchmarks switch the feature off. See README, "Leistung".
 *
 * Chromium keeps only the last `--disable-features` switch, and Playwright passes its own list
 * before ours: the switch here carries Playwright's list (read from a probe browser's command line)
 * and adds to it, so nothing Playwright turns off comes back on.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness';

/** Features off in every benchmark browser, on top of Playwright's own. */
export const BENCH_DISABLED_FEATURES = ['NavigationPredictor'];

const DISABLE = '--disable-features=';

/**
 * The features Chromium switches off when launched by Playwright with `args`: the list of the last
 * `--disable-features` switch on its command line (Playwright's own comes first).
 */
export async function disabledFeatures(args: readonly string[]): Promise<string[]> {
  // The command line is only reported with --enable-automation.
  const probe = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...args, '--enable-automation'] });
  try {
    const cdp = await probe.newBrowserCDPSession();
    const { arguments: argv } = await cdp.send('Browser.getBrowserCommandLine');
    const last = argv.filter((arg) => arg.startsWith(DISABLE)).at(-1);
    if (!last) throw new Error(`Chromium was launched without ${DISABLE}: ${argv.join(' ')}`);
    return last.slice(DISABLE.length).split(',').filter(Boolean);
  } finally {
    await probe.close();
  }
}

/** The Chromium arguments of the benchmarks: the e2e ones plus one merged feature switch. */
export async function benchChromiumArgs(): Promise<string[]> {
  const disabled = new Set([...(await disabledFeatures(CHROMIUM_ARGS)), ...BENCH_DISABLED_FEATURES]);
  return [...CHROMIUM_ARGS, `${DISABLE}${[...disabled].join(',')}`];
}

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: await benchChromiumArgs() });
}
