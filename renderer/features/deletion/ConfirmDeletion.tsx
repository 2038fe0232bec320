/**
 * Asks once, in plain German, before something is deleted for good: what will go, then one button.
 * The deletion runs while the dialog shows „Wird gelöscht …“; a failure is said in the dialog.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { t } from '../../i18n/de';

export interface ConfirmDeletionProps {
  readonly title: string;
  /** What will go, one paragraph each. */
  readonly lines: readonly string[];
  readonly onConfirm: () => Promise<void> | void;
  readonly onClose: () => void;
}

export function ConfirmDeletion({ title, lines, onConfirm, onClose }: ConfirmDeletionProps) {
  const [state, setState] = useState<'ask' | 'busy' | 'failed'>('ask');
  const confirm = async () => {
    setState('busy');
    try {
      await onConfirm();
      onClose();
    } catch {
      setState('failed');
    }
  };
  return (
    <Dialog open onOpenChange={(open) => !open && state !== 'busy' && onClose()} title={title}>
      {lines.map((line) => <p key={line}>{line}</p>)}
      <p><strong>{t.deletion.cannotUndo}</strong></p>
      {state === 'failed' && <p role="alert" className="error">{t.deletion.failed}</p>}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onClose} disabled={state === 'busy'}>{t.common.cancel}</button>
        <button type="button" className="button danger" onClick={() => void confirm()} disabled={state === 'busy'}>
          {state === 'busy' ? t.deletion.deleting : t.deletion.confirm}
        </button>
      </div>
    </Dialog>
  );
}
