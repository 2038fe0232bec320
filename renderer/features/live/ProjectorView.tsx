/** The projector's picture of the case in large type: phase, countdown, guiding questions, items, strategies. */
import { CAPTURE_KINDS, type CaptureKind, type ItemSnapshot, type OfferSnapshot, type PhaseSnapshot, type StrategySnapshot, type TimerState } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import { currentPhase, phaseTime, tickAnchor } from './timeDisplay';
import { useNow } from './useNow';

export interface ProjectorViewProps {
  readonly caseTitle: string;
  readonly question: string;
  readonly phases: readonly PhaseSnapshot[];
  readonly timer: TimerState;
  readonly items: readonly ItemSnapshot[];
  readonly strategies: readonly StrategySnapshot[];
  readonly offers: readonly OfferSnapshot[];
}

/**
 * What the room looks at: a phase with lists of its own shows just those (the room works on them);
 * any other phase shows everything gathered so far, strategies included.
 */
export function projectedContent(phase: PhaseSnapshot | undefined, items: readonly ItemSnapshot[], strategies: number): { lists: CaptureKind[]; strategies: boolean } {
  const own = phase?.lists ?? [];
  if (own.length > 0) return { lists: [...own], strategies: false };
  return { lists: CAPTURE_KINDS.filter((kind) => items.some((i) => i.kind === kind)), strategies: strategies > 0 };
}

/** A long list flows into two columns. */
const LONG_LIST = 8;

export function ProjectorView({ caseTitle, question, phases, timer, items, strategies, offers }: ProjectorViewProps) {
  const now = useNow(timer.runningSince !== null, tickAnchor(timer));
  const phase = currentPhase(timer, phases);
  const time = phase && phaseTime(timer, phase, now);
  const status = !time ? '' : time.overrun ? t.live.timer.overrun(time.overrunBy) : timer.runningSince !== null ? t.live.timer.running : timer.phaseId ? t.live.timer.paused : t.live.timer.idle;
  const offerName = (id: string) => offers.find((o) => o.id === id)?.name;
  const shown = projectedContent(phase, items, strategies.length);
  return (
    <main className="projector" aria-labelledby="projector-phase">
      <header className={`projector-head${time?.overrun ? ' is-overrun' : ''}`}>
        <div>
          <p className="projector-case">{caseTitle}</p>
          {phase && <p className="projector-phase-of">{t.live.timer.phaseOf(phases.indexOf(phase) + 1, phases.length)}</p>}
          <h1 id="projector-phase">{phase?.title ?? t.live.noPhases}</h1>
        </div>
        {time && (
          <div className="projector-timer">
            <span role="timer" aria-label={t.live.timer.remaining} className="projector-countdown">{time.countdown}</span>
            <p className="projector-status">{status}</p>
          </div>
        )}
      </header>
      {question && <p className="projector-question"><strong>{t.live.projector.question}:</strong> {question}</p>}
      {phase?.questions && (
        <ul className="projector-questions" aria-label={t.live.phase.questions}>
          {phase.questions.split('\n').filter(Boolean).map((q) => <li key={q}>{q}</li>)}
        </ul>
      )}
      <div className="projector-lists">
        {shown.lists.map((kind) => {
          const own = items.filter((i) => i.kind === kind);
          return (
            <section key={kind} className={`projector-list capture-${kind}`} aria-labelledby={`projector-${kind}`}>
              <h2 id={`projector-${kind}`}>{t.live.capture.lists[kind]}</h2>
              {own.length === 0 ? <p className="projector-empty">{t.live.capture.empty}</p> : (
                <ol aria-labelledby={`projector-${kind}`} className={own.length > LONG_LIST ? 'is-long' : undefined}>
                  {own.map((item) => (
                    <li key={item.id} className={`sys-${item.system || 'none'}`}>
                      {item.text}
                      {item.system && <span className="projector-badge" title={t.live.systems[item.system]}> {t.live.systemShort[item.system]}</span>}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
        {shown.strategies && (
          <section className="projector-list projector-strategies" aria-labelledby="projector-strategies">
            <h2 id="projector-strategies">{t.live.projector.strategies}</h2>
            <ol aria-labelledby="projector-strategies">
              {strategies.map((s) => (
                <li key={s.id} className={s.status === 'done' ? 'is-done' : undefined}>
                  {s.measure}
                  <span className="projector-meta">
                    {[t.live.projector.responsible(s.responsibleSystem ? t.live.systems[s.responsibleSystem] : '', s.responsibleProfession),
                      s.due && t.live.projector.due(formatDate(s.due)), s.offerId && offerName(s.offerId), s.status === 'done' && t.live.strategies.done]
                      .filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
      {items.some((i) => i.system) && <p className="projector-legend">{t.live.capture.legend}</p>}
    </main>
  );
}
