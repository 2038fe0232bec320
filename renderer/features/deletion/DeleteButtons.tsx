/**
 * „Sitzung löschen“, „Qualitätszirkel löschen“ and „Alle Daten auf diesem Gerät löschen“: each says
 * what will go and asks once (ConfirmDeletion), then deletes for good (renderer/data/deletion.ts).
 */
import { useState } from 'react';
import { navigate } from '../../app/router';
import { useRepository } from '../../data/hooks';
import { deleteAllData, deleteCircle, deleteMeeting } from '../../data/deletion';
import type { CircleId, MeetingId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import { ConfirmDeletion } from './ConfirmDeletion';

export interface MeetingSummary {
  readonly id: MeetingId;
  readonly circleId: CircleId;
  readonly title: string;
  readonly date: string;
  readonly caseCount: number;
  readonly attendeeCount: number;
}

export function DeleteMeetingButton({ meeting }: { readonly meeting: MeetingSummary }) {
  const repository = useRepository();
  const [asking, setAsking] = useState(false);
  const tt = t.deletion.meeting;
  return (
    <>
      <button type="button" className="button danger" onClick={() => setAsking(true)}>{tt.button}</button>
      {asking && (
        <ConfirmDeletion
          title={tt.title(meeting.title)}
          lines={tt.what(formatDate(meeting.date), meeting.caseCount, meeting.attendeeCount)}
          onConfirm={async () => {
            // Leave the meeting's screen first: its doc is closed before its store is deleted.
            navigate({ name: 'circle', circleId: meeting.circleId }, { replace: true });
            await deleteMeeting(repository, meeting.circleId, meeting.id);
          }}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}

export function DeleteCircleButton({ circleId, name, meetingCount }: { readonly circleId: CircleId; readonly name: string; readonly meetingCount: number }) {
  const repository = useRepository();
  const [asking, setAsking] = useState(false);
  const tt = t.deletion.circle;
  return (
    <section aria-labelledby="delete-circle" className="danger-zone">
      <h3 id="delete-circle">{tt.heading}</h3>
      <button type="button" className="button danger" onClick={() => setAsking(true)}>{tt.button}</button>
      {asking && (
        <ConfirmDeletion
          title={tt.title(name)}
          lines={tt.what(meetingCount)}
          onConfirm={async () => {
            navigate({ name: 'circles' }, { replace: true });
            await deleteCircle(repository, circleId);
          }}
          onClose={() => setAsking(false)}
        />
      )}
    </section>
  );
}

export function DeleteAllDataButton() {
  const repository = useRepository();
  const [asking, setAsking] = useState(false);
  const tt = t.deletion.device;
  return (
    <section aria-labelledby="device-data" className="danger-zone">
      <h2 id="device-data">{tt.heading}</h2>
      <button type="button" className="button danger" onClick={() => setAsking(true)}>{tt.button}</button>
      {asking && (
        <ConfirmDeletion
          title={tt.title}
          lines={tt.what}
          onConfirm={async () => {
            await deleteAllData(repository);
            navigate({ name: 'circles' }, { replace: true });
            globalThis.location?.reload();
          }}
          onClose={() => setAsking(false)}
        />
      )}
    </section>
  );
}
