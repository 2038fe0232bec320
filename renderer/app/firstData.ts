/**
 * The first screen's rows, read while the app starts. The read begins as soon as this module is
 * evaluated (main.tsx imports it first), so it overlaps the start of every other module; main.tsx
 * then waits for it (a short while at most) before the first render, so that the start screen is
 * drawn once, with its data, instead of "Lädt …" and a render after each query. The rows serve as
 * the starting value of the screen's live queries, and only until the start is over (see
 * interactive.ts); afterwards every screen shows only what its live queries read.
 */
import { readFirstRows, type FirstReadRequest, type FirstRows } from '../data/firstRead';
import { parseRoute, type Route } from './router';

let first: FirstRows | undefined;
let reading: Promise<void> | undefined;

function askFor(route: Route): FirstReadRequest {
  if (route.name === 'circles') return { circles: true };
  if (route.name === 'circle' && (route.tab ?? 'meetings') === 'meetings') return { circleId: route.circleId };
  return {};
}

/** Reads what the screen at the current address shows first (once); never rejects. */
export function readFirstData(): Promise<void> {
  reading ??= readFirstRows(askFor(parseRoute(location.hash))).then((rows) => {
    first = rows;
  }, () => undefined);
  return reading;
}

void readFirstData();

/** The rows read at the start, while the start lasts; nothing afterwards. */
export function firstData(): Partial<FirstRows> {
  return first ?? {};
}

/** The start is over: from now on screens show only what their live queries read. */
export function endFirstData(): void {
  first = undefined;
}
