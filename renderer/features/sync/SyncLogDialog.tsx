/**
 * The sync log of a circle: every package created and read in, newest first, what each import
 * changed in words (counts only: the log keeps no content), and undo where it can still work (or
 * one line why not).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Dialog } from '../../components/Dialog';
import { useRepository } from '../../data/hooks';
import type { SyncLogRow } from '../../data/syncTypes';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import { summaryPhrase } from './changeWords';
import { formatDateTime, formatSize } from './messages';
import { UndoImportButton } from './UndoImportButton';

export function SyncLogDialog({ circleId, circleName, onClose }: { readonly circleId: string; readonly circleName: string; readonly onClose: () => void }) {
  const repository = useRepository();
  const rows = useLiveQuery(() => repository.db.syncLog.where('circleId').equals(circleId).reverse().sortBy('at'), [repository, circleId]);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t.sync.logTitle(circleName)}>
      {rows === undefined ? <p>{t.app.loading}</p> : rows.length === 0 ? <p className="empty">{t.sync.logEmpty}</p> : (
        <ol className="sync-log" aria-label={t.sync.logList}>
          {rows.map((row) => <LogEntry key={row.id} row={row} revision={revision(rows)} />)}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose}>{t.common.close}</button>
      </div>
    </Dialog>
  );
}

/** Changes whenever an import is read in or undone, so each entry checks its undo again. */
function revision(rows: readonly SyncLogRow[]): string {
  return rows.map((row) => `${row.id}:${row.status ?? ''}`).join(',');
}

function LogEntry({ row, revision: logRevision }: { readonly row: SyncLogRow; readonly revision: string }) {
  const inserted = row.docs.reduce((sum, d) => sum + d.inserted, 0);
  const deleted = row.docs.reduce((sum, d) => sum + d.deleted, 0);
  const summaries = row.direction === 'import' && !row.nothingNew ? row.docs.filter((d) => d.summary) : [];
  return (
    <li className="sync-log-entry">
      <p className="sync-log-head">
        <strong>{row.direction === 'export' ? t.sync.logExport(formatDateTime(row.at)) : t.sync.logImport(formatDateTime(row.at), row.peer.name)}</strong>
        {row.nothingNew && <span> – {t.sync.logNothingNew}</span>}
        {row.undoneAt && <span> – {t.sync.logUndone(formatDateTime(row.undoneAt))}</span>}
      </p>
      <p className="card-meta">
        {row.fileName} · {formatSize(row.size)}
        {summaries.length === 0 && !row.nothingNew && ` · ${t.sync.logDocs(row.docs.length, inserted, deleted)}`}
      </p>
      {summaries.length > 0 && (
        <ul className="sync-log-changes">
          {summaries.map((d) => (
            <li key={d.id}>
              {d.kind === 'circle' ? t.sync.previewCircle : d.date ? t.sync.logMeeting(formatDate(d.date)) : t.sync.previewMeeting}: {summaryPhrase(d.summary!, d.kind)}
            </li>
          ))}
        </ul>
      )}
      {row.direction === 'import' && row.status === 'applied' && <UndoImportButton importId={row.id} revision={logRevision} />}
    </li>
  );
}
