/** The meeting header's sync action: a package of this meeting (with its circle). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepository } from '../../data/hooks';
import type { MeetingId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { ExportDialog } from './ExportDialog';
import { useSyncBusy } from './useSync';

export function MeetingSyncActions({ meetingId, circleId }: { readonly meetingId: string; readonly circleId: string }) {
  const repository = useRepository();
  const busy = useSyncBusy();
  const meeting = useLiveQuery(() => repository.db.meetings.get(meetingId as MeetingId), [repository, meetingId]);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button secondary" onClick={() => setOpen(true)} disabled={busy}>{t.sync.exportMeeting}</button>
      {open && <ExportDialog scope={{ circleId, meetingId }} title={t.sync.exportMeetingTitle(meeting?.title ?? '')} onClose={() => setOpen(false)} />}
    </>
  );
}
