/**
 * Hooks over the check: findings recomputed when docs change (debounced where typing happens), and
 * the two actions on a finding. The detector itself comes through lazy.ts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Finding } from '../../../shared/anonymize';
import { dismissFinding, dismissalsSnapshot, replaceFinding, restoreFinding, type Dismissal } from '../../../shared/doc';
import { useDocSnapshot, useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';
import type { LocatedFinding } from './check';
import { useAnonymizeState } from './context';
import { useCheck } from './lazy';

/**
 * A value computed from docs, recomputed after they change: at once (`delay` 0) or once typing
 * pauses for `delay` ms. `refresh` recomputes now (after an action, so a row never outlives it).
 * While `enabled` is false nothing is computed and the last value stays.
 */
export function useDocsComputed<T>(docs: readonly (Y.Doc | undefined)[], compute: () => T, deps: readonly unknown[], { delay = 0, enabled = true } = {}) {
  const [state, setState] = useState<{ value: T; at: number }>();
  const computeRef = useRef(compute);
  computeRef.current = compute;
  const refresh = useCallback(() => setState({ value: computeRef.current(), at: Date.now() }), []);
  useEffect(() => {
    if (!enabled || !docs[0]) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    refresh();
    const onUpdate = () => {
      clearTimeout(timer);
      if (delay === 0) refresh();
      else timer = setTimeout(refresh, delay);
    };
    for (const doc of docs) doc?.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      for (const doc of docs) doc?.off('update', onUpdate);
    };
  }, [...docs, enabled, delay, refresh, ...deps]);
  return { value: state?.value, at: state?.at, refresh };
}

/**
 * The findings of one short text (item, measure, question) as it is typed: recomputed after a short
 * pause. Returns the text they belong to, so a caller never draws them over a newer text.
 */
export function useTextFindings(text: string, delay = 250): { readonly text: string; readonly findings: readonly Finding[] } {
  const { enabled, lists, dismissed } = useAnonymizeState();
  const check = useCheck();
  const [result, setResult] = useState<{ text: string; findings: readonly Finding[] }>({ text: '', findings: [] });
  useEffect(() => {
    if (!enabled || !check || !text.trim()) return;
    const timer = setTimeout(() => setResult({ text, findings: check.textFindings(text, lists, dismissed) }), delay);
    return () => clearTimeout(timer);
  }, [check, text, enabled, lists, dismissed, delay]);
  return enabled && result.text === text ? result : { text, findings: [] };
}

export interface FindingActions {
  /** Replaces the finding in its text; false when the text changed meanwhile (nothing written). */
  readonly replace: (finding: LocatedFinding, replacement: string) => boolean;
  readonly dismiss: (finding: LocatedFinding) => void;
  readonly restore: (dismissal: Dismissal) => void;
  /** The outcome of the last action, for a polite live region. */
  readonly message: string;
}

export function useFindingActions(meetingDoc: Y.Doc | undefined, circleDoc: Y.Doc | undefined, me: string, after: () => void): FindingActions {
  const repository = useRepository();
  const [message, setMessage] = useState('');
  const replace = useCallback((finding: LocatedFinding, replacement: string) => {
    if (!meetingDoc) return false;
    const done = replaceFinding({ meeting: meetingDoc, circle: circleDoc }, finding.source.ref, finding, replacement);
    // The replaced identifier leaves the store at once, not at the next pause (docs/privacy.md).
    if (done) void repository.purge({ doc: finding.source.ref.type.startsWith('followUp') && circleDoc ? circleDoc : meetingDoc });
    setMessage(done ? t.anonymize.finding.replaced(finding.text, replacement.trim()) : t.anonymize.finding.gone);
    after();
    return done;
  }, [meetingDoc, circleDoc, after, repository]);
  const dismiss = useCallback((finding: LocatedFinding) => {
    if (!meetingDoc) return;
    dismissFinding(meetingDoc, finding, me);
    setMessage(t.anonymize.finding.dismissed(finding.text));
    after();
  }, [meetingDoc, me, after]);
  const restore = useCallback((dismissal: Dismissal) => {
    if (!meetingDoc) return;
    restoreFinding(meetingDoc, dismissal.key);
    setMessage('');
    after();
  }, [meetingDoc, after]);
  return { replace, dismiss, restore, message };
}

/** The meeting's dismissals, for the list of what was marked "Kein Identifikator". */
export function useDismissals(meetingDoc: Y.Doc | undefined): readonly Dismissal[] {
  // Selected as a string: typing elsewhere in the meeting leaves it (and the list) unchanged.
  const json = useDocSnapshot(meetingDoc, (doc) => JSON.stringify(dismissalsSnapshot(doc))) ?? '[]';
  return useMemo(() => JSON.parse(json) as Dismissal[], [json]);
}
