/** The sync log of a circle: every package created and read in, newest first, with undo for imports. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Dialog } from '../../components/Dialog';
import { useRepository } from '../../data/hooks';
import type { SyncLogRow } from '../../data/syncTypes';
import { t } from '../../i18n/de';
import { formatDateTime, formatSize } from './messages';
import { UndoImportButton } from './UndoImportButton';

export function SyncLogDialog({ circleId, circleName, onClose }: { readonly circleId: string; readonly circleName: string; readonly onClose: () => void }) {
  const repository = useRepository();
  const rows = useLiveQuery(() => repository.db.syncLog.where('circleId').equals(circleId).reverse().sortBy('at'), [repository, circleId]);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t.sync.logTitle(circleName)}>
      {rows === undefined ? <p>{t.app.loading}</p> : rows.length === 0 ? <p className="empty">{t.sync.logEmpty}</p> : (
        <ol className="sync-log" aria-label={t.sync.logList}>
          {rows.map((row) => <LogEntry key={row.id} row={row} />)}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose}>{t.common.close}</button>
      </div>
    </Dialog>
  );
}

function LogEntry({ row }: { readonly row: SyncLogRow }) {
  const inserted = row.docs.reduce((sum, d) => sum + d.inserted, 0);
  const deleted = row.docs.reduce((sum, d) => sum + d.deleted, 0);
  return (
    <li className="sync-log-entry">
      <p className="sync-log-head">
        <strong>{row.direction === 'export' ? t.sync.logExport(formatDateTime(row.at)) : t.sync.logImport(formatDateTime(row.at), row.peer.name)}</strong>
        {row.undoneAt && <span> – {t.sync.logUndone(formatDateTime(row.undoneAt))}</span>}
      </p>
      <p className="card-meta">{row.fileName} · {formatSize(row.size)} · {t.sync.logDocs(row.docs.length, inserted, deleted)}</p>
      {row.direction === 'import' && row.status === 'applied' && <UndoImportButton importId={row.id} />}
    </li>
  );
}
