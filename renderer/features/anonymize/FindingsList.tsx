/**
 * The list of open findings with their two actions. A view: findings and actions come in as props
 * (the case panel and the export gate's dialog both use it). After an action the focus moves on to
 * the next finding, so a keyboard user can work through the list. Rows are memoized and a long list
 * shows its first rows until asked for all, so a recheck after a pause in typing stays cheap.
 */
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/de';
import type { LocatedFinding } from './check';
import { ReplaceForm } from './ReplaceForm';
import type { FindingActions } from './useFindings';
import { whereGroup, whereHref, whereLabel } from './where';

const f = t.anonymize.finding;
export const FIRST_ROWS = 25;

export interface FindingsListProps {
  readonly findings: readonly LocatedFinding[];
  readonly meetingId: string;
  readonly actions: Pick<FindingActions, 'replace' | 'dismiss'>;
  /** Group under headings (case, meeting, follow-ups): for the whole meeting. */
  readonly grouped?: boolean;
  /** Called before a "Zur Stelle" link is followed (the gate closes its dialog). */
  readonly onNavigate?: () => void;
  /** „Zur Stelle“ on the same screen (live mode): called instead of following the link. */
  readonly onGoTo?: (finding: LocatedFinding) => void;
  readonly label: string;
}

export function FindingsList({ findings, meetingId, actions, grouped = false, onNavigate, onGoTo, label }: FindingsListProps) {
  const [replacing, setReplacing] = useState<string>();
  const [all, setAll] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const focusNext = useRef<number>(undefined);
  const latest = useRef({ findings, actions });
  latest.current = { findings, actions };

  useEffect(() => {
    const index = focusNext.current;
    if (index === undefined) return;
    focusNext.current = undefined;
    const buttons = root.current?.querySelectorAll<HTMLButtonElement>('.finding-actions button:first-child');
    const next = buttons && buttons.length > 0 ? buttons[Math.min(index, buttons.length - 1)] : undefined;
    (next ?? root.current)?.focus();
  }, [findings]);

  // Stable handlers: a row re-renders only when its own finding changes.
  const acted = useCallback((finding: LocatedFinding) => {
    focusNext.current = Math.max(0, latest.current.findings.findIndex((x) => x.id === finding.id));
    setReplacing(undefined);
  }, []);
  const onReplace = useCallback((finding: LocatedFinding, replacement: string) => {
    acted(finding);
    latest.current.actions.replace(finding, replacement);
  }, [acted]);
  const onDismiss = useCallback((finding: LocatedFinding) => {
    acted(finding);
    latest.current.actions.dismiss(finding);
  }, [acted]);
  const onCancel = useCallback(() => setReplacing(undefined), []);

  const shown = all ? findings : findings.slice(0, FIRST_ROWS);
  const groups = grouped ? groupBy(shown, (x) => whereGroup(x.source)) : [['', shown] as const];

  return (
    <div ref={root} tabIndex={-1} className="findings" aria-label={label} role="region">
      {groups.map(([group, items]) => (
        <div key={group} className="findings-group">
          {group && <h3>{group}</h3>}
          <ul className="findings-list">
            {items.map((finding) => (
              <FindingRow
                key={finding.id} finding={finding} href={whereHref(finding.source, meetingId)} onNavigate={onNavigate} onGoTo={onGoTo}
                replacing={replacing === finding.id} onStartReplace={setReplacing} onCancelReplace={onCancel}
                onReplace={onReplace} onDismiss={onDismiss}
              />
            ))}
          </ul>
        </div>
      ))}
      {shown.length < findings.length && (
        <button type="button" className="button secondary" onClick={() => setAll(true)}>{f.showAll(findings.length)}</button>
      )}
    </div>
  );
}

interface FindingRowProps {
  readonly finding: LocatedFinding;
  readonly href: string;
  readonly replacing: boolean;
  readonly onNavigate?: () => void;
  readonly onGoTo?: (finding: LocatedFinding) => void;
  readonly onStartReplace: (id: string) => void;
  readonly onCancelReplace: () => void;
  readonly onReplace: (finding: LocatedFinding, replacement: string) => void;
  readonly onDismiss: (finding: LocatedFinding) => void;
}

const FindingRow = memo(function FindingRow({ finding, href, replacing, onNavigate, onGoTo, onStartReplace, onCancelReplace, onReplace, onDismiss }: FindingRowProps) {
  const id = useId();
  return (
    <li className={`finding-row finding-row-${finding.kind}`}>
      <p className="finding-head">
        <span className={`finding-badge finding-badge-${finding.kind}`}>{t.anonymize.kinds[finding.kind]}</span>
        <span id={`${id}-where`}>{whereLabel(finding.source)}</span>
        <a
          href={href}
          onClick={(event) => {
            if (onGoTo) {
              event.preventDefault();
              onGoTo(finding);
            } else onNavigate?.();
          }}
          aria-describedby={`${id}-where`}
        >{f.goTo}</a>
      </p>
      <p className="finding-context" id={`${id}-text`}>
        {finding.before}
        <mark className={`finding finding-${finding.kind}`}>{finding.text}</mark>
        {finding.after}
      </p>
      <p className="finding-hint">{finding.hint}</p>
      {replacing ? (
        <ReplaceForm finding={finding} onReplace={(replacement) => onReplace(finding, replacement)} onCancel={onCancelReplace} />
      ) : (
        <div className="button-row finding-actions">
          <button type="button" className="button secondary small" aria-describedby={`${id}-text`} onClick={() => onStartReplace(finding.id)}>{f.replace}</button>
          <button type="button" className="button secondary small" aria-describedby={`${id}-text`} onClick={() => onDismiss(finding)}>{f.dismiss}</button>
        </div>
      )}
    </li>
  );
}, (a, b) => a.replacing === b.replacing && a.href === b.href && a.onNavigate === b.onNavigate && sameFinding(a.finding, b.finding));

/** Same text at the same place: the row (and its handlers, which address by occurrence) can stay. */
function sameFinding(a: LocatedFinding, b: LocatedFinding): boolean {
  return a.id === b.id && a.text === b.text && a.kind === b.kind && a.hint === b.hint && a.occurrence === b.occurrence
    && a.before === b.before && a.after === b.after && whereLabel(a.source) === whereLabel(b.source);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): (readonly [string, readonly T[]])[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return [...groups.entries()];
}
