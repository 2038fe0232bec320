/**
 * The export gate: every export (protocol PDF, Markdown, JSON) calls `useExportGate()` first and goes
 * ahead only when the gate resolves true. The gate checks the whole meeting as it is now; with no
 * open finding (each replaced or dismissed) it resolves true at once. Otherwise it resolves false and
 * shows the open findings in a dialog where each can be replaced or dismissed; the moderator then
 * starts the export again. (It never lets the waiting export continue after changes in the dialog:
 * that export already holds the meeting as it was before them.)
 * WARNING: part of the start bundle — the detector and the dialog are loaded when the gate runs.
 */
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { DocHandle } from '../../data/docStore';
import { useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';

export interface ExportTarget {
  readonly meetingId: string;
  readonly circleId: string;
  readonly kind: 'pdf' | 'markdown' | 'json';
}

export type ExportGate = (target: ExportTarget) => Promise<boolean>;

const GateContext = createContext<ExportGate | null>(null);

const GateDialog = lazy(() => import('./GateDialog'));

/** The gate every export calls. Outside the app shell it refuses: nothing leaves unchecked. */
export function useExportGate(): ExportGate {
  const gate = useContext(GateContext);
  return gate ?? refuse;
}

const refuse: ExportGate = async () => {
  throw new Error(t.anonymize.gate.missingProvider);
};

interface Session {
  readonly meeting: DocHandle;
  readonly circle: DocHandle | undefined;
  /** Resolves the gate (false) when the dialog closes, so the export stays busy meanwhile. */
  readonly resolve: (allowed: false) => void;
}

export function ExportGateHost({ me, children }: { readonly me: string; readonly children: ReactNode }) {
  const repository = useRepository();
  const [session, setSession] = useState<Session>();
  const current = useRef<Session>(undefined);

  const finish = useCallback(() => {
    const s = current.current;
    if (!s) return;
    current.current = undefined;
    setSession(undefined);
    s.resolve(false);
    void repository.closeDoc(s.meeting);
    if (s.circle) void repository.closeDoc(s.circle);
  }, [repository]);

  const gate = useCallback<ExportGate>(async (target) => {
    finish(); // one gate at a time
    const [check, meeting, circle] = await Promise.all([
      import('./check'),
      repository.openDoc('meeting', target.meetingId),
      target.circleId ? repository.openDoc('circle', target.circleId) : Promise.resolve(undefined),
    ]);
    if (check.meetingFindings(meeting.doc, circle?.doc).length === 0) {
      void repository.closeDoc(meeting);
      if (circle) void repository.closeDoc(circle);
      return true;
    }
    return new Promise<boolean>((resolve) => {
      current.current = { meeting, circle, resolve };
      setSession(current.current);
    });
  }, [repository, finish]);

  // Leaving the app shell with the dialog open: not exported, docs released.
  useEffect(() => () => finish(), [finish]);

  return (
    <GateContext.Provider value={gate}>
      {children}
      {session && (
        <Suspense fallback={null}>
          <GateDialog meetingDoc={session.meeting.doc} circleDoc={session.circle?.doc} me={me} onClose={finish} />
        </Suspense>
      )}
    </GateContext.Provider>
  );
}
