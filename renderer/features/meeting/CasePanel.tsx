/** One case: its phases as a stepper, the selected phase's guiding questions and notes. */
import { useState } from 'react';
import type * as Y from 'yjs';
import { href } from '../../app/router';
import { phaseNotes, tandemNote, type CaseSnapshot, type MeetingSnapshot } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { CaseTitleDialog } from './CaseTitleDialog';
import { NotesEditor } from './NotesEditor';
import { AuthorshipToggle } from '../sync/AuthorshipView';
import { FindingsPanel } from '../anonymize/lazy';

export interface CasePanelProps {
  readonly doc: Y.Doc;
  readonly meeting: MeetingSnapshot;
  readonly caseSnapshot: CaseSnapshot;
  readonly phaseId?: string;
  readonly onRename: (title: string) => void;
  readonly onRemove: () => void;
}

export function CasePanel({ doc, meeting, caseSnapshot, phaseId, onRename, onRemove }: CasePanelProps) {
  const [renaming, setRenaming] = useState(false);
  const phase = meeting.phases.find((p) => p.id === phaseId) ?? meeting.phases[0];
  const fragment = phase && phaseNotes(doc, caseSnapshot.id, phase.id);
  const tandemFragment = phase && tandemNote(doc, caseSnapshot.id, phase.id);

  return (
    <section className="case-panel" aria-labelledby="case-title">
      <div className="page-head">
        <h2 id="case-title">{caseSnapshot.title}</h2>
        <div className="button-row">
          <button type="button" className="button secondary" onClick={() => setRenaming(true)}>{t.meeting.renameCase}</button>
          <button
            type="button"
            className="button danger"
            onClick={() => window.confirm(t.deletion.removeCaseConfirm(caseSnapshot.title)) && onRemove()}
          >
            {t.meeting.removeCase}
          </button>
        </div>
      </div>
      <nav aria-label={t.meeting.phases} className="phase-nav">
        <ol>
          {meeting.phases.map((p, index) => (
            <li key={p.id}>
              <a href={href({ name: 'meeting', meetingId: meeting.id, caseId: caseSnapshot.id, phaseId: p.id })} aria-current={p.id === phase?.id ? 'step' : undefined}>
                <span className="phase-number">{index + 1}</span> {p.title} <span className="phase-minutes">{t.meeting.minutes(p.minutes)}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {phase && (
        <div className="phase">
          <h3>{phase.title}</h3>
          {phase.questions && (
            <div className="guiding-questions">
              <h4>{t.meeting.guidingQuestions}</h4>
              <ul>{phase.questions.split('\n').filter(Boolean).map((q) => <li key={q}>{q}</li>)}</ul>
            </div>
          )}
          {fragment && (
            <AuthorshipToggle doc={doc} fragment={fragment} noteKey={`${caseSnapshot.id}/${phase.id}`} label={t.meeting.notes(phase.title)}>
              <NotesEditor key={`${caseSnapshot.id}/${phase.id}`} fragment={fragment} label={t.meeting.notes(phase.title)} />
            </AuthorshipToggle>
          )}
          <p className="field-hint">{t.meeting.notesHint}</p>
          <div className="tandem-note">
            {tandemFragment && <NotesEditor key={`${caseSnapshot.id}/${phase.id}/tandem`} fragment={tandemFragment} label={t.meeting.tandemNote(phase.title)} />}
            <p className="field-hint">{t.meeting.tandemNoteHint}</p>
          </div>
        </div>
      )}
      <FindingsPanel doc={doc} meetingId={meeting.id} caseId={caseSnapshot.id} />
      {renaming && (
        <CaseTitleDialog
          title={t.meeting.renameCase}
          submitLabel={t.common.save}
          initial={caseSnapshot.title}
          onCancel={() => setRenaming(false)}
          onSubmit={(title) => {
            onRename(title);
            setRenaming(false);
          }}
        />
      )}
    </section>
  );
}
