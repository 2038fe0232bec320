/** The countdown of the current phase, its planned and used time, the total, and the timer's buttons. */
import { memo, type ReactNode } from 'react';
import { formatDuration, totals, type PhaseSnapshot, type TimerState } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { phaseTime, tickAnchor } from './timeDisplay';
import { useNow } from './useNow';

export interface TimerPanelProps {
  readonly phase: PhaseSnapshot;
  readonly phases: readonly PhaseSnapshot[];
  readonly timer: TimerState;
  /** The timer's buttons (commands). */
  readonly children: ReactNode;
}

export const TimerPanel = memo(function TimerPanel({ phase, phases, timer, children }: TimerPanelProps) {
  const running = timer.runningSince !== null;
  const now = useNow(running, tickAnchor(timer));
  const time = phaseTime(timer, phase, now);
  const total = totals(timer, phases, now);
  const status = time.overrun ? t.live.timer.overrun(time.overrunBy) : running ? t.live.timer.running : timer.phaseId ? t.live.timer.paused : t.live.timer.idle;
  return (
    <div className={`live-timer${time.overrun ? ' is-overrun' : ''}${running ? ' is-running' : ''}`}>
      <div className="live-clock">
        <span role="timer" aria-label={t.live.timer.remaining} className="live-countdown">{time.countdown}</span>
        <p className="live-timer-status">
          {time.overrun && <span aria-hidden="true" className="live-overrun-mark">! </span>}
          {status}
        </p>
      </div>
      <dl className="live-times">
        <div><dt>{t.live.timer.planned}</dt><dd>{time.planned}{time.extraMinutes > 0 && <span className="live-extra"> ({t.live.timer.extra(time.extraMinutes)})</span>}</dd></div>
        <div><dt>{t.live.timer.used}</dt><dd>{time.used}</dd></div>
        <div><dt>{t.live.timer.total}</dt><dd>{t.live.timer.totalLine(formatDuration(total.usedMs), formatDuration(total.plannedMs))}</dd></div>
      </dl>
      <div className="live-timer-buttons">{children}</div>
    </div>
  );
});
