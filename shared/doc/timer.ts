/**
 * The phase timer of a case. Its state is stored in the case's `timer` map, so it survives a reload
 * and the projector window follows it:
 *   phaseId: the current phase; runningSince: epoch ms while running, null while paused;
 *   elapsed:<phaseId>: ms used before the current run; extra:<phaseId>: ms added with "+1 Minute".
 * Time used = elapsed + (now − runningSince) for the running phase. All arithmetic is pure.
 */
import * as Y from 'yjs';
import { casePart } from './case';
import type { CaseId, PhaseId } from './ids';
import type { PhaseSnapshot } from './method';
import { ORIGIN, type Origin } from './schema';

export interface TimerState {
  readonly phaseId: PhaseId | '';
  readonly runningSince: number | null;
  readonly elapsed: Readonly<Record<string, number>>;
  readonly extra: Readonly<Record<string, number>>;
}

export const MINUTE = 60_000;
export const IDLE_TIMER: TimerState = { phaseId: '', runningSince: null, elapsed: {}, extra: {} };

export function timerSnapshot(doc: Y.Doc, caseId: CaseId): TimerState {
  const timer = casePart<Y.Map<unknown>>(doc, caseId, 'timer', Y.Map);
  if (!timer) return IDLE_TIMER;
  const elapsed: Record<string, number> = {};
  const extra: Record<string, number> = {};
  for (const [key, value] of timer.entries()) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (key.startsWith('elapsed:')) elapsed[key.slice(8)] = value;
    if (key.startsWith('extra:')) extra[key.slice(6)] = value;
  }
  const since = timer.get('runningSince');
  const phaseId = timer.get('phaseId');
  return { phaseId: typeof phaseId === 'string' ? (phaseId as PhaseId) : '', runningSince: typeof since === 'number' ? since : null, elapsed, extra };
}

/** Milliseconds used in a phase at `now`. */
export function usedMs(state: TimerState, phaseId: string, now: number): number {
  const before = state.elapsed[phaseId] ?? 0;
  const running = state.runningSince !== null && state.phaseId === phaseId ? Math.max(0, now - state.runningSince) : 0;
  return before + running;
}

export function plannedMs(state: TimerState, phase: PhaseSnapshot): number {
  return phase.minutes * MINUTE + (state.extra[phase.id] ?? 0);
}

/** Remaining ms of a phase; negative when overrun. */
export function remainingMs(state: TimerState, phase: PhaseSnapshot, now: number): number {
  return plannedMs(state, phase) - usedMs(state, phase.id, now);
}

export interface TimeTotals {
  readonly plannedMs: number;
  readonly usedMs: number;
}

export function totals(state: TimerState, phases: readonly PhaseSnapshot[], now: number): TimeTotals {
  return phases.reduce(
    (sum, phase) => ({ plannedMs: sum.plannedMs + plannedMs(state, phase), usedMs: sum.usedMs + usedMs(state, phase.id, now) }),
    { plannedMs: 0, usedMs: 0 },
  );
}

/** "12:05" or "−1:30" for a duration in ms (minutes:seconds). */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const seconds = Math.floor(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function withTimer(doc: Y.Doc, caseId: CaseId, origin: Origin, fn: (timer: Y.Map<unknown>, state: TimerState) => void): void {
  const timer = casePart<Y.Map<unknown>>(doc, caseId, 'timer', Y.Map);
  if (timer) doc.transact(() => fn(timer, timerSnapshot(doc, caseId)), origin);
}

/** Folds the running interval into the current phase's elapsed time. */
function settle(timer: Y.Map<unknown>, state: TimerState, now: number): void {
  if (state.runningSince === null || !state.phaseId) return;
  timer.set(`elapsed:${state.phaseId}`, usedMs(state, state.phaseId, now));
  timer.set('runningSince', now);
}

export function startTimer(doc: Y.Doc, caseId: CaseId, firstPhaseId: PhaseId, now: number, origin: Origin = ORIGIN.local): void {
  withTimer(doc, caseId, origin, (timer, state) => {
    if (!state.phaseId) timer.set('phaseId', firstPhaseId);
    if (state.runningSince === null) timer.set('runningSince', now);
  });
}

export function pauseTimer(doc: Y.Doc, caseId: CaseId, now: number, origin: Origin = ORIGIN.local): void {
  withTimer(doc, caseId, origin, (timer, state) => {
    if (state.runningSince === null) return;
    settle(timer, state, now);
    timer.set('runningSince', null);
  });
}

/** Gives the phase one more minute. */
export function addMinute(doc: Y.Doc, caseId: CaseId, phaseId: PhaseId, origin: Origin = ORIGIN.local): void {
  withTimer(doc, caseId, origin, (timer, state) => timer.set(`extra:${phaseId}`, (state.extra[phaseId] ?? 0) + MINUTE));
}

/** Moves to another phase; a running timer keeps running for the new phase. */
export function goToPhase(doc: Y.Doc, caseId: CaseId, phaseId: PhaseId, now: number, origin: Origin = ORIGIN.local): void {
  withTimer(doc, caseId, origin, (timer, state) => {
    if (state.phaseId === phaseId) return;
    settle(timer, state, now);
    timer.set('phaseId', phaseId);
    if (state.runningSince !== null) timer.set('runningSince', now);
  });
}

/** The phase after (+1) or before (−1) the current one, if any. */
export function neighbourPhase(phases: readonly PhaseSnapshot[], current: string, step: -1 | 1): PhaseSnapshot | undefined {
  const index = phases.findIndex((p) => p.id === current);
  return phases[(index < 0 ? 0 : index + step)];
}
