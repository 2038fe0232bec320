/**
 * CME points of a meeting (Fortbildungspunkte), from its duration and the circle's rule.
 * Default rule (category C of the Ärztekammern' Fortbildungsordnung, docs/protocol.md): one point
 * per whole 45-minute unit, plus one extra point per started 4 hours of the session, at most two.
 * No unit, no points: a session shorter than one unit earns no extra point either.
 */
import type { CmeRule } from '../doc';
import { minutesBetween } from './format';

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
