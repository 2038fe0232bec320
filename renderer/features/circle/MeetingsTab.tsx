/** The meetings of one circle: date, title, status; a search; creating a meeting. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useLayoutEffect, useState } from 'react';
import { firstData } from '../../app/firstData';
import { markInteractive } from '../../app/interactive';
import { lazyPart } from '../../app/lazyPart';
import { href, navigate } from '../../app/router';
import { useRepository } from '../../data/hooks';
import { filterMeetings, searchMeetings } from '../../data/projection';
import type { CircleId, TemplateId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import type { MeetingFormValues } from '../meetings/MeetingFormDialog';

const CreateMeetingDialog = lazyPart(() => import('./CreateMeetingDialog').then((m) => m.CreateMeetingDialog));

export function MeetingsTab({ circleId }: { readonly circleId: string }) {
  const repository = useRepository();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [firstMeetings] = useState(() => {
    const first = firstData();
    return first.circle?.id === circleId && first.meetings ? filterMeetings(first.meetings, '') : undefined;
  });
  const meetings = useLiveQuery(() => searchMeetings(repository.db, circleId as CircleId, query), [repository, circleId, query], firstMeetings);
  // Layout effect: the rows are in the DOM now, so the mark lands on the frame that first shows them.
  useLayoutEffect(() => {
    if (meetings) markInteractive();
  }, [meetings]);

  const create = async (values: MeetingFormValues, templateId: TemplateId) => {
    const id = await repository.createMeeting(circleId as CircleId, templateId, values);
    setCreating(false);
    navigate({ name: 'meeting', meetingId: id });
  };

  return (
    <section aria-labelledby="meetings-title">
      <div className="page-head">
        <h2 id="meetings-title">{t.meetings.title}</h2>
        <button type="button" className="button primary" onClick={() => setCreating(true)}>{t.meetings.create}</button>
      </div>
      <div className="search">
        <label htmlFor="meeting-search">{t.meetings.search}</label>
        <input id="meeting-search" type="search" value={query} placeholder={t.meetings.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {meetings === undefined ? (
        <p>{t.app.loading}</p>
      ) : meetings.length === 0 ? (
        <p className="empty">{query ? t.meetings.noMatch : t.meetings.empty}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t.meetings.table}</caption>
          <thead>
            <tr>
              <th scope="col">{t.meetings.date}</th>
              <th scope="col">{t.meetings.titleField}</th>
              <th scope="col">{t.meetings.topic}</th>
              <th scope="col">{t.meetings.cases}</th>
              <th scope="col">{t.meetings.status}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <td>{formatDate(m.date)}</td>
                <td><a href={href({ name: 'meeting', meetingId: m.id })} aria-label={t.meetings.open(m.title)}>{m.title}</a></td>
                <td>{m.topic}</td>
                <td>{m.caseCount}</td>
                <td><span className={`status status-${m.status}`}>{t.meetings.statuses[m.status]}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && <Suspense fallback={null}><CreateMeetingDialog circleId={circleId} onCancel={() => setCreating(false)} onCreate={create} /></Suspense>}
    </section>
  );
}
