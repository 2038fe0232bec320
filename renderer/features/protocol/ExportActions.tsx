/** The buttons that take the meeting out of the app (and one that brings a meeting in), with their outcome. */
import { href } from '../../app/router';
import { t } from '../../i18n/de';
import type { Outcome } from './actions';

const p = t.protocol;

export interface ExportActionsProps {
  readonly busy: boolean;
  readonly canImport: boolean;
  readonly outcome: Outcome | undefined;
  readonly onPrint: (kind: 'protocol' | 'attendance' | 'certificates') => void;
  readonly onMarkdown: () => void;
  readonly onJson: () => void;
  readonly onImport: () => void;
}

export function ExportActions({ busy, canImport, outcome, onPrint, onMarkdown, onJson, onImport }: ExportActionsProps) {
  return (
    <section className="export-actions" aria-labelledby="export-actions-title">
      <h2 id="export-actions-title">{p.actions}</h2>
      <div className="button-column">
        <button type="button" className="button primary" disabled={busy} onClick={() => onPrint('protocol')}>{p.protocolPdf}</button>
        <button type="button" className="button secondary" disabled={busy} onClick={() => onPrint('attendance')}>{p.attendancePdf}</button>
        <button type="button" className="button secondary" disabled={busy} onClick={() => onPrint('certificates')}>{p.certificatesPdf}</button>
        <button type="button" className="button secondary" disabled={busy} onClick={onMarkdown}>{p.markdown}</button>
        <button type="button" className="button secondary" disabled={busy} onClick={onJson}>{p.exportJson}</button>
        <button type="button" className="button secondary" disabled={busy || !canImport} aria-describedby="import-json-hint" onClick={onImport}>{p.importJson}</button>
        <p id="import-json-hint" className="field-hint">{p.importHint}</p>
      </div>
      <OutcomeMessage outcome={outcome} />
    </section>
  );
}

function OutcomeMessage({ outcome }: { readonly outcome: Outcome | undefined }) {
  if (outcome?.kind === 'error') return <p role="alert" className="field-error">{p.failed(outcome.message)}</p>;
  return (
    <p role="status" className="export-status">
      {outcome?.kind === 'saved' && p.saved(outcome.fileName)}
      {outcome?.kind === 'printDialog' && p.printDialog}
      {outcome?.kind === 'canceled' && p.canceled}
      {outcome?.kind === 'refused' && p.gateRefused}
      {outcome?.kind === 'imported' && (
        <>
          {p.imported(outcome.title)}{' '}
          <a href={href({ name: 'meeting', meetingId: outcome.meetingId })}>{p.openImported(outcome.title)}</a>
        </>
      )}
    </p>
  );
}
