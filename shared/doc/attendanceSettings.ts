/**
 * How the circle's attendance list (Teilnehmerliste) is printed: the number of blank rows after the
 * checked-in participants, for people who arrive late and sign on paper. A circle setting (the group
 * and its habits are the same at every meeting), stored as one last-writer-wins scalar in the circle's
 * meta: `attendanceBlankRows` (absent in older docs: the default).
 */
import type * as Y from 'yjs';
import { ORIGIN, metaOf, num, type Origin } from './schema';

export const DEFAULT_BLANK_ROWS = 3;
export const MAX_BLANK_ROWS = 30;

export function isValidBlankRows(rows: number): boolean {
  return Number.isInteger(rows) && rows >= 0 && rows <= MAX_BLANK_ROWS;
}

/** The circle's blank rows (the default for circles that never set it, or a value out of range). */
export function blankRowsOf(circle: Y.Doc): number {
  const rows = num(metaOf(circle), 'attendanceBlankRows', DEFAULT_BLANK_ROWS);
  return isValidBlankRows(rows) ? rows : DEFAULT_BLANK_ROWS;
}

/** Sets the circle's blank rows (whole number, 0–30). False (and nothing written) for another value. */
export function setBlankRows(circle: Y.Doc, rows: number, origin: Origin = ORIGIN.local): boolean {
  if (!isValidBlankRows(rows)) return false;
  if (metaOf(circle).get('attendanceBlankRows') !== rows) circle.transact(() => metaOf(circle).set('attendanceBlankRows', rows), origin);
  return true;
}
