/**
 * The commands of live mode, registered once (docs/architecture.md, „Commands are data“): each has an id, a German label, its
 * shortcuts, a predicate and what it performs. Buttons, the keyboard handler and the shortcut
 * overview ("Tastenkürzel") and the menu "Befehle" all read this list, so a label or a key is never
 * written twice.
 *
 * Typing rule: while the focus is in a text field or a notes editor, only shortcuts with Alt or
 * Ctrl/Cmd fire (`inText`), and undo/redo stay with the field or editor (its own history).
 * Plain keys such as `?` work only outside text fields.
 */
import type { CaptureKind, ItemId, PhaseSnapshot, System } from '../../../shared/doc';
import { t } from '../../i18n/de';
import { hasModifier, matchesKey, type KeyLike } from './keys';

export type CommandId =
  | 'previousPhase' | 'nextPhase' | 'toggleTimer' | 'addMinute'
  | 'focusNotes' | 'focusHypothesis' | 'focusResource' | 'focusStressor' | 'focusIdea'
  | 'moveItemUp' | 'moveItemDown' | 'deleteItem' | 'tagHealth' | 'tagYouthWelfare' | 'tagOther'
  | 'addStrategy' | 'openProjector' | 'projectorNext' | 'projectorPrevious' | 'undo' | 'redo' | 'help';

export type CommandGroup = 'phase' | 'capture' | 'edit' | 'view';
/** The groups in the order the overview and the menu show them. */
export const COMMAND_GROUPS: readonly CommandGroup[] = ['phase', 'capture', 'edit', 'view'];

/** Where the keyboard focus is, as far as commands care. */
export interface FocusInfo {
  /** In a text field or editor: plain keys type, they do not trigger commands. */
  readonly typing: boolean;
  /** The capture item the focus is in. */
  readonly itemId?: ItemId;
  /** The capture list the focus is in (an item or the list's input for new items). */
  readonly list?: CaptureKind;
}

/** Plain data about the live session at the moment a command is asked. */
export interface LiveState {
  readonly phases: readonly PhaseSnapshot[];
  /** The current phase (the timer's, or the first one before the timer was started). */
  readonly phaseId: string;
  readonly running: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** A modal dialog is open: only the commands that belong to it may run. */
  readonly dialogOpen: boolean;
  readonly focus: FocusInfo;
  /** The projector's page and page count, when a projector window answered. */
  readonly projector?: { readonly page: number; readonly pages: number };
}

/** What commands can do; LivePage provides them (each one a named command in shared/doc or a focus move). */
export interface LiveActions {
  goToPhase(phaseId: string): void;
  startTimer(): void;
  pauseTimer(): void;
  addMinute(): void;
  focusNotes(): void;
  focusList(kind: CaptureKind): void;
  moveItem(itemId: ItemId, direction: -1 | 1): void;
  deleteItem(itemId: ItemId): void;
  /** Tags the focused item, or sets the perspective for new items of the focused list. */
  tag(focus: FocusInfo, system: System): void;
  addStrategy(): void;
  openProjector(): void;
  /** Turns the projector's page (when its content does not fit on one). */
  turnProjector(delta: 1 | -1): void;
  undo(): void;
  redo(): void;
  toggleHelp(): void;
}

export interface CommandContext {
  readonly state: LiveState;
  readonly actions: LiveActions;
}

export interface LiveCommand {
  readonly id: CommandId;
  readonly group: CommandGroup;
  readonly label: string;
  /** Shortcuts; the first one is shown on buttons and in the overview. */
  readonly keys: readonly string[];
  /** Also fires while the focus is in a text field (only shortcuts with Alt or Ctrl may). */
  readonly inText: boolean;
  /** Also runs while a dialog is open (the help toggle). */
  readonly inDialog?: boolean;
  /** Runs again while the key is held down (moving an item several places). */
  readonly repeatable?: boolean;
  /**
   * Acts on the item or list the keyboard focus is in: offered by its shortcut and the item's own
   * buttons, not in the menu (opening a menu takes the focus away from the item).
   */
  readonly onFocused?: boolean;
  readonly predicate: (state: LiveState) => boolean;
  readonly perform: (ctx: CommandContext) => void;
}

const phaseIndex = (s: LiveState) => s.phases.findIndex((p) => p.id === s.phaseId);
const always = () => true;

function focusListCommand(id: CommandId, kind: CaptureKind, key: string): LiveCommand {
  return { id, group: 'capture', label: t.live.commands[id], keys: [key], inText: true, predicate: always, perform: ({ actions }) => actions.focusList(kind) };
}

function tagCommand(id: CommandId, system: System, key: string): LiveCommand {
  return {
    id, group: 'capture', label: t.live.commands[id], keys: [key], inText: true, onFocused: true,
    predicate: (s) => !!(s.focus.itemId || s.focus.list),
    perform: ({ state, actions }) => actions.tag(state.focus, system),
  };
}

