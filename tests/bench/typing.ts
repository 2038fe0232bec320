/**
 * Typing as a person types, for the keystroke-latency benchmarks.
 *
 * Latency is measured from keydown to the next animation frame, so it includes the wait for the
 * next frame (up to 16.7 ms at 60 Hz). Keys sent at a fixed interval (Playwright's `type` with a
 * `delay`) hit nearly the same phase of the frame clock all through a run: the p95 of a run then
 * depends on where that phase happened to fall, not on the work done per key, and two runs of the
 * same page differed by half a frame. A typist's rhythm is uneven: the pauses here are drawn from
 * MIN..MIN+SPREAD ms (mean ~100 ms, a brisk ten keys a second) by a fixed-seed generator, so every
 * run — check on or off, app or anchor — types the same rhythm and samples every phase alike.
 */
import type { Page } from 'playwright-core';

const MIN_PAUSE_MS = 80;
const SPREAD_MS = 41;

/**
 * Types `count` keys of `words` (repeated as needed) into the focused element with a typist's
 * uneven pauses: the same pseudo-random sequence in every run (32-bit linear congruential, fixed seed).
 */
export async function typeLikeAPerson(page: Page, words: string, count: number): Promise<void> {
  const keys = [...words.repeat(Math.ceil(count / words.length))].slice(0, count);
  let state = 12345;
  for (const key of keys) {
    await page.keyboard.type(key);
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    await page.waitForTimeout(MIN_PAUSE_MS + (state % SPREAD_MS));
  }
}
