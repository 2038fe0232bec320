/**
 * Moderationsmodus: one case of a meeting, run live. Container: it opens the meeting (and its
 * circle for the offers), reads small snapshots, owns the UI state of the session and wires the
 * command registry to buttons and keys. Phase, timer, lists, roles, statement and strategies are views.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import {
  caseStatement, meetingSnapshot, offersSnapshot, phaseNotes, tandemNote, timerSnapshot,
  type CaptureKind, type CaseSnapshot, type OfferSnapshot, type PhaseSnapshot, type System,
} from '../../../shared/doc';
import { href } from '../../app/router';
import { useDocHandle, useDraftsLoaded } from '../../data/hooks';
import { t } from '../../i18n/de';
import { NotesEditor } from '../meeting/NotesEditor';
import { FindingsPanel } from '../anonymize/lazy';
import type { LocatedFinding } from '../anonymize/check';
import { FINDINGS_PANEL_ID, focusFinding, whenField } from '../anonymize/focusFinding';
import { whereHref } from '../anonymize/where';
import { CaptureBoard } from './CaptureBoard';
import { CloseCaseDialog } from './CloseCaseDialog';
import { ProjectorOffers } from './ProjectorOffers';
import { useProjectorRemote } from './projectorPaging';
import { CommandButton } from './CommandButton';
import { EntryDraftContext, type EntryDraftScope } from './entryDraft';
import { commandById, type FocusInfo, type LiveCommand, type LiveState } from './commands';
import { detectMac } from './keys';
import { LiveHeader } from './LiveHeader';
import { PhaseStepper } from './PhaseStepper';
import { RolesPanel } from './RolesPanel';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StrategiesPanel } from './StrategiesPanel';
import { currentPhase } from './timeDisplay';
import { TimerPanel } from './TimerPanel';
import { privateTexts, useDocValue } from './useDocValue';
import { useLiveActions, type LiveUi } from './useLiveActions';
import { useLiveKeyboard } from './useLiveKeyboard';
import { useUndo } from './useUndo';

interface LiveMeeting {
  readonly id: string;
  readonly title: string;
  readonly circleId: string;
  readonly phases: readonly PhaseSnapshot[];
  readonly caseSnapshot: CaseSnapshot | null;
}

const NO_FOCUS: FocusInfo = { typing: false };
const NO_OFFERS: readonly OfferSnapshot[] = [];
const NO_PERSPECTIVES: Readonly<Record<CaptureKind, System | ''>> = { hypothesis: '', resource: '', stressor: '', idea: '' };

/**
 * Memoized: the app shell re-renders on every save-state change (each edit flips "Speichert …" and
 * "Gespeichert"); live mode must not re-render with it.
 */
export const LivePage = memo(function LivePage({ meetingId, caseId }: { readonly meetingId: string; readonly caseId: string }) {
  const handle = useDocHandle('meeting', meetingId);
  const meeting = useDocValue(handle?.doc, (doc): LiveMeeting => {
    const m = meetingSnapshot(doc);
    return { id: m.id, title: m.title, circleId: m.circleId, phases: m.phases, caseSnapshot: m.cases.find((c) => c.id === caseId) ?? null };
  }, [caseId], privateTexts(caseId));
  // The fields for new entries are drawn with their drafts (entryDraft.ts), so those are read first.
  const draftsLoaded = useDraftsLoaded(meetingId);
  const persistence = handle?.persistence;
  const draftScope = useMemo<EntryDraftScope | undefined>(
    () => persistence && { meetingId, caseId, whenStored: () => persistence.flush() },
    [meetingId, caseId, persistence],
  );

  if (!handle || !meeting || !draftsLoaded) return <p className="loading">{t.app.loading}</p>;
  if (!meeting.caseSnapshot || meeting.phases.length === 0) {
    return (
      <div className="live">
        <p>{meeting.caseSnapshot ? t.live.noPhases : t.live.caseNotFound}</p>
        <a href={href({ name: 'meeting', meetingId })}>{t.app.back}</a>
      </div>
    );
  }
  return (
    <EntryDraftContext.Provider value={draftScope ?? null}>
      <LiveSession doc={handle.doc} meetingId={meetingId} meeting={meeting} caseSnapshot={meeting.caseSnapshot} />
    </EntryDraftContext.Provider>
  );
});

