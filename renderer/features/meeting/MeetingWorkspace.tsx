/** A meeting: its data, its cases, and per case the notes of each phase. */
import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { markInteractive } from '../../app/interactive';
import { href, navigate, MEETING_TABS, type MeetingTab } from '../../app/router';
import { TabNav } from '../../components/TabNav';
import { FollowUpsTab } from '../followups/FollowUpsTab';
import { LiveModeButton } from '../live/LiveModeButton';
import { AttendanceTab } from '../participants/AttendanceTab';
import { ProtocolButton } from '../protocol/ProtocolButton';
import { MeetingSyncActions } from '../sync/lazy';
import { useDocHandle, useDocSnapshot } from '../../data/hooks';
import {
  addCase, attendanceSnapshot, meetingSnapshot, MEETING_STATUSES, removeCase, renameCase, setMeetingFields,
  type CaseId, type MeetingSnapshot, type MeetingStatus,
} from '../../../shared/doc';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import { MeetingFormDialog } from '../meetings/MeetingFormDialog';
import { MeetingRetentionNote } from '../circle/MeetingRetentionNote';
import { CaseTitleDialog } from './CaseTitleDialog';
import { CasePanel } from './CasePanel';
import { DeleteMeetingButton } from '../deletion/DeleteButtons';
import { TrashButton } from '../deletion/TrashButton';

export interface MeetingWorkspaceProps {
  readonly meetingId: string;
  readonly tab?: MeetingTab;
  readonly caseId?: string;
  readonly phaseId?: string;
}

export function MeetingWorkspace({ meetingId, tab = 'cases', caseId, phaseId }: MeetingWorkspaceProps) {
  const handle = useDocHandle('meeting', meetingId);
  const meeting = useDocSnapshot(handle?.doc, meetingSnapshot);
  const [editing, setEditing] = useState(false);
  const [addingCase, setAddingCase] = useState(false);
  const selectedCase = meeting?.cases.find((c) => c.id === caseId) ?? meeting?.cases[0];

  useEffect(() => {
    document.title = meeting?.title ? `${meeting.title} – Tandem` : 'Tandem';
  }, [meeting?.title]);
  // A screen without a notes editor (no case yet, another tab) is ready once the meeting is shown;
  // with one, the editor's first paint ends the start (markNotesPainted).
  const showsNotes = tab === 'cases' && selectedCase !== undefined;
  useLayoutEffect(() => {
    if (meeting && !showsNotes) markInteractive();
  }, [meeting, showsNotes]);

  if (!handle || !meeting) return <p>{t.app.loading}</p>;
  const doc = handle.doc;

  return (
    <div className="workspace">
      <nav aria-label={t.app.mainNav} className="breadcrumbs">
        <a href={href({ name: 'circles' })}>{t.circles.title}</a>
        <span aria-hidden="true"> › </span>
        <a href={href({ name: 'circle', circleId: meeting.circleId })}>{t.meetings.title}</a>
      </nav>
      <MeetingHeader meeting={meeting} onEdit={() => setEditing(true)} onStatus={(status) => setMeetingFields(doc, { status })}>
        {selectedCase && <LiveModeButton meetingId={meetingId} caseId={selectedCase.id} />}
        <ProtocolButton meetingId={meetingId} />
        <MeetingSyncActions meetingId={meetingId} circleId={meeting.circleId} />
        <DeleteMeetingButton meeting={{
          id: meeting.id, circleId: meeting.circleId, title: meeting.title, date: meeting.date,
          caseCount: meeting.cases.length, attendeeCount: attendanceSnapshot(doc).length,
        }} />
      </MeetingHeader>
      <MeetingRetentionNote doc={doc} />
      <TabNav
        label={t.meetingTabs.label}
        current={tab}
        items={MEETING_TABS.map((key) => ({ key, label: t.meetingTabs[key], href: href({ name: 'meeting', meetingId, tab: key }) }))}
      />
      {tab === 'attendance' && <AttendanceTab meetingId={meetingId} circleId={meeting.circleId} />}
      {tab === 'followups' && <FollowUpsTab meetingId={meetingId} circleId={meeting.circleId} />}
      {tab === 'cases' && <div className="workspace-body">
        <aside className="cases" aria-labelledby="cases-title">
          <h2 id="cases-title">{t.meeting.cases}</h2>
          {meeting.cases.length === 0 && <p className="empty">{t.meeting.noCases}</p>}
          <ul className="case-list">
            {meeting.cases.map((c) => (
              <li key={c.id}>
                <a href={href({ name: 'meeting', meetingId, caseId: c.id })} aria-current={c.id === selectedCase?.id ? 'page' : undefined} aria-label={t.meeting.selectCase(c.title)}>
                  {c.title}
                </a>
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="button secondary" onClick={() => setAddingCase(true)}>{t.meeting.addCase}</button>
            <TrashButton doc={doc} />
          </div>
        </aside>
        {selectedCase && (
          <CasePanel
            key={selectedCase.id}
            doc={doc}
            meeting={meeting}
            caseSnapshot={selectedCase}
            phaseId={phaseId}
            onRename={(title) => renameCase(doc, selectedCase.id, title)}
            onRemove={() => {
              removeCase(doc, selectedCase.id);
              navigate({ name: 'meeting', meetingId }, { replace: true });
            }}
          />
        )}
      </div>}
      {editing && (
        <MeetingFormDialog
          title={t.meetings.edit}
          submitLabel={t.common.save}
          initial={meeting}
          onCancel={() => setEditing(false)}
          onSubmit={(values) => {
            setMeetingFields(doc, values);
            setEditing(false);
          }}
        />
      )}
      {addingCase && (
        <CaseTitleDialog
          title={t.meeting.addCase}
          submitLabel={t.common.create}
          onCancel={() => setAddingCase(false)}
          onSubmit={(title) => {
            const id: CaseId = addCase(doc, title);
            setAddingCase(false);
            navigate({ name: 'meeting', meetingId, caseId: id });
          }}
        />
      )}
    </div>
  );
}

function MeetingHeader({ meeting, onEdit, onStatus, children }: {
  readonly meeting: MeetingSnapshot;
  readonly onEdit: () => void;
  readonly onStatus: (status: MeetingStatus) => void;
  readonly children?: ReactNode;
}) {
  const time = [meeting.startTime, meeting.endTime].filter(Boolean).join('–');
  return (
    <header className="meeting-head">
      <div>
        <h1>{meeting.title}</h1>
        <p className="subtitle">
          {[formatDate(meeting.date), time && `${time} Uhr`, meeting.place, meeting.methodName].filter(Boolean).join(' · ')}
        </p>
        {meeting.topic && <p className="topic">{t.meetings.topic}: {meeting.topic}</p>}
      </div>
      <div className="meeting-actions">
        <label className="inline-field">
          {t.meetings.status}
          <select value={meeting.status} onChange={(e) => onStatus(e.target.value as MeetingStatus)}>
            {MEETING_STATUSES.map((s) => <option key={s} value={s}>{t.meetings.statuses[s]}</option>)}
          </select>
        </label>
        <button type="button" className="button secondary" onClick={onEdit}>{t.meetings.edit}</button>
        {children}
      </div>
    </header>
  );
}
