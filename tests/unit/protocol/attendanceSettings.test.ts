/** The circle's blank rows of the attendance list: a scalar of the circle doc, default 3, shared by both laptops. */
import { describe, expect, it } from 'vitest';
import { ORIGIN } from '../../../shared/doc';
import { blankRowsOf, DEFAULT_BLANK_ROWS, setBlankRows } from '../../../shared/doc/attendanceSettings';
import { exportMeeting } from '../../../shared/doc/export';
import { renderAttendanceListHtml } from '../../../shared/protocol';
import { cloneDoc, exchange, makeCircle, makeMeeting } from '../../factories/docs';
import { protocolAssets } from '../../factories/protocol';

describe('blank rows for late arrivals', () => {
  it('are 3 in a circle that never set them, and take a whole number from 0 to 30', () => {
    const circle = makeCircle();
    expect(blankRowsOf(circle.doc)).toBe(DEFAULT_BLANK_ROWS);
    expect(DEFAULT_BLANK_ROWS).toBe(3);
    expect(setBlankRows(circle.doc, 5)).toBe(true);
    expect(blankRowsOf(circle.doc)).toBe(5);
    for (const wrong of [-1, 31, 2.5, Number.NaN]) expect(setBlankRows(circle.doc, wrong)).toBe(false);
    expect(blankRowsOf(circle.doc)).toBe(5);
    expect(setBlankRows(circle.doc, 0)).toBe(true);
    expect(blankRowsOf(circle.doc)).toBe(0);
  });

  it('are written as one named change, and not at all when unchanged', () => {
    const circle = makeCircle();
    const origins: unknown[] = [];
    circle.doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    setBlankRows(circle.doc, 4);
    setBlankRows(circle.doc, 4);
    expect(origins).toEqual([ORIGIN.local]);
  });

  it("reach the co-moderator's laptop with the circle, and the list prints them", () => {
    const circle = makeCircle();
    const other = cloneDoc(circle.doc);
    setBlankRows(circle.doc, 6);
    exchange(circle.doc, other);
    expect(blankRowsOf(other)).toBe(6);
    const meeting = makeMeeting({}, circle);
    const html = renderAttendanceListHtml(exportMeeting(meeting.doc, other), { blankRows: blankRowsOf(other) }, protocolAssets());
    expect(html.match(/<tr class="blank">/g)).toHaveLength(6);
  });
});
