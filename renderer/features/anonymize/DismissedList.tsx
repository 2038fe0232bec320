/** What was marked "Kein Identifikator" in this meeting, by whom — and the way back ("Wieder prüfen"). */
import { useId } from 'react';
import type { Dismissal } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { formatDate } from '../../i18n/format';

const d = t.anonymize.dismissed;

export function DismissedList({ dismissals, onRestore }: { readonly dismissals: readonly Dismissal[]; readonly onRestore: (dismissal: Dismissal) => void }) {
  const id = useId();
  if (dismissals.length === 0) return null;
  return (
    <details className="dismissed">
      <summary>{d.summary(dismissals.length)}</summary>
      <ul>
        {dismissals.map((x, i) => (
          <li key={x.key}>
            <span className={`finding-badge finding-badge-${x.kind}`}>{t.anonymize.kinds[x.kind] ?? x.kind}</span>{' '}
            <span id={`${id}-${i}`}>„{x.text}“</span>{' '}
            <span className="field-hint">{d.by(x.by, x.at ? formatDate(x.at.slice(0, 10)) : '')}</span>{' '}
            <button type="button" className="button secondary small" aria-describedby={`${id}-${i}`} onClick={() => onRestore(x)}>{d.restore}</button>
          </li>
        ))}
      </ul>
    </details>
  );
}
