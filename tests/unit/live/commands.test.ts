/**
 * The live command registry: one list feeds buttons, keys and the overview, so its invariants are
 * tested here, and a key press is followed through the registry into a real meeting doc.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCase, addItem, createUndoManager, goToPhase, itemsSnapshot, meetingSnapshot, MINUTE, ORIGIN, pauseTimer, plannedMs,
  startTimer, tagItem, timerSnapshot, usedMs, addMinute, deleteItem, moveItem,
  type CaptureKind, type CaseId, type ItemId, type PhaseId, type System,
} from '../../../shared/doc';
import { commandById, commandForKey, LIVE_COMMANDS, type FocusInfo, type LiveActions, type LiveState } from '../../../renderer/features/live/commands';
import { hasModifier, keyLabel, parseKey, type KeyLike } from '../../../renderer/features/live/keys';
import { currentPhase } from '../../../renderer/features/live/timeDisplay';
import { de } from '../../../renderer/i18n/de';
import { makeMeeting } from '../../factories/docs';

const press = (spec: string, over: Partial<KeyLike> = {}): KeyLike => {
  const { mod, alt, shift, key } = parseKey(spec);
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : key;
  return { key: key.length === 1 && !shift ? key.toLowerCase() : key, code, altKey: alt, ctrlKey: mod, metaKey: false, shiftKey: shift, ...over };
};

/** A live session on a real meeting doc: actions run the real shared/doc commands, as LivePage's do. */
function session() {
  const meeting = makeMeeting();
  const doc = meeting.doc;
  const caseId = addCase(doc, 'Säugling, Schreiphasen');
  const phases = meetingSnapshot(doc).phases;
  const undo = createUndoManager(doc);
  let now = 1_000_000;
  const ui: string[] = [];
  const perspectives: Partial<Record<CaptureKind, System | ''>> = {};
  const phaseId = () => currentPhase(timerSnapshot(doc, caseId), phases)!.id;
  const actions: LiveActions = {
    goToPhase: (id) => goToPhase(doc, caseId, id as PhaseId, now, ORIGIN.clock),
    startTimer: () => startTimer(doc, caseId, phaseId(), now, ORIGIN.clock),
    pauseTimer: () => pauseTimer(doc, caseId, now, ORIGIN.clock),
    addMinute: () => addMinute(doc, caseId, phaseId(), ORIGIN.clock),
    focusNotes: () => ui.push('notes'),
    focusList: (kind) => ui.push(`list:${kind}`),
    moveItem: (id, direction) => moveItem(doc, caseId, id, direction),
    deleteItem: (id) => deleteItem(doc, caseId, id),
    tag: (focus, system) => {
      if (focus.itemId) tagItem(doc, caseId, focus.itemId, system);
      else if (focus.list) perspectives[focus.list] = system;
    },
    addStrategy: () => ui.push('strategy'),
    openProjector: () => ui.push('projector'),
    turnProjector: (delta) => ui.push(`projector:${delta}`),
    undo: () => undo.undo(),
    redo: () => undo.redo(),
    toggleHelp: () => ui.push('help'),
  };
  const state = (over: Partial<LiveState> = {}, focus: FocusInfo = { typing: false }): LiveState => ({
    phases, phaseId: phaseId(), running: timerSnapshot(doc, caseId).runningSince !== null,
    canUndo: undo.canUndo(), canRedo: undo.canRedo(), dialogOpen: false, focus, ...over,
  });
  /** Presses a key the way the window handler does; returns whether a command took it. */
  const key = (spec: string, focus: FocusInfo = { typing: false }, over: Partial<LiveState> = {}) => {
    const current = state(over, focus);
    const match = commandForKey(press(spec), current);
    if (match?.enabled) match.command.perform({ state: current, actions });
    return match;
  };
  return { doc, caseId, phases, undo, ui, perspectives, key, state, tick: (ms: number) => { now += ms; }, now: () => now };
}

