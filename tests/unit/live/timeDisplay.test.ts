import { describe, expect, it } from 'vitest';
import { addCase, addMinute, goToPhase, IDLE_TIMER, meetingSnapshot, MINUTE, ORIGIN, pauseTimer, startTimer, timerSnapshot } from '../../../shared/doc';
import { countdown, currentPhase, phaseTime, tickAnchor } from '../../../renderer/features/live/timeDisplay';
import { nextTickDelay } from '../../../renderer/features/live/useNow';
import { makeMeeting } from '../../factories/docs';

describe('what the room sees of the time', () => {
  it('counts down in whole seconds rounded up, and turns negative only after a full second over', () => {
    expect(countdown(5 * MINUTE)).toBe('5:00');
    expect(countdown(5 * MINUTE - 1)).toBe('5:00');
    expect(countdown(5 * MINUTE - 1000)).toBe('4:59');
    expect(countdown(1)).toBe('0:01');
    expect(countdown(0)).toBe('0:00');
    expect(countdown(-999)).toBe('0:00');
    expect(countdown(-1000)).toBe('−0:01');
    expect(countdown(-90_500)).toBe('−1:30');
  });

  it('reports used against planned time, +1 minute included, and the overrun', () => {
    const { doc } = makeMeeting();
    const caseId = addCase(doc, 'Fall');
    const [first, second] = meetingSnapshot(doc).phases;
    startTimer(doc, caseId, first!.id, 0, ORIGIN.clock);
    addMinute(doc, caseId, first!.id, ORIGIN.clock);
    const inTime = phaseTime(timerSnapshot(doc, caseId), first!, 4 * MINUTE);
    expect(inTime).toEqual({ countdown: '2:00', overrun: false, overrunBy: '', used: '4:00', planned: '6:00', extraMinutes: 1 });
    const over = phaseTime(timerSnapshot(doc, caseId), first!, 7 * MINUTE + 30_000);
    expect(over).toMatchObject({ countdown: '−1:30', overrun: true, overrunBy: '1:30', used: '7:30' });
    goToPhase(doc, caseId, second!.id, 8 * MINUTE, ORIGIN.clock);
    expect(currentPhase(timerSnapshot(doc, caseId), meetingSnapshot(doc).phases)?.id).toBe(second!.id);
  });

  it('shows the first phase before the timer was ever started', () => {
    const { doc } = makeMeeting();
    const phases = meetingSnapshot(doc).phases;
    expect(currentPhase(IDLE_TIMER, phases)?.title).toBe('Ankommen & Rollen');
    expect(currentPhase(IDLE_TIMER, [])).toBeUndefined();
    expect(phaseTime(IDLE_TIMER, phases[0]!, 123_456_789)).toMatchObject({ countdown: '5:00', used: '0:00', overrun: false });
  });
});

describe('when the countdown ticks', () => {
  it('ticks just after each whole second of the running phase, and keeps still while paused', () => {
    const { doc } = makeMeeting();
    const caseId = addCase(doc, 'Fall');
    const [first, second] = meetingSnapshot(doc).phases;
    startTimer(doc, caseId, first!.id, 10_250, ORIGIN.clock);
    goToPhase(doc, caseId, second!.id, 12_000, ORIGIN.clock);
    pauseTimer(doc, caseId, 12_400, ORIGIN.clock);
    expect(tickAnchor(timerSnapshot(doc, caseId))).toBe(0);
    startTimer(doc, caseId, first!.id, 20_000, ORIGIN.clock); // second phase: 400 ms used before
    const anchor = tickAnchor(timerSnapshot(doc, caseId));
    expect(anchor).toBe(19_600);
    expect(nextTickDelay(20_000, anchor)).toBe(600 + 5);
    expect(nextTickDelay(20_600, anchor)).toBe(1000 + 5);
    expect(nextTickDelay(19_000, anchor)).toBe(600 + 5);
  });
});
