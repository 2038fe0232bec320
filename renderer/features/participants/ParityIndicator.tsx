/** Counts per system and the IQZ rule (equal shares, 6–20 people), announced politely as it changes. */
import type { Parity } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { parityReport } from './parity';

export function ParityIndicator({ parity }: { readonly parity: Parity }) {
  const report = parityReport(parity);
  return (
    <div role="status" aria-label={t.circleAdmin.attendance.parity} aria-live="polite" className={`parity ${report.balanced ? 'parity-ok' : 'parity-warn'}`}>
      <ul className="parity-counts">
        {report.counts.map((c) => <li key={c.system} className={`system-tag system-${c.system}`}>{c.text}</li>)}
        <li className="parity-total">{report.total}</li>
      </ul>
      {report.verdicts.map((v) => (
        <p key={v} className="parity-verdict"><span aria-hidden="true">{report.balanced ? '✓ ' : '⚠ '}</span>{v}</p>
      ))}
    </div>
  );
}
