/** Where a finding is, in words and as a link to the screen where it can be edited. */
import type { CheckText } from '../../../shared/doc';
import { href } from '../../app/router';
import { t } from '../../i18n/de';

const w = t.anonymize.where;

export function whereLabel(source: CheckText): string {
  const { ref } = source;
  switch (ref.type) {
    case 'meeting': return ref.field === 'title' ? w.meetingTitle : w.meetingTopic;
    case 'caseTitle': return w.caseTitle;
    case 'question': return w.question;
    case 'notes': return w.notes(source.number ?? 0, source.phaseTitle ?? '');
    case 'tandemNote': return w.tandemNote(source.number ?? 0, source.phaseTitle ?? '');
    case 'statement': return w.statement;
    case 'item': return w.item(t.live.capture.one[source.itemKind ?? 'idea'], source.number ?? 0);
    case 'strategy': return w.strategy(source.number ?? 0);
    case 'strategyProfession': return w.strategyProfession(source.number ?? 0);
    case 'followUp': return w.followUp(source.followUpTitle ?? '');
    case 'followUpTitle': return w.followUpTitle(source.followUpTitle ?? '');
  }
}

/** The group a finding is listed under: its case, the meeting, or the follow-ups. */
export function whereGroup(source: CheckText): string {
  if (source.caseId) return w.inCase(source.caseTitle ?? '');
  return source.ref.type === 'meeting' ? w.meeting : w.followUps;
}

/** The screen where the text is edited: the phase's notes, live mode (question, lists, strategies) or the meeting. */
export function whereHref(source: CheckText, meetingId: string): string {
  const { ref } = source;
  switch (ref.type) {
    case 'notes': case 'tandemNote': return href({ name: 'meeting', meetingId, caseId: ref.caseId, phaseId: ref.phaseId });
    case 'caseTitle': return href({ name: 'meeting', meetingId, caseId: ref.caseId });
    case 'question': case 'statement': case 'item': case 'strategy': case 'strategyProfession': return href({ name: 'live', meetingId, caseId: ref.caseId });
    case 'followUp': case 'followUpTitle': return href({ name: 'meeting', meetingId, tab: 'followups' });
    case 'meeting': return href({ name: 'meeting', meetingId });
  }
}
