/**
 * The circle screen's Aufbewahrung: each time the screen is shown (and when the circle's rule
 * changes), the rule runs on the circle's meetings (./retention.ts); what goes within the next
 * 4 weeks is announced here, with one postponement per meeting.
 */
import { useEffect, useId, useState } from 'react';
import { RETENTION_POSTPONE_MONTHS, retentionDueDay, retentionMonthsOf, type CircleId } from '../../../shared/doc';
import { useDocHandle, useDocSnapshot, useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';
import { postponeMeetingRetention, runCircleRetention, type CircleRetention, type RetentionNotice } from './retention';

const r = t.retention.notices;

export function RetentionNotices({ circleId }: { readonly circleId: string }) {
  const repository = useRepository();
  const handle = useDocHandle('circle', circleId);
  const months = useDocSnapshot(handle?.doc, retentionMonthsOf);
  const [result, setResult] = useState<CircleRetention>();
  const [message, setMessage] = useState('');
  const [runs, setRuns] = useState(0);
  const id = useId();

  useEffect(() => {
    if (months === undefined) return;
    let active = true;
    void runCircleRetention(repository, circleId as CircleId).then((run) => {
      if (!active) return;
      setResult(run);
      const messages = [
        run.deleted.length > 0 && r.deleted(run.deleted.map((m) => m.meetingDay)),
        run.failed.length > 0 && r.failed(run.failed.map((m) => m.meetingDay)),
      ].filter(Boolean);
      if (messages.length > 0) setMessage(messages.join(' '));
    }, () => undefined);
    return () => { active = false; };
  }, [repository, circleId, months, runs]);

  const postpone = async (notice: RetentionNotice) => {
    const newDue = retentionDueDay(notice.meetingDay, notice.months, RETENTION_POSTPONE_MONTHS);
    if (!window.confirm(r.postponeConfirm(notice.meetingDay, newDue))) return;
    const done = await postponeMeetingRetention(repository, circleId as CircleId, notice.meetingId).catch(() => false);
    setMessage(done ? r.postponed(notice.meetingDay, newDue) : r.postponeFailed);
    setRuns((n) => n + 1);
  };

  const notices = result?.circleId === circleId ? result.notices : [];
  return (
    <>
      {notices.length > 0 && (
        <section className="retention-notices" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`} className="retention-title">{r.label}</h2>
          <ul>
            {notices.map((notice) => (
              <li key={notice.meetingId} className="retention-notice">
                <p id={`${id}-${notice.meetingId}`}>
                  {notice.postponedMonths > 0
                    ? r.noticePostponed(notice.dueDay, notice.meetingDay, notice.months, notice.postponedMonths)
                    : r.notice(notice.dueDay, notice.meetingDay, notice.months)}
                </p>
                {notice.canPostpone && (
                  <button type="button" className="button secondary" aria-describedby={`${id}-${notice.meetingId}`} onClick={() => void postpone(notice)}>
                    {r.postpone(RETENTION_POSTPONE_MONTHS)}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p className="field-hint">{r.whatGoes}</p>
        </section>
      )}
      <p role="status" className={message ? 'retention-status' : 'visually-hidden'}>{message}</p>
    </>
  );
}
