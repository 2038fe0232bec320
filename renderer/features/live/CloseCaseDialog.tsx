/**
 * „Fall abschließen“ after the last phase: the case is closed (timer paused), the follow-up is
 * offered („Fallverlauf in der nächsten Sitzung?“ with the next meeting's date), the session can be
 * closed with it (status „durchgeführt“, the moderators' names from both profiles), and the way
 * leads on to „Protokoll & Export“.
 */
import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { DateInput, invalidEntry } from '../../components/DateTimeField';
import { Dialog } from '../../components/Dialog';
import { navigate } from '../../app/router';
import { useDocHandle } from '../../data/hooks';
import {
  closeCase, knownModerators, meetingMetaSnapshot, pauseTimer, setMeetingFields, type CaseSnapshot,
} from '../../../shared/doc';
import { t } from '../../i18n/de';

export function CloseCaseDialog({ doc, meetingId, circleId, caseSnapshot, onClose }: {
  readonly doc: Y.Doc;
  readonly meetingId: string;
  readonly circleId: string;
  readonly caseSnapshot: CaseSnapshot;
  readonly onClose: () => void;
}) {
  const circle = useDocHandle('circle', circleId || undefined);
  const meta = meetingMetaSnapshot(doc);
  const known = knownModerators(doc, circle?.doc);
  const [followUp, setFollowUp] = useState(caseSnapshot.followUpPlanned || !caseSnapshot.closedAt);
  const [nextDate, setNextDate] = useState(meta.nextMeetingDate);
  const [closeSession, setCloseSession] = useState(meta.status !== 'done');
  const [moderators, setModerators] = useState(meta.moderators || known);
  const id = useId();
  const tc = t.live.close;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invalidEntry(event.currentTarget)) return; // the date field says what is wrong
    pauseTimer(doc, caseSnapshot.id, Date.now());
    closeCase(doc, caseSnapshot.id, { followUp });
    const fields: Parameters<typeof setMeetingFields>[1] = {
      ...(followUp && nextDate && { nextMeetingDate: nextDate }),
      ...(closeSession && { status: 'done' as const }),
      ...(moderators.trim() && moderators.trim() !== meta.moderators && { moderators: moderators.trim() }),
    };
    if (Object.keys(fields).length > 0) setMeetingFields(doc, fields);
    onClose();
    navigate({ name: 'protocol', meetingId });
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={tc.title(caseSnapshot.title)} description={tc.intro}>
      <form onSubmit={submit} className="form">
        <label className="checkbox">
          <input type="checkbox" checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} />
          {tc.followUp}
        </label>
        {followUp && (
          <div className="field">
            <label htmlFor={`${id}-next`}>{tc.nextDate}</label>
            <DateInput id={`${id}-next`} aria-describedby={`${id}-next-hint`} value={nextDate} onChange={setNextDate} />
            <p id={`${id}-next-hint`} className="field-hint">{tc.nextDateHint}</p>
          </div>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={closeSession} onChange={(e) => setCloseSession(e.target.checked)} />
          {tc.closeSession}
        </label>
        <div className="field">
          <label htmlFor={`${id}-moderators`}>{tc.moderators}</label>
          <input id={`${id}-moderators`} value={moderators} onChange={(e) => setModerators(e.target.value)} />
          <p className="field-hint">{known ? tc.moderatorsKnown : tc.moderatorsHint}</p>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>{t.common.cancel}</button>
          <button type="submit" className="button primary">{tc.submit}</button>
        </div>
      </form>
    </Dialog>
  );
}
