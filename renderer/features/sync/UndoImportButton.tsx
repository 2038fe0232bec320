/**
 * "Import rückgängig machen" for one import: checks first whether it still can be undone (nothing
 * changed since), asks, restores the backups, and says what happened.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';
import { syncFailure } from './messages';
import { SyncProgress, type ProgressState } from './SyncProgress';
import { useSyncBusy, useSyncService } from './useSync';

export function UndoImportButton({ importId }: { readonly importId: string }) {
  const service = useSyncService();
  const repository = useRepository();
  const busy = useSyncBusy();
  const row = useLiveQuery(() => repository.db.syncLog.get(importId), [repository, importId]);
  const [running, setRunning] = useState<ProgressState | null>(null);
  const [message, setMessage] = useState<string>();

  if (!row || row.direction !== 'import') return null;
  if (row.status === 'undone') return <p role="status" className="sync-note">{message ?? t.sync.undone}</p>;

  const undo = async () => {
    if (running || busy) return;
    setMessage(undefined);
    const status = await service.undoStatus(importId);
    if (status !== 'available') return setMessage(status === 'changed' ? t.sync.undoChanged : t.sync.undoUnavailable);
    if (!window.confirm(t.sync.undoConfirm)) return;
    setRunning({ step: 'restore' });
    try {
      await service.undoImport(importId, { onProgress: (step, fraction) => setRunning({ step, fraction }) });
      setMessage(t.sync.undone);
    } catch (error) {
      setMessage(syncFailure(error));
    } finally {
      setRunning(null);
    }
  };

  return (
    <div className="sync-undo" aria-busy={running !== null}>
      <button type="button" className="button danger" onClick={() => void undo()} disabled={running !== null || busy}>{t.sync.undo}</button>
      {running && <SyncProgress progress={running} />}
      {message && <p role="alert" className="sync-note">{message}</p>}
    </div>
  );
}
