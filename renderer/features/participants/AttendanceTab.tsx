/** A meeting's attendance: parity, check-in of new people, check-in/out from the circle's roster. */
import { useCallback, useMemo, useState } from 'react';
import { useDocHandle, useDocSnapshot } from '../../data/hooks';
import { attendanceSnapshot, checkIn, checkOut, parity, rosterSnapshot } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { AbsentList, PresentList } from './AttendanceLists';
import { checkInNewPerson } from './checkIn';
import { CheckInForm } from './CheckInForm';
import { ParityIndicator } from './ParityIndicator';
import { toPersonDraft } from './person';

export function AttendanceTab({ meetingId, circleId }: { readonly meetingId: string; readonly circleId: string }) {
  const meeting = useDocHandle('meeting', meetingId);
  const circle = useDocHandle('circle', circleId);
  const attendees = useDocSnapshot(meeting?.doc, attendanceSnapshot);
  const roster = useDocSnapshot(circle?.doc, rosterSnapshot);
  const [message, setMessage] = useState('');
  const absent = useMemo(() => {
    const present = new Set(attendees?.map((a) => a.id));
    return roster?.filter((p) => !present.has(p.id));
  }, [attendees, roster]);
  const focusName = useCallback(() => document.querySelector<HTMLInputElement>('.checkin-form input[name="name"]')?.focus(), []);
  const ta = t.circleAdmin.attendance;

  if (!meeting || !circle || !attendees || !absent) return <p>{t.app.loading}</p>;

  return (
    <section aria-labelledby="attendance-title" className="attendance">
      <h2 id="attendance-title">{ta.title}</h2>
      <ParityIndicator parity={parity(attendees)} />
      <p className="checkin-message" role="status" aria-live="polite">{message}</p>
      <div className="attendance-grid">
        <CheckInForm
          onCheckIn={(draft) => {
            const result = checkInNewPerson(circle.doc, meeting.doc, toPersonDraft(draft));
            const name = draft.name.trim();
            setMessage(result.known ? ta.checkedInKnownMessage(name) : ta.checkedInMessage(name));
          }}
        />
        <div>
          <PresentList
            attendees={attendees}
            onEmpty={focusName}
            onCheckOut={(person) => {
              checkOut(meeting.doc, person.id);
              setMessage(ta.checkedOutMessage(person.name));
            }}
          />
          <AbsentList
            roster={absent}
            onEmpty={focusName}
            onCheckIn={(person) => {
              checkIn(meeting.doc, person);
              setMessage(ta.checkedInMessage(person.name));
            }}
          />
        </div>
      </div>
    </section>
  );
}