export const LIVE_COMMANDS: readonly LiveCommand[] = [
  {
    id: 'previousPhase', group: 'phase', label: t.live.commands.previousPhase, keys: ['Alt+ArrowLeft'], inText: true,
    predicate: (s) => phaseIndex(s) > 0,
    perform: ({ state, actions }) => actions.goToPhase(state.phases[phaseIndex(state) - 1]!.id),
  },
  {
    id: 'nextPhase', group: 'phase', label: t.live.commands.nextPhase, keys: ['Alt+ArrowRight'], inText: true,
    predicate: (s) => phaseIndex(s) >= 0 && phaseIndex(s) < s.phases.length - 1,
    perform: ({ state, actions }) => actions.goToPhase(state.phases[phaseIndex(state) + 1]!.id),
  },
  {
    id: 'toggleTimer', group: 'phase', label: t.live.commands.toggleTimer, keys: ['Alt+S'], inText: true,
    predicate: (s) => s.phases.length > 0,
    perform: ({ state, actions }) => (state.running ? actions.pauseTimer() : actions.startTimer()),
  },
  {
    id: 'addMinute', group: 'phase', label: t.live.commands.addMinute, keys: ['Alt++', 'Alt+M'], inText: true,
    predicate: (s) => phaseIndex(s) >= 0,
    perform: ({ actions }) => actions.addMinute(),
  },
  { id: 'focusNotes', group: 'capture', label: t.live.commands.focusNotes, keys: ['Alt+0'], inText: true, predicate: always, perform: ({ actions }) => actions.focusNotes() },
  focusListCommand('focusHypothesis', 'hypothesis', 'Alt+1'),
  focusListCommand('focusResource', 'resource', 'Alt+2'),
  focusListCommand('focusStressor', 'stressor', 'Alt+3'),
  focusListCommand('focusIdea', 'idea', 'Alt+4'),
  {
    id: 'moveItemUp', group: 'capture', label: t.live.commands.moveItemUp, keys: ['Alt+ArrowUp'], inText: true, repeatable: true, onFocused: true,
    predicate: (s) => !!s.focus.itemId,
    perform: ({ state, actions }) => actions.moveItem(state.focus.itemId!, -1),
  },
  {
    id: 'moveItemDown', group: 'capture', label: t.live.commands.moveItemDown, keys: ['Alt+ArrowDown'], inText: true, repeatable: true, onFocused: true,
    predicate: (s) => !!s.focus.itemId,
    perform: ({ state, actions }) => actions.moveItem(state.focus.itemId!, 1),
  },
  {
    id: 'deleteItem', group: 'capture', label: t.live.commands.deleteItem, keys: ['Alt+Delete'], inText: true, onFocused: true,
    predicate: (s) => !!s.focus.itemId,
    perform: ({ state, actions }) => actions.deleteItem(state.focus.itemId!),
  },
  tagCommand('tagHealth', 'health', 'Alt+G'),
  tagCommand('tagYouthWelfare', 'youthWelfare', 'Alt+J'),
  tagCommand('tagOther', 'other', 'Alt+O'),
  { id: 'addStrategy', group: 'capture', label: t.live.commands.addStrategy, keys: ['Alt+N'], inText: true, predicate: always, perform: ({ actions }) => actions.addStrategy() },
  { id: 'openProjector', group: 'view', label: t.live.commands.openProjector, keys: ['Alt+P'], inText: true, predicate: always, perform: ({ actions }) => actions.openProjector() },
  {
    id: 'projectorNext', group: 'view', label: t.live.commands.projectorNext, keys: ['Alt+PageDown'], inText: true,
    predicate: (s) => !!s.projector && s.projector.page < s.projector.pages - 1,
    perform: ({ actions }) => actions.turnProjector(1),
  },
  {
    id: 'projectorPrevious', group: 'view', label: t.live.commands.projectorPrevious, keys: ['Alt+PageUp'], inText: true,
    predicate: (s) => !!s.projector && s.projector.page > 0,
    perform: ({ actions }) => actions.turnProjector(-1),
  },
  // Undo/redo outside text fields only: inside a field or editor, its own history answers.
  { id: 'undo', group: 'edit', label: t.live.commands.undo, keys: ['Mod+Z'], inText: false, predicate: (s) => s.canUndo, perform: ({ actions }) => actions.undo() },
  { id: 'redo', group: 'edit', label: t.live.commands.redo, keys: ['Mod+Shift+Z', 'Mod+Y'], inText: false, predicate: (s) => s.canRedo, perform: ({ actions }) => actions.redo() },
  { id: 'help', group: 'view', label: t.live.commands.help, keys: ['?'], inText: false, inDialog: true, predicate: always, perform: ({ actions }) => actions.toggleHelp() },
];

export function commandById(id: CommandId, commands: readonly LiveCommand[] = LIVE_COMMANDS): LiveCommand {
  const command = commands.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown live command ${id}`);
  return command;
}

export interface KeyMatch {
  readonly command: LiveCommand;
  /** The predicate holds: perform it. Otherwise the key is still the command's (swallowed, nothing runs). */
  readonly enabled: boolean;
}

/**
 * The command a key event belongs to in the current state, if any. A shortcut without Alt or
 * Ctrl never fires while typing, whatever its `inText` says.
 */
export function commandForKey(event: KeyLike, state: LiveState, commands: readonly LiveCommand[] = LIVE_COMMANDS, isMac = false): KeyMatch | undefined {
  for (const command of commands) {
    const spec = command.keys.find((key) => matchesKey(key, event, isMac));
    if (!spec) continue;
    if (state.focus.typing && !(command.inText && hasModifier(spec))) continue;
    if (state.dialogOpen && !command.inDialog) continue;
    return { command, enabled: command.predicate(state) };
  }
  return undefined;
}
