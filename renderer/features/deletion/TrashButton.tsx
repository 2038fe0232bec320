/**
 * The Papierkorb of a meeting: removed cases and removed items and strategies, each to restore or to
 * delete for good, and „Papierkorb leeren“. A deletion for good rewrites the store at once
 * (Repository.purge), so the removed text leaves this laptop's storage; see docs/privacy.md.
 */
import { useState } from 'react';
import type * as Y from 'yjs';
import { Dialog } from '../../components/Dialog';
import { useDocSnapshot, useRepository } from '../../data/hooks';
import {
  deleteCaseForGood, deleteTrashEntryForGood, emptyTrash, restoreCase, restoreTrashEntry, trashSnapshot,
  type TrashEntry, type TrashSnapshot,
} from '../../../shared/doc';
import { t } from '../../i18n/de';
import { ConfirmDeletion } from './ConfirmDeletion';

type Pending =
  | { readonly type: 'case'; readonly id: TrashSnapshot['cases'][number]['id']; readonly title: string }
  | { readonly type: 'entry'; readonly entry: TrashEntry }
  | { readonly type: 'all' };

const EMPTY: TrashSnapshot = { cases: [], entries: [] };

export function TrashButton({ doc }: { readonly doc: Y.Doc }) {
  const repository = useRepository();
  // Selected as a string: typing elsewhere leaves it (and the button) unchanged.
  const json = useDocSnapshot(doc, (d) => JSON.stringify(trashSnapshot(d)));
  const trash: TrashSnapshot = json ? JSON.parse(json) as TrashSnapshot : EMPTY;
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState('');
  const count = trash.cases.length + trash.entries.length;
  const tt = t.deletion.trash;

  const deleteForGood = async (what: Pending) => {
    if (what.type === 'case') deleteCaseForGood(doc, what.id);
    else if (what.type === 'entry') deleteTrashEntryForGood(doc, what.entry);
    else emptyTrash(doc);
    await repository.purge({ doc });
    setMessage(tt.done);
  };
  const entryLabel = (e: TrashEntry) => (e.type === 'strategy' ? tt.strategy : tt.itemKinds[e.kind ?? 'hypothesis']);

  return (
    <>
      <button type="button" className="button secondary small" onClick={() => { setMessage(''); setOpen(true); }}>{tt.open(count)}</button>
      {open && (
        <Dialog open onOpenChange={(o) => !o && setOpen(false)} title={tt.title} description={tt.intro}>
          {count === 0 && <p className="empty">{tt.empty}</p>}
          {trash.cases.length > 0 && (
            <section aria-labelledby="trash-cases">
              <h3 id="trash-cases">{tt.cases}</h3>
              <ul className="trash-list">
                {trash.cases.map((c) => (
                  <li key={c.id}>
                    <span>{c.title}</span>
                    <button type="button" className="button secondary small" aria-label={tt.restoreCase(c.title)} onClick={() => { restoreCase(doc, c.id); setMessage(tt.restored); }}>{tt.restore}</button>
                    <button type="button" className="button danger small" aria-label={tt.deleteCase(c.title)} onClick={() => setPending({ type: 'case', id: c.id, title: c.title })}>{t.deletion.confirm}</button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {trash.entries.length > 0 && (
            <section aria-labelledby="trash-entries">
              <h3 id="trash-entries">{tt.entries}</h3>
              <ul className="trash-list">
                {trash.entries.map((e) => (
                  <li key={e.id}>
                    <span><span className="card-meta">{entryLabel(e)} {tt.entryIn(e.caseTitle)}:</span> {e.text}</span>
                    <button type="button" className="button secondary small" aria-label={tt.restoreEntry(e.text)} onClick={() => { restoreTrashEntry(doc, e); setMessage(tt.restored); }}>{tt.restore}</button>
                    <button type="button" className="button danger small" aria-label={tt.deleteEntry(e.text)} onClick={() => setPending({ type: 'entry', entry: e })}>{t.deletion.confirm}</button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p role="status" className="visually-hidden-when-empty">{message}</p>
          <div className="dialog-actions">
            {count > 0 && <button type="button" className="button danger" onClick={() => setPending({ type: 'all' })}>{tt.emptyTrash}</button>}
            <button type="button" className="button primary" onClick={() => setOpen(false)}>{t.common.close}</button>
          </div>
        </Dialog>
      )}
      {pending && (
        <ConfirmDeletion
          title={pending.type === 'case' ? tt.deleteCase(pending.title) : pending.type === 'entry' ? tt.deleteEntry(pending.entry.text) : tt.emptyTrash}
          lines={[pending.type === 'case' ? tt.confirmCase(pending.title) : pending.type === 'entry' ? tt.confirmEntry(pending.entry.text) : tt.confirmEmpty(trash.cases.length, trash.entries.length)]}
          onConfirm={() => deleteForGood(pending)}
          onClose={() => setPending(undefined)}
        />
      )}
    </>
  );
}
