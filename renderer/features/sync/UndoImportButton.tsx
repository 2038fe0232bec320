/**
 * "Import rückgängig machen" for one import, shown only where it can still work: the status is
 * checked first (backups there, nothing changed since). Where undo cannot work, one line says why
 * (UndoStatus); an import that brought nothing new shows nothing. Asks, restores, says what happened.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useRepository } from '../../data/hooks';
import { BACKUP_DAYS, KEPT_BACKUPS, type UndoStatus } from '../../data/syncService';
import { t } from '../../i18n/de';
import { syncFailure } from './messages';
import { SyncProgress, type ProgressState } from './SyncProgress';
import { useSyncBusy, useSyncService } from './useSync';

/** The one line that says why an import cannot be undone (undefined: nothing to say). */
export function undoWhyNot(status: UndoStatus): string | undefined {
  const why = t.sync.undoWhyNot;
  switch (status) {
    case 'changed': return why.changed;
    case 'later-import': return why['later-import'];
    case 'expired': return why.expired(KEPT_BACKUPS, BACKUP_DAYS);
    case 'deleted-meetings': return why['deleted-meetings'];
    default: return undefined;
  }
}

export function UndoImportButton({ importId, revision = '' }: { readonly importId: string; readonly revision?: string }) {
  const service = useSyncService();
  const repository = useRepository();
  const busy = useSyncBusy();
  const row = useLiveQuery(() => repository.db.syncLog.get(importId), [repository, importId]);
  const [status, setStatus] = useState<UndoStatus>();
  const [running, setRunning] = useState<ProgressState | null>(null);
  const [message, setMessage] = useState<string>();

  // Checked again when the log changes (another import undone, a new one read in) or a job ends.
  useEffect(() => {
    let current = true;
    if (busy || running) return;
    void service.undoStatus(importId).then((next) => current && setStatus(next), () => current && setStatus('unavailable'));
    return () => { current = false; };
  }, [service, importId, row?.status, revision, busy, running]);

  if (!row || row.direction !== 'import' || row.nothingNew) return null;
  if (row.status === 'undone') return message ? <p role="status" className="sync-note">{message}</p> : null;
  if (status === undefined) return null;
  if (status !== 'available') {
    const why = undoWhyNot(status);
    return why ? <p className="sync-note sync-undo-why">{why}</p> : null;
  }

  const undo = async () => {
    if (running || busy) return;
    setMessage(undefined);
    const now = await service.undoStatus(importId);
    if (now !== 'available') return setStatus(now);
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
