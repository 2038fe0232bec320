/**
 * The export gate's dialog (loaded when an export finds open findings): the meeting's open findings,
 * grouped by case, each with its two actions. The export that opened it does not go ahead — it
 * already holds the meeting as it was — so once every finding is handled the moderator starts the
 * export again, and it carries the changed notes.
 */
import { meetingMetaSnapshot } from '../../../shared/doc';
import type * as Y from 'yjs';
import { Dialog } from '../../components/Dialog';
import { t } from '../../i18n/de';
import { meetingFindings } from './check';
import { FindingsList } from './FindingsList';
import { useDocsComputed, useFindingActions } from './useFindings';

const g = t.anonymize.gate;

export default function GateDialog({ meetingDoc, circleDoc, me, onClose }: {
  readonly meetingDoc: Y.Doc;
  readonly circleDoc: Y.Doc | undefined;
  readonly me: string;
  readonly onClose: () => void;
}) {
  const { value: findings, refresh } = useDocsComputed([meetingDoc, circleDoc], () => meetingFindings(meetingDoc, circleDoc), []);
  const actions = useFindingActions(meetingDoc, circleDoc, me, refresh);
  const open = findings?.length ?? 0;
  const description = !findings ? g.checking : open > 0 ? g.description(open) : g.allDone;
  return (
    <Dialog open onOpenChange={(isOpen) => !isOpen && onClose()} title={g.title} description={description}>
      <div className="gate-body">
        {findings && open > 0 && (
          <FindingsList
            findings={findings} grouped meetingId={meetingMetaSnapshot(meetingDoc).id} actions={actions}
            onNavigate={onClose} label={t.anonymize.panel.list}
          />
        )}
      </div>
      <p role="status" className="findings-message">{actions.message}</p>
      <div className="dialog-actions">
        <button type="button" className={open > 0 ? 'button secondary' : 'button primary'} onClick={onClose}>{open > 0 ? g.cancel : g.done}</button>
      </div>
    </Dialog>
  );
}
