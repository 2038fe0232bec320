/** "Moderationsmodus starten": from the meeting's case to live mode for that case. */
import { navigate } from '../../app/router';
import { t } from '../../i18n/de';

export function LiveModeButton({ meetingId, caseId }: { readonly meetingId: string; readonly caseId: string }) {
  return (
    <button type="button" className="button primary" onClick={() => navigate({ name: 'live', meetingId, caseId })}>
      {t.live.start}
    </button>
  );
}
