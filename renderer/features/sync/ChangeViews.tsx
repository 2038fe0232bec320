/**
 * Views of what a package brings: the docs (new or known, changes in words), what it deletes, the
 * conflicts and the changes per person. The same views serve the preview and the report.
 */
import { logSummary } from '../../data/syncService';
import type { OpenedPackage, PackagePreview, SyncLogDoc } from '../../data/syncTypes';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import { ChangeReport } from './ChangeReport';
import { summaryPhrase } from './changeWords';
import { ConflictList } from './ConflictList';
import { formatDateTime, roleLabel } from './messages';

/** Whether a package changes anything here (docs whose preview predates `changesDoc` count as changing). */
export function packageChanges(preview: PackagePreview): boolean {
  return preview.docs.some((d) => d.changesDoc ?? d.inserted + d.deleted > 0);
}

export function PreviewView({ opened, ownDeviceId }: { readonly opened: OpenedPackage; readonly ownDeviceId: string | undefined }) {
  const { preview } = opened;
  return (
    <div className="sync-preview">
      <p><strong>{t.sync.previewIntro}</strong></p>
      <p>{t.sync.previewFrom(preview.sender.name, roleLabel(preview.sender.role), formatDateTime(preview.createdAt))}</p>
      {preview.sender.deviceId === ownDeviceId && <p className="sync-note">{t.sync.previewOwnPackage}</p>}
      {!preview.circleKnown && <p className="sync-note">{t.sync.previewNewCircle}</p>}
      <DocsTable docs={previewDocs(preview)} />
      <DeletionNotes preview={preview} />
      {packageChanges(preview) ? (
        <>
          <ConflictList preview={preview} lastExchangeAt={opened.lastExchangeAt} ownDeviceId={ownDeviceId} mode="preview" />
          <ChangeReport docs={preview.docs} ownDeviceId={ownDeviceId} />
        </>
      ) : <p className="sync-note">{t.sync.previewNoChanges}</p>}
    </div>
  );
}

/** The report after importing: the same words, and „Stattdessen übernehmen“ for each conflict. */
export function ReportView({ opened, ownDeviceId, onChoice }: { readonly opened: OpenedPackage; readonly ownDeviceId: string | undefined; readonly onChoice?: () => void }) {
  const { preview } = opened;
  return (
    <>
      <DocsTable docs={previewDocs(preview).filter((d) => d.deletedForGood || d.changesDoc !== false)} />
      <ConflictList preview={preview} lastExchangeAt={opened.lastExchangeAt} ownDeviceId={ownDeviceId} mode="report" onChoice={onChoice} />
      <ChangeReport docs={preview.docs} ownDeviceId={ownDeviceId} />
    </>
  );
}

function previewDocs(preview: PackagePreview) {
  return preview.docs.map((d) => ({ ...d, isNew: !d.known, summary: d.changes ? logSummary(d) : undefined }));
}

/** What the package deletes or removes, and what it will not bring back (said before importing). */
function DeletionNotes({ preview }: { readonly preview: PackagePreview }) {
  const notes = preview.docs.flatMap((d) => [
    ...(d.deletedForGood ? [t.sync.previewDeletedMeeting(d.date ? formatDate(d.date) : '')] : []),
    ...(d.removedCases ?? []).map((c) => t.sync.previewRemovedCase(c.title, d.title, c.forGood, c.writtenSince)),
  ]);
  if (notes.length === 0) return null;
  return (
    <ul className="sync-note sync-deletions">
      {notes.map((note) => <li key={note}>{note}</li>)}
    </ul>
  );
}

export function DocsTable({ docs }: { readonly docs: ReadonlyArray<SyncLogDoc & { readonly deletedForGood?: boolean }> }) {
  return (
    <table className="table sync-table">
      <caption className="visually-hidden">{t.sync.previewTable}</caption>
      <thead>
        <tr>
          <th scope="col">{t.sync.previewKind}</th>
          <th scope="col">{t.sync.previewTitle}</th>
          <th scope="col">{t.sync.previewDate}</th>
          <th scope="col">{t.sync.previewStatus}</th>
          <th scope="col">{t.sync.previewChanges}</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((d) => (
          <tr key={d.id}>
            <td>{d.kind === 'circle' ? t.sync.previewCircle : t.sync.previewMeeting}</td>
            <td>{d.title ?? ''}</td>
            <td>{d.date ? formatDate(d.date) : '–'}</td>
            <td>{d.deletedForGood ? t.sync.statusDeleted : d.isNew ? t.sync.statusNew : t.sync.statusKnown}</td>
            <td>{d.deletedForGood ? '–' : d.summary ? summaryPhrase(d.summary, d.kind) : t.sync.changes(d.inserted, d.deleted)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