describe('the registry', () => {
  it('has unique ids, a German label from the catalog and at least one key per command', () => {
    const ids = LIVE_COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const command of LIVE_COMMANDS) {
      expect(command.label).toBe(de.live.commands[command.id]);
      expect(command.keys.length).toBeGreaterThan(0);
    }
  });

  it('gives every key to one command only', () => {
    const keys = LIVE_COMMANDS.flatMap((c) => c.keys.map((k) => keyLabel(k)));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('lets only shortcuts with Alt or Ctrl fire while typing', () => {
    for (const command of LIVE_COMMANDS.filter((c) => c.inText)) expect(command.keys.every(hasModifier)).toBe(true);
    expect(commandById('help').inText).toBe(false);
    expect(commandById('undo').inText).toBe(false);
  });

  it('has a shortcut for every frequent action of the moderator', () => {
    const frequent = ['nextPhase', 'previousPhase', 'toggleTimer', 'addMinute', 'focusHypothesis', 'focusResource', 'focusStressor', 'focusIdea', 'addStrategy', 'openProjector', 'projectorNext', 'projectorPrevious', 'undo', 'redo', 'help'] as const;
    for (const id of frequent) expect(commandById(id).keys.length).toBeGreaterThan(0);
  });

  it('turns the projector only when it has another page in that direction', () => {
    const s = session();
    expect(s.key('Alt+PageDown', { typing: true })?.enabled).toBe(false); // no projector answered
    expect(s.key('Alt+PageDown', { typing: true }, { projector: { page: 0, pages: 2 } })?.enabled).toBe(true);
    expect(s.key('Alt+PageUp', { typing: true }, { projector: { page: 0, pages: 2 } })?.enabled).toBe(false);
    expect(s.key('Alt+PageUp', { typing: true }, { projector: { page: 1, pages: 2 } })?.enabled).toBe(true);
    expect(s.ui).toEqual(['projector:1', 'projector:-1']);
  });
});

describe('keys through the registry into the meeting doc', () => {
  it('starts, pauses and moves through phases; the timer counts only while it runs', () => {
    const s = session();
    const [first, second] = s.phases;
    expect(s.key('Alt+S')?.command.id).toBe('toggleTimer');
    s.tick(3 * MINUTE);
    s.key('Alt+ArrowRight', { typing: true }); // from inside the notes editor
    expect(timerSnapshot(s.doc, s.caseId).phaseId).toBe(second!.id);
    s.tick(2 * MINUTE);
    s.key('Alt+S');
    s.tick(10 * MINUTE); // paused: not counted
    const timer = timerSnapshot(s.doc, s.caseId);
    expect(timer.runningSince).toBeNull();
    expect(usedMs(timer, first!.id, s.now())).toBe(3 * MINUTE);
    expect(usedMs(timer, second!.id, s.now())).toBe(2 * MINUTE);
    s.key('Alt+M');
    expect(plannedMs(timerSnapshot(s.doc, s.caseId), second!)).toBe((second!.minutes + 1) * MINUTE);
    s.key('Alt+ArrowLeft');
    expect(timerSnapshot(s.doc, s.caseId).phaseId).toBe(first!.id);
  });

  it('keeps the keys of impossible moves (no browser "back" on the first phase) but runs nothing', () => {
    const s = session();
    const match = s.key('Alt+ArrowLeft');
    expect(match).toMatchObject({ enabled: false });
    expect(match?.command.id).toBe('previousPhase');
    expect(timerSnapshot(s.doc, s.caseId).phaseId).toBe('');
    for (let i = 0; i < s.phases.length + 2; i++) s.key('Alt+ArrowRight');
    expect(timerSnapshot(s.doc, s.caseId).phaseId).toBe(s.phases.at(-1)!.id);
    expect(s.key('Alt+ArrowRight')).toMatchObject({ enabled: false });
  });

  it('leaves plain keys and undo to the field while typing', () => {
    const s = session();
    expect(s.key('?', { typing: true })).toBeUndefined();
    expect(s.key('Mod+Z', { typing: true })).toBeUndefined();
    expect(s.key('?')?.command.id).toBe('help');
    expect(s.ui).toEqual(['help']);
  });

  it('lets only the help toggle through while the overview is open', () => {
    const s = session();
    expect(s.key('Alt+ArrowRight', { typing: false }, { dialogOpen: true })).toBeUndefined();
    expect(s.key('?', { typing: false }, { dialogOpen: true })?.command.id).toBe('help');
  });

  it('focuses each capture list and the strategy form, and opens the projector', () => {
    const s = session();
    for (const spec of ['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+0', 'Alt+N', 'Alt+P']) s.key(spec, { typing: true });
    expect(s.ui).toEqual(['list:hypothesis', 'list:resource', 'list:stressor', 'list:idea', 'notes', 'strategy', 'projector']);
  });

  it('moves, tags and deletes the focused item; tags new items of the focused list', () => {
    const s = session();
    const a = addItem(s.doc, s.caseId, 'hypothesis', 'Schlafmangel')!;
    const b = addItem(s.doc, s.caseId, 'hypothesis', 'Reflux')!;
    const inItem = (itemId: ItemId): FocusInfo => ({ typing: true, itemId, list: 'hypothesis' });
    s.key('Alt+ArrowUp', inItem(b));
    expect(itemsSnapshot(s.doc, s.caseId).map((i) => i.text)).toEqual(['Reflux', 'Schlafmangel']);
    s.key('Alt+G', inItem(a));
    expect(itemsSnapshot(s.doc, s.caseId).find((i) => i.id === a)?.system).toBe('health');
    s.key('Alt+J', { typing: true, list: 'resource' });
    expect(s.perspectives).toEqual({ resource: 'youthWelfare' });
    s.key('Alt+Delete', inItem(b));
    expect(itemsSnapshot(s.doc, s.caseId).map((i) => i.text)).toEqual(['Schlafmangel']);
    // Without a focused item these keys do nothing.
    expect(s.key('Alt+Delete')).toMatchObject({ enabled: false });
  });

  it('undoes the moderator\'s edits but never the timer: time that has passed stays counted', () => {
    const s = session();
    s.key('Alt+S');
    addItem(s.doc, s.caseId, 'idea', 'Schreibabyambulanz');
    s.undo.stopCapturing();
    s.tick(4 * MINUTE);
    s.key('Alt+ArrowRight');
    expect(s.state().canUndo).toBe(true);
    s.key('Mod+Z');
    expect(itemsSnapshot(s.doc, s.caseId)).toEqual([]);
    const timer = timerSnapshot(s.doc, s.caseId);
    expect(timer.phaseId).toBe(s.phases[1]!.id);
    expect(usedMs(timer, s.phases[0]!.id, s.now())).toBe(4 * MINUTE);
    expect(s.state().canUndo).toBe(false);
    s.key('Mod+Shift+Z');
    expect(itemsSnapshot(s.doc, s.caseId).map((i) => i.text)).toEqual(['Schreibabyambulanz']);
    s.key('Mod+Z');
    s.key('Mod+Y');
    expect(itemsSnapshot(s.doc, s.caseId).map((i) => i.text)).toEqual(['Schreibabyambulanz']);
  });

  it('never undoes what another window sent', () => {
    const s = session();
    const other = new Y.Doc({ gc: false });
    Y.applyUpdate(other, Y.encodeStateAsUpdate(s.doc));
    addItem(other, s.caseId as CaseId, 'resource', 'Großmutter in der Nähe');
    Y.applyUpdate(s.doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(s.doc)), ORIGIN.otherWindow);
    expect(s.state().canUndo).toBe(false);
    expect(s.key('Mod+Z')).toMatchObject({ enabled: false });
    expect(itemsSnapshot(s.doc, s.caseId).map((i) => i.text)).toEqual(['Großmutter in der Nähe']);
  });
});
