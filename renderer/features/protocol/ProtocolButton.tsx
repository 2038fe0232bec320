/** The way from a meeting to its protocol, attendance list and exports (in the meeting header). */
import { href } from '../../app/router';
import { t } from '../../i18n/de';

export function ProtocolButton({ meetingId }: { readonly meetingId: string }) {
  return <a className="button secondary" href={href({ name: 'protocol', meetingId })}>{t.protocol.button}</a>;
}
