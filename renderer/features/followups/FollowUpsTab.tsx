/**
 * Fallverläufe of a meeting: cases of earlier meetings on this meeting's agenda, each with a
 * follow-up note that links back to the original case; and, for this meeting's own cases, where
 * they are followed up later.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactNode } from 'react';
import { href } from '../../app/router';
import { NotesEditor } from '../meeting/NotesEditor';
import { useDocHandle, useDocSnapshot, useRepository } from '../../data/hooks';
import {
  addFollowUp, compareCodeUnits, compareGerman, followUpNote, followUpsSnapshot, removeFollowUp,
  type CaseId, type CircleId, type FollowUpSnapshot, type MeetingId,
} from '../../../shared/doc';
import type { MeetingRow } from '../../data/db';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import { AddFollowUpForm } from './AddFollowUpForm';

export function FollowUpsTab({ meetingId, circleId }: { readonly meetingId: string; readonly circleId: string }) {
  const repository = useRepository();
  const circle = useDocHandle('circle', circleId);
  const followUps = useDocSnapshot(circle?.doc, (doc) => followUpsSnapshot(doc));
  const meetings = useLiveQuery(() => repository.db.meetings.where('circleId').equals(circleId as CircleId).toArray(), [repository, circleId]);
  const tf = t.circleAdmin.followUps;

  const byId = useMemo(() => new Map(meetings?.map((m) => [m.id as string, m])), [meetings]);
  const earlier = useMemo(() => {
    const current = byId.get(meetingId);
    return (meetings ?? [])
      .filter((m) => m.id !== meetingId && (!current || m.date <= current.date))
      .sort((a, b) => compareCodeUnits(b.date, a.date) || compareGerman(a.title, b.title));
  }, [meetings, byId, meetingId]);

  if (!circle || !followUps || !meetings) return <p>{t.app.loading}</p>;
  const onAgenda = followUps.filter((f) => f.meetingId === meetingId);
  const followedUp = followUps.filter((f) => f.sourceMeetingId === meetingId);
  const add = (source: MeetingRow, caseId: CaseId, caseTitle: string) => addFollowUp(circle.doc, {
    meetingId: meetingId as MeetingId, sourceMeetingId: source.id, sourceCaseId: caseId, caseTitle,
    sourceMeetingTitle: source.title, sourceMeetingDate: source.date,
  });

  return (
    <section aria-labelledby="followups-title" className="followups">
      <h2 id="followups-title">{tf.title}</h2>
      <p className="subtitle">{tf.intro}</p>
      <AddFollowUpForm earlier={earlier} alreadyAdded={new Set(onAgenda.map((f) => f.sourceCaseId))} onAdd={(source, c) => add(source, c.id, c.title)} />
      <section aria-labelledby="followups-agenda-title">
        <h3 id="followups-agenda-title">{tf.onAgenda}</h3>
        {onAgenda.length === 0 && <p className="empty">{tf.empty}</p>}
        {onAgenda.map((f) => (
          <FollowUpCard key={f.id} followUp={f} onRemove={() => window.confirm(tf.removeConfirm(f.caseTitle)) && removeFollowUp(circle.doc, f.id)}>
            {followUpNote(circle.doc, f.id) && <NotesEditor fragment={followUpNote(circle.doc, f.id)!} label={tf.note(f.caseTitle)} />}
          </FollowUpCard>
        ))}
      </section>
      {followedUp.length > 0 && <FollowedUpList followUps={followedUp} meetings={byId} />}
    </section>
  );
}

function FollowUpCard({ followUp, onRemove, children }: { readonly followUp: FollowUpSnapshot; readonly onRemove: () => void; readonly children: ReactNode }) {
  const tf = t.circleAdmin.followUps;
  const headingId = `followup-${followUp.id}`;
  return (
    <article aria-labelledby={headingId} className="followup-card">
      <div className="page-head">
        <div>
          <h4 id={headingId}>{followUp.caseTitle}</h4>
          <p className="subtitle">
            {tf.from(followUp.sourceMeetingTitle, formatDate(followUp.sourceMeetingDate))} ·{' '}
            <a href={href({ name: 'meeting', meetingId: followUp.sourceMeetingId, caseId: followUp.sourceCaseId })} aria-label={tf.openSourceLabel(followUp.caseTitle)}>
              {tf.openSource}
            </a>
          </p>
        </div>
        <button type="button" className="button danger small" aria-label={tf.remove(followUp.caseTitle)} onClick={onRemove}>{t.common.remove}</button>
      </div>
      {children}
    </article>
  );
}

/** This meeting's cases that later meetings follow up. */
function FollowedUpList({ followUps, meetings }: { readonly followUps: readonly FollowUpSnapshot[]; readonly meetings: ReadonlyMap<string, MeetingRow> }) {
  const tf = t.circleAdmin.followUps;
  return (
    <section aria-labelledby="followed-up-title">
      <h3 id="followed-up-title">{tf.followedUp}</h3>
      <ul className="followed-up-list">
        {followUps.map((f) => {
          const later = meetings.get(f.meetingId);
          return (
            <li key={f.id}>
              {tf.followedUpIn(f.caseTitle)}{' '}
              {later
                ? <a href={href({ name: 'meeting', meetingId: f.meetingId, tab: 'followups' })}>„{later.title}“ ({formatDate(later.date)})</a>
                : tf.unknownMeeting}
              .
            </li>
          );
        })}
      </ul>
    </section>
  );
}
