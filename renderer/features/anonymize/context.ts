/**
 * What every anonymization view of the current screen shares: the circle's lists, the meeting's
 * dismissals, whether the live check is on, and the docs the actions write to. Provided once in the
 * app shell for the meeting or circle of the route (AnonymizeProvider); plain data besides the docs.
 * Its identity changes only when one of those changes, not on every keystroke.
 */
import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import { EMPTY_ANONYMIZE_LISTS, type AnonymizeLists } from '../../../shared/doc';

export interface AnonymizeState {
  /** The live check (underlines, the panel's live list) is on for this device. */
  readonly enabled: boolean;
  readonly lists: AnonymizeLists;
  /** Dismissal keys of the meeting ("Kein Identifikator"). */
  readonly dismissed: ReadonlySet<string>;
  /** The meeting of the route, when there is one (where replacements and dismissals are written). */
  readonly meetingDoc?: Y.Doc;
  /** The circle of the route or of its meeting (its lists, its follow-up notes). */
  readonly circleDoc?: Y.Doc;
  /** The local moderator's name, recorded with a dismissal. */
  readonly me: string;
}

/** Outside the shell (projector, tests of single views) nothing is checked or underlined. */
export const NO_CHECK: AnonymizeState = { enabled: false, lists: EMPTY_ANONYMIZE_LISTS, dismissed: new Set(), me: '' };

export const AnonymizeContext = createContext<AnonymizeState>(NO_CHECK);

export function useAnonymizeState(): AnonymizeState {
  return useContext(AnonymizeContext);
}
