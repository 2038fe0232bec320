/**
 * What a package changes, in words, per meeting (or circle) and per case, per author: the preview
 * before importing and the report after. Text written before authorship was recorded is „Ohne
 * Namen“, explained once below the list; the own laptop's earlier edits are „Sie“.
 */
import type { DocPreview } from '../../data/syncTypes';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';
import { authorPhrase, whoLabel } from './changeWords';

export function ChangeReport({ docs, ownDeviceId }: { readonly docs: readonly DocPreview[]; readonly ownDeviceId: string | undefined }) {
  const shown = docs.filter((d) => !d.deletedForGood && (d.changes?.scopes.length ?? 0) > 0);
  if (shown.length === 0) return null;
  const words = t.sync.report;
  const unnamed = shown.some((d) => d.changes!.scopes.some((s) => s.authors.some((a) => a.deviceId === null)));
  return (
    <section className="sync-authors sync-report" aria-label={words.heading}>
      <h3>{words.heading}</h3>
      {shown.map((d) => (
        <div key={d.id}>
          <h4>{d.kind === 'circle' ? words.circle(d.title) : words.meeting(d.title, d.date ? formatDate(d.date) : '')}</h4>
          <ul>
            {d.changes!.scopes.map((scope) => (
              <li key={scope.caseId ?? scope.scope}>
                <span className="sync-scope">
                  {scope.scope === 'case' ? words.caseScope(scope.caseTitle ?? '') : scope.scope === 'circle' ? words.circleScope : words.meetingScope}
                </span>
                <ul>
                  {scope.authors.map((author) => (
                    <li key={author.deviceId ?? 'unnamed'}>
                      <strong>{whoLabel(author, ownDeviceId)}</strong>: {authorPhrase(author, scope.scope)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {unnamed && <p className="sync-note">{words.unnamedNote}</p>}
    </section>
  );
}
