/** CME points from a meeting's duration: the default rule (category C) and a circle's own numbers. */
import { describe, expect, it } from 'vitest';
import { cmeRuleSnapshot, DEFAULT_CME_RULE, setCmeRule } from '../../../shared/doc';
import { exportMeeting } from '../../../shared/doc/export';
import { cmePoints, cmeText, meetingCme, minutesBetween, renderAttendanceListHtml } from '../../../shared/protocol';
import { cloneDoc, exchange, makeCircle, makeMeeting } from '../../factories/docs';
import { protocolAssets } from '../../factories/protocol';

const points = (minutes: number | undefined, rule = DEFAULT_CME_RULE) => cmePoints(minutes, rule);

describe('the default rule: 1 point per whole 45-minute unit, 1 extra point per started 4 hours, at most 2', () => {
  it.each([
    [0, 0, 0, 0],
    [44, 0, 0, 0], // less than one unit earns nothing, no extra point either
    [45, 1, 1, 2],
    [89, 1, 1, 2],
    [90, 2, 2, 3], // the usual IQZ session
    [120, 2, 2, 3],
    [135, 3, 3, 4],
    [240, 5, 5, 6],
    [241, 5, 5, 7], // a second block of 4 hours started
    [480, 10, 10, 12],
    [600, 13, 13, 15], // the extra points stop at 2
  ])('%i minutes → %i units, %i unit points, %i points in all', (minutes, units, unitPoints, total) => {
    expect(points(minutes)).toMatchObject({ minutes, units, unitPoints, points: total });
  });

  it('takes the duration from start and end, also across midnight; without them there are no points', () => {
    expect(minutesBetween('15:00', '16:30')).toBe(90);
    expect(minutesBetween('19:30', '00:15')).toBe(285);
    expect(minutesBetween('15:00', '')).toBeUndefined();
    expect(minutesBetween('25:00', '26:00')).toBeUndefined();
    expect(meetingCme({ startTime: '18:00', endTime: '20:15' }, DEFAULT_CME_RULE)).toMatchObject({ minutes: 135, points: 4 });
    expect(meetingCme({ startTime: '', endTime: '' }, DEFAULT_CME_RULE)).toEqual({ minutes: undefined, units: 0, unitPoints: 0, extraPoints: 0, points: 0 });
  });
});

describe('the CME line says how the points come about: units, real minutes, the extra point', () => {
  const line = (minutes: number | undefined, rule = DEFAULT_CME_RULE) => cmeText(cmePoints(minutes, rule), rule);

  it.each([
    [60, '2 Punkte (Kategorie C): 1 Fortbildungseinheit à 45 Minuten (60 Minuten) + 1 Zusatzpunkt für die Qualitätszirkelarbeit'],
    [90, '3 Punkte (Kategorie C): 2 Fortbildungseinheiten à 45 Minuten (90 Minuten) + 1 Zusatzpunkt für die Qualitätszirkelarbeit'],
    [120, '3 Punkte (Kategorie C): 2 Fortbildungseinheiten à 45 Minuten (120 Minuten) + 1 Zusatzpunkt für die Qualitätszirkelarbeit'],
    [240, '6 Punkte (Kategorie C): 5 Fortbildungseinheiten à 45 Minuten (240 Minuten) + 1 Zusatzpunkt für die Qualitätszirkelarbeit'],
  ])('%i minutes: %s', (minutes, text) => {
    expect(line(minutes)).toBe(text);
  });

  it('names the block rule once a session is longer than one block, and the cap', () => {
    expect(line(300)).toBe('8 Punkte (Kategorie C): 6 Fortbildungseinheiten à 45 Minuten (300 Minuten) + 2 Zusatzpunkte für die Qualitätszirkelarbeit (1 je angefangene 4 Stunden, höchstens 2)');
    expect(line(600)).toBe('15 Punkte (Kategorie C): 13 Fortbildungseinheiten à 45 Minuten (600 Minuten) + 2 Zusatzpunkte für die Qualitätszirkelarbeit (1 je angefangene 4 Stunden, höchstens 2)');
  });

  it("follows the circle's numbers: unit length, points per unit, no extra point, no category", () => {
    expect(line(180, { ...DEFAULT_CME_RULE, minutesPerUnit: 60, extraPoints: 0 }))
      .toBe('3 Punkte (Kategorie C): 3 Fortbildungseinheiten à 60 Minuten (180 Minuten)');
    expect(line(90, { ...DEFAULT_CME_RULE, pointsPerUnit: 0.5, category: '' }))
      .toBe('2 Punkte: 2 Fortbildungseinheiten à 45 Minuten (90 Minuten) zu je 0,5 Punkten (1 Punkt) + 1 Zusatzpunkt für die Qualitätszirkelarbeit');
    expect(line(150, { ...DEFAULT_CME_RULE, extraBlockMinutes: 90 }))
      .toBe('5 Punkte (Kategorie C): 3 Fortbildungseinheiten à 45 Minuten (150 Minuten) + 2 Zusatzpunkte für die Qualitätszirkelarbeit (1 je angefangene 90 Minuten, höchstens 2)');
  });

  it('says why a short session earns nothing, and that start or end is missing', () => {
    expect(line(30)).toBe('0 Punkte (Kategorie C): 30 Minuten – weniger als eine Fortbildungseinheit à 45 Minuten');
    expect(line(undefined)).toBe('Beginn und Ende der Sitzung fehlen – keine Punkte berechnet.');
  });
});

describe("a circle's own rule", () => {
  it('is stored per number in the circle doc and used for the attendance list', () => {
    const circle = makeCircle();
    expect(cmeRuleSnapshot(circle.doc)).toEqual(DEFAULT_CME_RULE);
    setCmeRule(circle.doc, { minutesPerUnit: 60, extraPoints: 0, category: ' C ' });
    setCmeRule(circle.doc, { pointsPerUnit: -1, minutesPerUnit: 0, maxExtraPoints: Number.NaN }); // ignored
    const rule = cmeRuleSnapshot(circle.doc);
    expect(rule).toEqual({ ...DEFAULT_CME_RULE, minutesPerUnit: 60, extraPoints: 0, category: 'C' });
    expect(points(150, rule)).toMatchObject({ units: 2, extraPoints: 0, points: 2 });

    const meeting = makeMeeting({ startTime: '14:00', endTime: '17:00' }, circle);
    const html = renderAttendanceListHtml(exportMeeting(meeting.doc, circle.doc), {}, protocolAssets());
    expect(html).toContain('<dt>Fortbildungspunkte</dt><dd>3 Punkte (Kategorie C): 3 Fortbildungseinheiten à 60 Minuten (180 Minuten)</dd>');
  });

  it('allows half points per unit and a higher cap', () => {
    const rule = { ...DEFAULT_CME_RULE, pointsPerUnit: 0.5, maxExtraPoints: 3 };
    expect(points(720, rule)).toMatchObject({ units: 16, unitPoints: 8, extraPoints: 3, points: 11 });
  });

  it("keeps both moderators' changes to different numbers", () => {
    const circle = makeCircle();
    const other = cloneDoc(circle.doc);
    setCmeRule(circle.doc, { minutesPerUnit: 60 });
    setCmeRule(other, { maxExtraPoints: 1 });
    exchange(circle.doc, other);
    expect(cmeRuleSnapshot(other)).toEqual({ ...DEFAULT_CME_RULE, minutesPerUnit: 60, maxExtraPoints: 1 });
    expect(cmeRuleSnapshot(circle.doc)).toEqual(cmeRuleSnapshot(other));
  });
});
