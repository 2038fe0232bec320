/**
 * The projector view (second window): what the room may see of the case — the current phase, its
 * timer, the guiding questions, the captured items and agreed strategies. It reads neither the phase
 * notes nor the statement. It follows the main window through the doc store, whose BroadcastChannel
 * carries every Yjs update between the windows of the app.
 */
import { memo, useEffect } from 'react';
import { itemsSnapshot, meetingSnapshot, offersSnapshot, strategiesSnapshot, timerSnapshot, type CaseId, type PhaseSnapshot } from '../../../shared/doc';
import { useDocHandle } from '../../data/hooks';
import { t } from '../../i18n/de';
import { ProjectorView } from './ProjectorView';
import { privateTexts, useDocValue } from './useDocValue';

interface ProjectorCase {
  readonly circleId: string;
  readonly phases: readonly PhaseSnapshot[];
  readonly title: string;
  readonly question: string;
  readonly projectedOffers: readonly string[];
}

/** Memoized: the app shell re-renders on every save-state change; the projector need not. */
export const ProjectorPage = memo(function ProjectorPage({ meetingId, caseId }: { readonly meetingId: string; readonly caseId: string }) {
  const handle = useDocHandle('meeting', meetingId);
  const doc = handle?.doc;
  const data = useDocValue(doc, (d): ProjectorCase | null => {
    const meeting = meetingSnapshot(d);
    const found = meeting.cases.find((c) => c.id === caseId);
    return found ? { circleId: meeting.circleId, phases: meeting.phases, title: found.title, question: found.question, projectedOffers: found.projectedOffers } : null;
  }, [caseId], privateTexts(caseId));
  const timer = useDocValue(doc, (d) => timerSnapshot(d, caseId as CaseId), [caseId], privateTexts(caseId));
  const items = useDocValue(doc, (d) => itemsSnapshot(d, caseId as CaseId), [caseId], privateTexts(caseId));
  const strategies = useDocValue(doc, (d) => strategiesSnapshot(d, caseId as CaseId), [caseId], privateTexts(caseId));
  const circle = useDocHandle('circle', data?.circleId || undefined);
  const offers = useDocValue(circle?.doc, offersSnapshot);

  useEffect(() => {
    document.documentElement.lang = 'de';
    document.title = data ? t.live.projector.documentTitle(data.title) : t.live.projector.title;
  }, [data]);

  if (!data || !timer || !items || !strategies) {
    return <main className="projector"><p className="projector-waiting">{handle && !data ? t.live.caseNotFound : t.live.projector.waiting}</p></main>;
  }
  return <ProjectorView caseId={caseId} projectedOffers={data.projectedOffers} caseTitle={data.title} question={data.question} phases={data.phases} timer={timer} items={items} strategies={strategies} offers={offers ?? []} />;
});
