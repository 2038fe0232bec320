/** Choose an earlier meeting, then one of its cases, and put it on this meeting's agenda. */
import { useId, useState, type FormEvent } from 'react';
import type { MeetingRow } from '../../data/db';
import { useDocHandle, useDocSnapshot } from '../../data/hooks';
import { casesSnapshot, type CaseSnapshot } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';

export function AddFollowUpForm({ earlier, alreadyAdded, onAdd }: {
  /** Earlier meetings of the circle, newest first. */
  readonly earlier: readonly MeetingRow[];
  /** Case ids already on this meeting's agenda. */
  readonly alreadyAdded: ReadonlySet<string>;
  readonly onAdd: (source: MeetingRow, caseSnapshot: CaseSnapshot) => void;
}) {
  const tf = t.circleAdmin.followUps;
  const [meetingId, setMeetingId] = useState('');
  const [caseId, setCaseId] = useState('');
  const [error, setError] = useState<string>();
  const handle = useDocHandle('meeting', meetingId || undefined);
  const cases = useDocSnapshot(handle?.doc, casesSnapshot);
  const ids = { meeting: useId(), case: useId(), error: useId() };
  const source = earlier.find((m) => m.id === meetingId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = cases?.find((c) => c.id === caseId);
    if (!source || !chosen) return setError(t.common.required);
    setError(undefined);
    setCaseId('');
    onAdd(source, chosen);
  };

  if (earlier.length === 0) return <p className="empty">{tf.noEarlierMeetings}</p>;
  return (
    <form onSubmit={submit} className="form followup-form" noValidate aria-labelledby="followup-add-title">
      <h3 id="followup-add-title">{tf.add}</h3>
      <div className="row">
        <div className="field">
          <label htmlFor={ids.meeting}>{tf.meeting}</label>
          <select id={ids.meeting} value={meetingId} onChange={(e) => { setMeetingId(e.target.value); setCaseId(''); }}>
            <option value="">{tf.chooseMeeting}</option>
            {earlier.map((m) => <option key={m.id} value={m.id}>{tf.meetingOption(formatDate(m.date), m.title)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.case}>{tf.case}</label>
          <select
            id={ids.case} value={caseId} disabled={!meetingId || !cases} aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined} onChange={(e) => setCaseId(e.target.value)}
          >
            <option value="">{tf.chooseCase}</option>
            {cases?.map((c) => (
              <option key={c.id} value={c.id} disabled={alreadyAdded.has(c.id)}>
                {alreadyAdded.has(c.id) ? tf.alreadyAdded(c.title) : c.title}
              </option>
            ))}
          </select>
          {meetingId && cases?.length === 0 && <p className="field-hint">{tf.noCases}</p>}
          {error && <p id={ids.error} className="field-error" role="alert">{error}</p>}
        </div>
      </div>
      <div>
        <button type="submit" className="button primary">{tf.add}</button>
      </div>
    </form>
  );
}
