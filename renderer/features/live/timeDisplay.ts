/**
 * What the room sees of a phase's time. A countdown shows whole seconds rounded up (it reads 5:00
 * until a full second has passed) and turns negative only once a full second is overrun.
 */
import { formatDuration, plannedMs, remainingMs, usedMs, type PhaseSnapshot, type TimerState } from '../../../shared/doc';

export interface PhaseTime {
  /** "4:59", "0:00", "−1:30". */
  readonly countdown: string;
  readonly overrun: boolean;
  /** By how much the phase is overrun, "1:30" ('' when not). */
  readonly overrunBy: string;
  readonly used: string;
  readonly planned: string;
  /** Minutes added with "+1 Minute". */
  readonly extraMinutes: number;
}

export function countdown(ms: number): string {
  if (ms > 0) return formatDuration(Math.ceil(ms / 1000) * 1000);
  return ms > -1000 ? formatDuration(0) : formatDuration(ms);
}

export function phaseTime(state: TimerState, phase: PhaseSnapshot, now: number): PhaseTime {
  const remaining = remainingMs(state, phase, now);
  const overrun = remaining <= -1000;
  return {
    countdown: countdown(remaining),
    overrun,
    overrunBy: overrun ? formatDuration(-remaining) : '',
    used: formatDuration(usedMs(state, phase.id, now)),
    planned: formatDuration(plannedMs(state, phase)),
    extraMinutes: Math.round((state.extra[phase.id] ?? 0) / 60_000),
  };
}

/** When the running phase's used time was zero (its seconds tick from there); 0 while paused. */
export function tickAnchor(state: TimerState): number {
  return state.runningSince === null ? 0 : state.runningSince - (state.elapsed[state.phaseId] ?? 0);
}

/** The phase live mode shows: the timer's, or the first before the timer was ever started. */
export function currentPhase(state: TimerState, phases: readonly PhaseSnapshot[]): PhaseSnapshot | undefined {
  return phases.find((p) => p.id === state.phaseId) ?? phases[0];
}
