/** The create-meeting dialog of a circle: loads the circle's method templates for it. */
import { useDocHandle, useDocSnapshot } from '../../data/hooks';
import { circleSnapshot, type TemplateId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { MeetingFormDialog, type MeetingFormValues } from '../meetings/MeetingFormDialog';

export function CreateMeetingDialog({ circleId, onCancel, onCreate }: {
  readonly circleId: string;
  readonly onCancel: () => void;
  readonly onCreate: (values: MeetingFormValues, templateId: TemplateId) => Promise<void>;
}) {
  const handle = useDocHandle('circle', circleId);
  const templates = useDocSnapshot(handle?.doc, (doc) => circleSnapshot(doc).templates);
  if (!templates) return null;
  return (
    <MeetingFormDialog
      title={t.meetings.create}
      submitLabel={t.common.create}
      templates={templates}
      onCancel={onCancel}
      onSubmit={(values, templateId) => onCreate(values, templateId!)}
    />
  );
}
