/**
 * "Anonymisierung" of one case: the open findings of all its texts (title, question, phase notes,
 * statement, items, strategies), each with "Ersetzen durch Platzhalter" and "Kein Identifikator",
 * and what was dismissed. Follows the typing with a short delay (never on a keystroke).
 */
import { memo, useEffect, useId } from 'react';
import type * as Y from 'yjs';
import { caseCheckTexts, dismissalsSnapshot, type CaseId } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { findingsOf, type LocatedFinding } from './check';
import { useAnonymizeState } from './context';
import { DismissedList } from './DismissedList';
import { FindingsList } from './FindingsList';
import { FINDINGS_PANEL_ID } from './focusFinding';
import { useDismissals, useDocsComputed, useFindingActions } from './useFindings';

/** The panel's list follows the notes once typing has paused this long. */
export const PANEL_DELAY_MS = 400;

const p = t.anonymize.panel;

/**
 * Memoized: the screen around it re-renders on every keystroke in the notes (the meeting doc
 * changed), and a long list of findings must not be drawn again each time.
 */
export const FindingsPanel = memo(function FindingsPanel({ doc, meetingId, caseId, onGoTo, onCount }: {
  readonly doc: Y.Doc;
  readonly meetingId: string;
  readonly caseId: CaseId;
  /** „Zur Stelle“ on this screen (live mode) instead of a link to another. */
  readonly onGoTo?: (finding: LocatedFinding) => void;
  /** The number of open findings, whenever it changes (live mode shows it next to the notes). */
  readonly onCount?: (count: number) => void;
}) {
  const { enabled, lists, circleDoc, me } = useAnonymizeState();
  const id = useId();
  const compute = () => findingsOf(caseCheckTexts(doc, caseId), lists, new Set(dismissalsSnapshot(doc).map((x) => x.key)));
  const { value: findings, at, refresh } = useDocsComputed([doc], compute, [caseId, lists], { delay: PANEL_DELAY_MS, enabled });
  const actions = useFindingActions(doc, circleDoc, me, refresh);
  const dismissals = useDismissals(doc);
  const count = findings?.length;
  useEffect(() => {
    if (count !== undefined) onCount?.(count);
  }, [count, onCount]);

  return (
    <section className="findings-panel" id={FINDINGS_PANEL_ID} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1}>
        {p.title} {findings && <span className={`findings-count${findings.length ? ' has-findings' : ''}`}>{p.count(findings.length)}</span>}
      </h3>
      <p className="field-hint">{p.intro}</p>
      {!enabled && (
        <div className="findings-off">
          <p>{p.off}</p>
          <button type="button" className="button secondary" onClick={refresh}>{p.checkNow}</button>
          {at && <p className="field-hint">{p.checkedAt}: {new Date(at).toLocaleTimeString('de-DE')}</p>}
        </div>
      )}
      {findings && findings.length === 0 && <p className="findings-none">{p.none}</p>}
      {findings && findings.length > 0 && <FindingsList findings={findings} meetingId={meetingId} actions={actions} onGoTo={onGoTo} label={p.list} />}
      <p role="status" className="findings-message">{actions.message}</p>
      <DismissedList dismissals={dismissals} onRestore={actions.restore} />
    </section>
  );
});
