/**
 * Performance marks measured by `npm run bench`, set at the next frame after the moment:
 * - `app:interactive` (once): the first screen shows its data and takes input;
 * - `notes:painted` (each time): a notes editor first shows its stored content.
 * The first of them ends the start: `whenStarted()` resolves, and what waited for it (the
 * Tandem-Paket actions, for example) loads then, so that it does not delay the first screen.
 */
import { endFirstData } from './firstData';

let started: () => void = () => undefined;
const startedPromise = new Promise<void>((resolve) => {
  started = resolve;
});
// A screen without a mark (the projector, "not found") still ends the start.
const START_LIMIT_MS = 2000;
setTimeout(() => finishStart(), START_LIMIT_MS);

function finishStart(): void {
  endFirstData();
  started();
}

function markAtNextFrame(name: string): void {
  requestAnimationFrame(() => {
    performance.mark(name);
    finishStart();
  });
}

let interactive = false;
export function markInteractive(): void {
  if (interactive) return;
  interactive = true;
  markAtNextFrame('app:interactive');
}
export const markNotesPainted = () => markAtNextFrame('notes:painted');

/** Resolves once the first screen is drawn with its data (or after two seconds at most). */
export function whenStarted(): Promise<void> {
  return startedPromise;
}
