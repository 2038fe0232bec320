/**
 * Method templates (Ablauf): ordered phases with planned minutes and guiding questions.
 * A template lives in the circle doc; createMeeting copies its phases once into the meeting doc.
 */
import * as Y from 'yjs';
import { newId, type PhaseId, type TemplateId } from './ids';
import { num, orderedIds, str } from './schema';

/** Quick-capture lists a phase can show in live mode. */
export type CaptureKind = 'hypothesis' | 'resource' | 'stressor' | 'idea';

/**
 * What a phase is for, shown first in live mode: the notes, the roles and question, the capture
 * lists, the presenter's statement, or the strategies.
 */
export type PhaseMain = 'notes' | 'roles' | 'lists' | 'statement' | 'strategies';
export const PHASE_MAINS: readonly PhaseMain[] = ['notes', 'roles', 'lists', 'statement', 'strategies'];

export interface PhaseDraft {
  readonly title: string;
  readonly minutes: number;
  /** Guiding questions, one per line. */
  readonly questions: string;
  readonly lists?: readonly CaptureKind[];
  /** The phase's main part (absent in phases written before it existed: see phaseSnapshot). */
  readonly main?: PhaseMain;
}

export interface PhaseSnapshot extends PhaseDraft {
  readonly id: PhaseId;
  readonly lists: readonly CaptureKind[];
  readonly main: PhaseMain;
}

export interface TemplateSnapshot {
  readonly id: TemplateId;
  readonly name: string;
  readonly phases: readonly PhaseSnapshot[];
  readonly totalMinutes: number;
}

export const DEFAULT_METHOD_NAME = 'Familienfallkonferenz (IQZ)';

/** The default method (docs/architecture.md); moderators adapt it to their own training materials. */
export const DEFAULT_PHASES: readonly PhaseDraft[] = [
  { title: 'Ankommen & Rollen', minutes: 5, questions: 'Wer bringt den Fall ein?\nWer achtet auf die Zeit, wer schreibt mit?', main: 'roles' },
  { title: 'Fallvorstellung', minutes: 10, questions: 'Was ist die Situation der Familie (anonymisiert)?\nWelche Frage bringt die Fallgeberin / der Fallgeber mit?', main: 'notes' },
  { title: 'Verständnisfragen', minutes: 10, questions: 'Was muss ich wissen, um den Fall zu verstehen?\nNur Fragen zur Information – noch keine Bewertung.', main: 'notes' },
  { title: 'Perspektiven & Hypothesen', minutes: 15, questions: 'Wie sehen Gesundheitswesen und Kinder- und Jugendhilfe die Familie?\nWas könnte hinter dem Verhalten stehen? (Die Fallgeberin / der Fallgeber hört zu.)', lists: ['hypothesis'], main: 'lists' },
  { title: 'Ressourcen & Belastungen', minutes: 10, questions: 'Was trägt die Familie?\nWas belastet sie?', lists: ['resource', 'stressor'], main: 'lists' },
  { title: 'Lösungsideen & Angebote', minutes: 15, questions: 'Was könnte helfen – aus beiden Systemen?\nWelche regionalen Angebote passen?', lists: ['idea'], main: 'lists' },
  { title: 'Stellungnahme der Fallgeberin / des Fallgebers', minutes: 5, questions: 'Was nehme ich mit?\nWas passt für diese Familie, was nicht?', main: 'statement' },
  { title: 'Handlungsstrategien vereinbaren', minutes: 10, questions: 'Was genau wird getan?\nWer ist verantwortlich, bis wann?', main: 'strategies' },
  { title: 'Abschluss & Transfer', minutes: 5, questions: 'Was lernt das Netzwerk aus dem Fall?\nWann berichten wir über den Verlauf?', main: 'notes' },
];

const CAPTURE_KINDS: readonly CaptureKind[] = ['hypothesis', 'resource', 'stressor', 'idea'];

/** Creates a phase map. Only called under a fresh phase id. */
export function createPhaseMap(draft: PhaseDraft): Y.Map<unknown> {
  const phase = new Y.Map<unknown>();
  phase.set('title', draft.title);
  phase.set('minutes', draft.minutes);
  phase.set('questions', draft.questions);
  phase.set('lists', [...(draft.lists ?? [])]);
  phase.set('main', draft.main ?? defaultMain(draft));
  return phase;
}

/** Fills an (empty, freshly created) ordered phase collection from drafts; returns the new ids. */
export function fillPhases(order: Y.Array<unknown>, phases: Y.Map<unknown>, drafts: readonly PhaseDraft[]): PhaseId[] {
  const ids = drafts.map(() => newId<PhaseId>());
  drafts.forEach((draft, i) => phases.set(ids[i]!, createPhaseMap(draft)));
  order.push(ids);
  return ids;
}

/** The main part of a phase that names none: its lists if it has any, else its notes. */
function defaultMain(draft: Pick<PhaseDraft, 'lists'>): PhaseMain {
  return (draft.lists?.length ?? 0) > 0 ? 'lists' : 'notes';
}

/**
 * The main part of a phase written before the field existed. A phase of the default method at its
 * place (same position and title as in DEFAULT_PHASES) takes the default's; any other its lists or notes.
 */
export function legacyMain(phase: Pick<PhaseDraft, 'title' | 'lists'>, index: number): PhaseMain {
  const known = DEFAULT_PHASES[index];
  return known && known.title === phase.title && known.main ? known.main : defaultMain(phase);
}

export function phaseSnapshot(id: PhaseId, phase: Y.Map<unknown> | undefined, index = -1): PhaseSnapshot {
  const rawLists = phase?.get('lists');
  const lists = Array.isArray(rawLists) ? rawLists.filter((k): k is CaptureKind => CAPTURE_KINDS.includes(k)) : [];
  const title = str(phase, 'title');
  const main = str(phase, 'main') as PhaseMain;
  return {
    id,
    title,
    minutes: num(phase, 'minutes'),
    questions: str(phase, 'questions'),
    lists,
    main: PHASE_MAINS.includes(main) ? main : legacyMain({ title, lists }, index),
  };
}

export function phasesSnapshot(order: Y.Array<unknown>, phases: Y.Map<unknown>): PhaseSnapshot[] {
  return orderedIds<PhaseId>(order, phases).map((id, index) => phaseSnapshot(id, phases.get(id) as Y.Map<unknown>, index));
}

export function templateSnapshot(id: TemplateId, template: Y.Map<unknown>): TemplateSnapshot {
  const phases = phasesSnapshot(template.get('phaseOrder') as Y.Array<unknown>, template.get('phases') as Y.Map<unknown>);
  return { id, name: str(template, 'name'), phases, totalMinutes: phases.reduce((sum, p) => sum + p.minutes, 0) };
}
