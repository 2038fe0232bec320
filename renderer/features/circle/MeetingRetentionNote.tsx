/** On a meeting whose case content was deleted under the circle's Aufbewahrung: when, and what stayed. */
import type * as Y from 'yjs';
import { meetingRetentionSnapshot } from '../../../shared/doc';
import { useDocSnapshot } from '../../data/hooks';
import { t } from '../../i18n/de';

export function MeetingRetentionNote({ doc }: { readonly doc: Y.Doc }) {
  const retention = useDocSnapshot(doc, meetingRetentionSnapshot);
  if (!retention?.contentDeletedAt) return null;
  return (
    <div className="retention-notice retention-deleted">
      <p><strong>{t.retention.meeting.deleted(retention.contentDeletedAt)}</strong></p>
      <p>{t.retention.meeting.kept}</p>
    </div>
  );
}
