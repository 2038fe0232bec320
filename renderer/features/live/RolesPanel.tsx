/** Roles of the case (Fallgeber:in, Zeitwächter:in, Protokoll) among the checked-in, and the presenter's question. */
import { memo, useId } from 'react';
import type * as Y from 'yjs';
import { attendanceSnapshot, CASE_ROLES, setCaseQuestion, setCaseRole, type CaseId, type CaseSnapshot } from '../../../shared/doc';
import { href } from '../../app/router';
import { t } from '../../i18n/de';
import { FindingsField } from '../anonymize/FindingsField';
import { privateTexts, useDocValue } from './useDocValue';

export interface RolesPanelProps {
  readonly doc: Y.Doc;
  readonly meetingId: string;
  readonly caseId: CaseId;
  readonly roles: CaseSnapshot['roles'];
  readonly question: string;
}

export const RolesPanel = memo(function RolesPanel({ doc, meetingId, caseId, roles, question }: RolesPanelProps) {
  const attendees = useDocValue(doc, attendanceSnapshot, [], privateTexts(caseId)) ?? [];
  const id = useId();
  return (
    <section className="live-card live-roles" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.live.roles.title}</h2>
      {attendees.length === 0 && (
        <p className="empty">
          {t.live.roles.nobody} <a href={href({ name: 'meeting', meetingId, tab: 'attendance' })}>{t.live.roles.checkIn}</a>
        </p>
      )}
      <div className="live-role-fields">
        {CASE_ROLES.map((role) => (
          <div className="field" key={role}>
            <label htmlFor={`${id}-${role}`}>{t.live.roles[role]}</label>
            <select id={`${id}-${role}`} value={roles[role]} onChange={(e) => setCaseRole(doc, caseId, role, e.target.value)}>
              <option value="">{t.live.roles.unassigned}</option>
              {attendees.map((a) => (
                <option key={a.id} value={a.id}>{[a.name, a.profession].filter(Boolean).join(' – ')} ({t.live.systemShort[a.system]})</option>
              ))}
              {roles[role] && !attendees.some((a) => a.id === roles[role]) && <option value={roles[role]}>{t.live.roles.absent(roles[role])}</option>}
            </select>
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-question`}>{t.live.roles.question}</label>
        <FindingsField value={question}>
          <textarea
            id={`${id}-question`}
            rows={3}
            lang="de"
            value={question}
            aria-describedby={`${id}-question-hint`}
            onChange={(e) => setCaseQuestion(doc, caseId, e.target.value)}
          />
        </FindingsField>
        <p id={`${id}-question-hint`} className="field-hint">{t.live.roles.questionHint}</p>
      </div>
    </section>
  );
});
