/** The phases of the case as steps: the current one marked, used against planned time, overruns flagged. */
import { memo } from 'react';
import type { PhaseSnapshot, TimerState } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { phaseTime, tickAnchor } from './timeDisplay';
import { useNow } from './useNow';

export interface PhaseStepperProps {
  readonly phases: readonly PhaseSnapshot[];
  readonly timer: TimerState;
  readonly currentId: string;
  readonly onSelect: (phaseId: string) => void;
}

export const PhaseStepper = memo(function PhaseStepper({ phases, timer, currentId, onSelect }: PhaseStepperProps) {
  const now = useNow(timer.runningSince !== null, tickAnchor(timer));
  return (
    <nav aria-label={t.live.stepper.label} className="live-stepper">
      <ol>
        {phases.map((phase, index) => {
          const time = phaseTime(timer, phase, now);
          const current = phase.id === currentId;
          return (
            <li key={phase.id}>
              <button
                type="button"
                className={['live-step', current && 'is-current', time.overrun && 'is-overrun'].filter(Boolean).join(' ')}
                aria-current={current ? 'step' : undefined}
                onClick={() => onSelect(phase.id)}
              >
                <span className="live-step-number">{index + 1}</span>
                <span className="live-step-title">{phase.title}</span>
                <span className="live-step-time">
                  {t.live.stepper.step(time.used, time.planned)}
                  {time.overrun && <span className="live-badge overrun"> {t.live.stepper.overrun}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