function LiveSession({ doc, meetingId, meeting, caseSnapshot }: { readonly doc: Y.Doc; readonly meetingId: string; readonly meeting: LiveMeeting; readonly caseSnapshot: CaseSnapshot }) {
  const caseId = caseSnapshot.id;
  const timer = useDocValue(doc, (d) => timerSnapshot(d, caseId), [caseId], privateTexts(caseId))!;
  const circle = useDocHandle('circle', meeting.circleId || undefined);
  const offers = useDocValue(circle?.doc, offersSnapshot) ?? NO_OFFERS;
  const undo = useUndo(doc);
  const isMac = useMemo(() => detectMac(), []);
  const [helpOpen, setHelpOpen] = useState(false);
  const [closing, setClosing] = useState(false);
  const [openFindings, setOpenFindings] = useState(0);
  const [openLists, setOpenLists] = useState<readonly CaptureKind[]>([]);
  const [perspectives, setPerspectives] = useState(NO_PERSPECTIVES);
  const phase = currentPhase(timer, meeting.phases)!;
  const phaseIndex = meeting.phases.indexOf(phase);

  // A phase opens its own lists; lists opened on the way close again.
  useEffect(() => setOpenLists([]), [phase.id]);
  useEffect(() => {
    document.title = t.live.documentTitle(caseSnapshot.title);
  }, [caseSnapshot.title]);

  const projector = useProjectorRemote(caseId);
  const turnProjector = projector.turn;
  const ui = useMemo<LiveUi>(() => ({
    turnProjector,
    setHelpOpen,
    openList: (kind) => setOpenLists((open) => (open.includes(kind) ? open : [...open, kind])),
    setPerspective: (kind, update) => setPerspectives((all) => ({ ...all, [kind]: update(all[kind]) })),
  }), [turnProjector]);
  const { actions, capture } = useLiveActions({ doc, meetingId, caseId, phaseId: phase.id, undo, ui });

  const state: LiveState = {
    phases: meeting.phases, phaseId: phase.id, running: timer.runningSince !== null,
    canUndo: undo.canUndo, canRedo: undo.canRedo, dialogOpen: helpOpen, focus: NO_FOCUS,
    ...(projector.pages !== undefined && { projector: { page: projector.page ?? 0, pages: projector.pages } }),
  };
  const stateRef = useRef(state);
  stateRef.current = state;
  const actionsRef = useRef(actions);
  useLiveKeyboard(stateRef, actionsRef, isMac);
  const run = useCallback((command: LiveCommand) => command.perform({ state: stateRef.current, actions }), [actions]);
  const undoRef = useRef(undo);
  undoRef.current = undo;
  const stopCapturing = useMemo(() => ({ stopCapturing: () => undoRef.current.stopCapturing() }), []);

  // The same element objects from render to render: React skips the editors when live mode re-renders.
  const notesEditor = useMemo(() => {
    const fragment = phaseNotes(doc, caseId, phase.id);
    return fragment && <NotesEditor key={phase.id} fragment={fragment} label={t.live.phase.notes(phase.title)} />;
  }, [doc, caseId, phase.id, phase.title]);
  const tandemEditor = useMemo(
    () => <NotesEditor key={`${phase.id}/tandem`} fragment={tandemNote(doc, caseId, phase.id)} label={t.live.phase.tandemNote(phase.title)} />,
    [doc, caseId, phase.id, phase.title],
  );
  const statementEditor = useMemo(() => {
    const fragment = caseStatement(doc, caseId);
    return fragment && <NotesEditor fragment={fragment} label={t.live.statement.label} />;
  }, [doc, caseId]);
  /** A command's button; `visible` may be shorter than its name (the name contains it: WCAG "label in name"). */
  const button = (id: Parameters<typeof commandById>[0], visible?: ReactNode, name?: string, className?: string) => (
    <CommandButton command={commandById(id)} state={state} run={run} isMac={isMac} className={className} label={name}>{visible}</CommandButton>
  );


  /**
   * „Zur Stelle“ stays in live mode: the finding's phase is opened (notes), its list opened (an
   * item), and the cursor put on the finding in its field.
   */
  const goToFinding = useCallback((finding: LocatedFinding) => {
    const { ref } = finding.source;
    const phaseTitle = (id: string) => meeting.phases.find((p) => p.id === id)?.title ?? '';
    const n = finding.source.number ?? 0;
    let name: string | undefined;
    if (ref.type === 'notes' || ref.type === 'tandemNote') {
      if (stateRef.current.phaseId !== ref.phaseId) actions.goToPhase(ref.phaseId);
      name = ref.type === 'notes' ? t.live.phase.notes(phaseTitle(ref.phaseId)) : t.live.phase.tandemNote(phaseTitle(ref.phaseId));
    } else if (ref.type === 'statement') name = t.live.statement.label;
    else if (ref.type === 'question') name = t.live.roles.question;
    else if (ref.type === 'item') {
      const kind = finding.source.itemKind ?? 'hypothesis';
      ui.openList(kind);
      name = t.live.capture.item(t.live.capture.one[kind], n);
    } else if (ref.type === 'strategy') name = t.live.strategies.cell(t.live.strategies.measure, n);
    else if (ref.type === 'strategyProfession') name = t.live.strategies.cell(t.live.strategies.profession, n);
    if (!name) {
      location.hash = whereHref(finding.source, meetingId).slice(1);
      return;
    }
    void whenField(name).then((field) => field && focusFinding(field, finding.text, finding.occurrence));
  }, [actions, meeting.phases, meetingId, ui]);
  const showFindings = useCallback(() => {
    document.getElementById(FINDINGS_PANEL_ID)?.scrollIntoView({ block: 'start' });
    document.getElementById(FINDINGS_PANEL_ID)?.querySelector<HTMLElement>('h3')?.focus();
  }, []);

  const main = phase.main;
  const wide = main === 'strategies';
  const last = phaseIndex === meeting.phases.length - 1;
  const roles = <RolesPanel doc={doc} meetingId={meetingId} caseId={caseId} roles={caseSnapshot.roles} question={caseSnapshot.question} />;
  const statement = (
    <section className="live-card live-statement" aria-labelledby="live-statement-title">
      <h2 id="live-statement-title">{t.live.statement.title}</h2>
      {statementEditor}
      <p className="field-hint">{t.live.statement.hint}</p>
    </section>
  );
  const strategies = <StrategiesPanel doc={doc} caseId={caseId} offers={offers} undo={stopCapturing} />;
  const board = (
    <CaptureBoard
      doc={doc} caseId={caseId} phase={phase} openLists={openLists} perspectives={perspectives}
      onOpenList={actions.focusList} isMac={isMac} {...capture}
    />
  );

  return (
    <div className="live">
      <LiveHeader meetingId={meetingId} caseId={caseId} caseTitle={caseSnapshot.title} meetingTitle={meeting.title} state={state} run={run} isMac={isMac} />
      <div className={`live-main${wide ? ' live-main-wide' : ''}`} data-main={main}>
        <PhaseStepper phases={meeting.phases} timer={timer} currentId={phase.id} onSelect={actions.goToPhase} />
        <section className="live-card live-phase" aria-labelledby="live-phase-title">
          <p className="live-phase-of">{t.live.timer.phaseOf(phaseIndex + 1, meeting.phases.length)}</p>
          <h2 id="live-phase-title">{phase.title}</h2>
          {openFindings > 0 && (
            <a href={`#${FINDINGS_PANEL_ID}`} className="live-findings-count" onClick={(event) => { event.preventDefault(); showFindings(); }}>
              {t.anonymize.panel.count(openFindings)}
            </a>
          )}
          <TimerPanel phase={phase} phases={meeting.phases} timer={timer}>
            {button('previousPhase', <><span aria-hidden="true">← </span>{t.live.timer.previous}</>)}
            {button('toggleTimer', state.running ? t.live.timer.pause : t.live.timer.start, state.running ? t.live.timer.pause : t.live.timer.start, 'button primary live-toggle')}
            {button('addMinute')}
            {last
              ? <button type="button" className="button primary" onClick={() => setClosing(true)}>{caseSnapshot.closedAt ? t.live.close.again : t.live.close.button}</button>
              : button('nextPhase', <>{t.live.timer.next}<span aria-hidden="true"> →</span></>)}
          </TimerPanel>
          {/* What the phase is for comes first (the template's `main`); the rest follows below. */}
          {main === 'lists' && phase.lists.includes('idea') && <ProjectorOffers doc={doc} caseId={caseId} offers={offers} picked={caseSnapshot.projectedOffers} />}
          {main === 'roles' && roles}
          {main === 'statement' && statement}
          {main === 'strategies' && strategies}
          {phase.questions && (
            <div className="guiding-questions live-questions">
              <h3>{t.live.phase.questions}</h3>
              <ul>{phase.questions.split('\n').filter(Boolean).map((q) => <li key={q}>{q}</li>)}</ul>
            </div>
          )}
          {notesEditor}
          <p className="field-hint">{t.live.phase.notesHint}</p>
          <div className="tandem-note">
            {tandemEditor}
            <p className="field-hint">{t.live.phase.tandemNoteHint}</p>
          </div>
        </section>
        {!wide && board}
      </div>
      <div className="live-case">
        {wide && board}
        {main !== 'roles' && roles}
        {main !== 'statement' && statement}
      </div>
      {main !== 'strategies' && strategies}
      {closing && <CloseCaseDialog doc={doc} meetingId={meetingId} circleId={meeting.circleId} caseSnapshot={caseSnapshot} onClose={() => setClosing(false)} />}
      <FindingsPanel doc={doc} meetingId={meetingId} caseId={caseId} onGoTo={goToFinding} onCount={setOpenFindings} />
      <ShortcutsDialog open={helpOpen} onOpenChange={setHelpOpen} isMac={isMac} />
    </div>
  );
}
