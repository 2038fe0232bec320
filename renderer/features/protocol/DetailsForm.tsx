/**
 * The meeting's fields for the documents (moderators, VNR, next meeting) and the circle's settings
 * for them (blank rows of the attendance list, CME rule).
 */
import type * as Y from 'yjs';
import { cmeRuleSnapshot, knownModerators, setCmeRule, setMeetingFields, type CmeRule } from '../../../shared/doc';
import { blankRowsOf, MAX_BLANK_ROWS, setBlankRows } from '../../../shared/doc/attendanceSettings';
import { type ExportedMeeting } from '../../../shared/doc/export';
import { cmeText, meetingCme } from '../../../shared/protocol';
import { useDocSnapshot } from '../../data/hooks';
import { DateField } from '../../components/DateTimeField';
import { FieldSet } from '../../components/Field';
import { t } from '../../i18n/de';
import { CommitField } from './CommitField';

const p = t.protocol;

export function MeetingDetailsForm({ meetingDoc, meeting }: { readonly meetingDoc: Y.Doc; readonly meeting: ExportedMeeting }) {
  // Both moderators' profiles are known once a Tandem-Paket was exchanged.
  const known = useDocSnapshot(meetingDoc, (doc) => knownModerators(doc)) ?? '';
  return (
    <FieldSet legend={p.details}>
      <div className="form">
        <CommitField label={p.moderators} hint={p.moderatorsHint} value={meeting.moderators} onCommit={(moderators) => setMeetingFields(meetingDoc, { moderators })} />
        {!meeting.moderators && known && (
          <button type="button" className="button secondary small" onClick={() => setMeetingFields(meetingDoc, { moderators: known })}>{p.moderatorsFromProfiles(known)}</button>
        )}
        <CommitField label={p.vnr} hint={p.vnrHint} value={meeting.vnr} inputMode="numeric" onCommit={(vnr) => setMeetingFields(meetingDoc, { vnr: vnr.replace(/\s+/g, '') })} />
        <DateField label={p.nextMeeting} value={meeting.nextMeetingDate} onChange={(nextMeetingDate) => setMeetingFields(meetingDoc, { nextMeetingDate })} />
      </div>
    </FieldSet>
  );
}

/** The circle's blank rows for late arrivals (a circle setting: the same at every meeting). */
export function AttendanceListForm({ circleDoc }: { readonly circleDoc: Y.Doc }) {
  const rows = useDocSnapshot(circleDoc, blankRowsOf);
  if (rows === undefined) return null;
  return (
    <FieldSet legend={p.attendanceList}>
      <CommitField
        label={p.blankRows} hint={p.blankRowsHint} type="number" min={0} max={MAX_BLANK_ROWS} step={1} value={String(rows)}
        onCommit={(value) => value.trim() !== '' && setBlankRows(circleDoc, Number(value))}
      />
    </FieldSet>
  );
}

const NUMBERS = [
  ['minutesPerUnit', p.cmeMinutesPerUnit, 1],
  ['pointsPerUnit', p.cmePointsPerUnit, 0.5],
  ['extraPoints', p.cmeExtraPoints, 1],
  ['extraBlockMinutes', p.cmeExtraBlockMinutes, 15],
  ['maxExtraPoints', p.cmeMaxExtraPoints, 1],
] as const satisfies readonly (readonly [keyof CmeRule, string, number])[];

export function CmeRuleForm({ circleDoc, meeting }: { readonly circleDoc: Y.Doc; readonly meeting: ExportedMeeting }) {
  const rule = useDocSnapshot(circleDoc, cmeRuleSnapshot);
  if (!rule) return null;
  const cme = meetingCme(meeting, rule);
  return (
    <details className="cme-rule">
      <summary>{p.cme}</summary>
      <p className="field-hint">{p.cmeIntro}</p>
      <div className="cme-grid">
        {NUMBERS.map(([key, label, step]) => (
          <CommitField
            key={key} label={label} type="number" min={key === 'minutesPerUnit' || key === 'extraBlockMinutes' ? 1 : 0} step={step}
            value={String(rule[key])}
            onCommit={(value) => value.trim() !== '' && setCmeRule(circleDoc, { [key]: Number(value) })}
          />
        ))}
        <CommitField label={p.cmeCategory} value={rule.category} onCommit={(category) => setCmeRule(circleDoc, { category })} />
      </div>
      <p aria-live="polite">{cme.minutes === undefined ? p.cmeNoTimes : p.cmeSummary(cmeText(cme, rule))}</p>
    </details>
  );
}
