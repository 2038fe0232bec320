/** The projector's picture of the case in large type: phase, countdown, guiding questions, items, strategies. */
import { webAddressShort, type CaptureKind, type ItemSnapshot, type OfferSnapshot, type PhaseSnapshot, type StrategySnapshot, type TimerState } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import { useRef } from 'react';
import { useProjectorPaging } from './projectorPaging';
import { currentPhase, phaseTime, tickAnchor } from './timeDisplay';
import { useNow } from './useNow';

export interface ProjectorViewProps {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly question: string;
  readonly phases: readonly PhaseSnapshot[];
  readonly timer: TimerState;
  readonly items: readonly ItemSnapshot[];
  readonly strategies: readonly StrategySnapshot[];
  readonly offers: readonly OfferSnapshot[];
  /** The offers the moderators picked to show in a phase with the ideas list. */
  readonly projectedOffers: readonly string[];
}

export interface ProjectedContent {
  readonly lists: readonly CaptureKind[];
  readonly strategies: boolean;
  /** The presenter's question (roles and notes phases). */
  readonly question: boolean;
  /** The offers the moderators picked (a phase with the ideas list). */
  readonly offers: boolean;
}

/**
 * What the room looks at: only the phase's own content, from its main part (PhaseSnapshot.main):
 * its lists (with the picked offers where it collects ideas), the strategies in large type, or the
 * presenter's question; the guiding questions in every phase.
 */
export function projectedContent(phase: PhaseSnapshot | undefined): ProjectedContent {
  const main = phase?.main ?? 'notes';
  const lists = main === 'lists' ? [...(phase?.lists ?? [])] : [];
  return { lists, strategies: main === 'strategies', question: main === 'roles' || main === 'notes', offers: lists.includes('idea') };
}

/** Lists: one wide column if it fits, else two side by side; everything else one column. */
const LIST_COLUMNS = [1, 2] as const;
const ONE_COLUMN = [1] as const;

export function ProjectorView({ caseId, caseTitle, question, phases, timer, items, strategies, offers, projectedOffers }: ProjectorViewProps) {
  const now = useNow(timer.runningSince !== null, tickAnchor(timer));
  const phase = currentPhase(timer, phases);
  const time = phase && phaseTime(timer, phase, now);
  const status = !time ? '' : time.overrun ? t.live.timer.overrun(time.overrunBy) : timer.runningSince !== null ? t.live.timer.running : timer.phaseId ? t.live.timer.paused : t.live.timer.idle;
  const offerName = (id: string) => offers.find((o) => o.id === id)?.name;
  const shown = projectedContent(phase);
  const picked = shown.offers ? projectedOffers.map((id) => offers.find((o) => o.id === id)).filter((o) => o !== undefined) : [];
  const frame = useRef<HTMLDivElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([shown, items.length, items.map((i) => i.text.length), strategies.map((s) => s.measure.length + s.status), picked.map((o) => JSON.stringify(o).length), question.length, phase?.questions.length]);
  const layout = shown.strategies ? 'strategies' : shown.lists.length > 0 ? 'lists' : 'text';
  const paging = useProjectorPaging(frame, flow, caseId, phase?.id ?? '', key, layout === 'lists' ? LIST_COLUMNS : ONE_COLUMN);
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
      <div className="projector-frame" ref={frame}>
        <div className={`projector-flow projector-flow-${layout}`} ref={flow} style={{ transform: `translateX(calc(${-paging.page} * (100% + var(--projector-gap))))` }}>
          {shown.question && question && <p className="projector-question"><strong>{t.live.projector.question}:</strong> {question}</p>}
          {phase?.questions && !shown.strategies && (
            <ul className="projector-questions" aria-label={t.live.phase.questions}>
              {phase.questions.split('\n').filter(Boolean).map((q) => <li key={q}>{q}</li>)}
            </ul>
          )}
          {shown.lists.map((kind) => {
            const own = items.filter((i) => i.kind === kind);
            return (
              <section key={kind} className={`projector-list capture-${kind}`} aria-labelledby={`projector-${kind}`}>
                <h2 id={`projector-${kind}`}>{t.live.capture.lists[kind]}</h2>
                {own.length === 0 ? <p className="projector-empty">{t.live.capture.empty}</p> : (
                  <ol aria-labelledby={`projector-${kind}`}>
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
          {picked.length > 0 && (
            <section className="projector-list projector-offers" aria-labelledby="projector-offers">
              <h2 id="projector-offers">{t.live.projector.offers}</h2>
              <ul aria-labelledby="projector-offers">
                {picked.map((o) => (
                  <li key={o.id}>
                    {o.name}
                    <span className="projector-meta">{[o.kind, o.description].filter(Boolean).join(' · ')}</span>
                    {(o.targetGroup || o.phone || o.web) && (
                      <span className="projector-meta">
                        {[o.targetGroup && t.circleAdmin.offers.targetGroupLine(o.targetGroup), o.phone && t.circleAdmin.offers.phoneShort(o.phone), webAddressShort(o.web)]
                          .filter(Boolean).join(' · ')}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {shown.strategies && (
            <section className="projector-list projector-strategies" aria-labelledby="projector-strategies">
              <h2 id="projector-strategies">{t.live.projector.strategies}</h2>
              {strategies.length === 0 ? <p className="projector-empty">{t.live.strategies.empty}</p> : (
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
              )}
            </section>
          )}
        </div>
      </div>
      <footer className="projector-foot">
        {shown.lists.length > 0 && items.some((i) => i.system) && <p className="projector-legend">{t.live.capture.legend}</p>}
        {paging.pages > 1 && <p className="projector-page">{t.live.projector.page(paging.page + 1, paging.pages)}</p>}
      </footer>
    </main>
  );
}
