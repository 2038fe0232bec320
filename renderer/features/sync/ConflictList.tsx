/**
 * „Von beiden geändert“: the fields both laptops changed since their last exchange, with the value
 * the CRDT keeps and the other one, who wrote which and when. In the report (after importing) each
 * has „Stattdessen übernehmen“: the other value as an ordinary local edit, which travels with the next
 * package; „Rückgängig“ puts the kept value back. No choice is needed to finish a merge.
 */
import { useState } from 'react';
import type { Conflict } from '../../../shared/doc';
import type { DocPreview, PackagePreview } from '../../data/syncTypes';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import { conflictWhere, valueLabel, whoLabel } from './changeWords';
import { formatDateTime } from './messages';
import { useSyncService } from './useSync';

export interface ConflictListProps {
  readonly preview: PackagePreview;
  readonly lastExchangeAt: string | undefined;
  readonly ownDeviceId: string | undefined;
  /** 'report': after importing, with „Stattdessen übernehmen“. */
  readonly mode: 'preview' | 'report';
  /** Called after a value was taken or put back (the import's undo is then checked again). */
  readonly onChoice?: () => void;
}

export function ConflictList({ preview, lastExchangeAt, ownDeviceId, mode, onChoice }: ConflictListProps) {
  const entries = preview.docs.flatMap((d) => (d.conflicts ?? []).map((conflict, index) => ({ doc: d, conflict, key: `${d.id}:${index}` })));
  if (entries.length === 0) return null;
  const words = t.sync.conflicts;
  return (
    <section className="sync-authors sync-conflicts" aria-label={words.heading}>
      <h3>{words.heading}</h3>
      <p>{words.intro} {mode === 'preview' && words.introPreview}</p>
      <ul>
        {entries.map(({ doc, conflict, key }) => (
          <ConflictEntry key={key} doc={doc} conflict={conflict} preview={preview} lastExchangeAt={lastExchangeAt} ownDeviceId={ownDeviceId} mode={mode} onChoice={onChoice} />
        ))}
      </ul>
    </section>
  );
}

function ConflictEntry({ doc, conflict, preview, lastExchangeAt, ownDeviceId, mode, onChoice }: ConflictListProps & { readonly doc: DocPreview; readonly conflict: Conflict }) {
  const service = useSyncService();
  const [taken, setTaken] = useState(false);
  const [message, setMessage] = useState<string>();
  const [running, setRunning] = useState(false);
  const words = t.sync.conflicts;
  const where = conflictWhere(conflict, doc.title);
  const who = (side: Conflict['kept']) => side.from === 'package'
    ? words.fromPackage(whoLabel(side, ownDeviceId), formatDateTime(preview.createdAt))
    : words.fromHere(side.deviceId !== null && side.deviceId === ownDeviceId ? words.you : whoLabel(side, ownDeviceId), lastExchangeAt ? formatDateTime(lastExchangeAt) : '');
  const kept = valueLabel(conflict.key, conflict.kept.value, conflict.kept.display);
  const other = valueLabel(conflict.key, conflict.other.value, conflict.other.display);
  // The meeting's date tells two meetings of the same title apart.
  const title = conflict.scope === 'meeting' && doc.date ? `${where} (${formatDate(doc.date)})` : where;

  const choose = async (back: boolean) => {
    if (running) return;
    setRunning(true);
    setMessage(undefined);
    try {
      const [expected, value] = back ? [conflict.other.value, conflict.kept.value] : [conflict.kept.value, conflict.other.value];
      const done = await service.takeConflictValue({ kind: doc.kind, id: doc.id }, conflict, expected, value);
      if (done) setTaken(!back);
      setMessage(done ? (back ? undefined : words.taken(other)) : words.stale);
      onChoice?.();
    } finally {
      setRunning(false);
    }
  };

  return (
    <li className="sync-conflict">
      <strong>{title}</strong>: {words.kept(taken ? other : kept, who(taken ? conflict.other : conflict.kept))}, {words.other(taken ? kept : other, who(taken ? conflict.kept : conflict.other))}
      {mode === 'report' && conflict.other.value !== undefined && (
        <div className="button-row">
          {taken
            ? <button type="button" className="button secondary" onClick={() => void choose(true)} disabled={running}>{words.revert}</button>
            : <button type="button" className="button secondary" onClick={() => void choose(false)} disabled={running} aria-label={words.takeLabel(other, where)}>{words.take}</button>}
        </div>
      )}
      {message && <p role="status" className="sync-note">{message}</p>}
    </li>
  );
}
