/**
 * CME points of a meeting (Fortbildungspunkte), from its duration and the circle's rule.
 * Default rule (category C of the Ärztekammern' Fortbildungsordnung, docs/protocol.md): one point
 * per whole 45-minute unit, plus one extra point per started 4 hours of the session, at most two.
 * No unit, no points: a session shorter than one unit earns no extra point either.
 */
import type { CmeRule } from '../doc';
import { minutesBetween } from './format';
import { de } from './labels';

export interface CmeResult {
  /** undefined when start or end is missing. */
  readonly minutes: number | undefined;
  readonly units: number;
  readonly unitPoints: number;
  readonly extraPoints: number;
  readonly points: number;
}

export function cmePoints(minutes: number | undefined, rule: CmeRule): CmeResult {
  if (minutes === undefined || !(rule.minutesPerUnit > 0)) return { minutes, units: 0, unitPoints: 0, extraPoints: 0, points: 0 };
  const units = Math.floor(minutes / rule.minutesPerUnit + 1e-9);
  const unitPoints = units * rule.pointsPerUnit;
  const blocks = rule.extraBlockMinutes > 0 ? Math.ceil(minutes / rule.extraBlockMinutes - 1e-9) : 1;
  const extraPoints = units > 0 ? Math.min(rule.maxExtraPoints, blocks * rule.extraPoints) : 0;
  return { minutes, units, unitPoints, extraPoints, points: unitPoints + extraPoints };
}

export function meetingCme(meeting: { readonly startTime: string; readonly endTime: string }, rule: CmeRule): CmeResult {
  return cmePoints(minutesBetween(meeting.startTime, meeting.endTime), rule);
}

/**
 * The CME line of the documents, saying how the points come about under the circle's rule:
 * „3 Punkte (Kategorie C): 2 Fortbildungseinheiten à 45 Minuten (120 Minuten) + 1 Zusatzpunkt für die
 * Qualitätszirkelarbeit“. The minutes are the session's real minutes (only whole units count); a
 * unit worth other than 1 point says what it is worth; the extra points say their rule once the
 * session is longer than one block (then more than one block's points, or the cap, apply).
 */
export function cmeText(cme: CmeResult, rule: CmeRule): string {
  const c = de.cme;
  if (cme.minutes === undefined) return c.noDuration;
  const head = `${c.points(cme.points)}${rule.category ? ` (${c.category(rule.category)})` : ''}`;
  if (cme.units === 0) return `${head}: ${c.duration(cme.minutes)} – ${c.tooShort(rule.minutesPerUnit)}`;
  const units = `${c.units(cme.units, rule.minutesPerUnit)} (${c.duration(cme.minutes)})` +
    (rule.pointsPerUnit === 1 ? '' : ` ${c.perUnit(rule.pointsPerUnit, cme.unitPoints)}`);
  if (cme.extraPoints === 0) return `${head}: ${units}`;
  const blocks = rule.extraBlockMinutes > 0 ? Math.ceil(cme.minutes / rule.extraBlockMinutes - 1e-9) : 1;
  const extraRule = blocks > 1 ? ` (${c.extraRule(rule.extraPoints, rule.extraBlockMinutes, rule.maxExtraPoints)})` : '';
  return `${head}: ${units} + ${c.extra(cme.extraPoints)}${extraRule}`;
}
